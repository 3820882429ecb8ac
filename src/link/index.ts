import type { Basis } from '../schema/fact.js';
import type { Candidate, ExtractContext, Sentence } from '../extract/types.js';
import type { Token } from '../text/segment.js';

/** What the linker fills on a figure. */
export interface Links {
  metric: string | null;
  region: string | null;
  period: string | null;
  basis: Basis | null;
}

export interface SentenceCandidates {
  sentence: Sentence;
  /** tokens of sentence.match, or null when the sentence holds no candidate */
  tokens: Token[] | null;
  candidates: Candidate[];
}

/** Fills metric, region, period and basis for every candidate of a document, in order. */
export function linkDocument(items: SentenceCandidates[], _ctx: ExtractContext): Links[][] {
  return items.map((item) =>
    item.candidates.map((c) => ({
      metric: c.metric ?? null,
      region: null,
      period: null,
      basis: c.type === 'growth' ? (c.basis ?? null) : null,
    })),
  );
}
