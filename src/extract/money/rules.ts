import type { Extractor } from '../types.js';

export const moneyExtractors: Extractor[] = [];
