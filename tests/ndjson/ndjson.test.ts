import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocumentLine } from '../../src/input/ndjson.js';
import { extractLine } from '../../src/drivers/ndjson.js';
import { extractFromPlain } from '../../src/pipeline.js';
import { BIN, ROOT, tempDir, zhfacts } from '../cli/helpers.js';
import { haveTool } from '../tools.js';

// `zhfacts extract --input ndjson`: documents as JSON lines in, NDJSON facts out, line by line.

const PLAIN_DIR = join(ROOT, 'fixtures/gold/plain');
const SEEDS_DIR = join(ROOT, 'seeds');
const plainDocs = readdirSync(PLAIN_DIR)
  .sort()
  .map((f) => ({ path: f, text: readFileSync(join(PLAIN_DIR, f), 'utf8') }));

/** Plain fixtures as text lines, the raw seeds (HTML, Markdown, front matter …) as html lines, and one more short text. */
function documentLines(): string[] {
  const lines = plainDocs.map((d) => JSON.stringify({ path: `plain/${d.path}`, text: d.text }));
  for (const f of readdirSync(SEEDS_DIR).sort()) {
    const raw = readFileSync(join(SEEDS_DIR, f), 'utf8');
    if (/<\w+[\s>]/.test(raw)) lines.push(JSON.stringify({ path: `seeds/${f}`, html: raw }));
  }
  lines.push(JSON.stringify({ path: 'short', text: '2023年，出口总额超过1.8万亿元，增长19.6%。', date: '2024-05-01' }));
  return lines;
}

const sortLines = (s: string) => s.split('\n').filter(Boolean).sort();

describe('parseDocumentLine', () => {
  it('reads path with text, html or markdown, and an optional date', () => {
    expect(parseDocumentLine('{"path":"a","text":"x"}')).toEqual({ path: 'a', key: 'text', content: 'x', date: null });
    expect(parseDocumentLine('{"path":"a","html":"<p>x</p>","date":"2024-01-02"}')).toEqual({ path: 'a', key: 'html', content: '<p>x</p>', date: '2024-01-02' });
    expect(parseDocumentLine('{"path":"a","markdown":"# x"}').key).toBe('markdown');
  });

  it.each([
    ['{"path":"a","text":', /not valid JSON/],
    ['[1,2]', /expected a JSON object/],
    ['{"text":"x"}', /"path" must be a non-empty string/],
    ['{"path":"a"}', /expected one of "text", "html" or "markdown"/],
    ['{"path":"a","text":"x","html":"y"}', /only one of/],
    ['{"path":"a","text":5}', /"text" must be a string/],
    ['{"path":"a","text":"x","date":"May 1"}', /"date" must be a calendar date YYYY-MM-DD, not "May 1"/],
    ['{"path":"a","text":"x","date":"2024-13-45"}', /"date" must be a calendar date YYYY-MM-DD, not "2024-13-45"/],
    ['{"path":"a","text":"x","date":"2023-02-29"}', /"date" must be a calendar date/],
    ['{"path":"a","text":"x","date":20240501}', /"date" must be a calendar date/],
  ])('rejects %s', (line, reason) => {
    expect(() => parseDocumentLine(line)).toThrow(reason);
  });

  it('takes a leap day as a date', () => {
    expect(parseDocumentLine('{"path":"a","text":"x","date":"2024-02-29"}').date).toBe('2024-02-29');
  });

  it('reports a line with an invalid date as a bad line with its path, no facts', () => {
    expect(extractLine('{"path":"p","text":"今年出口增长5%。","date":"2024-02-30"}', 7)).toEqual({
      ok: false,
      line: 7,
      path: 'p',
      error: '"date" must be a calendar date YYYY-MM-DD, not "2024-02-30"',
    });
  });
});

// generous timeouts: each CLI run loads jieba's dictionaries (no speed is asserted here)
const SLOW = { timeout: 600_000 };

