import type { FactType } from '../schema/fact.js';
import type { Extractor } from './types.js';
import { TYPE_PRIORITY } from './priority.js';
import { moneyExtractors } from './money/rules.js';
import { percentExtractors } from './percent/rules.js';
import { growthExtractors } from './growth/rules.js';
import { countExtractors } from './count/rules.js';
import { measureExtractors } from './measure/rules.js';
import { dateExtractors } from './date/rules.js';

// The rules of every fact type, and nothing else: the corpora (tests' data) are gathered apart
// in corpora.ts, so that what ships holds no example sentence.

export interface FactTypeEntry {
  type: FactType;
  extractors: Extractor[];
}

const extractorsOf: Record<FactType, Extractor[]> = {
  date: dateExtractors,
  money: moneyExtractors,
  measure: measureExtractors,
  growth: growthExtractors,
  percent: percentExtractors,
  count: countExtractors,
};

/** Every fact type with its rules, in priority order (priority.ts). */
export const registry: FactTypeEntry[] = TYPE_PRIORITY.map((type) => ({ type, extractors: extractorsOf[type] }));

/** The extractors for the requested types (all when none are given), in registry order. */
export function extractorsFor(types?: readonly FactType[]): Extractor[] {
  return registry.filter((e) => !types || types.includes(e.type)).flatMap((e) => e.extractors);
}
