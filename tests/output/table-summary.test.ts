import { describe, expect, it } from 'vitest';
import { PLAIN_STYLE } from '../../src/output/summary.js';
import { tableRowLine, tableSummary } from '../../src/output/table-summary.js';
import type { TableRow } from '../../src/table/rows.js';
import { zhfacts } from '../cli/helpers.js';

const row = (over: Partial<TableRow>): TableRow => ({
  type: 'money',
  metric: '出口',
  region: '中国',
  partner: null,
  period: '2023-H1',
  basis: null,
  unit: 'CNY',
  scope: null,
  value: 1830000000000,
  min: 1830000000000,
  max: 1830000000000,
  documents: 2,
  facts: 2,
  agree: true,
  wordings: ['出口总额'],
  sources: [],
  ...over,
});

describe('table summary for a terminal', () => {
  // 80 columns: 2 indent, 7 type, 36 key (Chinese characters two columns), 24 value, the tally
  it('one line per row: type, key, consensus value, documents and agreement, fitted to the width', () => {
    expect(tableRowLine(row({}), { ...PLAIN_STYLE, width: 80 })).toBe('  money   出口 · 中国 · 2023-H1' + ' '.repeat(15) + ' 1,830,000,000,000 CNY    2 docs ✓');
    expect(tableRowLine(row({ type: 'growth', metric: '出口', partner: '东盟', basis: 'yoy', unit: '%', value: 7.2, min: 7, max: 7.2, agree: false }), { ...PLAIN_STYLE, width: 80 })).toBe(
      '  growth  出口 · 中国 → 东盟 · 2023-H1 · yoy   7.2 % (7–7.2)' + ' '.repeat(11) + ' 2 docs ≠',
    );
  });

  it('shows per type the rows most documents report first, a fixed number of them, columns aligned', () => {
    const many = Array.from({ length: 27 }, (_, i) => row({ period: `${2000 + i}`, documents: i === 26 ? 3 : 1, facts: i === 26 ? 3 : 1 }));
    const lines = tableSummary([...many, row({ type: 'growth', unit: '%', value: 6.1, min: 6.1, max: 6.1, documents: 12 })], [], 0, { ...PLAIN_STYLE, width: 80 }).split('\n');
    expect(lines[0]).toBe('  money   出口 · 中国 · 2026' + ' '.repeat(17) + ' 1,830,000,000,000 CNY     3 docs ✓');
    expect(lines[1]).toBe('  money   出口 · 中国 · 2000' + ' '.repeat(17) + ' 1,830,000,000,000 CNY      1 doc ✓');
    expect(lines[25]).toBe('  … 2 more money rows (--format csv has every row)');
    expect(lines[26]).toBe('  growth  出口 · 中国 · 2023-H1' + ' '.repeat(14) + ' 6.1 %' + ' '.repeat(20) + '12 docs ✓');
    expect(lines[27]).toBe('');
  });

  it('counts the disagreements and says how to get data', () => {
    const text = tableSummary([row({}), row({ agree: false })], [], 3, { ...PLAIN_STYLE, width: 80 });
    expect(text).toContain('2 rows, 1 where documents disagree (≠); 3 figures without a metric left out.');
    expect(text).toContain('--format json | ndjson | csv');
  });

  it('a pipe still gets JSON, and a reader that closes the pipe ends the run quietly with 0', async () => {
    const piped = await zhfacts(['table', 'seeds']);
    expect(JSON.parse(piped.stdout).rows.length).toBeGreaterThan(10);
    const head = await zhfacts([], { command: ['bash', '-o', 'pipefail', '-c', `"${process.execPath}" bin/zhfacts.js table seeds | head -1 > /dev/null`] });
    expect(head.status).toBe(0);
    expect(head.stderr).toBe('');
  });
});
