import type { Corpus } from '../types.js';

export const dateCorpus: Corpus = { examples: [], negative: [] };
