import type { Candidate, Extractor, Sentence } from '../types.js';
import { after, charTable, matchAll, pattern } from '../../numbers/patterns.js';
import { figures } from '../../numbers/figure.js';
import { arabicFractions, minusBefore, percentWords, round } from '../../numbers/parse.js';
import { approxAfter, approxBefore, combineApprox } from '../../numbers/approx.js';
import { DIGITS } from '../../numbers/numerals.js';
import { changeAround, changeBefore, isLevelMultiple } from './context.js';

// Growth: a change, value in percent (negative for a fall), unit % or pp (percentage points).
// Its basis (yoy / mom) is the linker's decision (src/link/basis.ts): it can depend on the passage.
// 同比增长31.1% → 31.1 yoy; 下降3.2% → -3.2; 回落2个百分点 → -2 pp; 增长5.3倍 → 530;
// 翻一番 → 100, 翻两番 → 300; 是去年同期的3倍 → 200.

export const PERCENT_SIGN = pattern('(?:%|‰)', 'y');
export const PERCENT_SIGN_STARTS = charTable('%‰');
const POINTS = pattern('(?:个 {0,3})?百 {0,3}分 {0,3}点', 'y');
const POINTS_STARTS = charTable('个百');
const TIMES = pattern('倍', 'y');
const TIMES_STARTS = charTable('倍');
const DOUBLING = pattern('翻(?:了)?(?:([一两二三四1-4])?(番|倍)|番)', 'g');

const growth = (start: number, end: number, value: number, valueMax: number | null, unit: '%' | 'pp', approx: Candidate['approx'], rule: string): Candidate => ({
  type: 'growth', start, end, value: round(value), valueMax: valueMax === null ? null : round(valueMax), unit, approx, rule, priority: 1,
});

/** 12.5% / 10%—15% / -5% / 负2.1% after a change word. */
function percentChanges(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const f of figures(s, PERCENT_SIGN, { allowOne: true, starts: PERCENT_SIGN_STARTS })) {
    const minus = minusBefore(s, f.start);
    const start = f.start - minus;
    const c = changeAround(s, start, f.end);
    if (!c) continue;
    const k = (f.unit === '‰' ? 0.1 : 1) * (minus > 0 ? -1 : c.sign);
    // a bound before the sign (`约 -2%`) bounds the figure as one before the number does
    const head = minus > 0 ? s.slice(0, start).trimEnd() : '';
    const approx = minus > 0 ? combineApprox(null, approxBefore(head, head.length), f.approx) : f.approx;
    out.push(growth(start, f.end, f.value * k, f.valueMax === null ? null : f.valueMax * k, '%', approx, 'growth.percent'));
  }
  // 增长三成, 减少一半, 下降三分之一, 负百分之五
  for (const w of [...percentWords(s), ...arabicFractions(s)]) {
    const minus = minusBefore(s, w.start);
    const start = w.start - minus;
    const c = changeAround(s, start, w.end);
    if (!c) continue;
    const k = minus > 0 ? -1 : c.sign;
    const approx = combineApprox(approxAfter(s, w.end), approxBefore(s, start), w.approx);
    out.push(growth(start, w.end, w.value * k, w.valueMax === undefined ? null : w.valueMax * k, '%', approx, 'growth.words'));
  }
  return out;
}

/** 回落2个百分点 → -2 pp; a bare 2个百分点 counts as a rise. */
function points(s: string): Candidate[] {
  return figures(s, POINTS, { allowOne: true, starts: POINTS_STARTS }).map((f) => {
    const sign = changeBefore(s, f.start)?.sign ?? 1;
    return growth(f.start, f.end, f.value * sign, f.valueMax === null ? null : f.valueMax * sign, 'pp', f.approx, 'growth.points');
  });
}

/** 增长5.3倍 → 530; 是去年同期的3倍 → 200; a bare 3倍 is not a fact. */
function multiples(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const f of figures(s, TIMES, { allowOne: true, starts: TIMES_STARTS })) {
    if (isLevelMultiple(s, f.start)) {
      out.push(growth(f.start, f.end, (f.value - 1) * 100, f.valueMax === null ? null : (f.valueMax - 1) * 100, '%', f.approx, 'growth.level-multiple'));
      continue;
    }
    const c = changeBefore(s, f.start);
    if (!c || c.sign < 0) continue; // 下降3倍 is not a percent change
    out.push(growth(f.start, f.end, f.value * 100, f.valueMax === null ? null : f.valueMax * 100, '%', f.approx, 'growth.multiple'));
  }
  return out;
}

/** 翻倍 / 翻番 / 翻一番 → 100, 翻两番 → 300, 翻了一倍 → 100. */
function doublings(s: string): Candidate[] {
  const out: Candidate[] = [];
  if (!s.includes('翻')) return out; // every DOUBLING match starts with 翻
  for (const m of matchAll(DOUBLING, s)) {
    const n = m[1] === undefined ? 1 : (DIGITS[m[1]] ?? Number(m[1]));
    const value = m[2] === '倍' ? n * 100 : (2 ** n - 1) * 100;
    const end = m.index + m[0].length;
    if (/^[译新看身盖阅转开修拍滚炒腾]/.test(after(s, m.index + 1, 1))) continue;
    out.push(growth(m.index, end, value, null, '%', combineApprox(approxAfter(s, end), approxBefore(s, m.index), 'exact'), 'growth.doubling'));
  }
  return out;
}

export const growthExtractors: Extractor[] = [
  { type: 'growth', name: 'growth.percent', extract: (s: Sentence) => percentChanges(s.match) },
  { type: 'growth', name: 'growth.points', extract: (s: Sentence) => points(s.match) },
  { type: 'growth', name: 'growth.multiple', extract: (s: Sentence) => multiples(s.match) },
  { type: 'growth', name: 'growth.doubling', extract: (s: Sentence) => doublings(s.match) },
];
