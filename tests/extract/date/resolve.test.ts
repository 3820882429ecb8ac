import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DATE_LABEL } from '../../../src/schema/fact.js';
import {
  ABS,
  NONE,
  REL,
  addDays,
  dateRangeOf,
  daysIn,
  inferYear,
  isoWeekLabel,
  labelOf,
  nextAfter,
  parseRef,
  rangeLabel,
  resolvePoint,
  resolveRange,
  type Point,
} from '../../../src/extract/date/resolve.js';
import { extractDates } from '../../../src/extract/date/rules.js';
import { foldText } from '../../../src/text/fold.js';
import { sentenceOf } from '../../../src/text/sentences.js';

const month = (m: number, year = NONE): Point => ({ unit: 'month', year, month: ABS(m) });
const day = (m: number, d: number, year = NONE): Point => ({ unit: 'day', year, month: ABS(m), day: ABS(d) });

describe('dateRangeOf', () => {
  it.each([
    ['2023', '2023-01-01', '2023-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['1900-02', '1900-02-01', '1900-02-28'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['2024-04-11', '2024-04-11', '2024-04-11'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2024-Q4', '2024-10-01', '2024-12-31'],
    ['2024-H1', '2024-01-01', '2024-06-30'],
    ['2024-H2', '2024-07-01', '2024-12-31'],
    ['196X', '1960-01-01', '1969-12-31'],
    ['2019-12-04/2019-12-05', '2019-12-04', '2019-12-05'],
    ['2019-01/2019-07', '2019-01-01', '2019-07-31'],
    ['2024/2026', '2024-01-01', '2026-12-31'],
    ['2022-Q1/2022-Q3', '2022-01-01', '2022-09-30'],
  ])('%s → %s..%s', (label, from, to) => expect(dateRangeOf(label)).toEqual({ from, to }));

  it.each(['XXXX', 'XXXX-04-11', 'XXXX-XX-18', 'XXXX-Q1/XXXX-Q3', '2024-XX', 'nonsense', '2024/2025/2026'])('%s → null', (label) => expect(dateRangeOf(label)).toBeNull());

  it('covers whole days, first ≤ last, for any valid day label', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2199 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const label = labelOf(resolvePoint(month(m, ABS(y)), null));
        const span = dateRangeOf(label)!;
        expect(DATE_LABEL.test(label)).toBe(true);
        expect(span.from <= span.to).toBe(true);
        expect(Number(span.to.slice(8))).toBe(daysIn(y, m));
      }),
    );
  });
});

