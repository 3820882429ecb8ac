// Date labels, their calendar span, and resolution of what a text wrote against a reference date.
// Pure functions, no I/O. A label (CONTRACT.md) is `2023`, `2022-09`, `2024-04-11`, `2024-Q1`,
// `2024-H1`, decade `196X`, unknown parts `X` (`XXXX-04-11`), a range `A/B`.

/** One part of a written date: a number as written, an offset from the reference (今年 = 0,
 *  去年 = -1, 昨天 = -1), or not written at all (then inferred from the reference, when there is one). */
export type Part = { kind: 'abs'; value: number } | { kind: 'rel'; offset: number } | { kind: 'none' };

export const ABS = (value: number): Part => ({ kind: 'abs', value });
export const REL = (offset: number): Part => ({ kind: 'rel', offset });
export const NONE: Part = { kind: 'none' };

/** What one end of an expression names, before resolution. */
export type Point =
  | { unit: 'year'; year: Part }
  | { unit: 'month'; year: Part; month: Part }
  | { unit: 'day'; year: Part; month: Part; day: Part }
  | { unit: 'quarter'; year: Part; quarter: number }
  | { unit: 'half'; year: Part; half: 1 | 2 }
  | { unit: 'decade'; decade: number }; // 196 for the 1960s

/** A resolved point: null where the calendar value is unknown. */
export interface Resolved {
  unit: Point['unit'];
  y: number | null;
  m: number | null;
  d: number | null;
  q?: number;
  h?: number;
  decade?: number;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number | null, width: number): string => (n === null ? 'X'.repeat(width) : String(n).padStart(width, '0'));

export const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in a month; with an unknown year February counts 29 (the day can exist). */
export function daysIn(y: number | null, m: number): number {
  if (m === 2) return y === null || isLeap(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Parses `YYYY-MM-DD` (the reference date); null when absent or malformed. */
export function parseRef(ref: string | null): Ymd | null {
  if (ref === lastRef) return lastParsed && { ...lastParsed };
  const m = ref ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(ref) : null;
  let parsed: Ymd | null = null;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    parsed = mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo) ? { y, m: mo, d } : null;
  }
  lastRef = ref;
  lastParsed = parsed;
  return parsed && { ...parsed };
}
// the last reference parsed: a document resolves every date against the same one
let lastRef: string | null | undefined;
let lastParsed: Ymd | null = null;

/** The day `offset` days from `ref` (UTC arithmetic, no time zones involved). */
export function addDays(ref: Ymd, offset: number): Ymd {
  const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + offset));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The month `offset` months from (y, m). */
export function addMonths(y: number, m: number, offset: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + offset;
  return { y: Math.floor(i / 12), m: (i % 12) + 1 };
}

/** The first month a point covers (for ordering and year inference); null when unknown. */
function firstMonth(p: Point): number | null {
  switch (p.unit) {
    case 'month':
    case 'day':
      return p.month.kind === 'abs' ? p.month.value : null;
    case 'quarter':
      return p.quarter * 3 - 2;
    case 'half':
      return p.half === 1 ? 1 : 7;
    default:
      return 1;
  }
}

/**
 * The year of a period written without one (`11月`, `一季度`, `双11`), from the reference date.
 * News mostly reports the past, so the reference year wins unless the period starts more than
 * six months after the reference month (a January article's `12月` is last December), or the
 * reference is late in the year and the month is early (a December article's `1月` is next January).
 */
export function inferYear(p: Point, ref: Ymd): number {
  const m = firstMonth(p) ?? ref.m;
  if (m - ref.m > 6) return ref.y - 1;
  if (ref.m - m >= 10) return ref.y + 1;
  return ref.y;
}

function yearOf(part: Part, p: Point, ref: Ymd | null): number | null {
  if (part.kind === 'abs') return part.value;
  if (!ref) return null;
  return part.kind === 'rel' ? ref.y + part.offset : inferYear(p, ref);
}

