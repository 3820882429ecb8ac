import type { Extractor } from '../types.js';

export const percentExtractors: Extractor[] = [];
