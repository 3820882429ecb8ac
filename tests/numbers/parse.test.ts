import { describe, expect, it } from 'vitest';
import { parseNumeral } from '../../src/numbers/numerals.js';
import { numberTokens, parseNumber, percentWords, arabicFractions } from '../../src/numbers/parse.js';
import { approxAfter, approxBefore } from '../../src/numbers/approx.js';
import { isUnbounded, pattern, patterns } from '../../src/numbers/patterns.js';
import { foldText } from '../../src/text/fold.js';
// load every figure rule so that all its patterns are registered
import '../../src/extract/money/rules.js';
import '../../src/extract/rate/rules.js';
import '../../src/extract/count/rules.js';
import '../../src/extract/measure/rules.js';

describe('parseNumeral', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['12.6 亿', 1.26e9],
    ['3.5万', 35000],
    ['1.69万亿', 1.69e12],
    ['三千五百万', 3.5e7],
    ['一千二百三十', 1230],
    ['两万三千', 23000],
    ['十二点五', 12.5],
    ['二〇二三', 2023],
    ['壹佰贰拾叁', 123],
    ['百', 100],
    ['十', 10],
    ['十万', 1e5],
    ['百万', 1e6],
    ['千亿', 1e11],
    ['万亿', 1e12],
    ['一万五', 15000],
    ['三千五', 3500],
    ['两百五', 250],
    ['1亿2000万', 1.2e8],
    ['一千零五', 1005],
    ['三万零五百', 30500],
    ['一亿二千万', 1.2e8],
    ['零点五', 0.5],
    ['3千', 3000],
    ['一百零八', 108],
    // any length, several scales, formal characters in every position (issue 16)
    ['三百二十五亿零四百万', 32504000000],
    ['一千零一十二', 1012],
    ['两万零五十', 20050],
    ['叁仟零伍拾亿', 305000000000],
    ['贰万肆仟陆佰', 24600],
    ['壹拾伍', 15],
    ['一百二十三亿四千五百六十七万八千九百零一', 12345678901],
    ['三万二千亿', 3.2e12],
    ['2万亿3000亿', 2.3e12],
    ['1兆3000亿', 1.3e12],
    ['兆', 1e12],
    ['十二点五亿', 1.25e9],
    ['三亿零十万', 300100000],
    ['61，350.00', 61350],
    // 廿 20, 卅 30, 卌 40: two characters in one
    // two same digits read digit by digit (cn2an's normal mode)
    ['一一', 11],
    ['壹壹', 11],
    ['九九', 99],
    ['廿五', 25],
    ['卅', 30],
    ['卅一', 31],
    ['一百廿', 120],
    ['卌八', 48],
  ])('%s = %d', (s, v) => expect(parseNumeral(s)).toBeCloseTo(v, 6));

  it.each(['十四五', '两三', '三四十', '十点五十', '百千', '', 'abc', '3万千', '一亿亿', '万万', '一零'])('%s is not a numeral', (s) => expect(parseNumeral(s)).toBeNull());
});

describe('parseNumber (多/余 inside)', () => {
  it.each([
    ['3万多', 30000, 'over'],
    ['百余', 100, 'over'],
    ['十多万', 100000, 'over'],
    ['三十多', 30, 'over'],
    ['两千余', 2000, 'over'],
    ['1.69万亿', 1.69e12, 'exact'],
  ] as const)('%s', (s, value, approx) => expect(parseNumber(s)).toEqual({ value, valueMax: null, approx }));
});

const tokens = (s: string) => numberTokens(foldText(s)).map((t) => [s.slice(t.start, t.end), t.value, t.valueMax]);

