import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { extractInputInPieces } from '../../src/drivers/extract-input.js';
import { renderChunk } from '../../src/output/writer.js';

// A long document is extracted in pieces of whole sentences (issue 17, part 3). Cut into very
// small pieces (one sentence each, tables whole), every document of the fixtures must give the
// same facts — values, links, sentences, offsets, order — as one pass over it.

const ROOT = new URL('../../', import.meta.url).pathname;
const FOLDERS = ['seeds', 'fixtures/heldout', 'fixtures/real', 'fixtures/inputs'];
const documents = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => !/\.(jsonl|json|md5)$/.test(name) && statSync(join(ROOT, folder, name)).isFile())
    .map((name) => join(folder, name)),
);

// one pass over each document, read by every test below (a pass over all of fixtures/real costs seconds)
const passes = new Map<string, ReturnType<typeof extractDocument>>();
function onePass(path: string): ReturnType<typeof extractDocument> {
  let pass = passes.get(path);
  if (pass === undefined) passes.set(path, (pass = extractDocument(readFileSync(join(ROOT, path)), path)));
  return pass;
}

/**
 * toEqual, with node's strict deep equality first: a document's facts are thousands of objects,
 * and vitest's equality walks them several times slower. Strictly equal values are toEqual-equal,
 * so the test passes and fails exactly as with toEqual alone (which also gives the diff).
 */
function expectSame(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}

describe('a document read in pieces', () => {
  it('covers prose, tables, HTML and Markdown documents', () => {
    expect(documents.length).toBeGreaterThan(20);
    expect(documents.some((d) => d.endsWith('.htm') || d.endsWith('.html'))).toBe(true);
  });

  it.each(documents)(
    '%s: the same facts in pieces of one sentence as in one pass',
    (path) => {
      const whole = onePass(path);
      const pieces = extractDocument(readFileSync(join(ROOT, path)), path, { pieceChars: 1 });
      expectSame(pieces.document, whole.document);
      expectSame(pieces.cells, whole.cells);
      expectSame(pieces.invalid, whole.invalid);
    },
    60_000,
  );

  it('passes the currency, the year and the passage from one piece to the next', () => {
    // each sentence is its own piece: 新台币 names the currency of the next sentence's 元, 2019年 the
    // year of 3月, and the paragraph's place the region of the figures after it
    const text = '台湾去年以新台币计。平均月薪45000元。\n2019年，浙江出口增长5%。3月份进口下降2%。\n';
    const whole = extractDocument(new TextEncoder().encode(text), 'x.txt').document.facts;
    const pieces = extractDocument(new TextEncoder().encode(text), 'x.txt', { pieceChars: 1 }).document.facts;
    expect(pieces).toEqual(whole);
    expect(pieces.map((f) => [f.type, f.text, f.value, f.unit, f.region, f.period])).toEqual([
      ['date', '去年', 'XXXX', null, null, null],
      ['money', '45000元', 45000, 'TWD', '台湾', 'XXXX'],
      ['date', '2019年', '2019', null, null, null],
      ['growth', '5%', 5, '%', '浙江', '2019'],
      ['date', '3月份', '2019-03', null, null, null],
      ['growth', '2%', -2, '%', '浙江', '2019-03'],
    ]);
  }, 60_000);

  // these runs also show that pieceChars 1 really cuts each document (the test above would pass
  // vacuously on one piece): a document with two facts or more comes in two pieces or more
  it.each(['json', 'ndjson', 'csv'] as const)(
    'writes %s output piece by piece with the same bytes as the whole document',
    (format) => {
      for (const path of documents) {
        const pass = onePass(path);
        const whole = renderChunk(format, pass.document);
        const result = extractInputInPieces({ path, file: join(ROOT, path) }, { renderAs: format, pieceChars: 1 });
        expect(result.ok).toBe(true);
        if (!result.ok) continue;
        let written = result.rendered!;
        let rendered = 0; // one per piece, then the end
        for (const piece of result.more!) {
          written += piece.rendered;
          rendered++;
          expect(piece.error).toBeUndefined();
        }
        expect(written).toBe(whole);
        const pieces = rendered - 1;
        expect(pieces, path).toBeGreaterThanOrEqual(1);
        if (pass.plain.trim().length > 0 && pass.document.facts.length > 1) expect(pieces, path).toBeGreaterThan(1);
      }
    },
    120_000,
  );
});
