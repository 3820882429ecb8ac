import type { Candidate } from './types.js';
import { typeRank } from './priority.js';
import { keepDisjoint } from './disjoint.js';

// When rules overlap, keep one reading of each stretch of text: the higher priority, then the
// longer span, then the type that comes first in priority.ts, then the earlier rule.
// Identical spans of the same type collapse to one.

const better = (a: Candidate, b: Candidate): number => (b.priority ?? 0) - (a.priority ?? 0) || b.end - b.start - (a.end - a.start) || typeRank(a.type) - typeRank(b.type) || a.start - b.start;

export function removeOverlaps(candidates: Candidate[]): Candidate[] {
  return keepDisjoint(candidates, better);
}
