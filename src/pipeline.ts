import { FactSchema, type Fact, type FactType } from './schema/fact.js';
import type { DocumentResult, Script } from './schema/document.js';
import type { Candidate, ExtractContext, Sentence } from './extract/types.js';
import { extractorsFor } from './extract/registry.js';
import { removeOverlaps } from './extract/overlaps.js';
import { startsInsideWord } from './extract/boundaries.js';
import { resolveDocumentDates } from './extract/date/context.js';
import { localMoney, passageMoney } from './extract/locale.js';
import { fold } from './text/fold.js';
import { splitSentences } from './text/sentences.js';
import { SentenceTokens } from './text/sentence-tokens.js';
import { sentenceCutter } from './text/sentence-cut.js';
import { linkDocument, type SentenceCandidates } from './link/index.js';
import { loadDocument } from './input/load.js';

// Document → plain text → sentences → candidates → linked facts. No I/O here.

export interface ExtractOptions {
  /** reference date for relative expressions when the document has no date of its own */
  refDate?: string | null;
  /** fact types to emit (all by default); linking still sees every type */
  types?: readonly FactType[];
  /** the document's title from its metadata: the headline that frames the passages (no facts are made from it) */
  title?: string | null;
}

/** A fact that failed its schema: a bug in a rule, reported and never written. */
export interface InvalidFact {
  fact: unknown;
  issues: string[];
}

export interface PlainExtraction {
  facts: Fact[];
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
    const found = rawCandidates(sentence, passage[i] ? { ...ctx, passageMoney: passage[i] } : ctx);
    if (found.length === 0) return { sentence, tokens: null, candidates: [] };
    const tokens = new SentenceTokens(sentence.match);
    const candidates = removeOverlaps(found.filter((c) => !startsInsideWord(c, tokens)));
    return { sentence, tokens, candidates };
  });
}

/** The title as a sentence with its date candidates: the headline that frames the passages (it yields no facts). */
function headlineOf(title: string | null, ctx: ExtractContext): SentenceCandidates | null {
  if (title === null || title.trim() === '') return null;
  const sentence: Sentence = { start: 0, end: title.length, text: title, match: fold(title).match };
  const [headline] = candidatesOf([sentence], ctx);
  return { ...headline, candidates: headline.candidates.filter((c) => c.type === 'date') };
}

/** Extracts validated facts from plain text. `doc` is the path written on every fact. */
export function extractFromPlain(plain: string, doc: string, options: ExtractOptions = {}): PlainExtraction {
  const { match, script } = fold(plain);
  const ctx: ExtractContext = { refDate: options.refDate ?? null, localMoney: localMoney(match, script) };
  const sentences = splitSentences(plain, match);
  const items = candidatesOf(sentences, ctx, passageMoney(sentences, plain));
  resolveDocumentDates(items, plain);
  const links = linkDocument(items, ctx, { plain, headline: headlineOf(options.title ?? null, ctx) });
  const facts: Fact[] = [];
  const invalid: InvalidFact[] = [];
  items.forEach(({ sentence, candidates }, si) => {
    const sentenceOf = sentenceCutter(sentence.text);
    candidates.forEach((c, ci) => {
      if (options.types && !options.types.includes(c.type)) return;
      const link = links[si][ci];
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
      if (checked.success) facts.push(checked.data);
      else invalid.push({ fact, issues: checked.error.issues.map((i) => `${i.path.join('.') || 'fact'}: ${i.message}`) });
    });
  });
  return { facts, script, invalid };
}

export interface DocumentExtraction {
  document: DocumentResult;
  plain: string;
  warnings: string[];
  invalid: InvalidFact[];
}

/** Reads one document's bytes and extracts its facts. Throws InputError when it cannot be read. */
export function extractDocument(bytes: Uint8Array, path: string, options: ExtractOptions = {}): DocumentExtraction {
  const loaded = loadDocument(bytes, path);
  const refDate = loaded.date ?? options.refDate ?? null;
  const { facts, script, invalid } = extractFromPlain(loaded.plain, path, { ...options, refDate, title: loaded.title });
  return {
    document: { path, title: loaded.title, date: loaded.date, format: loaded.format, script, chars: loaded.plain.length, facts },
    plain: loaded.plain,
    warnings: loaded.warnings,
    invalid,
  };
}
