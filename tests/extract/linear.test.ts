import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moneyExtractors } from '../../src/extract/money/rules.js';
import { rateExtractors } from '../../src/extract/rate/rules.js';
import { countExtractors } from '../../src/extract/count/rules.js';
import { measureExtractors } from '../../src/extract/measure/rules.js';
import { dateExtractors } from '../../src/extract/date/rules.js';
import { work } from '../../src/numbers/patterns.js';
import { foldText } from '../../src/text/fold.js';
import { sentenceOf } from '../../src/text/sentences.js';

// The figure and date rules must stay linear on untrusted text. Every regex they use is bounded (checked in
// tests/numbers), so each match attempt reads a bounded number of characters; here we count the
// work they report (regex executions + characters in look-back/look-ahead windows) and check that
// doubling the input at most about doubles the work, on random and adversarial strings of 10,000
// and 20,000 characters (far beyond every bounded match and look-around window, so a quadratic
// scan shows its four times the work there already). Each string is fed as one
// sentence, with no sentence splitting to help.

const extractors = [...moneyExtractors, ...rateExtractors, ...countExtractors, ...measureExtractors, ...dateExtractors];

function cost(text: string, localMoney: string | null = null): number {
  const s = sentenceOf(text, foldText(text));
  work.steps = 0;
  for (const x of extractors) x.extract(s, { refDate: null, localMoney });
  return work.steps;
}

const N = 10_000;
const repeatTo = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const ADVERSARIAL = [
  '1',
  '9',
  '1,',
  '1.',
  '万',
  '亿',
  '万亿',
  '多',
  '余',
  '一',
  '十',
  '百分之',
  '分之',
  '%',
  '成',
  '倍',
  '翻',
  '(',
  '（',
  '“',
  '1万-',
  '1-',
  '1至',
  '增长',
  '同比增长',
  '约',
  '超过',
  '是去年的',
  '1万多',
  '三千五百万',
  '人民币',
  '美元1',
  '12.5%',
  '增长5%和',
  '1/',
  '块',
  '第',
  '数',
  '０',
  'US$',
  '平方',
  '个百分',
  '一二三四五六七八九十',
  '1万元至',
  '近七',
  '年',
  '月',
  '日',
  '2024年',
  '12月',
  '3日',
  '2024-01-',
  '一季度',
  '上半年',
  '农历',
  '正月初',
  '前',
  '周',
  '世纪',
  '21年',
  '1、3',
  '未来5',
  '近3个',
  '过去五年',
];
/** Runs for the rules a Taiwan source adds (Republic years without 民國; a quarter alone, 第三季, as Hong Kong's and Macau's press too). */
const TAIWAN = ['99年', '113年', '，99年', '1、99年', '年', '第三季', '第 2 季', '》第二季'];
const ALPHABET = [...'0123456789.,-/%万亿千百十一二两三四五六七八九多余约超近不到足以上下左右成倍翻番个家元美人民币平方米吨增长下降同比环比的是为，。；（ 年月日号季度初底末旬周今去明本至到农历正腊'];

describe('linear-time extraction', () => {
  it.each(ADVERSARIAL)(
    'adversarial run of %s: work(2n) <= 2.2 work(n)',
    (unit) => {
      const a = cost(repeatTo(unit, N));
      const b = cost(repeatTo(unit, 2 * N));
      expect(b).toBeLessThanOrEqual(2.2 * Math.max(a, 1) + 50);
      expect(b).toBeLessThan(400 * 2 * N); // and a bounded constant per character
    },
    60_000,
  );

  it.each(TAIWAN)(
    'adversarial run of %s in a Taiwan source: work(2n) <= 2.2 work(n)',
    (unit) => {
      const a = cost(repeatTo(unit, N), 'TWD');
      const b = cost(repeatTo(unit, 2 * N), 'TWD');
      expect(b).toBeLessThanOrEqual(2.2 * Math.max(a, 1) + 50);
      expect(b).toBeLessThan(400 * 2 * N);
    },
    60_000,
  );

  it('random strings over the figure alphabet: work(2n) <= 2.2 work(n)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { minLength: 200, maxLength: 200 }), (chunk) => {
        const unit = chunk.join('');
        const a = cost(repeatTo(unit, N));
        const b = cost(repeatTo(unit, 2 * N));
        return b <= 2.2 * Math.max(a, 1) + 50 && b < 400 * 2 * N;
      }),
      { numRuns: 5 },
    );
  }, 180_000);

  it('random unicode strings of 20,000 characters stay within a constant per character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 100, maxLength: 400 }), (chunk) => {
        const text = repeatTo(chunk || 'x', 2 * N);
        return cost(text) < 400 * 2 * N;
      }),
      { numRuns: 3 },
    );
  }, 180_000);
});
