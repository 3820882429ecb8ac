import { FactSchema, type Fact, type FactType } from './schema/fact.js';
import type { DocumentResult, Script } from './schema/document.js';
import type { Candidate, ExtractContext } from './extract/types.js';
import type { Sentence } from './text/sentences.js';
import { extractorsFor } from './extract/registry.js';
import { removeOverlaps } from './extract/overlaps.js';
import { startsInsideWord } from './extract/boundaries.js';
import { headingYearOf, resolveDocumentDates, type YearCarry } from './extract/date/context.js';
import { localGovernment, localHome, localMoney, passageMoney, type MoneyCarry } from './extract/locale.js';
import { fold } from './text/fold.js';
import { sentencesOf, splitSentences } from './text/sentences.js';
import { SentenceTokens } from './text/sentence-tokens.js';
import { sentenceCutter } from './text/sentence-cut.js';
import { emptyTally, homeOf, linkDocument, placesWithFlows, regionOfTally, tallyPlaces, type LinkCarry, type Links, type SentenceCandidates } from './link/index.js';
import { loadDocument, type DocumentSource } from './input/load.js';
import { tablesOf, type Table } from './plain/table.js';
import type { MarkupHeading } from './plain/html.js';
import { cutAtCells, readTables, tableIndexAt, type CellOrigin } from './extract/table/index.js';
import { linkTableCell, passagePeriod } from './link/table.js';
import { findPlaces } from './link/region.js';
import { dominantRegion } from './link/index.js';

// Document → plain text → sentences → candidates → linked facts. No I/O here.

export interface ExtractOptions {
  /** reference date for relative expressions when the document has no date of its own */
  refDate?: string | null;
  /** fact types to emit (all by default); linking still sees every type */
  types?: readonly FactType[];
  /** the document's title from its metadata: the headline that frames the passages (no facts are made from it; tables take their place and time from it last) */
  title?: string | null;
  /** the markup's headings (HTML <h1>–<h6>, Markdown #) by their lines in the plain text: their levels nest the passages */
  headings?: readonly MarkupHeading[];
  /** characters extracted at a time (default PIECE_CHARS); smaller only in tests, to cut small documents into pieces */
  pieceChars?: number;
}

/** A fact that failed its schema: a bug in a rule, reported and never written. */
export interface InvalidFact {
  fact: unknown;
  issues: string[];
}

/** Where a fact in a table cell was read: the row and column labels (for the review page; not in FACT). */
export interface CellLabels {
  row: string;
  column: string;
}

export interface PlainExtraction {
  facts: Fact[];
  /** per fact, the labels of the table cell it was read from, or null outside tables */
  cells: (CellLabels | null)[];
  script: Script;
  invalid: InvalidFact[];
}

const allExtractors = extractorsFor();

/** What every rule finds in one sentence, before segmentation and overlap removal. */
export function rawCandidates(sentence: Sentence, ctx: ExtractContext): Candidate[] {
  const found: Candidate[] = [];
  for (const extractor of allExtractors) found.push(...extractor.extract(sentence, ctx));
  return found;
}

/**
 * Candidates of the sentences of a document: every rule; then, for the sentences that hold a
 * figure (only those get tokens, segmented where they are read), drop figures that start
 * inside a word; then overlaps.
 */
export function candidatesOf(sentences: Sentence[], ctx: ExtractContext, passage: (string | null)[] = []): SentenceCandidates[] {
  return sentences.map((sentence, i) => {
    const money = passage[i];
    return sentenceCandidates(sentence, money ? { ...ctx, passageMoney: money } : ctx);
  });
}

function sentenceCandidates(sentence: Sentence, ctx: ExtractContext): SentenceCandidates {
  const found = rawCandidates(sentence, ctx);
  if (found.length === 0) return { sentence, tokens: null, candidates: [] };
  const tokens = new SentenceTokens(sentence.match);
  const candidates = removeOverlaps(found.filter((c) => !startsInsideWord(c, tokens)));
  return { sentence, tokens, candidates };
}

