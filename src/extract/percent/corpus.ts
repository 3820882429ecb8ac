import type { Corpus } from '../types.js';

export const percentCorpus: Corpus = { examples: [], negative: [] };
