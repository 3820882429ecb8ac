import type { Candidate, Sentence } from '../types.js';

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

/** The first day a label covers, comparable as text (`2012-05-29`, `2023-08`, `2024-01/2024-03` → its start), or null when its year is unknown. */
const startOf = (label: string): string | null => (/^\d{4}/.test(label) ? label.split('/')[0] : null);

/** True when date `value` starts before the date `before` it follows. */
function goesBack(value: unknown, before: string | null): boolean {
  if (typeof value !== 'string' || before === null) return false;
  const [a, b] = [startOf(value), startOf(before)];
  return a !== null && b !== null && a < b;
}

/**
 * The document pass: carries years across the sentences of each passage (a passage ends at a
 * line break, or at the two ideographic spaces that indent a paragraph in text copied from a web
 * page), then drops the resolvers, which are no part of a candidate's value.
 */
const PASSAGE_BREAK = /\n|\u3000\u3000/;

export function resolveDocumentDates(items: readonly { sentence: Sentence; candidates: Candidate[] }[], plain: string, carry: YearCarry = { year: null, lastEnd: 0 }): void {
  let { year, lastEnd } = carry;
  const last = { date: carry.date ?? null };
  for (const { sentence, candidates } of items) {
    if (PASSAGE_BREAK.test(plain.slice(lastEnd, sentence.start))) [year, last.date] = [null, null];
    lastEnd = sentence.end;
    year = carryYears(candidates, year, last);
  }
  for (const { candidates } of items) {
    for (const c of candidates) {
      delete c.yearless;
      delete c.follows;
    }
  }
  Object.assign(carry, { year, lastEnd, date: last.date });
}

/** Where resolveDocumentDates stopped: for the next piece of a long document. */
export interface YearCarry {
  year: number | null;
  lastEnd: number;
  /** the label of the last date (for 次日 in the next piece) */
  date?: string | null;
}
