import { describe, expect, it } from 'vitest';
import { csvHeader, csvRows, defuseCell } from '../../src/output/csv.js';
import type { Fact } from '../../src/schema/fact.js';

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
    doc: 'a.txt', type: 'growth', text: '3.2%', start: 2, end: 6, sentence: '出口下降3.2%，"进口"持平', value: -3.2, valueMax: null,
    unit: '%', approx: 'exact', metric: '出口', region: '中国', period: '2024-Q1', basis: 'yoy', from: null, to: null,
  };
  it('writes the header in the contract order, with an optional BOM', () => {
    expect(csvHeader(false)).toBe('doc,type,text,value,valueMax,unit,approx,metric,region,period,basis,from,to,start,end,sentence\r\n');
    expect(csvHeader(true).startsWith('\uFEFFdoc,')).toBe(true);
  });
  it('writes one RFC 4180 row per fact, empty cells for null, quotes doubled', () => {
    expect(csvRows([fact])).toBe('a.txt,growth,3.2%,-3.2,,%,exact,出口,中国,2024-Q1,yoy,,,2,6,"出口下降3.2%，""进口""持平"\r\n');
  });
});
