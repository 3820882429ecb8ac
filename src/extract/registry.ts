import type { FactType } from '../schema/fact.js';
import type { Corpus, Extractor } from './types.js';
import { moneyExtractors } from './money/rules.js';
import { moneyCorpus } from './money/corpus.js';
import { percentExtractors } from './percent/rules.js';
import { percentCorpus } from './percent/corpus.js';
import { growthExtractors } from './growth/rules.js';
import { growthCorpus } from './growth/corpus.js';
import { countExtractors } from './count/rules.js';
import { countCorpus } from './count/corpus.js';
import { measureExtractors } from './measure/rules.js';
import { measureCorpus } from './measure/corpus.js';
import { dateExtractors } from './date/rules.js';
import { dateCorpus } from './date/corpus.js';

export interface FactTypeEntry {
  type: FactType;
  extractors: Extractor[];
  corpus: Corpus;
}

/** Every fact type with its rules and its example corpus, in priority order for overlaps. */
export const registry: FactTypeEntry[] = [
  { type: 'date', extractors: dateExtractors, corpus: dateCorpus },
  { type: 'money', extractors: moneyExtractors, corpus: moneyCorpus },
  { type: 'measure', extractors: measureExtractors, corpus: measureCorpus },
  { type: 'growth', extractors: growthExtractors, corpus: growthCorpus },
  { type: 'percent', extractors: percentExtractors, corpus: percentCorpus },
  { type: 'count', extractors: countExtractors, corpus: countCorpus },
];

/** The extractors for the requested types (all when none are given), in registry order. */
export function extractorsFor(types?: readonly FactType[]): Extractor[] {
  return registry.filter((e) => !types || types.includes(e.type)).flatMap((e) => e.extractors);
}

/** The rank of a type in the registry: lower wins a tie between overlapping candidates. */
export const typeRank = (type: FactType): number => registry.findIndex((e) => e.type === type);
