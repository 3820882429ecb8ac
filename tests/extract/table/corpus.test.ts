import { describe, expect, it } from 'vitest';
import { tableCorpus } from '../../../src/extract/table/corpus.js';
import { extractDocument } from '../../../src/pipeline.js';
import { tableIndexAt } from '../../../src/extract/table/index.js';

// Each table of the corpus read end to end (reader, table model, cells, links): the facts found in
// its tables' data cells, dates aside, are exactly the expected ones, field by field.

describe.each(tableCorpus)('$name', ({ file, source, facts }) => {
  it('yields exactly the expected cell facts', () => {
    const result = extractDocument(new TextEncoder().encode(source), file);
    const inCells = result.document.facts.filter((f, i) => f.type !== 'date' && result.cells[i] !== null);
    expect(inCells.map((f) => [f.type, f.text])).toEqual(facts.map((f) => [f.type, f.text]));
    inCells.forEach((f, i) => expect(f).toMatchObject(facts[i]!)); // as many as expected: checked above
    // every fact's text is the plain text at its offsets
    for (const f of result.document.facts) expect(result.plain.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('tables and the prose around them', () => {
  it('the prose after a table does not inherit a row’s place', () => {
    const source = '<p>各市出口</p><p>单位：亿元</p><table><tr><th>城市</th><th>出口</th></tr><tr><td>宁波</td><td>100</td></tr><tr><td>温州</td><td>50</td></tr></table><p>全年出口增长5.0%。</p>';
    const result = extractDocument(new TextEncoder().encode(source), 'a.html');
    const after = result.document.facts.find((f) => f.text === '5.0%')!;
    expect(after).toMatchObject({ type: 'growth', value: 5, region: null });
    expect(result.document.facts.find((f) => f.text === '50')).toMatchObject({ type: 'money', value: 5000000000, region: '温州' });
  });

  it('a scale-only amount in a notes column of a table that names its currency is money of that currency, its sign kept', () => {
    const source = '| 国家 | 出口额 (USD) | 备注 |\n|---|---|---|\n| 越南 | 1,200 亿 | 上月逆差 -35 亿 |\n| 泰国 | 860 亿 | 含转口 |\n';
    const result = extractDocument(new TextEncoder().encode(source), 'notes.md');
    expect(result.document.facts.find((f) => f.text.includes('35'))).toMatchObject({ type: 'money', text: '-35 亿', value: -3500000000, unit: 'USD' });
  });

  it('tableIndexAt finds the table holding an offset', () => {
    const tables = [
      { start: 10, end: 20 },
      { start: 30, end: 40 },
    ] as never[];
    expect([5, 10, 20, 25, 35, 41].map((o) => tableIndexAt(tables, o))).toEqual([-1, 0, 0, -1, 1, -1]);
  });
});
