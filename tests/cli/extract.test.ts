import { chmodSync, cpSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { tempDir, zhfacts, zhfactsProcess, ROOT, type Run } from './helpers.js';

const SEED_FILES = readdirSync(join(ROOT, 'seeds')).sort();
const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8'));
const ajv = new Ajv2020.default({ strict: false, allErrors: true });
const validateOutput = ajv.compile(schema('output.schema.json'));
const validateFact = ajv.compile(schema('fact.schema.json'));

describe('zhfacts extract on the seeds', () => {
  let json: Run;
  let ndjson: Run;
  beforeAll(async () => {
    json = await zhfacts(['extract', 'seeds', '--jobs', '1']);
    ndjson = await zhfacts(['extract', 'seeds', '--format', 'ndjson', '--jobs', '1']);
  });

  it('exits 0 and writes JSON that validates against schemas/output.schema.json', async () => {
    expect(json.status).toBe(0);
    const out = JSON.parse(json.stdout);
    expect(validateOutput(out), JSON.stringify(validateOutput.errors)).toBe(true);
    expect(out.documents.map((d: { path: string }) => d.path)).toEqual(SEED_FILES.map((f) => `seeds/${f}`));
    expect(out.errors).toEqual([]);
  });

  it('writes NDJSON lines that each validate against schemas/fact.schema.json, the same facts as JSON', async () => {
    const lines = ndjson.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(50);
    for (const f of lines) expect(validateFact(f), JSON.stringify(validateFact.errors)).toBe(true);
    const fromJson = JSON.parse(json.stdout).documents.flatMap((d: { facts: unknown[] }) => d.facts);
    expect(lines).toEqual(fromJson);
  });

  it('gives offsets into the plain text that `zhfacts text` prints, and sentences that hold the text', async () => {
    const lines = ndjson.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    for (const file of SEED_FILES) {
      const plain = (await zhfacts(['text', `seeds/${file}`])).stdout;
      for (const f of lines.filter((l) => l.doc === `seeds/${file}`)) {
        expect(plain.slice(f.start, f.end)).toBe(f.text);
        expect(f.sentence).toContain(f.text);
        expect(plain).toContain(f.sentence);
      }
    }
  });

  it('writes CSV with the header and one row per fact', async () => {
    const csv = await zhfacts(['extract', 'seeds', '--format', 'csv', '--jobs', '1']);
    expect(csv.status).toBe(0);
    const facts = ndjson.stdout.trim().split('\n').length;
    // rows end in CRLF; a sentence never holds a line break, so rows are lines
    const rows = csv.stdout.split('\r\n').filter((r) => r !== '');
    expect(rows[0]).toBe('doc,type,text,value,valueMax,unit,approx,metric,region,partner,period,basis,from,to,start,end,sentence');
    expect(rows.length - 1).toBe(facts);
  });

  it('filters by --types', async () => {
    const r = await zhfacts(['extract', 'seeds', '--format', 'ndjson', '--types', 'money,growth', '--jobs', '1']);
    const types = new Set(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).type),
    );
    expect([...types].sort()).toEqual(['growth', 'money']);
  });

  // workers render each document's chunk themselves (json, ndjson, csv); the writer only places it
  let copies: string | null = null;
  it.each(['ndjson', 'json', 'csv'])(
    'gives the same %s bytes whatever --jobs is',
    async (format) => {
      if (copies === null) {
        copies = tempDir('zhfacts-jobs-');
        // 10 documents: enough files for the worker pool to start (it needs 8)
        for (let i = 0; i < 2; i++) cpSync(join(ROOT, 'seeds'), join(copies, `copy${i}`), { recursive: true });
      }
      const one = await zhfacts(['extract', copies, '--format', format, '--jobs', '1']);
      const two = await zhfacts(['extract', copies, '--format', format, '--jobs', '2']);
      expect(one.status).toBe(0);
      expect(two.status).toBe(0);
      expect(one.stdout.length).toBeGreaterThan(25_000); // 10 documents' facts, not an empty run
      expect(two.stdout).toBe(one.stdout);
    },
    180_000,
  );
});