/** Resolves one point against the reference date (`YYYY-MM-DD` or null). */
export function resolvePoint(p: Point, refDate: string | null): Resolved {
  const ref = parseRef(refDate);
  switch (p.unit) {
    case 'decade':
      return { unit: 'decade', y: p.decade * 10, m: null, d: null, decade: p.decade };
    case 'year':
      return { unit: 'year', y: yearOf(p.year, p, ref), m: null, d: null };
    case 'quarter':
      return { unit: 'quarter', y: yearOf(p.year, p, ref), m: null, d: null, q: p.quarter };
    case 'half':
      return { unit: 'half', y: yearOf(p.year, p, ref), m: null, d: null, h: p.half };
    case 'month':
      if (p.month.kind === 'rel') {
        if (!ref) return { unit: 'month', y: null, m: null, d: null };
        const r = addMonths(ref.y, ref.m, p.month.offset);
        return { unit: 'month', y: r.y, m: r.m, d: null };
      }
      return { unit: 'month', y: yearOf(p.year, p, ref), m: p.month.kind === 'abs' ? p.month.value : null, d: null };
    case 'day':
      return resolveDay(p, ref);
  }
}

function resolveDay(p: Extract<Point, { unit: 'day' }>, ref: Ymd | null): Resolved {
  const unknown: Resolved = { unit: 'day', y: null, m: null, d: null };
  if (p.day.kind === 'rel') {
    if (!ref) return unknown;
    const r = addDays(ref, p.day.offset);
    return { unit: 'day', ...r };
  }
  const d = p.day.kind === 'abs' ? p.day.value : null;
  if (p.month.kind === 'rel') {
    if (!ref) return { ...unknown, d };
    // 本月底 / 上月下旬 are built with day 31: clamp to the month's last day
    const r = addMonths(ref.y, ref.m, p.month.offset);
    return { unit: 'day', y: r.y, m: r.m, d: d === null ? null : Math.min(d, daysIn(r.y, r.m)) };
  }
  if (p.month.kind === 'none') {
    // a day alone (`18日`): this month of the reference, or the previous one when the day is
    // well after the reference day (an article of the 2nd speaking of the 30th)
    if (!ref || p.year.kind !== 'none' || d === null) return { ...unknown, d };
    let r = d - ref.d > 15 ? addMonths(ref.y, ref.m, -1) : { y: ref.y, m: ref.m };
    if (d > daysIn(r.y, r.m)) r = addMonths(r.y, r.m, -1); // the 31st in a 30-day month: the month before
    return { unit: 'day', y: r.y, m: r.m, d };
  }
  return { unit: 'day', y: yearOf(p.year, p, ref), m: p.month.value, d };
}

/** The label of one resolved point. */
export function labelOf(r: Resolved): string {
  const y = pad(r.y, 4);
  switch (r.unit) {
    case 'decade':
      return `${r.decade}X`;
    case 'year':
      return y;
    case 'quarter':
      return `${y}-Q${r.q}`;
    case 'half':
      return `${y}-H${r.h}`;
    case 'month':
      return `${y}-${pad(r.m, 2)}`;
    case 'day':
      return `${y}-${pad(r.m, 2)}-${pad(r.d, 2)}`;
  }
}

/** Sort key of a resolved point's start, or null when its year or month is unknown. */
function startKey(r: Resolved): number | null {
  if (r.y === null) return null;
  const m = r.unit === 'quarter' ? (r.q! - 1) * 3 + 1 : r.unit === 'half' ? (r.h === 1 ? 1 : 7) : (r.m ?? 1);
  return r.y * 10000 + m * 100 + (r.d ?? 1);
}

const withYear = (r: Resolved, y: number | null): Resolved => (r.unit === 'decade' ? r : { ...r, y });

/**
 * Resolves a range. An end written without a year takes the other end's year (`2019年12月4日至6日`,
 * `12月30日至1月2日` rolls over to the next year); when neither end has one, the year is inferred
 * from the later end (`前11个月`, `1-10月`), so both ends share it.
 */
export function resolveRange(a: Point, b: Point, refDate: string | null): [Resolved, Resolved] {
  const hasYear = (p: Point) => p.unit === 'decade' || p.year.kind !== 'none';
  const monthRel = (p: Point) => (p.unit === 'month' || p.unit === 'day') && p.month.kind === 'rel';
  let ra = resolvePoint(a, refDate);
  let rb = resolvePoint(b, refDate);
  const ordered = (x: Resolved, y: Resolved) => {
    const kx = startKey(x);
    const ky = startKey(y);
    return kx === null || ky === null || kx <= ky;
  };
  if (hasYear(a) && !hasYear(b) && !monthRel(b)) {
    rb = withYear(rb, ra.y);
    // a day alone after a day takes its month too (`12月4日至6日`)
    if (rb.unit === 'day' && b.unit === 'day' && b.month.kind === 'none') rb = { ...rb, m: ra.m };
    if (!ordered(ra, rb) && rb.y !== null) rb = withYear(rb, rb.y + 1);
  } else if (!hasYear(a) && !monthRel(a)) {
    // two days alone (`30日至31日`): the month of the later day
    if (a.unit === 'day' && a.month.kind === 'none' && b.unit === 'day' && b.month.kind === 'none') ra = { ...ra, y: rb.y, m: rb.m };
    else if (rb.unit === 'day' && b.unit === 'day' && b.month.kind === 'none') rb = { ...rb, y: ra.y, m: ra.m };
    else ra = withYear(ra, rb.y);
    if (!ordered(ra, rb) && ra.y !== null) ra = withYear(ra, ra.y - 1);
  }
  return [ra, rb];
}

