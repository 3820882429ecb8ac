import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/schema/fact.js';
import { consensus, writtenStep, allAgree } from '../../src/table/agree.js';
import { metricKey, aliasMap } from '../../src/table/metric-key.js';
import { comparePeriods, documentYear } from '../../src/table/periods.js';
import { TableAccumulator, type TableRow } from '../../src/table/rows.js';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseTableLine, partialLine } from '../../src/table/partial.js';
import { pivotByPeriod } from '../../src/table/pivot.js';
import { parseAliases, AliasesError } from '../../src/table/aliases.js';
import { renderTable } from '../../src/output/table.js';

/** A figure as extract writes it; only what the table reads is varied. */
function fact(doc: string, text: string, value: number, links: Partial<Fact> = {}): Fact {
  return {
    doc,
    type: 'money',
    text,
    start: 10,
    end: 10 + text.length,
    sentence: `前句${text}。`,
    value,
    valueMax: null,
    unit: 'CNY',
    approx: 'exact',
    metric: '出口',
    region: '中国',
    partner: null,
    period: '2024-H1',
    basis: null,
    from: null,
    to: null,
    ...links,
  };
}

const slim = (r: TableRow) => ({
  metric: r.metric,
  region: r.region,
  partner: r.partner,
  period: r.period,
  value: r.value,
  min: r.min,
  max: r.max,
  documents: r.documents,
  facts: r.facts,
  agree: r.agree,
  wordings: r.wordings,
});

describe('written precision and agreement', () => {
  it('reads the step of the last digit written, scaled like the value', () => {
    expect(writtenStep('1.8万亿元', 1.8e12)).toBeCloseTo(1e11);
    expect(writtenStep('1.83万亿元', 1.83e12)).toBeCloseTo(1e10);
    expect(writtenStep('19.6%', 19.6)).toBeCloseTo(0.1);
    expect(writtenStep('３３４７家', 3347)).toBe(1);
    expect(writtenStep('三万', 30000)).toBe(10000);
    expect(writtenStep('增长5.3倍', 530)).toBeCloseTo(10);
  });
  it('takes the precise value a rounded report agrees with', () => {
    const voters = [
      { value: 1.8e12, step: 1e11, approx: 'exact' as const, docs: new Set(['a', 'b']) },
      { value: 1.83e12, step: 1e10, approx: 'exact' as const, docs: new Set(['c']) },
    ];
    expect(consensus(voters)).toBe(1.83e12);
    expect(allAgree(voters, 1.83e12)).toBe(true);
  });
  it('lets 约 widen and 超过 bound, and finds a real disagreement', () => {
    expect(
      allAgree(
        [
          { value: 20, step: 1, approx: 'about' },
          { value: 19.6, step: 0.1, approx: 'exact' },
        ],
        19.6,
      ),
    ).toBe(true);
    expect(
      allAgree(
        [
          { value: 1e9, step: 1e9, approx: 'over' },
          { value: 1.26e9, step: 1e7, approx: 'exact' },
        ],
        1.26e9,
      ),
    ).toBe(true);
    const split = [
      { value: 7.2, step: 0.1, approx: 'exact' as const, docs: new Set(['a', 'b']) },
      { value: 7.4, step: 0.1, approx: 'exact' as const, docs: new Set(['c']) },
    ];
    expect(consensus(split)).toBe(7.2);
    expect(allAgree(split, 7.2)).toBe(false);
  });
});

describe('canonical metrics', () => {
  it('folds script and width and takes off generic heads where something is left', () => {
    expect(metricKey('出口總額')).toBe('出口');
    expect(metricKey('出口总值')).toBe('出口');
    expect(metricKey('出口额')).toBe('出口');
    expect(metricKey('跨境电商进出口规模')).toBe('跨境电商进出口');
    expect(metricKey('海外仓数量')).toBe('海外仓');
    expect(metricKey('金额')).toBe('金额');
    expect(metricKey('余额')).toBe('余额');
  });
  it('applies the built-in synonyms and the user aliases, and invents nothing', () => {
    expect(metricKey('外贸进出口')).toBe('进出口');
    expect(metricKey('货物贸易进出口总值')).toBe('进出口');
    expect(metricKey('跨境电子商务进出口')).toBe('跨境电商进出口');
    expect(metricKey('集装箱吞吐量')).toBe('集装箱吞吐量');
    const aliases = aliasMap([
      ['网购额', '网络零售'],
      ['網上零售額', '网络零售'],
    ]);
    expect(metricKey('网购额', aliases)).toBe('网络零售');
    expect(metricKey('網上零售額', aliases)).toBe('网络零售');
  });
});

describe('periods', () => {
  it('sorts in calendar order, shorter spans first where two end together, unknown years last', () => {
    const labels = ['2023', 'XXXX-Q1', '2023-H1', '2022', '2023-Q1', '2023-01/2023-07', '2023-Q4', '2023-H2', null];
    expect([...labels].sort(comparePeriods)).toEqual([null, '2022', '2023-Q1', '2023-H1', '2023-01/2023-07', '2023-Q4', '2023-H2', '2023', 'XXXX-Q1']);
  });
  it("knows a document's year from its own date only", () => {
    expect(documentYear('2024-08-02')).toBe(2024);
    expect(documentYear(null)).toBe(null);
  });
});

