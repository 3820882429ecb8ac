import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { CSV_COLUMNS, csvHeader, csvRows, defuseCell } from '../../src/output/csv.js';
import type { Fact } from '../../src/schema/fact.js';
import { binaryUnit } from '../property/arbitraries.js';

describe('defuseCell', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+86 571', "'+86 571"],
    ['-A', "'-A"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['-5.2', '-5.2'],
    ['+3', '+3'],
    ['1.69万亿元', '1.69万亿元'],
    ['a\u0000b', 'a\uFFFDb'],
  ])('%j → %j', (cell, expected) => expect(defuseCell(cell)).toBe(expected));
});

describe('csv', () => {
  const fact: Fact = {
    doc: 'a.txt',
    type: 'growth',
    text: '3.2%',
    start: 2,
    end: 6,
    sentence: '出口下降3.2%，"进口"持平',
    value: -3.2,
    valueMax: null,
    unit: '%',
    approx: 'exact',
    metric: '出口',
    region: '中国',
    partner: null,
    period: '2024-Q1',
    basis: 'yoy',
    from: null,
    to: null,
  };
  it('writes the header in the contract order, with an optional BOM', () => {
    expect(csvHeader(false)).toBe('doc,type,text,value,valueMax,unit,approx,metric,region,partner,period,basis,from,to,start,end,sentence\r\n');
    expect(csvHeader(true).startsWith('\uFEFFdoc,')).toBe(true);
  });
  it('writes one RFC 4180 row per fact, empty cells for null, quotes doubled', () => {
    expect(csvRows([fact])).toBe('a.txt,growth,3.2%,-3.2,,%,exact,出口,中国,,2024-Q1,yoy,,,2,6,"出口下降3.2%，""进口""持平"\r\n');
  });
});

describe('csv quoting', () => {
  const row = (cell: string): Fact => ({
    doc: cell,
    type: 'money',
    text: cell,
    start: 0,
    end: 1,
    sentence: cell,
    value: 1,
    valueMax: null,
    unit: null,
    approx: 'exact',
    metric: cell,
    region: null,
    partner: null,
    period: null,
    basis: null,
    from: null,
    to: null,
  });
  /** How rows were written before: defused cells through csv-stringify. */
  const reference = (f: Fact) => stringify([CSV_COLUMNS.map((k) => (f[k] === null ? '' : defuseCell(String(f[k]))))], { record_delimiter: '\r\n' });

  it('writes what csv-stringify wrote for any cell without a bare CR or LF', () => {
    const cell = fc.oneof(fc.string({ unit: fc.constantFrom(...'a出,"\'=+-@ \t\u0001\u007f\u0085.5e'), maxLength: 12 }), fc.string({ unit: binaryUnit, maxLength: 30 }));
    fc.assert(
      fc.property(
        cell.filter((s) => !/\r(?!\n)|(?<!\r)\n/.test(s)),
        (s) => {
          expect(csvRows([row(s)])).toBe(reference(row(s)));
        },
      ),
      { numRuns: 200 },
    );
    for (const s of ['a\r\nb', '-5.2', '+3', '=1+1', '"', '', ',']) expect(csvRows([row(s)])).toBe(reference(row(s)));
    expect(csvRows([row('a\r\nb')])).toBe('"a\r\nb",money,"a\r\nb",1,,,exact,"a\r\nb",,,,,,,0,1,"a\r\nb"\r\n');
    expect(csvHeader(false)).toBe(stringify([[...CSV_COLUMNS]], { record_delimiter: '\r\n' }));
  });

  it('quotes a field with a bare line feed or carriage return (csv-stringify 6.9 left them bare, breaking the row)', () => {
    expect(csvRows([row('dir\nname.txt')]).startsWith('"dir\nname.txt",money,')).toBe(true);
    expect(csvRows([row('a\rb')]).startsWith('"a\rb",money,')).toBe(true);
    expect(csvRows([row('\rx')]).startsWith(`"'\rx",money,`)).toBe(true);
  });

  it('writes nothing for no facts', () => {
    expect(csvRows([])).toBe('');
  });
});