/** The title as a sentence with its date candidates: the headline that frames the passages (it yields no facts). */
function headlineOf(title: string | null, ctx: ExtractContext): SentenceCandidates | null {
  if (title === null || title.trim() === '') return null;
  const sentence: Sentence = { start: 0, end: title.length, text: title, match: fold(title).match };
  const headline = sentenceCandidates(sentence, ctx);
  return { ...headline, candidates: headline.candidates.filter((c) => c.type === 'date') };
}

/** Extracts validated facts from plain text. `doc` is the path written on every fact. */
export function extractFromPlain(plain: string, doc: string, options: ExtractOptions = {}, tables: Table[] = tablesOf(plain)): PlainExtraction {
  const { script, pieces } = plainInPieces(plain, doc, options, tables);
  const whole: PlainExtraction = { facts: [], cells: [], script, invalid: [] };
  for (const piece of pieces) {
    for (const f of piece.facts) whole.facts.push(f);
    for (const c of piece.cells) whole.cells.push(c);
    for (const x of piece.invalid) whole.invalid.push(x);
  }
  return whole;
}

/**
 * Characters of plain text extracted at a time. A longer document is read in pieces of whole
 * sentences (never ending inside a table), each linked with what the pieces before it left
 * (passage, currency, year), so that memory does not grow with the document while its facts,
 * links and order stay those of one pass (tests/safety/pieces.test.ts).
 */
export const PIECE_CHARS = 1 << 18;

/** One piece's facts, in document order. */
export type PieceExtraction = Omit<PlainExtraction, 'script'>;

/**
 * The document's script (known before any fact) and its facts piece by piece. The pieces are
 * made as they are read: a caller that writes each before asking for the next holds one piece.
 */
export function plainInPieces(plain: string, doc: string, options: ExtractOptions = {}, tables: Table[] = tablesOf(plain)): { script: Script; pieces: Generator<PieceExtraction> } {
  const { match, script } = fold(plain);
  const ctx: ExtractContext = { refDate: options.refDate ?? null, localMoney: localMoney(match, script), home: localHome(match, script), government: localGovernment(match, script) };
  const pieceChars = Math.max(1, options.pieceChars ?? PIECE_CHARS);
  return { script, pieces: piecesOf(plain, match, doc, options, tables, ctx, pieceChars) };
}

/** Consecutive sentences of about `pieceChars` characters, cut only outside tables; all of them when the text is no longer. */
function* sentencePieces(plain: string, match: string, tables: Table[], pieceChars: number): Generator<Sentence[]> {
  if (plain.length <= pieceChars) {
    yield cutAtCells(splitSentences(plain, match), tables);
    return;
  }
  let piece: Sentence[] = [];
  let from = 0;
  for (const sentence of sentencesOf(plain, match)) {
    // a table is read whole (its cells need their headers): a piece ends only after a sentence outside tables
    const last = piece.at(-1);
    if (last && sentence.end - from > pieceChars && tableIndexAt(tables, last.start) < 0) {
      yield cutAtCells(piece, tables);
      piece = [];
    }
    if (piece.length === 0) from = sentence.start;
    piece.push(sentence);
  }
  if (piece.length > 0) yield cutAtCells(piece, tables);
}

/** What the pieces of one document carry from one to the next. */
interface DocumentCarry {
  money: MoneyCarry;
  years: YearCarry;
  link: LinkCarry;
}

/**
 * The dominant regions of a document read in pieces, as one pass would find them over its prose
 * sentences: with flows applied (the prose linker's), and of the places alone (tables' fallback).
 * Every piece's candidates are found twice, once here and once when extracted: the price of
 * bounded memory, paid only by documents longer than a piece.
 */
function documentRegions(plain: string, match: string, tables: Table[], ctx: ExtractContext, pieceChars: number): DocumentRegions {
  const withFlows = emptyTally();
  const places = emptyTally();
  const money: MoneyCarry = { named: null, prevEnd: 0 };
  const home = homeOf(ctx);
  for (const sentences of sentencePieces(plain, match, tables, pieceChars)) {
    const items = candidatesOf(sentences, ctx, passageMoney(sentences, plain, money));
    for (const { sentence, tokens } of items) {
      if (tables.length > 0 && tableIndexAt(tables, sentence.start) >= 0) continue;
      tallyPlaces(withFlows, placesWithFlows(sentence, tokens, home).places);
      if (tables.length > 0) tallyPlaces(places, findPlaces(sentence.match, tokens));
    }
  }
  return { prose: regionOfTally(withFlows), tables: regionOfTally(places) };
}

