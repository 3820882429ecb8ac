// Date labels, their calendar span, and resolution of what a text wrote against a reference date.
// Pure functions, no I/O. A label (CONTRACT.md) is `2023`, `2022-09`, `2024-04-11`, `2024-Q1`,
// `2024-H1`, decade `196X`, century `16XX`, unknown parts `X` (`XXXX-04-11`), a range `A/B`.

/** One part of a written date: a number as written, an offset from the reference (今年 = 0,
 *  去年 = -1, 昨天 = -1), or not written at all (then inferred from the reference, when there is one). */
export type Part =
  /** `twoDigit`: written in two digits (98年), its century read against the reference date (yearNear);
   *  `roc`: the Republic's year it is in a Taiwan source (99年 = 2010), when it can be one */
  | { kind: 'abs'; value: number; twoDigit?: boolean; roc?: number }
  | { kind: 'rel'; offset: number }
  /** an offset from the year of the date before it (次年 = +1, 上一年 = -1), else from the reference */
  | { kind: 'ctx'; offset: number }
  /** a day: the last of its month, known once the year is (2月底 is the 28th or the 29th) */
  | { kind: 'end' }
  | { kind: 'none' };

export const ABS = (value: number): Part => ({ kind: 'abs', value });
/** A year written in two digits, `value` the year of the fixed pivot (twoDigitYear). */
export const ABS2 = (value: number, roc?: number): Part => (roc === undefined ? { kind: 'abs', value, twoDigit: true } : { kind: 'abs', value, twoDigit: true, roc });

/**
 * The year of an absolute year part. A two-digit year is the one of this century or the last
 * that lies at most ten years after the reference year (in an article of 2024, 三三年 is 1933 and
 * 到30年 2030): news speaks of a near future, and of any past. Without a reference, the fixed
 * pivot of twoDigitYear, so that output never depends on today.
 */
export function absYear(part: { value: number; twoDigit?: boolean }, refYear: number | null): number {
  if (!part.twoDigit || refYear === null) return part.value;
  const recent = 2000 + (part.value % 100);
  return recent <= refYear + 10 ? recent : recent - 100;
}
export const REL = (offset: number): Part => ({ kind: 'rel', offset });
export const NONE: Part = { kind: 'none' };
export const CTX = (offset: number): Part => ({ kind: 'ctx', offset });
export const END: Part = { kind: 'end' };

/** What one end of an expression names, before resolution. */
export type Point =
  | { unit: 'year'; year: Part }
  | { unit: 'month'; year: Part; month: Part }
  | { unit: 'day'; year: Part; month: Part; day: Part }
  | { unit: 'quarter'; year: Part; quarter: number }
  | { unit: 'half'; year: Part; half: 1 | 2 }
  | { unit: 'decade'; decade: number } // 196 for the 1960s
  | { unit: 'century'; century: number }; // 16 for 16XX (the 17th century)

