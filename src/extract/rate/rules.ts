import type { Approx } from '../../schema/fact.js';
import type { Candidate, Extractor, Sentence } from '../types.js';
import { after, before, charTable, matchAll, pattern } from '../../numbers/patterns.js';
import { figures, type Figure } from '../../numbers/figure.js';
import { arabicFractions, minusBefore, parseNumber, percentWords, round, type PercentWord } from '../../numbers/parse.js';
import { approxAfter, approxBefore, combineApprox } from '../../numbers/approx.js';
import { DIGITS } from '../../numbers/numerals.js';
import { changeAround, changeBefore, changeRightBefore, isLevelMultiple, type Change } from './context.js';

// Rates: a share of a hundred (12.5%, 千分之五, 七成, 三分之一, 1/3, 百分之十二点五), percentage
// points (2个百分点) or a multiple (3倍, 翻一番). Each is read once, and its context decides what
// it is (context.ts):
// - a change, growth: value in percent, negative for a fall, unit % or pp. 同比增长31.1% → 31.1;
//   下降3.2% → -3.2; 回落2个百分点 → -2 pp; 增长5.3倍 → 530; 翻一番 → 100, 翻两番 → 300;
//   是去年同期的3倍 → 200. Its basis (yoy / mom) is the linker's decision (src/link/basis.ts):
//   it can depend on the passage.
// - a level, percent: a share or rate that is not a change. 占比53%, 七成, 一半以上, 三分之一
//   (33.33 about), 90%以上, 提高到35% (a level reached).
// Points are always a change (a bare 2个百分点 a rise); a multiple is one only after a rise
// (增长3倍) or as a level N times another (是去年的3倍); a bare 3倍 is not a fact.

/** The unit right after a rate's number: a sign (% ‰), points (个百分点), basis points (个基点, BP), or a multiple (倍). */
const RATE_UNIT = pattern('(?:%|‰|(?:个 {0,3})?百 {0,3}分 {0,3}点|(?:个 {0,3})?基 {0,3}点|[Bb][Pp](?![A-Za-z])|倍)', 'y');
const RATE_UNIT_STARTS = charTable('%‰个百基Bb倍');
/** Basis points are hundredths of a point. */
const isBasisPoints = (unit: string) => /基|[Bb][Pp]/.test(unit);
const DOUBLING = pattern('翻(?:了)?(?:([一两二三四1-4])?(番|倍)|番)', 'g');

const growth = (start: number, end: number, value: number, valueMax: number | null, unit: '%' | 'pp', approx: Approx, rule: string): Candidate => ({
  type: 'growth',
  start,
  end,
  value: round(value),
  valueMax: valueMax === null ? null : round(valueMax),
  unit,
  approx,
  rule,
  priority: 1,
});

const level = (start: number, end: number, value: number, valueMax: number | null, approx: Approx, rule: string): Candidate => ({
  type: 'percent',
  start,
  end,
  value,
  valueMax,
  unit: '%',
  approx,
  rule,
});

/** A share of a hundred as read, before its context decides what it is; [start, end) holds a minus before it. */
interface Share {
  start: number;
  end: number;
  /** in percent, unsigned */
  value: number;
  valueMax: number | null;
  approx: Approx;
  /** a minus sign or 负 right before it (not a range dash after a number): a fall or a negative level whatever the context */
  minus: boolean;
  rule: string;
}

/** A minus or 负 right before a figure signs it whatever its context (增长负0.5%, 提高-0.3个百分点); else the change word does, a rise by default. */
const signOf = (minus: boolean, change: Change | null): 1 | -1 => (minus ? -1 : (change?.sign ?? 1));

/** A figure's start with the minus or 负 right before its number (not a range dash after a number), and its bound. */
function signedStart(s: string, f: Figure): { start: number; minus: boolean; approx: Approx } {
  const minus = minusBefore(s, f.start);
  const start = f.start - minus;
  // a bound before the sign (`约 -2%`) bounds the figure as one before the number does
  const head = minus > 0 ? s.slice(0, start).trimEnd() : '';
  const approx = minus > 0 ? combineApprox(null, approxBefore(head, head.length), f.approx) : f.approx;
  return { start, minus: minus > 0, approx };
}

/** A share is a change after a change word (增长12.5%, 减少一半, +6%, 5%左右的降幅), signed by it; else a level. */
function share(s: string, x: Share): Candidate {
  const c: Change | null = changeAround(s, x.start, x.end);
  const k = signOf(x.minus, c);
  const valueMax = x.valueMax === null ? null : x.valueMax * k;
  return c ? growth(x.start, x.end, x.value * k, valueMax, '%', x.approx, x.rule) : level(x.start, x.end, x.value * k, valueMax, x.approx, x.rule);
}

