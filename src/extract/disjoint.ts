// One overlap resolver for every stage that must keep one reading of each stretch of text (the
// figure candidates of a sentence, the spans of the date rules). Greedy by rank: the best item
// is kept, then each next one unless it overlaps one already kept. The kept spans are disjoint,
// so they stay in an array sorted by start and an overlap test is one binary search: sorting is
// O(n log n) and each test O(log n), where the former `kept.some(...)` scan was quadratic.

interface Spanned {
  start: number;
  end: number;
}

/**
 * The items that survive, in text order (by start, then end). `better(a, b) < 0` when a wins;
 * ties keep input order (the sort is stable).
 */
export function keepDisjoint<T extends Spanned>(items: readonly T[], better: (a: T, b: T) => number): T[] {
  if (items.length < 2) return [...items];
  const ranked = [...items].sort(better);
  const kept: T[] = []; // disjoint, sorted by start
  for (const item of ranked) {
    // the first kept span that ends after this item starts: the only one that can overlap it
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.end <= item.start)
        lo = mid + 1; // lo <= mid < hi <= kept.length
      else hi = mid;
    }
    const next = kept[lo];
    if (next !== undefined && next.start < item.end) continue;
    kept.splice(lo, 0, item);
  }
  return kept;
}
