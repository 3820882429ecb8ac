import type { Extractor } from '../types.js';

export const measureExtractors: Extractor[] = [];
