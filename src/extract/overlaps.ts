import type { Candidate } from './types.js';
import { typeRank } from './registry.js';

// When rules overlap, keep one reading of each stretch of text: the higher priority, then the
// longer span, then the type that comes first in the registry, then the earlier rule.
// Identical spans of the same type collapse to one.

const better = (a: Candidate, b: Candidate): number =>
  (b.priority ?? 0) - (a.priority ?? 0) ||
  (b.end - b.start) - (a.end - a.start) ||
  typeRank(a.type) - typeRank(b.type) ||
  a.start - b.start;

export function removeOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = candidates.map((c, i) => ({ c, i })).sort((x, y) => better(x.c, y.c) || x.i - y.i);
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