/** 12.5%, 10%—15%, 5‰, -22.2%, 负2.1%. */
function signShare(s: string, f: Figure): Share {
  const { start, minus, approx } = signedStart(s, f);
  const scale = f.unit === '‰' ? 0.1 : 1;
  return { start, end: f.end, value: f.value * scale, valueMax: f.valueMax === null ? null : f.valueMax * scale, approx, minus, rule: 'rate.sign' };
}

/** 三成, 一半, 三分之一, 1/3, 千分之五, 百分之五, 负百分之五. */
function wordShare(s: string, w: PercentWord): Share {
  const minus = minusBefore(s, w.start);
  const start = w.start - minus;
  const approx = combineApprox(approxAfter(s, w.end), approxBefore(s, start), w.approx);
  return { start, end: w.end, value: w.value, valueMax: w.valueMax ?? null, approx, minus: minus > 0, rule: 'rate.words' };
}

/** 回落2个百分点 → -2 pp, 提高负0.3个百分点 → -0.3 pp, 下调10个基点 → -0.1 pp; a bare 2个百分点 counts as a rise. */
function points(s: string, f: Figure): Candidate {
  const { start, minus, approx } = signedStart(s, f);
  const k = signOf(minus, changeBefore(s, start)) * (isBasisPoints(f.unit) ? 0.01 : 1);
  return growth(start, f.end, f.value * k, f.valueMax === null ? null : f.valueMax * k, 'pp', approx, 'rate.points');
}

/** 增长5.3倍 → 530; 是去年同期的3倍 → 200; a bare 3倍, or 下降3倍, is not a fact. */
function multiple(s: string, f: Figure): Candidate | null {
  if (isLevelMultiple(s, f.start)) return growth(f.start, f.end, (f.value - 1) * 100, f.valueMax === null ? null : (f.valueMax - 1) * 100, '%', f.approx, 'rate.level-multiple');
  const c = changeBefore(s, f.start);
  if (!c || c.sign < 0) return null; // 下降3倍 is not a percent change
  return growth(f.start, f.end, f.value * 100, f.valueMax === null ? null : f.valueMax * 100, '%', f.approx, 'rate.multiple');
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
    out.push(growth(m.index, end, value, null, '%', combineApprox(approxAfter(s, end), approxBefore(s, m.index), 'exact'), 'rate.doubling'));
  }
  return out;
}

/**
 * 分别增长3、5个百分点, 分别为12、15和18个百分点, 分别增长三、五个百分点: bare numbers listed right
 * before a rate share the unit written after the last one, each a figure of its own (a minus or 负
 * before one signs it as before any figure). The list follows a word (not a clause start: 1、
 * enumerates) and holds no unit of its own (2023年、 is a date).
 */
const BARE_NUMBER = '(?:[0-9]+(?:\\.[0-9]+)?|[零〇一二三四五六七八九十两]+(?:点[零〇一二三四五六七八九]+)?)';
const BARE_LIST_BEFORE = new RegExp(`[^0-9.\\s，,；;。：:（(、和及与负正零〇一二三四五六七八九十两点-]((?:[-−负]?${BARE_NUMBER}[、和及与])+)$`);
const BARE_ITEM = new RegExp(BARE_NUMBER, 'g');

function listedBefore(s: string, f: Figure): Figure[] {
  const [, list] = BARE_LIST_BEFORE.exec(before(s, f.start, 60)) ?? []; // the list takes part in every match
  if (list === undefined) return [];
  const from = f.start - list.length;
  const items: Figure[] = [];
  // each item is the number alone: its unit is the last item's, its bounds none of its own
  for (const x of list.matchAll(BARE_ITEM)) {
    const value = parseNumber(x[0])?.value;
    if (value === undefined) return [];
    const start = from + x.index;
    const end = start + x[0].length;
    items.push({ ...f, start, end, value, valueMax: null, approx: 'exact', unitStart: end, unitEnd: end, bound: null });
  }
  return items;
}

/** A rate figure read by its unit: a multiple, points or a share of a hundred. */
const readFigure = (s: string, f: Figure): Candidate | null => (f.unit === '倍' ? multiple(s, f) : f.unit.endsWith('点') || isBasisPoints(f.unit) ? points(s, f) : share(s, signShare(s, f)));

/** Every rate of a sentence, each read once and typed growth or percent by its context. */
function rates(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const f of figures(s, RATE_UNIT, { allowOne: true, starts: RATE_UNIT_STARTS })) {
    for (const g of [...listedBefore(s, f), f]) {
      const read = readFigure(s, g);
      if (read) out.push(read);
    }
  }
  for (const w of [...percentWords(s), ...arabicFractions(s)]) if (!w.lone || changeRightBefore(s, w.start)) out.push(share(s, wordShare(s, w)));
  out.push(...doublings(s));
  return out;
}

export const rateExtractors: Extractor[] = [{ types: ['growth', 'percent'], name: 'rate', extract: (s: Sentence) => rates(s.match) }];