/** A resolved point: null where the calendar value is unknown. */
export interface Resolved {
  unit: Point['unit'];
  y: number | null;
  m: number | null;
  d: number | null;
  q?: number;
  h?: number;
  decade?: number;
  century?: number;
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

/** The n-th `weekday` (Monday = 0) of a month, `plus` days after it (黑色星期五: the day after the
 *  4th Thursday of November); null when the month has no n-th such day. */
export function nthWeekday(y: number, m: number, n: number, weekday: number, plus = 0): Ymd | null {
  const firstWeekday = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const d = 1 + ((weekday - firstWeekday + 7) % 7) + (n - 1) * 7;
  if (d > daysIn(y, m)) return null;
  return addDays({ y, m, d }, plus);
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

/** How a sentence reads its dates: `ahead` when it looks ahead (将, 预计, 计划 …), and the year
 *  a date without one takes from a date before it in its sentence or passage. */
export interface Reading {
  ahead?: boolean;
  /** the year of the last date before this one that wrote a year */
  contextYear?: number | null;
  /** the label of the last date before this one, for a date counted from it (次日, 次月) */
  contextDate?: string | null;
}

/**
 * The year of a period written without one (`11月`, `一季度`, `双11`), from the reference date.
 * A reported period does not lie after the reference date: the reference year, or the year
 * before when the period would start in a later month (an article of 2023-11-15: `一季度` is
 * 2023-Q1; of 2025-01-10: `12月` is 2024-12). A sentence that looks ahead speaks of this year's
 * period, or of next year's when the reference is late in the year and the period early (a
 * December article's `预计1月` is next January).
 */
export function inferYear(p: Point, ref: Ymd, ahead = false): number {
  const m = firstMonth(p) ?? ref.m;
  if (!ahead) return m > ref.m ? ref.y - 1 : ref.y;
  return ref.m - m >= 10 ? ref.y + 1 : ref.y;
}

function yearOf(part: Part, p: Point, ref: Ymd | null, reading: Reading): number | null {
  if (part.kind === 'abs') return absYear(part, ref ? ref.y : null);
  if (part.kind === 'ctx') {
    if (reading.contextYear != null) return reading.contextYear + part.offset;
    return ref ? ref.y + part.offset : null;
  }
  if (!ref) return part.kind === 'none' && reading.contextYear != null ? reading.contextYear : null;
  if (part.kind === 'rel') return ref.y + part.offset;
  return reading.contextYear != null ? reading.contextYear : inferYear(p, ref, reading.ahead);
}

/** Resolves one point against the reference date (`YYYY-MM-DD` or null). */
export function resolvePoint(p: Point, refDate: string | null, reading: Reading = {}): Resolved {
  const ref = parseRef(refDate);
  switch (p.unit) {
    case 'decade':
      return { unit: 'decade', y: p.decade * 10, m: null, d: null, decade: p.decade };
    case 'century':
      return { unit: 'century', y: p.century * 100, m: null, d: null, century: p.century };
    case 'year':
      return { unit: 'year', y: yearOf(p.year, p, ref, reading), m: null, d: null };
    case 'quarter':
      return { unit: 'quarter', y: yearOf(p.year, p, ref, reading), m: null, d: null, q: p.quarter };
    case 'half':
      return { unit: 'half', y: yearOf(p.year, p, ref, reading), m: null, d: null, h: p.half };
    case 'month':
      if (p.month.kind === 'rel') {
        if (!ref) return { unit: 'month', y: null, m: null, d: null };
        const r = addMonths(ref.y, ref.m, p.month.offset);
        return { unit: 'month', y: r.y, m: r.m, d: null };
      }
      return { unit: 'month', y: yearOf(p.year, p, ref, reading), m: p.month.kind === 'abs' ? p.month.value : null, d: null };
    case 'day':
      return resolveDay(p, ref, reading);
  }
}

function resolveDay(p: Extract<Point, { unit: 'day' }>, ref: Ymd | null, reading: Reading): Resolved {
  const unknown: Resolved = { unit: 'day', y: null, m: null, d: null };
  if (p.day.kind === 'rel') {
    if (!ref) return unknown;
    // 去年的今天, 上个月的今天: the reference's day in the month counted from it (the month's last when it has fewer days)
    const from = p.month.kind === 'rel' && p.month.offset !== 0 ? addMonths(ref.y, ref.m, p.month.offset) : null;
    const r = addDays(from ? { ...from, d: Math.min(ref.d, daysIn(from.y, from.m)) } : ref, p.day.offset);
    return { unit: 'day', ...r };
  }
  const d = p.day.kind === 'abs' ? p.day.value : null;
  if (p.month.kind === 'rel') {
    // 本月底 / 上月下旬 are built with day 31: clamp to the month's last day, which an unknown
    // month leaves unknown from the 29th on
    if (!ref) return { ...unknown, d: d !== null && d >= 29 ? null : d };
    const r = addMonths(ref.y, ref.m, p.month.offset);
    return { unit: 'day', y: r.y, m: r.m, d: p.day.kind === 'end' ? daysIn(r.y, r.m) : d === null ? null : Math.min(d, daysIn(r.y, r.m)) };
  }
  if (p.month.kind === 'none') {
    // a day alone (`18日`): this month of the reference, or the previous one when the day is
    // well after the reference day (an article of the 2nd speaking of the 30th)
    if (!ref || p.year.kind !== 'none' || d === null) return { ...unknown, d };
    let r = d - ref.d > 15 ? addMonths(ref.y, ref.m, -1) : { y: ref.y, m: ref.m };
    if (d > daysIn(r.y, r.m)) r = addMonths(r.y, r.m, -1); // the 31st in a 30-day month: the month before
    return { unit: 'day', y: r.y, m: r.m, d };
  }
  const y = yearOf(p.year, p, ref, reading);
  const m = (p.month as { value: number }).value;
  return { unit: 'day', y, m, d: p.day.kind === 'end' ? daysIn(y, m) : d };
}

/** The label of one resolved point. */
export function labelOf(r: Resolved): string {
  const y = pad(r.y, 4);
  switch (r.unit) {
    case 'decade':
      return `${r.decade}X`;
    case 'century':
      return `${r.century}XX`;
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

const withYear = (r: Resolved, y: number | null): Resolved => (r.unit === 'decade' || r.unit === 'century' ? r : { ...r, y });

/** Whether a range without years runs from a later month into an earlier one (`12月30日至1月2日`). */
function crossesYear(a: Point, b: Point): boolean {
  const ma = firstMonth(a);
  const mb = firstMonth(b);
  return ma !== null && mb !== null && mb < ma;
}

/**
 * Resolves a range. An end written without a year takes the other end's year (`2019年12月4日至6日`,
 * `12月30日至1月2日` rolls over to the next year); when neither end has one, the year is inferred
 * from the later end (`前11个月`, `1-10月`: a reported period does not end after the reference
 * month), so both ends share it, unless the range runs into the next year (from the start).
 */
export function resolveRange(a: Point, b: Point, refDate: string | null, reading: Reading = {}): [Resolved, Resolved] {
  const hasYear = (p: Point) => p.unit === 'decade' || p.unit === 'century' || p.year.kind !== 'none';
  const monthRel = (p: Point) => (p.unit === 'month' || p.unit === 'day') && p.month.kind === 'rel';
  let ra = resolvePoint(a, refDate, reading);
  let rb = resolvePoint(b, refDate, reading);
  // 今明两天, 今明两年: both ends counted from the reference, nothing to share
  const counted = (p: Point) => (p.unit === 'day' && p.day.kind === 'rel') || (p.unit === 'year' && p.year.kind === 'rel');
  if (counted(a) && counted(b)) return [ra, rb];
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
    else if (!hasYear(b) && crossesYear(a, b)) {
      // `12月30日至1月2日`: the year is the start's, the end rolls over
      rb = withYear(rb, ra.y === null ? null : ra.y + 1);
    } else ra = withYear(ra, rb.y);
    if (!ordered(ra, rb) && ra.y !== null) ra = withYear(ra, ra.y - 1);
  }
  return [ra, rb];
}

/**
 * Days of a week relative to the reference's week, as a day range (Monday to Sunday by default;
 * `days` picks weekdays, Monday = 0: [2, 2] is Wednesday, [5, 6] the weekend).
 */
export function weekLabel(offset: number, refDate: string | null, days: [number, number] = [0, 6]): string {
  const ref = parseRef(refDate);
  const one = days[0] === days[1];
  if (!ref) return one ? 'XXXX-XX-XX' : 'XXXX-XX-XX/XXXX-XX-XX';
  const weekday = (new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay() + 6) % 7; // Monday = 0
  const monday = addDays(ref, offset * 7 - weekday);
  const day = (p: Ymd) => labelOf({ unit: 'day', y: p.y, m: p.m, d: p.d });
  const first = day(addDays(monday, days[0]));
  return one ? first : `${first}/${day(addDays(monday, days[1]))}`;
}

/**
 * The day or month after the end of a date label (`XXXX-03-05` → `XXXX-03-06`, `2023-12-31` →
 * `2024-01-01`, `2022-05` → `2022-06`); null when the label does not name that grain (a year).
 */
export function nextAfter(label: string, grain: 'day' | 'month'): string | null {
  const g = /^(\d{4}|XXXX)-(\d{2})(?:-(\d{2}))?$/.exec(label.slice(label.lastIndexOf('/') + 1));
  if (!g || (grain === 'day' && !g[3])) return null;
  const y = g[1] === 'XXXX' ? null : Number(g[1]);
  let m = Number(g[2]);
  let d = grain === 'day' ? Number(g[3]) + 1 : 1;
  if (grain === 'month' || d > daysIn(y, m)) [m, d] = [m + 1, 1];
  const year = m > 12 ? (y === null ? null : y + 1) : y;
  const r: Resolved = { unit: grain, y: year, m: m > 12 ? 1 : m, d: grain === 'day' ? d : null };
  return labelOf(r);
}

/**
 * The days of ISO week `n` of year `y` (Monday to Sunday; week 1 holds the year's first Thursday,
 * so it may start in December): a day range, unknown days without a year, null when the year has
 * no such week (most years have 52).
 */
export function isoWeekLabel(y: number | null, n: number): string | null {
  if (y === null) return 'XXXX-XX-XX/XXXX-XX-XX';
  const jan4: Ymd = { y, m: 1, d: 4 };
  const monday = addDays(jan4, n * 7 - 7 - ((new Date(Date.UTC(y, 0, 4)).getUTCDay() + 6) % 7));
  if (addDays(monday, 3).y !== y) return null; // its Thursday lies in the next year
  const day = (p: Ymd) => labelOf({ unit: 'day', y: p.y, m: p.m, d: p.d });
  return `${day(monday)}/${day(addDays(monday, 6))}`;
}

/**
 * The N calendar years or months a text looks back or ahead on (过去五年, 近三年来, 近三个月,
 * 未来五年), or null without a reference. Back: the full ones before the reference's, as a work
 * report or review written early in a year looks back on the years it closed (2026-01 过去五年 =
 * 2021/2025; 来 only says "up to now") and a mid-month article on the months whose figures are
 * out. Ahead: the years from the reference year on (a plan of March 2021's 今后五年 is 2021/2025),
 * the months after the reference month. In a December article the reference year is all but
 * closed: the last of the years back (a year-end review's 过去一年), before the years ahead.
 */
/** N years, months, weeks or days counted back or on from the reference (过去五年, 未来三天). */
export interface Stretch {
  n: number;
  unit: 'year' | 'month' | 'week' | 'day';
  ahead: boolean;
}

export function stretchLabel(s: Stretch, refDate: string | null): string | null {
  const ref = parseRef(refDate);
  if (!ref) return null;
  const closed = ref.m === 12 ? ref.y : ref.y - 1;
  const range = (a: string, b: string) => (a === b ? a : `${a}/${b}`);
  if (s.unit === 'year') return s.ahead ? range(String(closed + 1), String(closed + s.n)) : range(String(closed - s.n + 1), String(closed));
  if (s.unit === 'week') {
    const [first, last] = s.ahead ? [1, s.n] : [-s.n, -1];
    return range(weekLabel(first, refDate).split('/')[0] ?? '', weekLabel(last, refDate).split('/')[1] ?? '');
  }
  if (s.unit === 'day') {
    const day = (offset: number) => labelOf({ unit: 'day', ...addDays(ref, offset) });
    return s.ahead ? range(day(1), day(s.n)) : range(day(-s.n), day(-1));
  }
  const month = (offset: number) => {
    const r = addMonths(ref.y, ref.m, offset);
    return `${r.y}-${String(r.m).padStart(2, '0')}`;
  };
  return s.ahead ? range(month(1), month(s.n)) : range(month(-s.n), month(-1));
}

/**
 * A quarter relative to the reference's (上季度 = -1), or one of its edge months, about
 * (上季度末 = its last month, 季度初 = the first); null without a reference.
 */
export function quarterLabel(offset: number, edge: 'first' | 'last' | null, refDate: string | null): string | null {
  const ref = parseRef(refDate);
  if (!ref) return null;
  const firstMonthOf = addMonths(ref.y, ref.m - ((ref.m - 1) % 3), offset * 3);
  const q = (firstMonthOf.m + 2) / 3;
  if (edge === null) return labelOf({ unit: 'quarter', y: firstMonthOf.y, m: null, d: null, q });
  return labelOf({ unit: 'month', y: firstMonthOf.y, m: firstMonthOf.m + (edge === 'last' ? 2 : 0), d: null });
}

/** The label of a point or a range. */
export function rangeLabel(a: Resolved, b?: Resolved): string {
  return b ? `${labelOf(a)}/${labelOf(b)}` : labelOf(a);
}

const LABEL_PART = /^(?:(?<century>\d{2})XX|(?<decade>\d{3})X|(?<y>\d{4}|XXXX)(?:-Q(?<q>[1-4])|-H(?<h>[12])|-(?<mo>\d{2}|XX)(?:-(?<d>\d{2}|XX))?)?)$/;

/** First and last day of one label part, or null when any part of it is unknown. */
function spanOfPart(part: string): [string, string] | null {
  const g = LABEL_PART.exec(part)?.groups;
  if (!g) return null;
  const iso = (y: number, mo: number, d: number) => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
  if (g.century) {
    const y = Number(g.century) * 100;
    return [iso(y, 1, 1), iso(y + 99, 12, 31)];
  }
  if (g.decade) {
    const y = Number(g.decade) * 10;
    return [iso(y, 1, 1), iso(y + 9, 12, 31)];
  }
  if (g.y === 'XXXX' || g.mo === 'XX' || g.d === 'XX') return null;
  const y = Number(g.y);
  let first = 1;
  let last = 12;
  if (g.q) [first, last] = [Number(g.q) * 3 - 2, Number(g.q) * 3];
  else if (g.h) [first, last] = g.h === '1' ? [1, 6] : [7, 12];
  else if (g.mo) first = last = Number(g.mo);
  if (g.d) {
    const d = Number(g.d);
    return first >= 1 && first <= 12 && d >= 1 && d <= daysIn(y, first) ? [iso(y, first, d), iso(y, first, d)] : null;
  }
  if (first < 1 || first > 12) return null;
  return [iso(y, first, 1), iso(y, last, daysIn(y, last))];
}

/** Whether every known month and day in a label exists (`2024-06-31` does not; `XXXX-02-29` may). */
export function isValidLabel(label: string): boolean {
  return label.split('/').every((part) => {
    const g = LABEL_PART.exec(part)?.groups;
    if (!g) return false;
    const mo = g.mo && g.mo !== 'XX' ? Number(g.mo) : null;
    const d = g.d && g.d !== 'XX' ? Number(g.d) : null;
    if (mo !== null && (mo < 1 || mo > 12)) return false;
    if (d === null) return true;
    return d >= 1 && d <= (mo === null ? 31 : daysIn(g.y === 'XXXX' ? null : Number(g.y), mo));
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
  const [first = '', second] = parts; // split gives one part at least
  const a = spanOfPart(first);
  const b = second === undefined ? a : spanOfPart(second);
  if (!a || !b) return null;
  return { from: a[0], to: b[1] };
}
