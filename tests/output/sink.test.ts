import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSink } from '../../src/output/sink.js';

// The file sink gathers chunks into 64 KiB writes; what lands in the file must be exactly the
// chunks in order, whatever their sizes and wherever a character falls on a buffer boundary.

const tempDir = () => mkdtempSync(join(tmpdir(), 'zhfacts-sink-'));

describe('fileSink', () => {
  it('writes the chunks exactly, across buffer boundaries and around large chunks', async () => {
    const dir = tempDir();
    const file = join(dir, 'out.ndjson');
    const chunks: string[] = [];
    let seed = 7;
    const rand = (n: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const pieces = ['a', '出口', '😀', '\u00e9', '{"x":1}\n', '\r\n', '\ud800'];
    for (let i = 0; i < 150; i++) {
      const size = [0, 1, 7, 1000, 21_845, 21_846, 40_000, 70_000][rand(8)];
      let s = '';
      while (s.length < size) s += pieces[rand(pieces.length)];
      chunks.push(s);
    }
    expect(new Set(chunks.map((c) => c.length > 65_536 / 3)).size).toBe(2); // small and large chunks both
    const sink = fileSink(file);
    for (const c of chunks) await sink.write(c);
    expect(readdirSync(dir)).toHaveLength(1); // only the temporary file so far
    await sink.commit();
    expect(readdirSync(dir)).toEqual(['out.ndjson']);
    expect(readFileSync(file).equals(Buffer.from(chunks.join(''), 'utf8'))).toBe(true);
  });

  it('writes a chunk that ends on the last byte of the buffer, and one character past it', async () => {
    for (const fill of [65_536, 65_535, 65_534]) {
      const dir = tempDir();
      const file = join(dir, 'out.txt');
      const sink = fileSink(file);
      const chunks = ['x'.repeat(fill - 1), '出', '口', 'y'];
      for (const c of chunks) await sink.write(c);
      await sink.commit();
      expect(readFileSync(file, 'utf8')).toBe(chunks.join(''));
    }
  });

  it('leaves an existing file untouched and no temporary file on abort', async () => {
    const dir = tempDir();
    const file = join(dir, 'facts.csv');
    writeFileSync(file, 'old');
    const sink = fileSink(file);
    await sink.write('new'.repeat(50_000));
    sink.abort();
    expect(readdirSync(dir)).toEqual(['facts.csv']);
    expect(readFileSync(file, 'utf8')).toBe('old');
  });
});
