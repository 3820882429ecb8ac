import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir, zhfacts, type Run } from './helpers.js';

// `zhfacts table` end to end: articles in, rows out; the same rows from extract's NDJSON and JSON;
// a three-way split tabled as partials and merged gives the bytes of one run.

const dir = tempDir('zhfacts-table-');

// Three short articles written for the test: the same half-year export figure, rounded in one,
// in Traditional in another (a mainland source: its 元 are CNY), and a growth that one article reports differently.
const ARTICLES: Record<string, string> = {
  'a.txt': '---\ndate: 2024-07-20\n---\n今年上半年，我国出口总额12.13万亿元，同比增长6.9%。',
  'b.txt': '---\ndate: 2024-07-21\n---\n今年上半年，我国出口额约12.1万亿元，同比增长6.9%。',
  'c.txt': '---\ndate: 2024-07-22\n---\n據海關總署統計，今年上半年，我國出口總值12.13萬億元，同比增長7.1%。',
};

describe('zhfacts table', () => {
  let ndjson: string;
  let fromArticles: Run;
  beforeAll(async () => {
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
    const extracted = await zhfacts(['extract', dir, '--format', 'ndjson', '--jobs', '1']);
    expect(extracted.status).toBe(0);
    ndjson = extracted.stdout;
    fromArticles = await zhfacts(['table', dir, '--format', 'ndjson', '--jobs', '1']);
  });

  it('writes one row per metric × region × period with its consensus, agreement and sources', () => {
    expect(fromArticles.status).toBe(0);
    const rows = fromArticles.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const slim = rows.map((r) => [r.type, r.metric, r.region, r.period, r.basis, r.value, r.documents, r.agree]);
    expect(slim).toEqual([
      ['money', '出口', '中国', '2024-H1', null, 12.13e12, 3, true],
      ['growth', '出口', '中国', '2024-H1', 'yoy', 6.9, 3, false],
    ]);
    expect(rows[0].wordings).toEqual(['出口总额', '出口總值', '出口额']);
    expect(rows[0].sources.map((s: { doc: string }) => s.doc)).toEqual(['a.txt', 'b.txt', 'c.txt'].map((f) => join(dir, f)));
  });

  it('gives the same rows from extract NDJSON on standard input and from a JSON file', async () => {
    const viaStdin = await zhfacts(['table', '-', '--format', 'ndjson'], { input: ndjson });
    expect(viaStdin.stdout).toBe(fromArticles.stdout);
    const json = await zhfacts(['extract', dir, '--jobs', '1']);
    writeFileSync(join(dir, 'facts.json'), json.stdout);
    const viaJson = await zhfacts(['table', join(dir, 'facts.json'), '--format', 'ndjson']);
    expect(viaJson.stdout).toBe(fromArticles.stdout);
  });

  it('merges partial tables of a three-way split into the bytes of one run', async () => {
    const lines = ndjson.trim().split('\n');
    const byDoc = (doc: string) => lines.filter((l) => JSON.parse(l).doc.endsWith(doc)).join('\n') + '\n';
    const parts = ['a.txt', 'b.txt', 'c.txt'].map((d, i) => {
      const file = join(dir, `part${i}.ndjson`);
      writeFileSync(file, byDoc(d));
      return file;
    });
    const partials = await Promise.all(parts.map((p) => zhfacts(['table', p, '--partial'])));
    partials.forEach((p, i) => writeFileSync(join(dir, `partial${i}.ndjson`), p.stdout));
    const merged = await zhfacts(['table', '--merge', join(dir, 'partial2.ndjson'), join(dir, 'partial0.ndjson'), join(dir, 'partial1.ndjson'), '--format', 'ndjson']);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(fromArticles.stdout);
  });

  it('keeps only disagreeing rows with --conflicts, and pivots periods for spreadsheets', async () => {
    const conflicts = await zhfacts(['table', '-', '--conflicts', '--format', 'csv'], { input: ndjson });
    expect(conflicts.stdout.split('\r\n')[1]).toMatch(/^growth,出口,中国,,2024-H1,yoy,%,6\.9,6\.9,7\.1,3,3,false,/);
    const pivot = await zhfacts(['table', '-', '--pivot', 'period', '--format', 'csv'], { input: ndjson });
    expect(pivot.stdout).toBe('type,metric,region,partner,basis,unit,scope,2024-H1\r\nmoney,出口,中国,,,CNY,,12130000000000\r\ngrowth,出口,中国,,yoy,%,,6.9\r\n');
  });

  it('writes a review page with the disagreeing rows first, linked to the extract review page', async () => {
    // beside the articles, not among them: an .html there would be read as one
    const pages = tempDir('zhfacts-table-pages-');
    const out = join(pages, 'table.html');
    const run = await zhfacts(['table', dir, '--format', 'html', '-o', out, '--review', join(pages, 'review.html'), '--jobs', '1']);
    expect(run.status).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page.indexOf('Reports that disagree')).toBeLessThan(page.indexOf('<h2>Rows'));
    expect(page).toContain('<mark>7.1%</mark>');
    expect(page).toMatch(/href="review\.html#f\d+"/);
    expect(readFileSync(join(pages, 'review.html'), 'utf8')).toContain('id="f1"');
  });

  it('names, on its review page, the table row and column a fact was read from', async () => {
    const articles = tempDir('zhfacts-table-cells-');
    const pages = tempDir('zhfacts-table-cells-pages-');
    writeFileSync(join(articles, 'bulletin.md'), '2023年全市主要指标\n\n| 指标 | 绝对数（亿元） |\n|---|---|\n| 地区生产总值 | 3250.6 |\n');
    const run = await zhfacts(['table', articles, '--format', 'html', '-o', join(pages, 'table.html'), '--review', join(pages, 'review.html'), '--jobs', '1']);
    expect(run.status).toBe(0);
    expect(readFileSync(join(pages, 'review.html'), 'utf8')).toContain('table row\t地区生产总值\ntable column\t绝对数（亿元）');
  });

  it('refuses to write the table over the facts it reads, exit 2, the facts untouched', async () => {
    const facts = join(dir, 'own.ndjson');
    writeFileSync(facts, ndjson);
    const run = await zhfacts(['table', facts, '-o', facts]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is also an input');
    expect(readFileSync(facts, 'utf8')).toBe(ndjson);
  });

  it('refuses a malformed aliases file with its name and line, exit 2', async () => {
    const aliases = join(dir, 'aliases.csv');
    writeFileSync(aliases, '网购额,网络零售\n出口额\n');
    const run = await zhfacts(['table', '-', '--aliases', aliases], { input: ndjson });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${aliases}:2: expected two cells, a wording and its key`);
  });

  it('refuses an aliases file it cannot read in the one wording of read errors (input/errors.ts), exit 2', async () => {
    const missing = join(dir, 'no-such-aliases.csv');
    const run = await zhfacts(['table', '-', '--aliases', missing], { input: ndjson });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`cannot read ${missing}: no such file or directory`);
    const folder = await zhfacts(['table', '-', '--aliases', dir], { input: ndjson });
    expect(folder.stderr).toContain(`cannot read ${dir}: is a folder, not a file`);
  });

  it('keys rows by the aliases of a YAML or CSV file, and names the line of a malformed YAML one, exit 2', async () => {
    const yamlFile = join(dir, 'aliases.yaml');
    writeFileSync(yamlFile, '# customs wording kept apart\n出口额: 出口(约数)\n');
    const csvFile = join(dir, 'aliases-ok.csv');
    writeFileSync(csvFile, 'wording,key\n出口额,出口(约数)\n');
    for (const file of [yamlFile, csvFile]) {
      const run = await zhfacts(['table', '-', '--aliases', file, '--types', 'money', '--format', 'ndjson'], { input: ndjson });
      expect(run.status).toBe(0);
      const rows = run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { metric: string; value: number; documents: number; wordings: string[] });
      expect(rows.map((r) => [r.metric, r.value, r.documents, r.wordings])).toEqual([
        ['出口', 12.13e12, 2, ['出口总额', '出口總值']],
        ['出口(约数)', 12.1e12, 1, ['出口额']],
      ]);
    }
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, '出口额: 出口\n进口额: [进口, 货物进口]\n');
    const run = await zhfacts(['table', '-', '--aliases', bad], { input: ndjson });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${bad}:2: expected a wording and a key, both text`);
  });

  it('reports a line that is not a fact with its number and still writes the rest, exit 1', async () => {
    const run = await zhfacts(['table', '-', '--format', 'ndjson'], { input: ndjson + '{"doc":"x"}\nnot json\n' });
    expect(run.status).toBe(1);
    const count = ndjson.trim().split('\n').length;
    expect(run.stderr).toContain(`stdin:${count + 1}: not a zhfacts fact`);
    expect(run.stderr).toContain(`stdin:${count + 2}: not JSON`);
    expect(run.stdout).toBe(fromArticles.stdout);
  });
});