describe('numberTokens', () => {
  it('reads full-width digits through the match view', () => expect(tokens('１２．５万')).toEqual([['１２．５万', 125000, null]]));
  it('joins ranges and carries the scale to the low end', () => {
    expect(tokens('1万-5万')).toEqual([['1万-5万', 10000, 50000]]);
    expect(tokens('3万至5万')).toEqual([['3万至5万', 30000, 50000]]);
    expect(tokens('两到三万')).toEqual([['两到三万', 20000, 30000]]);
    expect(tokens('5到8')).toEqual([['5到8', 5, 8]]);
  });
  it('reads vague quantities as their lower bound (contract v1.1)', () => {
    expect(tokens('数百')).toEqual([['数百', 100, null]]);
    expect(tokens('几十')).toEqual([['几十', 10, null]]);
    expect(tokens('十几万')).toEqual([['十几万', 100000, null]]);
    expect(tokens('好几百')).toEqual([['好几百', 100, null]]);
    expect(tokens('八九亿')).toEqual([['八九亿', 8e8, 9e8]]);
    expect(tokens('三五百')).toEqual([['三五百', 300, 500]]);
    expect(tokens('十七八')).toEqual([['十七八', 17, 18]]);
    expect(tokens('两个亿')).toEqual([['两个亿', 2e8, null]]);
  });
  it('drops ordinals, ranks, codes, phone numbers and 若干 / 成百上千', () => {
    expect(tokens('若干')).toEqual([]);
    expect(tokens('十四五')).toEqual([]);
    expect(tokens('第五')).toEqual([]);
    expect(tokens('前二十')).toEqual([]);
    expect(tokens('0571-88888888')).toEqual([]);
    expect(tokens('A300')).toEqual([]);
  });
  it('keeps 目前 / 此前 followed by a number', () => expect(tokens('目前3')).toEqual([['3', 3, null]]));
  it('reads a full-width comma before a scale as a clause break (842，112.6 亿), not thousands', () => {
    expect(tokens('842，112.6 亿')).toEqual([
      ['842', 842, null],
      ['112.6 亿', 1.126e10, null],
    ]);
    expect(tokens('1,234.5万')).toEqual([['1,234.5万', 12345000, null]]);
  });
});

describe('percent word forms', () => {
  const words = (s: string) => [...percentWords(foldText(s)), ...arabicFractions(foldText(s))].map((w) => [s.slice(w.start, w.end), w.value, w.approx]);
  it.each([
    ['百分之十二点五', 12.5, 'exact'],
    ['百分之五十', 50, 'exact'],
    ['百分之五点五', 5.5, 'exact'],
    ['百分之２．４', 2.4, 'exact'],
    ['三分之一', 33.33, 'about'],
    ['四分之一', 25, 'exact'],
    ['千分之五', 0.5, 'exact'],
    ['1/3', 33.33, 'about'],
    ['七成', 70, 'exact'],
    ['九成五', 95, 'exact'],
    ['９成', 90, 'exact'],
    ['9.5成', 95, 'exact'],
    ['三成半', 35, 'exact'],
    ['七五折', 75, 'exact'],
    ['9.9折', 99, 'exact'],
    ['一半', 50, 'exact'],
    ['过半', 50, 'over'],
  ] as const)('%s', (s, v, a) => expect(words(s)).toEqual([[s, v, a]]));
  it.each(['一成不变', '成为', '2023/1/3', '折合', '百分之二三十'])('%s is no percent', (s) => expect(words(s)).toEqual([]));
});

describe('approx words', () => {
  it.each([
    ['约', 'about'],
    ['近', 'about'],
    ['将近', 'about'],
    ['接近', 'about'],
    ['超过', 'over'],
    ['超', 'over'],
    ['逾', 'over'],
    ['突破', 'over'],
    ['高于', 'over'],
    ['不到', 'under'],
    ['不足', 'under'],
    ['低于', 'under'],
    ['达', 'exact'],
  ])('%s before', (w, a) => expect(approxBefore(`${w}5`, w.length)?.approx).toBe(a));
  it.each([
    ['左右', 'about'],
    ['上下', 'about'],
    ['以上', 'over'],
    ['以下', 'under'],
    ['多', 'over'],
  ])('%s after', (w, a) => expect(approxAfter(`5米${w}`, 2)?.approx).toBe(a));
  it('上 bounds only a bare scale (上百, not 上3个月)', () => {
    expect(approxBefore('上百', 1, true)?.approx).toBe('over');
    expect(approxBefore('上3', 1, false)).toBeNull();
  });
  it('签约了 / 最近 are not bounds', () => {
    expect(approxBefore('签约了5', 3)).toBeNull();
    expect(approxBefore('最近3', 2)).toBeNull();
  });
});

describe('patterns', () => {
  // every figure rule builds its regexes through pattern(), which refuses an unbounded one
  it('refuses an unbounded source and registers a bounded one', () => {
    const before = patterns.length;
    expect(() => pattern('\\d+万')).toThrow(/unbounded pattern: \\d\+万/);
    expect(patterns.length).toBe(before);
    const re = pattern('\\d{1,3}万');
    expect(patterns.slice(before)).toEqual([re]);
    patterns.pop();
  });
  it('detects unbounded quantifiers', () => {
    expect(isUnbounded('\\d+')).toBe(true);
    expect(isUnbounded('a{2,}')).toBe(true);
    expect(isUnbounded('(?:亿|万)*')).toBe(true);
    expect(isUnbounded('a+?')).toBe(true);
    expect(isUnbounded('[+*]\\d{1,3}')).toBe(false);
    expect(isUnbounded('\\+\\*a{2,5}')).toBe(false);
  });
});
