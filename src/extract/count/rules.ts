import type { Extractor } from '../types.js';

export const countExtractors: Extractor[] = [];
