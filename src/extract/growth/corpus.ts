import type { Corpus } from '../types.js';

export const growthCorpus: Corpus = { examples: [], negative: [] };