describe('resolution against a reference date', () => {
  it('parses only valid reference dates', () => {
    expect(parseRef('2024-02-30')).toBeNull();
    expect(parseRef('2024-6-1')).toBeNull();
    expect(parseRef(null)).toBeNull();
    expect(parseRef('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
  });

  it('adds days across month and year ends', () => {
    expect(addDays({ y: 2024, m: 3, d: 1 }, -1)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addDays({ y: 2023, m: 12, d: 31 }, 1)).toEqual({ y: 2024, m: 1, d: 1 });
  });

  it('infers the year of a month written alone: a reported period does not lie after the reference', () => {
    const ref = { y: 2024, m: 6, d: 15 };
    expect(inferYear(month(11), ref)).toBe(2023);
    expect(inferYear(month(6), ref)).toBe(2024);
    expect(inferYear(month(1), ref)).toBe(2024);
    expect(inferYear(month(12), { y: 2025, m: 1, d: 10 })).toBe(2024);
    expect(inferYear(month(1), { y: 2023, m: 12, d: 20 })).toBe(2023);
    expect(inferYear({ unit: 'quarter', year: NONE, quarter: 1 }, { y: 2023, m: 11, d: 15 })).toBe(2023);
    expect(inferYear({ unit: 'half', year: NONE, half: 1 }, { y: 2023, m: 11, d: 15 })).toBe(2023);
  });

  it('in a sentence that looks ahead, infers this year, or the next for an early period late in the year', () => {
    const ref = { y: 2024, m: 6, d: 15 };
    expect(inferYear(month(11), ref, true)).toBe(2024);
    expect(inferYear(month(1), ref, true)).toBe(2024);
    expect(inferYear(month(1), { y: 2023, m: 12, d: 20 }, true)).toBe(2024);
    expect(inferYear(month(12), { y: 2025, m: 1, d: 10 }, true)).toBe(2025);
  });

  it('writes X for what the reference cannot supply', () => {
    expect(labelOf(resolvePoint(day(4, 11), null))).toBe('XXXX-04-11');
    expect(labelOf(resolvePoint({ unit: 'day', year: NONE, month: NONE, day: ABS(18) }, null))).toBe('XXXX-XX-18');
    expect(labelOf(resolvePoint({ unit: 'day', year: NONE, month: NONE, day: REL(0) }, null))).toBe('XXXX-XX-XX');
    expect(labelOf(resolvePoint({ unit: 'month', year: NONE, month: REL(-1) }, null))).toBe('XXXX-XX');
    expect(labelOf(resolvePoint({ unit: 'year', year: REL(-1) }, null))).toBe('XXXX');
  });

  it('resolves relative parts', () => {
    expect(labelOf(resolvePoint({ unit: 'year', year: REL(-1) }, '2024-01-01'))).toBe('2023');
    expect(labelOf(resolvePoint({ unit: 'month', year: NONE, month: REL(-1) }, '2024-01-31'))).toBe('2023-12');
    expect(labelOf(resolvePoint({ unit: 'day', year: NONE, month: REL(0), day: ABS(31) }, '2024-06-15'))).toBe('2024-06-30');
    expect(labelOf(resolvePoint({ unit: 'quarter', year: REL(0), quarter: 1 }, '2024-06-15'))).toBe('2024-Q1');
  });

  it('carries a year across a range and rolls it over', () => {
    expect(rangeLabel(...resolveRange(day(12, 4, ABS(2019)), { unit: 'day', year: NONE, month: NONE, day: ABS(6) }, null))).toBe('2019-12-04/2019-12-06');
    expect(rangeLabel(...resolveRange(day(12, 30, ABS(2023)), day(1, 2), null))).toBe('2023-12-30/2024-01-02');
    expect(rangeLabel(...resolveRange(month(1), month(11), '2025-01-10'))).toBe('2024-01/2024-11');
    expect(rangeLabel(...resolveRange(month(1), month(7), null))).toBe('XXXX-01/XXXX-07');
  });
});

describe('extractor details', () => {
  const run = (s: string, refDate: string | null = null) => extractDates(sentenceOf(s, foldText(s)), { refDate }).map((c) => ({ text: s.slice(c.start, c.end), value: c.value, rule: c.rule }));

  it('gives every candidate a label the schema accepts', () => {
    const s = '2024年4月11日至12日、今年前三季度、上世纪90年代、去年底、4月下旬、双11、本月底和昨天';
    for (const ref of [null, '2024-06-15']) {
      for (const c of extractDates(sentenceOf(s, foldText(s)), { refDate: ref })) expect(DATE_LABEL.test(String(c.value))).toBe(true);
    }
  });

  it('keeps offsets into the sentence with Traditional and full-width text', () => {
    expect(run('據悉，２０２３年第一季度營收增長。')).toEqual([{ text: '２０２３年第一季度', value: '2023-Q1', rule: 'date.quarter' }]);
  });

  it('rejects impossible days', () => {
    expect(run('2023年2月29日')).toEqual([{ text: '2023年2月', value: '2023-02', rule: 'date.ym' }]);
    expect(run('4月31日').map((c) => c.value)).toEqual(['XXXX-04']);
  });

  it('stays linear on long digit and dash runs', () => {
    const s = '2019-'.repeat(5000) + '年' + '1至'.repeat(5000) + '月';
    const t = Date.now();
    run(s);
    expect(Date.now() - t).toBeLessThan(2000);
  });
});

describe('isoWeekLabel', () => {
  it('counts weeks from the Monday of the week holding January 4', () => {
    expect(isoWeekLabel(2024, 1)).toBe('2024-01-01/2024-01-07');
    expect(isoWeekLabel(2026, 1)).toBe('2025-12-29/2026-01-04');
    expect(isoWeekLabel(2021, 1)).toBe('2021-01-04/2021-01-10');
    expect(isoWeekLabel(2015, 53)).toBe('2015-12-28/2016-01-03');
  });

  it('gives no week 53 to a year of 52 weeks, and unknown days without a year', () => {
    expect(isoWeekLabel(2024, 53)).toBeNull();
    expect(isoWeekLabel(2024, 52)).toBe('2024-12-23/2024-12-29');
    expect(isoWeekLabel(null, 5)).toBe('XXXX-XX-XX/XXXX-XX-XX');
  });

  it('has a Thursday in its year for every week of every year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2199 }), fc.integer({ min: 1, max: 53 }), (y, n) => {
        const label = isoWeekLabel(y, n);
        if (label === null) return n === 53;
        const monday = new Date(`${label.slice(0, 10)}T00:00:00Z`);
        const thursday = new Date(monday.getTime() + 3 * 86400000);
        return monday.getUTCDay() === 1 && thursday.getUTCFullYear() === y;
      }),
    );
  });
});

describe('nextAfter', () => {
  it('gives the day or month after the end of a label, across months and years', () => {
    expect(nextAfter('XXXX-03-05', 'day')).toBe('XXXX-03-06');
    expect(nextAfter('2024-02-28', 'day')).toBe('2024-02-29');
    expect(nextAfter('2023-02-28', 'day')).toBe('2023-03-01');
    expect(nextAfter('2023-12-31', 'day')).toBe('2024-01-01');
    expect(nextAfter('2024-06-08/2024-06-10', 'day')).toBe('2024-06-11');
    expect(nextAfter('2022-12', 'month')).toBe('2023-01');
    expect(nextAfter('XXXX-12-05', 'month')).toBe('XXXX-01');
  });

  it('gives nothing when the label does not name the grain', () => {
    expect(nextAfter('2022-05', 'day')).toBeNull();
    expect(nextAfter('2022', 'month')).toBeNull();
    expect(nextAfter('2024-Q1', 'month')).toBeNull();
  });
});