/** A week relative to the reference's week, Monday to Sunday, as a day range. */
export function weekLabel(offset: number, refDate: string | null): string {
  const ref = parseRef(refDate);
  if (!ref) return 'XXXX-XX-XX/XXXX-XX-XX';
  const weekday = (new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay() + 6) % 7; // Monday = 0
  const monday = addDays(ref, offset * 7 - weekday);
  const day = (p: Ymd) => labelOf({ unit: 'day', y: p.y, m: p.m, d: p.d });
  return `${day(monday)}/${day(addDays(monday, 6))}`;
}

/** The label of a point or a range. */
export function rangeLabel(a: Resolved, b?: Resolved): string {
  return b ? `${labelOf(a)}/${labelOf(b)}` : labelOf(a);
}

const LABEL_PART = /^(?:(\d{3})X|(\d{4}|XXXX)(?:-Q([1-4])|-H([12])|-(\d{2}|XX)(?:-(\d{2}|XX))?)?)$/;

/** First and last day of one label part, or null when any part of it is unknown. */
function spanOfPart(part: string): [string, string] | null {
  const m = LABEL_PART.exec(part);
  if (!m) return null;
  const iso = (y: number, mo: number, d: number) => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
  if (m[1]) {
    const y = Number(m[1]) * 10;
    return [iso(y, 1, 1), iso(y + 9, 12, 31)];
  }
  if (m[2] === 'XXXX' || m[5] === 'XX' || m[6] === 'XX') return null;
  const y = Number(m[2]);
  let first = 1;
  let last = 12;
  if (m[3]) [first, last] = [Number(m[3]) * 3 - 2, Number(m[3]) * 3];
  else if (m[4]) [first, last] = m[4] === '1' ? [1, 6] : [7, 12];
  else if (m[5]) first = last = Number(m[5]);
  if (m[6]) {
    const d = Number(m[6]);
    return first >= 1 && first <= 12 && d >= 1 && d <= daysIn(y, first) ? [iso(y, first, d), iso(y, first, d)] : null;
  }
  if (first < 1 || first > 12) return null;
  return [iso(y, first, 1), iso(y, last, daysIn(y, last))];
}

/** Whether every known month and day in a label exists (`2024-06-31` does not; `XXXX-02-29` may). */
export function isValidLabel(label: string): boolean {
  return label.split('/').every((part) => {
    const m = LABEL_PART.exec(part);
    if (!m) return false;
    const mo = m[5] && m[5] !== 'XX' ? Number(m[5]) : null;
    const d = m[6] && m[6] !== 'XX' ? Number(m[6]) : null;
    if (mo !== null && (mo < 1 || mo > 12)) return false;
    if (d === null) return true;
    return d >= 1 && d <= (mo === null ? 31 : daysIn(m[2] === 'XXXX' ? null : Number(m[2]), mo));
  });
}

/**
 * The first and last day (ISO, inclusive) a date label covers: `2024-Q1` → 2024-01-01..2024-03-31,
 * `2019-01/2019-07` → 2019-01-01..2019-07-31, `196X` → 1960-01-01..1969-12-31. Null when the
 * label is malformed or a year, month or day in it is unknown (`XXXX-04-11`). The linker can use
 * it to resolve a period label.
 */
export function dateRangeOf(label: string): { from: string; to: string } | null {
  const parts = label.split('/');
  if (parts.length > 2) return null;
  const a = spanOfPart(parts[0]);
  const b = parts.length === 2 ? spanOfPart(parts[1]) : a;
  if (!a || !b) return null;
  return { from: a[0], to: b[1] };
}
