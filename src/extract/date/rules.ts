import type { Extractor } from '../types.js';

export const dateExtractors: Extractor[] = [];
