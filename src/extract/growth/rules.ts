import type { Extractor } from '../types.js';

export const growthExtractors: Extractor[] = [];