describe('extractLine', SLOW, () => {
  it('gives a text line exactly the facts of extractFromPlain on that text', () => {
    for (const d of plainDocs) {
      const r = extractLine(JSON.stringify({ path: d.path, text: d.text }), 1);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.facts).toEqual(extractFromPlain(d.text, d.path).facts);
    }
  });

  it("uses the line's date as the reference date", () => {
    const r = extractLine(JSON.stringify({ path: 'p', text: '今年出口增长5%。', date: '2024-05-01' }), 1);
    const plain = extractFromPlain('今年出口增长5%。', 'p', { refDate: '2024-05-01' });
    expect(r.ok && r.facts).toEqual(plain.facts);
  });

  it('names the line and, when it can, the path of a bad line', () => {
    expect(extractLine('{"path":"x.html","html":7}', 12)).toEqual({ ok: false, line: 12, path: 'x.html', error: '"html" must be a string' });
    expect(extractLine('nonsense', 3)).toMatchObject({ ok: false, line: 3, path: null });
  });

  it('gives a blank document no facts and no error', () => {
    expect(extractLine('{"path":"e","html":"  "}', 1)).toEqual({ ok: true, line: 1, path: 'e', facts: [], warnings: [], invalid: [] });
  });
});

describe('zhfacts extract --input ndjson', SLOW, () => {
  const input = documentLines().join('\n') + '\n';

  it("writes the facts of every line, each with the line's path, the same as file input for HTML", async () => {
    const r = await zhfacts(['extract', '--input', 'ndjson'], { input });
    expect(r.status, r.stderr).toBe(0);
    const facts = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(facts.length).toBeGreaterThan(50);
    const docs = new Set(facts.map((f) => f.doc));
    expect(docs.has('short')).toBe(true);
    // an html line gives what the same bytes give as a file (apart from `doc`)
    const seed = readdirSync(SEEDS_DIR)
      .sort()
      .find((f) => /<\w+[\s>]/.test(readFileSync(join(SEEDS_DIR, f), 'utf8')));
    if (seed) {
      const fromFile = await zhfacts(['extract', join('seeds', seed), '--format', 'ndjson', '--jobs', '1']);
      const strip = (f: Record<string, unknown>) => ({ ...f, doc: null });
      const expected = fromFile.stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => strip(JSON.parse(l)));
      expect(facts.filter((f) => f.doc === `seeds/${seed}`).map(strip)).toEqual(expected);
    }
  });

  it('reports a bad line on standard error with its number, still writes the other lines, exits 1', async () => {
    const lines = ['{"path":"ok1","text":"出口额达5776亿元。"}', '{"path":"bad","text":', '', '{"path":"nokey"}', '{"path":"ok2","text":"增长9.6%。"}'];
    const r = await zhfacts(['extract', '--input', 'ndjson'], { input: lines.join('\n') });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^stdin:2: .*not valid JSON/m);
    expect(r.stderr).toMatch(/^stdin:4: nokey: expected one of/m);
    const docs = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).doc);
    expect(new Set(docs)).toEqual(new Set(['ok1', 'ok2']));
  });

  it('reads files of JSON lines given as paths, and refuses another output format', async () => {
    const dir = tempDir('zhfacts-ndjson-');
    const file = join(dir, 'part-0000.jsonl');
    writeFileSync(file, input);
    const fromFile = await zhfacts(['extract', '--input', 'ndjson', file]);
    const fromStdin = await zhfacts(['extract', '--input', 'ndjson'], { input });
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout).toBe(fromStdin.stdout);
    expect((await zhfacts(['extract', '--input', 'ndjson', '--format', 'csv'], { input })).status).toBe(2);
    expect((await zhfacts(['extract'])).status).toBe(2);
  });

  const parallel = haveTool('parallel', 'the GNU parallel sharding test (tests/ndjson)');
  // Two shards, one process each (every zhfacts process loads jieba): what sharding can break —
  // a document split or dropped between processes, a shard's last line — needs two, not more.
  it.skipIf(!parallel)('run under GNU parallel over split input, gives the union a single process gives', async () => {
    const single = await zhfacts(['extract', '--input', 'ndjson'], { input });
    expect(single.status).toBe(0);
    const lines = input.trim().split('\n').length;
    const shard = String(Math.ceil(lines / 2));
    expect(lines).toBeGreaterThan(Number(shard)); // two shards
    // with --keep-order the shards come back in input order: the same bytes, so the same union
    const sharded = await zhfacts(['--will-cite', '--pipe', '--keep-order', '-N', shard, '-j', '2', process.execPath, BIN, 'extract', '--input', 'ndjson'], { input, command: ['parallel'] });
    expect(sharded.status, sharded.stderr).toBe(0);
    expect(sortLines(sharded.stdout)).toEqual(sortLines(single.stdout));
    expect(sharded.stdout).toBe(single.stdout);
  });
});
