import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import chardet from 'chardet';
import { chooseLegacyEncoding, decodeBytes, isMostlyUtf8, looksBinary, plausibility, utf8Prefix } from '../../src/input/decode.js';
import { InputError } from '../../src/input/errors.js';

const SIMPLIFIED = '2020年跨境电商进出口规模达1.69万亿元，同比增长31.1%；海外仓数量1800个。';
const TRADITIONAL = '2020年跨境電商進出口規模達1.69萬億元，同比增長31.1%；海外倉數量1800個。';
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const withBom = (bom: number[], body: Buffer) => new Uint8Array(Buffer.concat([Buffer.from(bom), body]));

function refusal(bytes: Uint8Array): string {
  try {
    decodeBytes(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('decodeBytes', () => {
  it('reads valid UTF-8 as UTF-8 without warnings', () => {
    expect(decodeBytes(utf8(SIMPLIFIED))).toEqual({ text: SIMPLIFIED, encoding: 'utf-8', warnings: [] });
  });

  it('strips a UTF-8 byte order mark', () => {
    const d = decodeBytes(withBom([0xef, 0xbb, 0xbf], Buffer.from(SIMPLIFIED)));
    expect(d.text).toBe(SIMPLIFIED);
    expect(d.encoding).toBe('utf-8');
  });

  it('reads UTF-16 LE and BE with a byte order mark', () => {
    const le = decodeBytes(withBom([0xff, 0xfe], iconv.encode(SIMPLIFIED, 'utf-16le')));
    const be = decodeBytes(withBom([0xfe, 0xff], iconv.encode(TRADITIONAL, 'utf-16be')));
    expect(le).toEqual({ text: SIMPLIFIED, encoding: 'utf-16le', warnings: [] });
    expect(be).toEqual({ text: TRADITIONAL, encoding: 'utf-16be', warnings: [] });
  });

  it('detects GBK (read as GB18030) without any declaration', () => {
    const d = decodeBytes(new Uint8Array(iconv.encode(SIMPLIFIED, 'gbk')));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe(SIMPLIFIED);
    expect(d.warnings).toEqual([]);
  });

  it('detects Big5 without any declaration', () => {
    const d = decodeBytes(new Uint8Array(iconv.encode(TRADITIONAL, 'big5')));
    expect(d.encoding).toBe('big5');
    expect(d.text).toBe(TRADITIONAL);
  });

  it('tells GBK from Big5 on short texts, where chardet alone confuses them', () => {
    // Each of these was decoded as Big5 by chardet's top guess alone.
    for (const s of ['口规模达1.69万亿元', '际经济交流中心', '，带动传统外贸', '方面对2024年']) {
      expect(decodeBytes(new Uint8Array(iconv.encode(s, 'gbk'))).text).toBe(s);
    }
    for (const s of ['中國跨境電商', '進出口規模達', '海外倉數量']) {
      expect(decodeBytes(new Uint8Array(iconv.encode(s, 'big5'))).text).toBe(s);
    }
  });

  it('reads GB18030 four-byte sequences', () => {
    const s = '跨境电商𠀀增长€5%';
    expect(decodeBytes(new Uint8Array(iconv.encode(`${SIMPLIFIED}${s}`, 'gb18030'))).text).toBe(`${SIMPLIFIED}${s}`);
  });

  it('replaces invalid bytes inside mostly-valid UTF-8 and warns', () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from(SIMPLIFIED), Buffer.from([0xff, 0xc3]), Buffer.from(SIMPLIFIED)]));
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(`${SIMPLIFIED}\uFFFD\uFFFD${SIMPLIFIED}`);
    expect(d.warnings).toEqual(['2 invalid byte sequences replaced with U+FFFD (not valid UTF-8)']);
  });

  it('refuses binary files: known signatures and NUL bytes in bulk', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(refusal(png)).toBe('binary file, not text');
    expect(refusal(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34]))).toBe('binary file, not text');
    const nuls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0 : 0x41));
    expect(refusal(nuls)).toBe('binary file, not text');
  });

  it('removes a few stray NUL characters from text, with a warning', () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from(SIMPLIFIED), Buffer.from([0]), Buffer.from(SIMPLIFIED)]));
    expect(decodeBytes(bytes)).toEqual({ text: SIMPLIFIED + SIMPLIFIED, encoding: 'utf-8', warnings: ['1 NUL character removed'] });
  });

  it("falls back to chardet's guess for text that is not Chinese at all", () => {
    const french = 'Le café à Paris coûte 5 €, très élevé; naïve résumé. Économie française en hausse de 3 %.';
    const japanese = '日本の輸出は前年比5%増加した。円安が続いている。';
    expect(decodeBytes(new Uint8Array(iconv.encode(french, 'windows-1252')))).toMatchObject({ text: french, encoding: 'windows-1252' });
    expect(decodeBytes(new Uint8Array(iconv.encode(japanese, 'shift_jis')))).toMatchObject({ text: japanese, encoding: 'shift_jis' });
  });

  it('refuses an empty file', () => {
    expect(refusal(new Uint8Array(0))).toBe('empty document');
  });
});