describe('rows of record', () => {
  it('joins one figure from several documents: rounded, other wordings, Traditional', () => {
    const t = new TableAccumulator();
    t.addDocument([fact('a.txt', '1.83万亿元', 1.83e12, { metric: '出口总额' })]);
    t.addDocument([fact('b.txt', '1.8万亿元', 1.8e12, { metric: '出口额' })]);
    t.addDocument([fact('c.txt', '1.8萬億元', 1.8e12, { metric: '出口總值' })]);
    expect(t.finish().map(slim)).toEqual([
      {
        metric: '出口',
        region: '中国',
        partner: null,
        period: '2024-H1',
        value: 1.83e12,
        min: 1.8e12,
        max: 1.83e12,
        documents: 3,
        facts: 3,
        agree: true,
        wordings: ['出口总额', '出口總值', '出口额'],
      },
    ]);
  });
  it('keeps two documents that disagree in one row that says so', () => {
    const t = new TableAccumulator();
    t.addDocument([fact('a.txt', '7.2%', 7.2, { type: 'growth', unit: '%', basis: 'yoy' })]);
    t.addDocument([fact('b.txt', '7.2%', 7.2, { type: 'growth', unit: '%', basis: 'yoy' })]);
    t.addDocument([fact('c.txt', '7.6%', 7.6, { type: 'growth', unit: '%', basis: 'yoy' })]);
    const rows = t.finish();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect({ ...slim(row), type: row.type, basis: row.basis, unit: row.unit }).toEqual({
      type: 'growth',
      metric: '出口',
      region: '中国',
      partner: null,
      period: '2024-H1',
      basis: 'yoy',
      unit: '%',
      value: 7.2,
      min: 7.2,
      max: 7.6,
      documents: 3,
      facts: 3,
      agree: false,
      wordings: ['出口'],
    });
    expect(row.sources.map((s) => s.doc)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });
  it('gives an unknown year its document’s year, and keeps it apart when the document has none', () => {
    const t = new TableAccumulator();
    t.addDocument([fact('dated.txt', '5776亿元', 5.776e11, { period: 'XXXX-Q1' })], '2024-04-12');
    t.addDocument([fact('other.txt', '5776亿元', 5.776e11, { period: '2024-Q1' })]);
    t.addDocument([fact('undated.txt', '5776亿元', 5.776e11, { period: 'XXXX-Q1' })]);
    expect(t.finish().map((r) => [r.period, r.documents, r.scope])).toEqual([
      ['2024-Q1', 2, null],
      ['XXXX-Q1', 1, 'undated.txt'],
    ]);
  });
  it('separates partners and leaves out dates and figures without a metric', () => {
    const t = new TableAccumulator();
    t.addDocument([
      fact('a.txt', '2.58万亿元', 2.58e12, { metric: '进出口', partner: '东盟' }),
      fact('a.txt', '1.2万亿元', 1.2e12, { metric: '进出口', partner: '欧盟' }),
      fact('a.txt', '3家', 3, { type: 'count', unit: '家', metric: null }),
      { ...fact('a.txt', '上半年', 0), type: 'date', value: '2024-H1', unit: null, metric: null, region: null, period: null, from: '2024-01-01', to: '2024-06-30' },
    ]);
    expect(t.finish().map(slim)).toEqual([
      { metric: '进出口', region: '中国', partner: '东盟', period: '2024-H1', value: 2.58e12, min: 2.58e12, max: 2.58e12, documents: 1, facts: 1, agree: true, wordings: ['进出口'] },
      { metric: '进出口', region: '中国', partner: '欧盟', period: '2024-H1', value: 1.2e12, min: 1.2e12, max: 1.2e12, documents: 1, facts: 1, agree: true, wordings: ['进出口'] },
    ]);
    expect(t.withoutMetric).toBe(1);
  });
  it('pivots periods into columns in calendar order', () => {
    const t = new TableAccumulator();
    t.addDocument([fact('a.txt', '10亿元', 1e9, { period: '2023' }), fact('a.txt', '3亿元', 3e8, { period: '2023-Q1' }), fact('a.txt', '6亿元', 6e8, { period: '2023-H1' })]);
    const pivot = pivotByPeriod(t.finish());
    expect(pivot.periods).toEqual(['2023-Q1', '2023-H1', '2023']);
    expect(pivot.rows).toEqual([{ type: 'money', metric: '出口', region: '中国', partner: null, basis: null, unit: 'CNY', scope: null, values: { '2023-Q1': 3e8, '2023-H1': 6e8, '2023': 1e9 } }]);
  });
});

describe('partial rows merge into the same table', () => {
  const docs: [Fact[], Fact[], Fact[], Fact[], Fact[]] = [
    [fact('a.txt', '1.8万亿元', 1.8e12), fact('a.txt', '6.1%', 6.1, { type: 'growth', unit: '%' })],
    [fact('b.txt', '1.83万亿元', 1.83e12, { metric: '出口总值' }), fact('b.txt', '6.1%', 6.1, { type: 'growth', unit: '%' })],
    [fact('c.txt', '1.9万亿元', 1.9e12)],
    [fact('d.txt', '超1.8万亿元', 1.8e12, { approx: 'over' }), fact('d.txt', '30家', 30, { type: 'count', unit: '家', metric: '企业' })],
    [fact('e.txt', '6.2%', 6.2, { type: 'growth', unit: '%' })],
  ];
  const render = (t: TableAccumulator) => renderTable(t.finish(), 'json', []);
  const viaPartials = (groups: Fact[][][]) => {
    const merged = new TableAccumulator();
    for (const g of groups) {
      const part = new TableAccumulator();
      for (const d of g) part.addDocument(d);
      const lines = part.partials().map(partialLine).join('');
      // through the text form, as between machines
      for (const line of lines.split('\n').filter(Boolean)) {
        const parsed = parseTableLine(line);
        if (parsed.kind !== 'partial') throw new Error(line);
        merged.merge(parsed.row);
      }
    }
    return render(merged);
  };
  it('gives the bytes of one run for any three-way split in any order', () => {
    const whole = new TableAccumulator();
    for (const d of docs) whole.addDocument(d);
    const expected = render(whole);
    expect(viaPartials([[docs[0], docs[1]], [docs[2]], [docs[3], docs[4]]])).toBe(expected);
    expect(viaPartials([[docs[4]], [docs[3], docs[0]], [docs[2], docs[1]]])).toBe(expected);
    expect(viaPartials([[docs[2], docs[0], docs[4]], [], [docs[1], docs[3]]])).toBe(expected);
  });
});

describe('per-fact state off the heap', () => {
  const spillDirs = () => readdirSync(tmpdir()).filter((n) => /^zhfacts-spill-[A-Za-z0-9]{6}$/.test(n));
  it('spills to a temporary file, reads it back in buckets of keys, and writes the same rows', () => {
    const docs: Fact[][] = Array.from({ length: 30 }, (_, i) => [
      fact(`d${String(i).padStart(2, '0')}.txt`, i % 3 === 0 ? '1.8万亿元' : '1.83万亿元', i % 3 === 0 ? 1.8e12 : 1.83e12, { period: `${2020 + (i % 4)}-H1` }),
      fact(`d${String(i).padStart(2, '0')}.txt`, '6.1%', i % 5 === 0 ? 6.3 : 6.1, { type: 'growth', unit: '%', region: i % 2 ? '广东' : '浙江' }),
    ]);
    const inMemory = new TableAccumulator();
    for (const d of docs) inMemory.addDocument(d);
    const before = spillDirs();
    // a few hundred bytes held, buckets of 7 facts: 6 keys over several bucket files
    const spilled = new TableAccumulator({ spillBytes: 500, bucketFacts: 7 });
    for (const d of docs) spilled.addDocument(d);
    expect(inMemory.spilled).toBe(false);
    expect(spilled.spilled).toBe(true);
    const [dir] = spillDirs().filter((n) => !before.includes(n));
    expect(dir).toBeDefined();
    expect(renderTable(spilled.finish(), 'json', [])).toBe(renderTable(inMemory.finish(), 'json', []));
    expect(spilled.partials().map(partialLine)).toEqual(inMemory.partials().map(partialLine));
    expect(spilled.finish().map((r) => [r.type, r.region, r.period, r.value, r.documents, r.agree])).toEqual([
      ['money', '中国', '2020-H1', 1.83e12, 8, true],
      ['money', '中国', '2021-H1', 1.83e12, 8, true],
      ['money', '中国', '2022-H1', 1.83e12, 7, true],
      ['money', '中国', '2023-H1', 1.83e12, 7, true],
      ['growth', '广东', '2024-H1', 6.1, 15, false],
      ['growth', '浙江', '2024-H1', 6.1, 15, false],
    ]);
    spilled.dispose();
    expect(existsSync(`${tmpdir()}/${dir}`)).toBe(false);
  });
});

describe('aliases files', () => {
  it('reads CSV with or without a header and YAML mappings', () => {
    expect([...parseAliases('wording,key\n网购额,网络零售\n', 'a.csv')]).toEqual([['网购额', '网络零售']]);
    expect([...parseAliases('網購額,网络零售\r\n', 'a.csv')]).toEqual([['网购额', '网络零售']]);
    expect([...parseAliases('网购额: 网络零售\n外贸总额: 进出口\n', 'a.yaml')]).toEqual([
      ['网购额', '网络零售'],
      ['外贸总额', '进出口'],
    ]);
  });
  it('names the file and the line of a malformed entry', () => {
    expect(() => parseAliases('网购额,网络零售\n出口额\n', 'mine.csv')).toThrow(new AliasesError('mine.csv:2: expected two cells, a wording and its key'));
    expect(() => parseAliases('a: b\nc: [d, e]\n', 'mine.yml')).toThrow(/^mine\.yml:2: expected a wording and a key/);
    expect(() => parseAliases('a: b\n  c: : d\n', 'bad.yaml')).toThrow(/^bad\.yaml:2: not valid YAML/);
  });
});
