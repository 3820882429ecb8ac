import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { renderChunk } from '../../src/output/writer.js';
import { MAX_SENTENCE } from '../../src/text/sentence-cut.js';

// The generated big inputs (fixtures/bad/make.mjs --big). By default at small sizes (a line of
// figures of a quarter megabyte: some 6,000 amounts in one "sentence"), so the suite stays quick;
// ZHFACTS_BIG=1 generates them at full size (a 5 MB line of figures, which used to fail with
// `Invalid string length`).

const MAKE = fileURLToPath(new URL('../../fixtures/bad/make.mjs', import.meta.url));
const full = process.env.ZHFACTS_BIG === '1';
const denseMb = full ? 5 : 0.25;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhfacts-big-'));
  const run = spawnSync(process.execPath, [MAKE, dir, '--big', '--mb', full ? '100' : '1', '--dense-mb', String(denseMb), '--depth', full ? '100000' : '2000'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('make.mjs --big', () => {
  it('writes the big file, the dense line and the deep HTML at the sizes asked', () => {
    expect(readdirSync(dir).sort()).toEqual(['big-' + (full ? 100 : 1) + 'mb.txt', 'deep.html', `dense-line-${denseMb}mb.txt`]);
    const dense = readFileSync(join(dir, `dense-line-${denseMb}mb.txt`), 'utf8');
    expect(dense).not.toMatch(/[。\n]/);
    expect(statSync(join(dir, `dense-line-${denseMb}mb.txt`)).size).toBeGreaterThanOrEqual(denseMb * 2 ** 20);
    const deep = readFileSync(join(dir, 'deep.html'), 'utf8');
    expect(deep.match(/<div>/g)).toHaveLength(full ? 100_000 : 2000);
    expect(deep.match(/<\/div>/g)).toHaveLength(full ? 100_000 : 2000);
  });
});

describe('a line of figures without a sentence end', () => {
  it('gives every fact, each with a sentence of at most 500 characters, in output that grows with the facts', () => {
    const file = join(dir, `dense-line-${denseMb}mb.txt`);
    const { document } = extractDocument(readFileSync(file), file);
    const money = document.facts.filter((f) => f.type === 'money');
    // one money figure in every 第N项出口额…亿元 of the line
    expect(money.length).toBe(readFileSync(file, 'utf8').match(/亿元/g)!.length);
    expect(money[0]).toMatchObject({ text: '100亿元', value: 10_000_000_000, unit: 'CNY' });
    for (const f of document.facts) {
      expect(f.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(f.sentence).toContain(f.text);
    }
    const ndjson = renderChunk('ndjson', document);
    expect(ndjson.length / document.facts.length).toBeLessThan(1200);
  }, 600_000);
});
