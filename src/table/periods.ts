import { dateRangeOf } from '../extract/date/resolve.js';

// Periods as table keys: an unknown year (`XXXX-Q1`) takes its document's known year, and period
// columns sort in calendar order — by the last day covered, a shorter span first when two end on
// the same day (`2023-Q1`, `2023-H1`, `2023-01/2023-07`, `2023-Q4`, `2023-H2`, `2023`).

const UNKNOWN_YEAR = /^XXXX(?=-|$)/;
const KNOWN_YEAR = /^(\d{4})(?:-|$)/;

/** The year of a label whose year is written (`2024-Q1` → 2024), else null. */
export function yearOf(label: string): number | null {
  const m = KNOWN_YEAR.exec(label);
  return m ? Number(m[1]) : null;
}

export const hasUnknownYear = (label: string): boolean => label.split('/').some((p) => UNKNOWN_YEAR.test(p));

/** `XXXX-Q1` in a document of 2024 → `2024-Q1`; a label with its year written is returned as is. */
export function withYear(label: string, year: number): string {
  return label
    .split('/')
    .map((p) => p.replace(UNKNOWN_YEAR, String(year)))
    .join('/');
}

/**
 * The year a document is dated in, which its unknown years (`今年` in an undated copy) are taken to
 * be. Only the document's own date says it: a document that states 2023's figures may well be
 * written in 2024, so the years it mentions do not.
 */
export const documentYear = (date: string | null): number | null => (date === null ? null : yearOf(date));

/** Sort key of a label: [last day, first day] as ISO strings; unknown years after every known one. */
function spanKey(label: string): [string, string] {
  const range = dateRangeOf(label.replace(/X{4}/g, '9999').replace(/-XX/g, ''));
  return range ? [range.to, range.from] : ['9999-99-99', label];
}

/** Calendar order of period labels; null (no period) first. */
export function comparePeriods(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  const [ae, as] = spanKey(a);
  const [be, bs] = spanKey(b);
  // same last day: the later first day is the shorter span, which comes first
  return ae !== be ? (ae < be ? -1 : 1) : as !== bs ? (as > bs ? -1 : 1) : a < b ? -1 : 1;
}
