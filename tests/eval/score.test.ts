import { describe, expect, it } from 'vitest';
import { normalizeRegion, score, type ScoredFact } from '../../src/eval/score.js';

const g = (over: Partial<ScoredFact>): ScoredFact => ({ doc: 'a.txt', type: 'money', text: '5亿元', start: 10, value: 5e8, valueMax: null, unit: 'CNY', approx: 'exact', ...over });

describe('score', () => {
  it('matches by contained text and counts value accuracy', () => {
    const report = score(
      [g({}), g({ text: '3%', type: 'growth', value: 3, unit: '%', start: 20 })],
      [g({ text: '约5亿元', approx: 'about' }), g({ text: '7%', type: 'growth', value: 7, unit: '%', start: 30 })],
    );
    expect(report.perType.money).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1, norm: 0 });
    expect(report.perType.growth).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(report.overall).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });
  it('ignores optional gold facts and predictions that touch them', () => {
    const report = score([g({ optional: true })], [g({})]);
    expect(report.perType.money).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });
  it('scores links where the gold has them', () => {
    const report = score([g({ metric: '跨境电商进出口', region: '金华市' })], [g({ metric: '进出口', region: '金华' })]);
    expect(report.perType.money.link).toMatchObject({ metric: 1, region: 1, period: null });
  });
  it('normalizes regions', () => {
    expect(normalizeRegion('全国')).toBe('中国');
    expect(normalizeRegion('浙江省')).toBe('浙江');
    expect(normalizeRegion('宁夏回族自治区')).toBe('宁夏回族');
    expect(normalizeRegion(null)).toBe(null);
  });
});