describe('zhfacts extract with bad input', () => {
  it('reports an unreadable file with its path, exits 1 and still writes every seed fact', async () => {
    const dir = tempDir('zhfacts-bad-');
    cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
    writeFileSync(join(dir, 'seeds', 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]));
    const alone = await zhfacts(['extract', join(dir, 'seeds'), '--format', 'ndjson', '--jobs', '1']);
    expect(alone.status).toBe(1);
    const errorLines = alone.stderr
      .trim()
      .split('\n')
      .filter((l) => l.includes('broken.txt'));
    expect(errorLines).toHaveLength(1);
    const good = await zhfacts(['extract', 'seeds', '--format', 'ndjson', '--jobs', '1']);
    const strip = (s: string) =>
      s
        .trim()
        .split('\n')
        .map((l) => ({ ...JSON.parse(l), doc: JSON.parse(l).doc.split('/').pop() }));
    expect(strip(alone.stdout)).toEqual(strip(good.stdout));
  });

  it('lists a failed input in the JSON errors', async () => {
    const r = await zhfacts(['extract', 'seeds/000_0bb6aa92c107ea85.txt', 'no/such/file.txt']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.errors).toEqual([{ path: 'no/such/file.txt', error: 'no such file or directory' }]);
    expect(out.documents).toHaveLength(1);
    expect(r.stderr).toContain('no/such/file.txt: no such file or directory');
  });

  it('never leaves a half-written -o file', async () => {
    const dir = tempDir('zhfacts-out-');
    const out = join(dir, 'facts.csv');
    const r = await zhfacts(['extract', 'seeds', '--format', 'csv', '--bom', '-o', out, '--jobs', '1']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8').startsWith('\uFEFFdoc,type,')).toBe(true);
    expect(readdirSync(dir)).toEqual(['facts.csv']);
  });

  it('reads one document from standard input with -', async () => {
    const r = await zhfacts(['extract', '-', '--format', 'ndjson', '--ref-date', '2024-05-01'], { input: '2023年，跨境电商出口1.8万亿元，增长19.6%。' });
    expect(r.status).toBe(0);
    const facts = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(facts.map((f) => [f.doc, f.type, f.text])).toEqual([
      ['-', 'date', '2023年'],
      ['-', 'money', '1.8万亿元'],
      ['-', 'growth', '19.6%'],
    ]);
  });

  it('exits 2 on usage errors', async () => {
    expect((await zhfacts(['extract'])).status).toBe(2);
    expect((await zhfacts(['extract', 'seeds', '--format', 'xml'])).status).toBe(2);
    expect((await zhfacts(['extract', 'seeds', '--types', 'money,colour'])).status).toBe(2);
    expect((await zhfacts(['extract', 'seeds', '--ref-date', '2024-13-01'])).status).toBe(2);
    expect((await zhfacts(['extract', 'seeds', '--no-such-flag'])).status).toBe(2);
  });

  it('prints help with examples and exits 0', async () => {
    const r = await zhfacts(['extract', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('--format');
  });

  it('keeps standard error free of colour codes when it is not a terminal', async () => {
    const r = await zhfacts(['extract', 'no-such-dir']);
    expect(r.stderr).toBe('no-such-dir: no such file or directory\n');
  });

  it('reports a file without read permission and goes on', async () => {
    if (process.getuid?.() === 0) return; // root reads everything; fixtures/bad covers this as a normal user
    const dir = tempDir('zhfacts-perm-');
    const f = join(dir, 'secret.txt');
    writeFileSync(f, '出口增长5%。');
    chmodSync(f, 0o000);
    const r = await zhfacts(['extract', dir]);
    expect(r.status).toBe(1);
    expect(existsSync(f)).toBe(true);
    expect(r.stderr).toContain('permission denied');
  });
});

describe('zhfacts extract on a folder of bad inputs mixed with the seeds', () => {
  it('exits 1, writes one error line per unreadable file, and the seed facts unchanged', async () => {
    const dir = tempDir('zhfacts-mixed-');
    cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
    cpSync(join(ROOT, 'fixtures/bad'), join(dir, 'bad'), { recursive: true });
    const mixed = await zhfacts(['extract', dir, '--format', 'ndjson', '--jobs', '1']);
    expect(mixed.status).toBe(1);
    const errorLines = mixed.stderr
      .trim()
      .split('\n')
      .filter((l) => !l.includes(': warning: '));
    expect(errorLines.sort()).toEqual([`${join(dir, 'bad/image-png.txt')}: binary file, not text`]);
    // empty and blank files are read: no facts, a warning
    expect(mixed.stderr).toContain(`${join(dir, 'bad/empty.txt')}: warning: empty document\n`);
    expect(mixed.stderr).toContain(`${join(dir, 'bad/whitespace-only.txt')}: warning: empty document\n`);
    const seedsOnly = await zhfacts(['extract', 'seeds', '--format', 'ndjson', '--jobs', '1']);
    const seedFacts = (out: string) =>
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .filter((f) => f.doc.includes('seeds/'))
        .map((f) => ({ ...f, doc: f.doc.split('/').pop() }));
    expect(seedFacts(mixed.stdout)).toEqual(seedFacts(seedsOnly.stdout));
  });
});

describe('zhfacts extract: each input once, empty inputs read', () => {
  it('reads a file named as x, ./x, /abs/x and through its folder once, under the first spelling', async () => {
    const r = await zhfacts(['extract', 'seeds/000_0bb6aa92c107ea85.txt', './seeds/000_0bb6aa92c107ea85.txt', join(ROOT, 'seeds/000_0bb6aa92c107ea85.txt'), 'seeds', '--jobs', '1']);
    expect(r.status).toBe(0);
    const paths = JSON.parse(r.stdout).documents.map((d: { path: string }) => d.path);
    expect(paths).toEqual(['seeds/000_0bb6aa92c107ea85.txt', ...SEED_FILES.slice(1).map((f) => `seeds/${f}`)]);
  });

  it('reads an empty and a blank file: zero facts, a warning each, exit 0', async () => {
    const dir = tempDir('zhfacts-empty-');
    try {
      writeFileSync(join(dir, 'empty.txt'), '');
      writeFileSync(join(dir, 'blank.md'), ' \n\t\n');
      const r = await zhfacts(['extract', dir]);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe(`${dir}/blank.md: warning: empty document\n${dir}/empty.txt: warning: empty document\n`);
      const out = JSON.parse(r.stdout);
      expect(out.errors).toEqual([]);
      expect(out.documents.map((d: { path: string; chars: number; facts: unknown[] }) => [d.path, d.chars, d.facts.length])).toEqual([
        [`${dir}/blank.md`, 0, 0],
        [`${dir}/empty.txt`, 0, 0],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// a user dictionary joins jieba's for the rest of the process, and jieba aborts the whole
// process on a malformed one: these runs get processes of their own
describe('zhfacts extract --dict', () => {
  it('refuses a dictionary that is not UTF-8 as a usage error naming it, before jieba sees it', async () => {
    const dir = tempDir('zhfacts-dict-');
    try {
      const gbk = join(dir, 'gbk.dict');
      writeFileSync(gbk, Buffer.from([0xb1, 0xa3, 0xcb, 0xb0, 0xb2, 0xd6, 0x20, 0x6e, 0x0a])); // 保税仓 n in GBK
      const r = await zhfactsProcess(['extract', 'seeds', '--dict', gbk]);
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(`error: option '--dict <file>' argument '${gbk}' is invalid. ${gbk}: not valid UTF-8 (save the dictionary as UTF-8)`);
      expect(r.stdout).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a malformed dictionary with its line, as a usage error, before jieba can abort', async () => {
    const dir = tempDir('zhfacts-dict-');
    const bad = join(dir, 'bad.dict');
    writeFileSync(bad, '保税仓 n\n这 一 行 不 对\n');
    const r = await zhfactsProcess(['extract', 'seeds', '--dict', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${bad}:2:`);
  });

  it('accepts a good dictionary and still extracts', async () => {
    const dir = tempDir('zhfacts-dict-');
    const good = join(dir, 'good.dict');
    writeFileSync(good, '保税仓 n\n市场采购贸易 20000 n\n');
    const r = await zhfactsProcess(['extract', '-', '--format', 'ndjson', '--dict', good], { input: '市场采购贸易出口增长12.5%。' });
    expect(r.status).toBe(0);
    const facts = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(facts.map((f) => [f.type, f.text, f.value])).toEqual([['growth', '12.5%', 12.5]]);
  });
  it("uses jieba's full dictionary when ZHFACTS_JIEBA_DICT=full, and refuses a missing one as a usage error", async () => {
    const input = '今年前三季度，马克杯出口额达12亿元。';
    const full = await zhfactsProcess(['extract', '-', '--format', 'ndjson'], { input, env: { ZHFACTS_JIEBA_DICT: 'full' } });
    expect(full.status).toBe(0);
    expect(
      full.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .filter((f) => f.type === 'money')
        .map((f) => [f.text, f.metric]),
    ).toEqual([['12亿元', '马克杯出口额']]);
    const missing = await zhfactsProcess(['extract', '-', '--format', 'ndjson'], { input, env: { ZHFACTS_JIEBA_DICT: '/nonexistent/jieba.dict' } });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('ZHFACTS_JIEBA_DICT: /nonexistent/jieba.dict: no such file or directory');
    expect(missing.stdout).toBe('');
  });
});
