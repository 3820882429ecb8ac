import type { Corpus } from '../types.js';

export const countCorpus: Corpus = { examples: [], negative: [] };
