import type { Candidate, Sentence } from '../types.js';
import { isHeading } from '../../text/headings.js';

// A date written without a year takes the year of a date stated before it in its sentence or
// passage (`2019年，…前11个月` is 2019-01/2019-11), else the reference date's (contract v1.1).
// Rules resolve each date against the reference date; a date that wrote no year also keeps a
// way to resolve again with a year from its context (`yearless`), and a date that wrote one
// says which (`statedYear`). This pass walks the dates in text order and gives each yearless
// date the last stated year before it. It runs once per sentence in the date extractor and once
// per passage of a document in the pipeline, so the linker sees resolved values.

/** The year a label's last part names (`2019-01/2019-11` → 2019), or null when unknown. */
export function lastYearOf(label: string): number | null {
  const part = label.slice(label.lastIndexOf('/') + 1);
  return /^\d{4}/.test(part) ? Number(part.slice(0, 4)) : null;
}

/**
 * Gives each yearless date of `dates` (in text order) the year stated last before it, starting
 * from `year` (a year stated before the first date, or null), and each date counted from the
 * date before it (次日) that date, starting from `last.date`, which it leaves at the last date.
 * Returns the last year stated.
 */
export function carryYears(dates: readonly Candidate[], year: number | null = null, last: { date: string | null } = { date: null }): number | null {
  // the year in force came from a sentence before this one (no date of this call has stated one)
  let carriedIn = year !== null;
  for (const c of dates) {
    if (c.type !== 'date') continue;
    if (c.follows) {
      const resolved = c.follows(last.date);
      if (resolved) {
        Object.assign(c, resolved);
        c.statedYear = lastYearOf(resolved.value as string);
      }
    }
    // resolved again even without a year: a date an overlap removed may have given it one before
    if (c.yearless) {
      const resolved = c.yearless(year);
      if (resolved && carriedIn && goesBack(resolved.value, last.date) && !goesBack(c.value, last.date)) {
        // 去年5月29日…。1月7日…: told on, a later sentence's month and day that would go back in
        // the year carried into it keeps its own reading from the reference date, which does not
        year = lastYearOf(c.value as string);
      } else if (resolved) {
        Object.assign(c, resolved);
        // 次年, 上一年: a year counted from the context, which the dates after it take in turn
        if (c.statedYear !== undefined) c.statedYear = lastYearOf(resolved.value as string);
      }
    }
    // a year stated but unknown (今年 without a reference date) ends the one before it
    if (c.statedYear !== undefined) {
      year = c.statedYear;
      carriedIn = false;
    }
    last.date = c.value as string;
  }
  return year;
}

/**
 * The first day or month a label covers, comparable as text (`2012-05-29`, `2023-08`,
 * `2024-01/2024-03` → its start), or null when its year is unknown or it is a half or quarter
 * (`2025-H1` does not compare as text with `2025-09`: a month after it does not go back).
 */
function startOf(label: string): string | null {
  const [start = ''] = label.split('/'); // split gives one part at least
  return /^\d{4}(?:-\d{2}){0,2}$/.test(start) ? start : null;
}

/** True when date `value` starts before the date `before` it follows. */
function goesBack(value: unknown, before: string | null): boolean {
  if (typeof value !== 'string' || before === null) return false;
  const [a, b] = [startOf(value), startOf(before)];
  return a !== null && b !== null && a < b;
}

/** A single day or a span of at most a week (2026-01-26/2026-02-01): when an issue came out, not a period it is about. */
const WEEK_MS = 7 * 86_400_000;
export function isIssueDate(label: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})(?:\/(\d{4}-\d{2}-\d{2}))?$/.exec(label);
  if (m === null) return false;
  const [, from = '', to] = m; // from always takes part
  return to === undefined || Date.parse(to) - Date.parse(from) < WEEK_MS;
}

/**
 * The year a headline or heading states for the passages under it (2025年前三季度全市经济运行情况,
 * 二、2024年工作回顾): its first date that writes a year and is a period; undefined when it states none.
 * An issue date (新闻联播 2012-01-10) frames no period.
 */
export function headingYearOf(dates: readonly Candidate[], text = ''): number | undefined {
  for (const c of dates) {
    if (c.type !== 'date' || typeof c.value !== 'string' || c.statedYear == null) continue;
    // 《数字经济2024年工作要点》印发: a year inside a title names the work, not the section's period
    if (insideTitle(text, c.start)) continue;
    return isIssueDate(c.value) ? undefined : (lastYearOf(c.value) ?? undefined);
  }
  return undefined;
}

/** True when `at` lies inside a 《title》 or a quoted name opened before it in `text`. */
function insideTitle(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const opened = (open: string, close: string) => before.split(open).length > before.split(close).length;
  return opened('《', '》') || opened('“', '”') || opened('「', '」');
}

/**
 * The document pass: carries years across the sentences of each passage (a passage ends at a
 * line break, or at the two ideographic spaces that indent a paragraph in text copied from a web
 * page), then drops the resolvers, which are no part of a candidate's value. A passage starts from
 * the year its headline or last heading states (`titleYear`: the metadata title's), else none.
 */
const PASSAGE_BREAK = /\n|\u3000\u3000/;

export function resolveDocumentDates(
  items: readonly { sentence: Sentence; candidates: Candidate[] }[],
  plain: string,
  carry: YearCarry = { year: null, lastEnd: 0 },
  titleYear: number | null = null,
): void {
  let { year, lastEnd } = carry;
  // the headline's year holds for the whole document (the metadata title, else a first line that is
  // a heading); a heading's year holds for its section, up to the next heading
  let documentYear = carry.documentYear !== undefined ? carry.documentYear : titleYear;
  let sectionYear = carry.sectionYear ?? null;
  if (lastEnd === 0) year ??= documentYear;
  const last = { date: carry.date ?? null };
  for (const { sentence, candidates } of items) {
    if (PASSAGE_BREAK.test(plain.slice(lastEnd, sentence.start))) [year, last.date] = [sectionYear ?? documentYear, null];
    const first = lastEnd === 0;
    lastEnd = sentence.end;
    year = carryYears(candidates, year, last);
    if (!isHeading(plain, sentence)) continue;
    sectionYear = headingYearOf(candidates, sentence.match) ?? null;
    if (first && documentYear === null) documentYear = sectionYear;
  }
  for (const { candidates } of items) {
    for (const c of candidates) {
      delete c.yearless;
      delete c.follows;
    }
  }
  Object.assign(carry, { year, lastEnd, date: last.date, documentYear, sectionYear });
}

/** Where resolveDocumentDates stopped: for the next piece of a long document. */
export interface YearCarry {
  year: number | null;
  lastEnd: number;
  /** the label of the last date (for 次日 in the next piece) */
  date?: string | null;
  /** the year the headline states, which each passage starts from */
  documentYear?: number | null;
  /** the year the last heading states, which each passage of its section starts from */
  sectionYear?: number | null;
}
