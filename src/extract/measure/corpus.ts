import type { Corpus } from '../types.js';

export const measureCorpus: Corpus = { examples: [], negative: [] };
