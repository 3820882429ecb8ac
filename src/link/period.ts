import type { Candidate } from '../extract/types.js';
import { clauseEnd, insideTitle } from '../text/clauses.js';
import { words } from './lexicon.js';

// period: the date that governs a figure. The last date before the figure in its sentence
// (dates carry across the clauses of a sentence), else a date after it in its own clause
// (3家电商平台2023年出口申报量…), else the period the paragraph carries. Dates that only
// name a comparison (比去年, 较去年同期, 超去年全年水平) or sit in a title (《…2024年工作要点》)
// govern nothing; 同期/同年 are the period already in force.

export interface GoverningDate {
  start: number;
  end: number;
  /** the date label, or null for 同期 / 同年 (the period already in force) */
  label: string | null;
}

/** 与2001年基本持平, 与上年相比: a date the figure is compared with */
const COMPARED_AFTER = /^(?:同期|全年|水平|的|末|相比|比较|持平|基本持平|相当|基本相当)/;

/** The dates of a sentence that can govern its figures, in order. */
export function governingDates(match: string, candidates: Candidate[]): GoverningDate[] {
  const out: GoverningDate[] = [];
  for (const c of candidates) {
    if (c.type !== 'date' || insideTitle(match, c.start)) continue;
    const written = match.slice(c.start, c.end);
    if (words.sameDateWords.has(written)) {
      out.push({ start: c.start, end: c.end, label: null });
      continue;
    }
    const before = match.slice(Math.max(0, c.start - 4), c.start);
    const after = match.slice(c.end, c.end + 4);
    if (words.comparisonBeforeDate.test(before) && COMPARED_AFTER.test(after)) continue;
    if (/(?:比|较|相比|同比)$/.test(before)) continue;
    if (after.startsWith('同期')) continue;
    // 2021年中国国际服务贸易交易会: a date that is part of a name
    if (words.orgSuffix.test(match.slice(c.end, c.end + 14)) && !/^[，,、的]/.test(after)) continue;
    out.push({ start: c.start, end: c.end, label: String(c.value) });
  }
  return out;
}

const labelOf = (dates: GoverningDate[], k: number, carried: string | null): string | null => {
  for (let j = k; j >= 0; j--) {
    const label = dates[j]?.label ?? null;
    if (label !== null) return label;
  }
  return carried;
};

/**
 * Where the first word of the present (目前, 如今) ends in a sentence, Infinity when it names
 * none: a figure at or after it speaks of now, and a period carried from before does not hold.
 * Found once per sentence (not once per figure from the sentence's start), so that a sentence of
 * many figures is read once.
 */
export function presentWordEnd(match: string): number {
  let end = Infinity;
  for (const w of words.presentWords) {
    const at = match.indexOf(w);
    if (at >= 0) end = Math.min(end, at + w.length);
  }
  return end;
}

/** The period of a figure at [start, end) of a sentence; `nowEnd`: presentWordEnd(match). */
export function periodOfFigure(match: string, dates: GoverningDate[], start: number, end: number, carried: string | null, nowEnd = presentWordEnd(match)): string | null {
  if (nowEnd <= start) carried = null;
  let last = -1;
  dates.forEach((d, k) => {
    if (d.end <= start) last = k;
  });
  if (last >= 0) return labelOf(dates, last, carried);
  const clauseStop = clauseEnd(match, end);
  const following = dates.find((d) => d.start >= end && d.end <= clauseStop);
  if (following) return following.label ?? carried;
  return carried;
}

/** The period a sentence leaves in force for the next one (none after 目前 … without a date). */
export function periodAfterSentence(match: string, dates: GoverningDate[], carried: string | null, nowEnd = presentWordEnd(match)): string | null {
  const now = nowEnd <= match.length;
  if (dates.length > 0) return labelOf(dates, dates.length - 1, now ? null : carried);
  return now ? null : carried;
}

/**
 * The period a sentence's opening states (1-10月，… / 据海关统计，前三季度…): its last date before
 * its first figure, else, when it holds no figure, its last date; undefined when it states none.
 */
export function leadPeriod(dates: GoverningDate[], firstFigure: number | null): string | undefined {
  let lead: string | undefined;
  for (const d of dates) {
    if (firstFigure !== null && d.end > firstFigure) break;
    if (d.label !== null) lead = d.label;
  }
  return lead;
}
