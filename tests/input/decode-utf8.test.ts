import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary } from '../../src/input/decode.js';
import { binaryUnit } from '../property/arbitraries.js';

// decodeBytes validates UTF-8 with buffer.isUtf8 and converts with buffer.transcode. These
// properties hold it to what the WHATWG decoder (TextDecoder) makes of the same bytes.

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F]/g;

/**
 * What TextDecoder makes of the bytes, and whether they are valid UTF-8: valid exactly when the
 * replacing decoder's text encodes back to the same bytes (a fatal decoder's exceptions are
 * slow under the test runner).
 */
function reference(bytes: Uint8Array): { text: string; valid: boolean } {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { text, valid: Buffer.from(text, 'utf8').equals(bytes) };
}

const startsWithBom = (b: Uint8Array) => (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

/** Checks one input; inputs that are refused (binary, empty, BOM) or go to a legacy encoding are skipped. */
function agrees(bytes: Uint8Array): void {
  if (bytes.length === 0 || startsWithBom(bytes) || looksBinary(bytes)) return;
  const { text, valid } = reference(bytes);
  const decoded = decodeBytes(bytes);
  if (valid) {
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(text.replace(CONTROLS, ''));
  } else if (decoded.encoding === 'utf-8') {
    expect(decoded.text).toBe(text.replace(CONTROLS, ''));
  }
}

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
/** Bytes that are not UTF-8: overlong forms, encoded surrogates, beyond U+10FFFF, cut sequences, stray continuations. */
const BAD = [
  [0xc0, 0x80],
  [0xc1, 0xbf],
  [0xe0, 0x80, 0x80],
  [0xed, 0xa0, 0x80],
  [0xed, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf5, 0x80, 0x80, 0x80],
  [0xe4, 0xb8],
  [0xf0, 0x9f, 0x98],
  [0x80],
  [0xbf],
  [0xfe],
  [0xff],
];

describe('UTF-8 decoding agrees with TextDecoder', () => {
  it('on any valid text, every plane and Chinese included', () => {
    const text = fc.oneof(
      fc.string({ unit: binaryUnit, maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: fc.constantFrom(...'跨境电商進出口１２％　，。a1 \n'), maxLength: 300 }),
    );
    fc.assert(
      fc.property(text, (s) => agrees(utf8(s))),
      { numRuns: 300 },
    );
  });

  it('on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => agrees(b)),
      { numRuns: 300 },
    );
  });

  it('on Chinese text with each kind of invalid sequence inside', () => {
    const text = utf8('海关总署统计数据显示，今年一季度，中国跨境电商进出口5776亿元，增长9.6%；'.repeat(3));
    for (const bad of BAD) {
      for (const at of [0, 3, 60, text.length]) {
        const bytes = new Uint8Array([...text.subarray(0, at), ...bad, ...text.subarray(at)]);
        expect(reference(bytes).valid).toBe(false);
        agrees(bytes);
        expect(decodeBytes(bytes).encoding).toBe('utf-8');
      }
    }
  });

  it('keeps pure ASCII and Latin-1-range text exact', () => {
    for (const s of ['plain ASCII, 5.2% up', 'café 5 €', '\u00a0\u00ff', 'x'.repeat(70_000)]) expect(decodeBytes(utf8(s)).text).toBe(s);
  });

  it('reads a UTF-8 BOM file with bad bytes after the BOM as before', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('出口增长'), 0xff, ...utf8('进口')]);
    expect(decodeBytes(bytes)).toEqual({ text: '出口增长\uFFFD进口', encoding: 'utf-8', warnings: ['1 invalid byte sequence replaced with U+FFFD (not valid UTF-8)'] });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('出口')])).text).toBe('出口');
  });

  it('reads bytes that are a view into a larger buffer', () => {
    const whole = utf8('前缀跨境电商后缀');
    const view = whole.subarray(6, 18);
    expect(decodeBytes(view).text).toBe('跨境电商');
    expect(decodeBytes(Buffer.from(whole.buffer, whole.byteOffset + 6, 12)).text).toBe('跨境电商');
  });
});

describe('looksBinary', () => {
  /** The first version, iterating with for…of. */
  function reference(bytes: Uint8Array): boolean {
    const sample = bytes.subarray(0, 64 * 1024);
    let nul = 0;
    let control = 0;
    for (const b of sample) {
      if (b === 0) nul++;
      else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
    }
    return nul > sample.length / 20 || nul + control > sample.length / 10;
  }

  it('counts NUL and control bytes as before', () => {
    const bytes = fc
      .uint8Array({ minLength: 1, maxLength: 400 })
      .filter(
        (b) => b[0] !== 0x89 && b[0] !== 0xff && b[0] !== 0x47 && b[0] !== 0x25 && b[0] !== 0x50 && b[0] !== 0x1f && b[0] !== 0x7f && b[0] !== 0x37 && b[0] !== 0x52 && b[0] !== 0x53 && b[0] !== 0xd0,
      );
    const lowBytes = fc.uint8Array({ minLength: 1, maxLength: 400, max: 0x21 }).filter((b) => b[0] !== 0x1f);
    fc.assert(
      fc.property(fc.oneof(bytes, lowBytes), (b) => {
        expect(looksBinary(b)).toBe(reference(b));
      }),
      { numRuns: 1000 },
    );
  });

  it('looks at the first 64 KiB only', () => {
    const big = new Uint8Array(200 * 1024).fill(0x41);
    big.fill(0, 64 * 1024);
    expect(looksBinary(big)).toBe(reference(big));
    expect(looksBinary(big)).toBe(false);
  });
});