interface DocumentRegions {
  /** for linkDocument: the places of the prose with flows applied */
  prose: string | null;
  /** for table cells: the places of the prose */
  tables: string | null;
}

function* piecesOf(plain: string, match: string, doc: string, options: ExtractOptions, tables: Table[], ctx: ExtractContext, pieceChars: number): Generator<PieceExtraction> {
  const title = options.title ?? null;
  const headline = headlineOf(title, ctx);
  const regions = plain.length > pieceChars ? documentRegions(plain, match, tables, ctx, pieceChars) : null;
  const carry: DocumentCarry = { money: { named: null, prevEnd: 0 }, years: { year: null, lastEnd: 0 }, link: {} };
  const titleYear = headingYearOf(headline?.candidates ?? [], headline?.sentence.match) ?? null;
  const headingLevels = new Map((options.headings ?? []).map((h) => [h.start, h.level]));
  for (const sentences of sentencePieces(plain, match, tables, pieceChars)) {
    const items = candidatesOf(sentences, ctx, passageMoney(sentences, plain, carry.money));
    resolveDocumentDates(items, plain, carry.years, titleYear);
    const [first] = sentences;
    const last = sentences.at(-1);
    const pieceTables = tables.length > 0 && first && last ? tablesWithin(tables, first.start, last.end) : [];
    const origins = pieceTables.length > 0 ? readTables(items, pieceTables, match, ctx.localMoney ?? null) : new Map<Candidate, CellOrigin>();
    const links = linkSentences(plain, items, pieceTables, origins, ctx, { headline, headingLevels }, regions, carry.link);
    yield factsOf(plain, doc, options, items, links, origins);
  }
}

/** The tables that overlap [from, to]. */
function tablesWithin(tables: Table[], from: number, to: number): Table[] {
  return tables.filter((t) => t.end >= from && t.start <= to);
}

/** The validated facts of one piece's candidates, with their links. */
function factsOf(plain: string, doc: string, options: ExtractOptions, items: SentenceCandidates[], links: Links[][], origins: Map<Candidate, CellOrigin>): PieceExtraction {
  const facts: Fact[] = [];
  const cells: (CellLabels | null)[] = [];
  const invalid: InvalidFact[] = [];
  items.forEach(({ sentence, candidates }, si) => {
    const sentenceOf = sentenceCutter(sentence.text);
    candidates.forEach((c, ci) => {
      if (options.types && !options.types.includes(c.type)) return;
      const link = links[si]?.[ci];
      // linkSentences gives every candidate of every item its links: a gap is a bug, not a fact without links
      if (link === undefined) throw new Error(`${doc}: no links for candidate ${ci} of sentence ${si}`);
      const origin = origins.get(c);
      const start = sentence.start + c.start;
      const end = sentence.start + c.end;
      const fact = {
        doc,
        type: c.type,
        text: plain.slice(start, end),
        start,
        end,
        sentence: sentenceOf(c.start, c.end),
        value: c.value,
        valueMax: c.valueMax,
        unit: c.unit,
        approx: c.approx,
        metric: link.metric,
        region: link.region,
        partner: link.partner,
        period: link.period,
        basis: c.type === 'growth' ? link.basis : null,
        from: c.type === 'date' ? (c.from ?? null) : null,
        to: c.type === 'date' ? (c.to ?? null) : null,
      };
      const checked = FactSchema.safeParse(fact);
      if (checked.success) {
        facts.push(checked.data);
        cells.push(origin ? { row: origin.context.rowLabel, column: origin.context.columnHeader } : null);
      } else invalid.push({ fact, issues: checked.error.issues.map((i) => `${i.path.join('.') || 'fact'}: ${i.message}`) });
    });
  });
  return { facts, cells, invalid };
}

