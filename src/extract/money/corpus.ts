import type { Corpus } from '../types.js';

export const moneyCorpus: Corpus = { examples: [], negative: [] };
