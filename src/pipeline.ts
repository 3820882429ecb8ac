import { FactSchema, type Fact, type FactType } from './schema/fact.js';
import type { DocumentResult, Script } from './schema/document.js';
import type { Candidate, ExtractContext, Sentence } from './extract/types.js';
import { extractorsFor } from './extract/registry.js';
import { removeOverlaps } from './extract/overlaps.js';
import { startsInsideWord } from './extract/boundaries.js';
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
export function candidatesOf(sentences: Sentence[], ctx: ExtractContext): SentenceCandidates[] {
  return sentences.map((sentence) => {
    const found = rawCandidates(sentence, ctx);
    if (found.length === 0) return { sentence, tokens: null, candidates: [] };
    const tokens = new SentenceTokens(sentence.match);
    const candidates = removeOverlaps(found.filter((c) => !startsInsideWord(c, tokens)));
    return { sentence, tokens, candidates };
  });
}

/** Extracts validated facts from plain text. `doc` is the path written on every fact. */
export function extractFromPlain(plain: string, doc: string, options: ExtractOptions = {}): PlainExtraction {
  const ctx: ExtractContext = { refDate: options.refDate ?? null };
  const { match, script } = fold(plain);
  const items = candidatesOf(splitSentences(plain, match), ctx);
  const links = linkDocument(items, ctx);
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
  const { facts, script, invalid } = extractFromPlain(loaded.plain, path, { ...options, refDate });
  return {
    document: { path, title: loaded.title, date: loaded.date, format: loaded.format, script, chars: loaded.plain.length, facts },
    plain: loaded.plain,
    warnings: loaded.warnings,
    invalid,
  };
}
