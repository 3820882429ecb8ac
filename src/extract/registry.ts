import type { FactType } from '../schema/fact.js';
import type { Extractor } from './types.js';
import { typeRank } from './priority.js';
import { moneyExtractors } from './money/rules.js';
import { rateExtractors } from './rate/rules.js';
import { countExtractors } from './count/rules.js';
import { measureExtractors } from './measure/rules.js';
import { dateExtractors } from './date/rules.js';

// The rules of every fact type, and nothing else: the corpora (tests' data) are gathered apart
// in corpora.ts, so that what ships holds no example sentence. One extractor may yield several
// types: rate/ reads a figure once and its context makes it a growth or a percent.

const firstRank = (x: Extractor): number => Math.min(...x.types.map(typeRank));

/** Every extractor, in the priority order of the types it yields (priority.ts); a stable sort keeps a type's own order. */
export const registry: readonly Extractor[] = [...dateExtractors, ...moneyExtractors, ...measureExtractors, ...rateExtractors, ...countExtractors].sort((a, b) => firstRank(a) - firstRank(b));

/**
 * The extractors for the requested types (all when none are given), in registry order. An
 * extractor that also yields types not asked for is kept with its candidates of those dropped.
 */
export function extractorsFor(types?: readonly FactType[]): Extractor[] {
  if (!types) return [...registry];
  return registry.flatMap((x): Extractor[] => {
    const kept = x.types.filter((t) => types.includes(t));
    if (kept.length === 0) return [];
    if (kept.length === x.types.length) return [x];
    return [{ types: kept, name: x.name, extract: (s, ctx) => x.extract(s, ctx).filter((c) => kept.includes(c.type)) }];
  });
}
