import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/schema/fact.js';
import type { DocumentResult } from '../../src/schema/document.js';
import { documentSummary, factLine, fitWidth, linkLabel, PLAIN_STYLE, summaryFooter } from '../../src/output/summary.js';
import { valueLabel } from '../../src/output/labels.js';

const fact = (over: Partial<Fact>): Fact => ({
  doc: 'a.txt',
  type: 'money',
  text: '5776亿元',
  start: 0,
  end: 6,
  sentence: '一季度跨境电商进出口5776亿元。',
  value: 577600000000,
  valueMax: null,
  unit: 'CNY',
  approx: 'exact',
  metric: '跨境电商进出口',
  region: '中国',
  partner: null,
  period: '2024-Q1',
  basis: null,
  from: null,
  to: null,
  ...over,
});

describe('terminal summary', () => {
  it('writes values with their unit, sign and approximation', () => {
    expect(valueLabel(fact({}))).toBe('577,600,000,000 CNY');
    expect(valueLabel(fact({ type: 'growth', value: -3.2, unit: '%' }))).toBe('−3.2 %');
    expect(valueLabel(fact({ type: 'count', value: 60, unit: '个', approx: 'over' }))).toBe('≥60 个');
    expect(valueLabel(fact({ value: 10000, valueMax: 50000 }))).toBe('10,000–50,000 CNY');
    expect(valueLabel(fact({ type: 'date', value: '2024-Q1', unit: null }))).toBe('2024-Q1');
  });
  it('says what a figure is tied to, partner after the reporting side', () => {
    expect(linkLabel(fact({}))).toBe('跨境电商进出口 · 中国 · 2024-Q1');
    expect(linkLabel(fact({ type: 'growth', partner: '东盟', basis: 'yoy' }))).toBe('跨境电商进出口 · 中国 → 东盟 · 2024-Q1 · yoy');
    expect(linkLabel(fact({ metric: null, region: null, period: null }))).toBe('');
  });
  it('fits every line to the terminal, counting Chinese characters as two columns', () => {
    expect(fitWidth('跨境电商进出口', 7)).toBe('跨境电…');
    for (const width of [40, 60, 80, 120]) {
      const line = factLine(fact({ metric: '跨境电商零售进出口总额占全国比重的变化'.repeat(3) }), { ...PLAIN_STYLE, width });
      expect(stringWidth(line)).toBeLessThanOrEqual(width);
    }
    expect(factLine(fact({}), { ...PLAIN_STYLE, width: 100 })).toBe('  money   5776亿元     577,600,000,000 CNY    跨境电商进出口 · 中国 · 2024-Q1');
  });
  it('heads each document with its path, date and counts, and ends by saying how to get data', () => {
    const d: DocumentResult = {
      path: 'a.txt',
      title: '一季度外贸',
      date: '2024-04-12',
      format: 'text',
      script: 'simplified',
      chars: 20,
      facts: [fact({}), fact({ type: 'growth', text: '9.6%', value: 9.6, unit: '%' })],
    };
    const text = documentSummary(d, PLAIN_STYLE);
    expect(text.split('\n').slice(0, 2)).toEqual(['a.txt 一季度外贸', '  2024-04-12 · 2 facts: 1 money, 1 growth']);
    const footer = summaryFooter(1, 2, [{ path: 'b.txt', error: 'permission denied' }], PLAIN_STYLE);
    expect(footer).toContain('1 document, 2 facts, 1 input not read.');
    expect(footer).toContain('  b.txt: permission denied');
    expect(footer).toContain('--format json | ndjson | csv');
    expect(footer).toContain('--format html -o review.html');
  });
});
