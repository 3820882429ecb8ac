import { createRequire } from 'node:module';
import { absYear, labelOf, parseRef, type Part, type Reading } from './resolve.js';

// The calendar is loaded on the first lunar date, not at start-up (its tables take some 20 ms to
// load, in the command line and in every worker, and most documents hold no lunar date).
let calendar: typeof import('lunar-javascript') | undefined;
const lunarCalendar = (): typeof import('lunar-javascript') => (calendar ??= createRequire(import.meta.url)('lunar-javascript') as typeof import('lunar-javascript'));

// Lunar dates in the Gregorian calendar, through lunar-javascript. A lunar date never gives a
// Gregorian label of its own numbers (农历八月十五 is not 08-15): it is converted, or it gives
// no date at all (a lunar year the calendar does not know, a day the month does not have).

/** The 24 solar terms in calendar order from 小寒 (early January): two to a month. */
export const SOLAR_TERMS = [
  '小寒',
  '大寒',
  '立春',
  '雨水',
  '惊蛰',
  '春分',
  '清明',
  '谷雨',
  '立夏',
  '小满',
  '芒种',
  '夏至',
  '小暑',
  '大暑',
  '立秋',
  '处暑',
  '白露',
  '秋分',
  '寒露',
  '霜降',
  '立冬',
  '小雪',
  '大雪',
  '冬至',
];

/**
 * The Gregorian day of a solar term in Gregorian year `year`. The calendar's table for a lunar
 * year runs from the 冬至 before it; that year's own 冬至 is under DONG_ZHI.
 */
export function solarTermDay(year: number, term: string): Ymd | null {
  try {
    const s = lunarCalendar().Lunar.fromYmd(year, 6, 1).getJieQiTable()[term === '冬至' ? 'DONG_ZHI' : term];
    return s ? { y: s.getYear(), m: s.getMonth(), d: s.getDay() } : null;
  } catch {
    return null;
  }
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** A lunar month of a lunar year: `leap` for the intercalary month (闰四月). */
export interface LunarMonthRef {
  year: number;
  month: number;
  leap: boolean;
}

const solarOf = (year: number, month: number, day: number): Ymd | null => {
  try {
    const s = lunarCalendar().Lunar.fromYmd(year, month, day).getSolar();
    return { y: s.getYear(), m: s.getMonth(), d: s.getDay() };
  } catch {
    return null; // outside the calendar's years, or no such leap month
  }
};

/** Days in a lunar month (29 or 30), or null when the month does not exist. */
export function lunarMonthDays({ year, month, leap }: LunarMonthRef): number | null {
  try {
    return (
      lunarCalendar()
        .LunarMonth.fromYm(year, leap ? -month : month)
        ?.getDayCount() ?? null
    );
  } catch {
    return null;
  }
}

/** The Gregorian day of a lunar date, or null when it does not exist. */
export function lunarDay(ref: LunarMonthRef, day: number): Ymd | null {
  const days = lunarMonthDays(ref);
  if (days === null || day < 1 || day > days) return null;
  return solarOf(ref.year, ref.leap ? -ref.month : ref.month, day);
}

/** The first and last Gregorian day of a lunar month. */
export function lunarMonthSpan(ref: LunarMonthRef): [Ymd, Ymd] | null {
  const days = lunarMonthDays(ref);
  const first = lunarDay(ref, 1);
  const last = days === null ? null : lunarDay(ref, days);
  return first && last ? [first, last] : null;
}

/** 除夕: the last day of the lunar year before `year`'s Spring Festival. */
export function lunarNewYearsEve(year: number): Ymd | null {
  const days = lunarMonthDays({ year: year - 1, month: 12, leap: false });
  return days === null ? null : solarOf(year - 1, 12, days);
}

/** A lunar date as written: a day (`正月初八`), a whole month (`腊月`), or 除夕 (`eve`). */
export interface LunarPoint {
  year: Part;
  month: number;
  leap: boolean;
  /** null for the whole month */
  day: number | null;
  /** 除夕: the eve of the lunar year `year` (its Spring Festival's day before) */
  eve?: boolean;
}

/** The Gregorian first and last day of a lunar point in lunar year `year`. */
function spanIn(p: LunarPoint, year: number): [Ymd, Ymd] | null {
  if (p.eve) {
    const d = lunarNewYearsEve(year);
    return d && [d, d];
  }
  const ref = { year, month: p.month, leap: p.leap };
  if (p.day === null) return lunarMonthSpan(ref);
  const d = lunarDay(ref, p.day);
  return d && [d, d];
}

const monthKey = (d: Ymd) => d.y * 12 + d.m;

/**
 * The label of a lunar point: its Gregorian day (`2023-09-29` for 2023年农历八月十五), or its
 * days as a range for a whole month (腊月). A year not written is the context's, else the one
 * the reference date gives, as for a Gregorian date: the latest that does not start after the
 * reference month, or in a sentence that looks ahead the first that does not start before it.
 * Null when no year can be known or the day does not exist.
 */
export function lunarLabel(p: LunarPoint, refDate: string | null, reading: Reading): string | null {
  const ref = parseRef(refDate);
  let year: number | null = null;
  if (p.year.kind === 'abs') year = absYear(p.year, ref ? ref.y : null);
  else if (p.year.kind === 'ctx') year = reading.contextYear != null ? reading.contextYear + p.year.offset : ref && ref.y + p.year.offset;
  else if (p.year.kind === 'rel') year = ref && ref.y + p.year.offset;
  else if (reading.contextYear != null) year = reading.contextYear;
  let span = year === null ? null : spanIn(p, year);
  if (year === null && ref) {
    const order = reading.ahead ? [ref.y - 1, ref.y, ref.y + 1] : [ref.y + 1, ref.y, ref.y - 1];
    const refKey = monthKey(ref);
    for (const y of order) {
      const s = spanIn(p, y);
      if (s && (reading.ahead ? monthKey(s[0]) >= refKey : monthKey(s[0]) <= refKey)) {
        span = s;
        break;
      }
    }
  }
  if (!span) return null;
  const day = (d: Ymd) => labelOf({ unit: 'day', y: d.y, m: d.m, d: d.d });
  const [a, b] = span;
  return a.y === b.y && a.m === b.m && a.d === b.d ? day(a) : `${day(a)}/${day(b)}`;
}
