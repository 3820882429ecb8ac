import type { FactType } from '../schema/fact.js';
import type { Corpus } from './types.js';
import { moneyCorpus } from './money/corpus.js';
import { rateCorpus } from './rate/corpus.js';
import { countCorpus } from './count/corpus.js';
import { measureCorpus } from './measure/corpus.js';
import { dateCorpus } from './date/corpus.js';

// Every fact type's example corpus, for the tests (tests/corpus.test.ts turns each example into a
// test). Nothing in src/ imports this module, so no corpus is in the build's bundle.

export const corpora: Record<FactType, Corpus> = {
  date: dateCorpus,
  money: moneyCorpus,
  measure: measureCorpus,
  growth: rateCorpus.growth,
  percent: rateCorpus.percent,
  count: countCorpus,
};
