import { fold } from '../text/fold.js';
import { METRIC_SYNONYMS, SPELLING_VARIANTS } from './synonyms.js';

// A metric as written → the key rows are grouped by. The key is never invented: it is the wording
// itself, folded (Traditional → Simplified, full-width → ASCII, spaces out), with a generic head
// taken off where the rest still names the thing, then looked up in the user's aliases and the
// built-in synonyms. Without a rule that applies, the metric as written (folded) is the key.

/** Heads that say "amount of" and add nothing to what is measured; longest first. */
const GENERIC_HEADS = ['总金额', '总规模', '总数量', '总额', '总值', '总量', '金额', '规模', '数量', '额'] as const;
/** What must remain after a head is taken off for it still to name something. */
const MIN_REST = 2;

/** User aliases: folded wording → key. */
export type Aliases = ReadonlyMap<string, string>;

/** Traditional → Simplified, full-width → ASCII, no white space, spelling variants unified. */
export function foldMetric(metric: string): string {
  let s = fold(metric.normalize('NFKC')).match.replace(/\s+/g, '');
  for (const [from, to] of SPELLING_VARIANTS) s = s.split(from).join(to);
  return s;
}

/** `出口总额` → `出口`; `金额` and `余额` stay (nothing, or too little, would be left). */
export function withoutGenericHead(folded: string): string {
  for (const head of GENERIC_HEADS) {
    if (folded.endsWith(head) && folded.length - head.length >= MIN_REST) return folded.slice(0, -head.length);
  }
  return folded;
}

/** The key of a metric: the user's aliases first, then the built-in synonyms, else the folded wording. */
export function metricKey(metric: string, aliases: Aliases = new Map()): string {
  const folded = foldMetric(metric);
  const userKey = aliases.get(folded);
  if (userKey !== undefined) return userKey;
  const bare = withoutGenericHead(folded);
  return aliases.get(bare) ?? METRIC_SYNONYMS.get(folded) ?? METRIC_SYNONYMS.get(bare) ?? bare;
}

/** Folds the wording side of the user's alias pairs so they match folded metrics. */
export function aliasMap(pairs: Iterable<readonly [wording: string, key: string]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [wording, key] of pairs) map.set(foldMetric(wording), key.trim());
  return map;
}