const NO_LINKS: Links = { metric: null, region: null, partner: null, period: null, basis: null };
/**
 * Links of every candidate: the prose linker reads the sentences outside tables (so nothing a
 * table row names carries into the prose after it); a fact in a data cell is linked from its
 * table; any other figure inside a table is linked from its own cell alone. `regions`: the whole
 * document's, when these items are one piece of it; `carry`: the prose passage between pieces.
 */
function linkSentences(
  plain: string,
  items: SentenceCandidates[],
  tables: Table[],
  origins: Map<Candidate, CellOrigin>,
  ctx: ExtractContext,
  { headline, headingLevels }: { headline: SentenceCandidates | null; headingLevels: ReadonlyMap<number, number> },
  regions: DocumentRegions | null,
  carry: LinkCarry,
): Links[][] {
  const title = headline?.sentence.text ?? null;
  const passage = { plain, headline, headingLevels, carry, ...(regions ? { documentRegion: regions.prose } : {}) };
  if (tables.length === 0) return linkDocument(items, ctx, passage);
  const inTable = items.map((it) => tableIndexAt(tables, it.sentence.start) >= 0);
  const prose = items.filter((_, i) => !inTable[i]);
  const proseLinks = linkDocument(prose, ctx, passage);
  const documentRegion = regions ? regions.tables : dominantRegion(prose.map(({ sentence, tokens }) => findPlaces(sentence.match, tokens)));
  const passagePeriods = new Map(tables.map((t) => [t.start, passagePeriod(plain, t.start, ctx)]));
  let k = 0;
  return items.map((item, i) => {
    // linkDocument links each prose item in order, and k counts the prose items seen
    if (!inTable[i]) return proseLinks[k++]!;
    // a cell outside the data (a caption row, a header, a table that is not data) is a sentence on its own
    const own = item.candidates.some((c) => !origins.has(c)) ? linkDocument([item], ctx)[0] : null;
    return item.candidates.map((c, ci) => {
      const origin = origins.get(c);
      return origin ? linkTableCell(origin.table, origin.row, origin.col, origin.context, c, { ctx, documentRegion, passagePeriods, title }) : (own?.[ci] ?? NO_LINKS);
    });
  });
}

export interface DocumentExtraction {
  document: DocumentResult;
  plain: string;
  /** per fact of document.facts, the table cell's labels, or null */
  cells: (CellLabels | null)[];
  warnings: string[];
  invalid: InvalidFact[];
}

/** Reads one document's bytes (or reads them, see DocumentSource) and extracts its facts. Throws InputError when it cannot be read. */
export function extractDocument(bytes: DocumentSource, path: string, options: ExtractOptions = {}): DocumentExtraction {
  const { document, plain, warnings, pieces } = extractDocumentInPieces(bytes, path, options);
  const cells: (CellLabels | null)[] = [];
  const invalid: InvalidFact[] = [];
  for (const piece of pieces) {
    for (const f of piece.facts) document.facts.push(f);
    for (const c of piece.cells) cells.push(c);
    for (const x of piece.invalid) invalid.push(x);
  }
  return { document, plain, cells, warnings, invalid };
}

/**
 * Reads one document's bytes: the document without its facts, and its facts piece by piece as
 * they are asked for (see plainInPieces). The bytes are not kept. Throws InputError when it
 * cannot be read; a piece throws only on a bug.
 */
export function extractDocumentInPieces(bytes: DocumentSource, path: string, options: ExtractOptions = {}): Omit<DocumentExtraction, 'cells' | 'invalid'> & { pieces: Generator<PieceExtraction> } {
  const loaded = loadDocument(bytes, path);
  const refDate = loaded.date ?? options.refDate ?? null;
  const { script, pieces } = plainInPieces(loaded.plain, path, { ...options, refDate, title: loaded.title, headings: loaded.headings }, loaded.tables);
  return {
    document: { path, title: loaded.title, date: loaded.date, format: loaded.format, script, chars: loaded.plain.length, facts: [] },
    plain: loaded.plain,
    warnings: loaded.warnings,
    pieces,
  };
}