describe('detection helpers', () => {
  it('looksBinary accepts text and rejects control-byte soup', () => {
    expect(looksBinary(utf8(SIMPLIFIED))).toBe(false);
    expect(looksBinary(new Uint8Array(100).fill(7))).toBe(true);
  });

  it('isMostlyUtf8 tolerates one bad sequence in ten characters, not GBK read as UTF-8', () => {
    expect(isMostlyUtf8(`${SIMPLIFIED}\uFFFD`)).toBe(true);
    const gbkAsUtf8 = new TextDecoder().decode(iconv.encode(SIMPLIFIED, 'gbk'));
    expect(isMostlyUtf8(gbkAsUtf8)).toBe(false);
  });

  it('plausibility prefers the right decoding', () => {
    const bytes = iconv.encode(SIMPLIFIED, 'gbk');
    expect(plausibility(iconv.decode(bytes, 'gb18030'))).toBeGreaterThan(plausibility(iconv.decode(bytes, 'big5')));
  });
});

describe('cheap legacy-encoding detection (issue 17)', () => {
  // chooseLegacyEncoding as it was, asking chardet every time: the oracle for the shortcut
  const CHINESE: Record<string, string> = { GB18030: 'gb18030', Big5: 'big5' };
  const OTHER: Record<string, string> = { Shift_JIS: 'shift_jis', 'EUC-JP': 'euc-jp', 'EUC-KR': 'euc-kr', 'ISO-8859-1': 'latin1', 'windows-1252': 'windows-1252', 'windows-1251': 'windows-1251' };
  function alwaysChardet(sample: Uint8Array): string {
    const ranked = chardet.analyse(sample);
    const candidates = [...new Set([...ranked.flatMap((m) => CHINESE[m.name] ?? []), 'gb18030', 'big5'])];
    const scored = candidates.map((encoding, rank) => {
      const text = iconv.decode(Buffer.from(sample), encoding);
      return { encoding, rank, score: plausibility(text), nonAscii: [...text].filter((c) => c.charCodeAt(0) > 0x7f).length };
    });
    scored.sort((a, b) => b.score - a.score || a.rank - b.rank);
    const top = ranked[0];
    const best = scored[0]!; // the candidates always hold gb18030 and big5
    const other = top ? OTHER[top.name] : undefined;
    if (other && top && top.confidence >= 50 && best.score < best.nonAscii / 4) return other;
    return best.encoding;
  }

  const samples: [string, Buffer][] = [
    ['GBK', iconv.encode(SIMPLIFIED.repeat(20), 'gbk')],
    ['GBK, short', iconv.encode('出口增长', 'gbk')],
    ['Big5', iconv.encode(TRADITIONAL.repeat(20), 'big5')],
    ['Big5, short', iconv.encode('進出口', 'big5')],
    ['Shift_JIS', iconv.encode('日本の輸出は前年比で増加した。東京都の統計によると、'.repeat(10), 'shift_jis')],
    ['EUC-KR', iconv.encode('한국의 수출은 작년보다 증가했습니다. 통계에 따르면 '.repeat(10), 'euc-kr')],
    ['Latin-1', iconv.encode('Les exportations ont augmenté de 5 % à Zürich, Besançon et Gênes. '.repeat(10), 'latin1')],
    ['GBK and ASCII', iconv.encode(`${'export value 2023: '.repeat(50)}出口`, 'gbk')],
    ['random bytes', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256))],
    // longer than the 4 KB prefix judged first
    ['GBK, long', iconv.encode(SIMPLIFIED.repeat(200), 'gbk')],
    ['Big5, long', iconv.encode(TRADITIONAL.repeat(200), 'big5')],
    ['ASCII for 5 KB, then GBK', iconv.encode(`${'<meta name="keywords" content="trade">'.repeat(140)}${SIMPLIFIED.repeat(50)}`, 'gbk')],
  ];

  it.each(samples)('%s: the same encoding as asking chardet every time', (_name, bytes) => {
    expect(chooseLegacyEncoding(bytes)).toBe(alwaysChardet(bytes));
  });

  it('settles on the first 4 KB when one reading is Chinese and the other damage', () => {
    const gbkPrefix = iconv.encode(SIMPLIFIED.repeat(200), 'gbk').subarray(0, 4096);
    const big5Rest = iconv.encode(TRADITIONAL.repeat(400), 'big5');
    expect(chooseLegacyEncoding(Buffer.concat([gbkPrefix, big5Rest]))).toBe('gb18030');
  });

  it('decides UTF-8 or not on a prefix of a large file, cut at a character boundary', () => {
    const damaged = Buffer.concat([Buffer.from(SIMPLIFIED.repeat(2000)), Buffer.from([0xff]), Buffer.from(SIMPLIFIED)]);
    expect(damaged.length).toBeGreaterThan(64 * 1024);
    const d = decodeBytes(damaged);
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings).toEqual(['1 invalid byte sequence replaced with U+FFFD (not valid UTF-8)']);
    const gbk = iconv.encode(SIMPLIFIED.repeat(3000), 'gbk');
    expect(decodeBytes(gbk)).toMatchObject({ encoding: 'gb18030', text: SIMPLIFIED.repeat(3000), warnings: [] });
  });

  it('utf8Prefix never ends inside a multi-byte character', () => {
    const bytes = Buffer.from('出口'.repeat(10)); // 3 bytes a character
    expect(utf8Prefix(bytes, 7)).toEqual(bytes.subarray(0, 6));
    expect(utf8Prefix(bytes, 6)).toEqual(bytes.subarray(0, 6));
    expect(utf8Prefix(bytes, 5)).toEqual(bytes.subarray(0, 3));
    expect(utf8Prefix(bytes, 100)).toBe(bytes);
  });
});
