import { isAscii, isUtf8, transcode } from 'node:buffer';
import { createRequire } from 'node:module';
import { InputError } from './errors.js';
import { frequentHan } from './frequent-han.js';
import { isHanChar } from '../chars/han.js';

// chardet and iconv-lite take a noticeable share of start-up; most archives are UTF-8, so they
// are loaded only when a file is not.
const require = createRequire(import.meta.url);
let iconvModule: typeof import('iconv-lite') | null = null;
const iconv = {
  decode: (...args: Parameters<typeof import('iconv-lite').decode>) => (iconvModule ??= require('iconv-lite') as typeof import('iconv-lite')).decode(...args),
};
const analyse = (sample: Uint8Array) => (require('chardet') as typeof import('chardet')).analyse(sample);

// Bytes → string. The encoding is detected, never assumed: a byte order mark wins, then
// strict UTF-8, then chardet's ranked guesses, checked by what each decoding produces.

export interface Decoded {
  text: string;
  /** the encoding used, as iconv-lite names it (`utf-8`, `utf-16le`, `gb18030`, `big5` …) */
  encoding: string;
  warnings: string[];
}

/** Bytes looked at for detection: enough for chardet, cheap on a 50 MB dump. */
const SAMPLE_BYTES = 64 * 1024;

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** Magic numbers of common binary formats that a mislabelled `.txt` may hold. */
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x50, 0x4b, 0x03, 0x04], // ZIP, docx, xlsx
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], // RAR
  [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], // SQLite
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE: .doc, .xls
];

function startsWithBytes(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

export function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  const bom = BOMS.find((b) => startsWithBytes(bytes, b.bytes));
  return bom ? { encoding: bom.encoding, length: bom.bytes.length } : null;
}

/**
 * Binary, not text: a known file signature, or control bytes in bulk (binary formats are
 * full of NULs). A few stray NULs in a text are tolerated: removed later, with a warning.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (BINARY_SIGNATURES.some((sig) => startsWithBytes(bytes, sig))) return true;
  const length = Math.min(bytes.length, SAMPLE_BYTES);
  let nul = 0;
  let control = 0;
  // an indexed loop: iterating the bytes with for…of costs several times more on every document
  // (i < length ≤ bytes.length, so bytes[i] is a byte)
  for (let i = 0; i < length; i++) {
    const b = bytes[i]!;
    if (b >= 0x20) continue;
    if (b === 0) nul++;
    else if (b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return nul > length / 20 || nul + control > length / 10;
}

const REPLACEMENT = '\uFFFD';

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1)) n++;
  return n;
}

const asBuffer = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

let transcodeWorks = true;

/**
 * Valid UTF-8 to a string. `transcode` to UTF-16LE (simdutf or ICU, by Node version) plus a
 * plain copy costs about a seventh of V8's UTF-8 decoder, which `toString('utf8')` and
 * TextDecoder both use; on valid bytes the string is the same. ASCII is copied as it is. Node
 * built without ICU has no working `transcode`: then the decoder.
 */
function validUtf8ToString(bytes: Buffer): string {
  if (isAscii(bytes)) return bytes.toString('latin1');
  if (transcodeWorks) {
    try {
      return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
    } catch {
      transcodeWorks = false;
    }
  }
  return bytes.toString('utf8');
}

/** The text, or null when the bytes are not valid UTF-8 (a leading BOM is kept as U+FEFF). */
function strictUtf8(bytes: Uint8Array): string | null {
  const buffer = asBuffer(bytes);
  return isUtf8(buffer) ? validUtf8ToString(buffer) : null;
}

function lenientUtf8(bytes: Uint8Array): string {
  return strictUtf8(bytes) ?? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** At most `max` bytes from the start, not ending inside a UTF-8 sequence (which would decode as damage). */
export function utf8Prefix(bytes: Uint8Array, max: number): Uint8Array {
  if (bytes.length <= max) return bytes;
  let end = max;
  // back over continuation bytes (10xxxxxx) to the lead byte of the sequence the cut falls in
  // (end ≤ max < bytes.length, so bytes[end] is a byte)
  for (let back = 0; back < 3 && end > 0 && (bytes[end]! & 0xc0) === 0x80; back++) end--;
  return bytes.subarray(0, end);
}

/**
 * UTF-8 with a few damaged bytes (a truncated download, a bad splice) rather than another
 * encoding: at most one bad sequence per ten characters that decode. GBK or Big5 read as UTF-8 fail on
 * most of their double-byte pairs, so they stay far below this bar.
 */
export function isMostlyUtf8(text: string): boolean {
  let nonAscii = 0;
  let bad = 0;
  for (const ch of text) {
    if (ch === REPLACEMENT) bad++;
    else if (ch.charCodeAt(0) > 0x7f) nonAscii++;
  }
  return nonAscii >= 4 && bad * 10 <= nonAscii;
}

let commonHanCache: Set<string> | null = null;

/**
 * The Han characters in everyday use, read from the encoding tables themselves: GB2312 level 1
 * (3755 simplified, rows B0–D7) and Big5's 常用字 block (5401 traditional, A440–C67E).
 * A wrong decoding of Chinese bytes lands mostly outside both.
 */
export function commonHan(): Set<string> {
  if (commonHanCache) return commonHanCache;
  const set = new Set<string>();
  const addRange = (encoding: string, leadFrom: number, leadTo: number, trails: readonly [number, number][]) => {
    const bytes: number[] = [];
    for (let lead = leadFrom; lead <= leadTo; lead++) for (const [from, to] of trails) for (let t = from; t <= to; t++) bytes.push(lead, t);
    for (const ch of iconv.decode(Buffer.from(bytes), encoding)) if (isHanChar(ch)) set.add(ch);
  };
  addRange('gb2312', 0xb0, 0xd7, [[0xa1, 0xfe]]);
  addRange('big5', 0xa4, 0xc5, [
    [0x40, 0x7e],
    [0xa1, 0xfe],
  ]);
  addRange('big5', 0xc6, 0xc6, [[0x40, 0x7e]]);
  commonHanCache = set;
  return set;
}

/** Blocks a wrong GBK/Big5 decoding lands in: kana, bopomofo, Greek, Cyrillic, box drawing, small forms. */
const ODD_SYMBOLS = /[\u00A4-\u00A8\u02B0-\u02FF\u0370-\u04FF\u2150-\u218F\u2500-\u257F\u3040-\u312F\uFE30-\uFE6F]/u;

/**
 * How much a decoding looks like Chinese news: frequent characters count for it; replacements,
 * private use, odd symbols and rare Han against it.
 */
export function plausibility(text: string): number {
  let score = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) continue;
    let weight = charWeights.get(code);
    if (weight === undefined) charWeights.set(code, (weight = charWeight(ch, code)));
    score += weight;
  }
  return score;
}

// A text repeats its characters: each one's weight is worked out (sets, Unicode regexps) once.
const charWeights = new Map<number, number>();

function charWeight(ch: string, code: number): number {
  if (frequentHan().has(ch)) return 2;
  if (ch === REPLACEMENT || (code >= 0xe000 && code <= 0xf8ff) || (code >= 0x80 && code < 0xa0)) return -3;
  if (ODD_SYMBOLS.test(ch)) return -2;
  if (isHanChar(ch) && !commonHan().has(ch)) return -1;
  return 0;
}

/** chardet name → iconv-lite name, for the encodings the contract requires. */
const CHINESE_ENCODINGS: Readonly<Record<string, string>> = { GB18030: 'gb18030', Big5: 'big5' };
/** Other encodings taken only when chardet is sure and no Chinese decoding looks right. */
const OTHER_ENCODINGS: Readonly<Record<string, string>> = {
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  'ISO-8859-1': 'latin1',
  'windows-1252': 'windows-1252',
  'windows-1251': 'windows-1251',
};

/**
 * Chooses among chardet's ranked guesses for non-UTF-8 bytes. chardet alone confuses GBK
 * and Big5 on short texts, so both are always tried and the more plausible decoding wins
 * (chardet's rank, then GB18030, breaks ties).
 */
export function chooseLegacyEncoding(sample: Uint8Array): string {
  // both decodings and their scores are most of the cost: a short prefix where one reads as
  // Chinese and the other as damage settles it; anything less clear is judged on the whole sample
  if (sample.length > QUICK_SAMPLE_BYTES) {
    const quick = judgeChinese(sample.subarray(0, QUICK_SAMPLE_BYTES));
    const [winner, loser] = quick.gb.score > quick.big5.score ? [quick.gb, quick.big5] : [quick.big5, quick.gb];
    if (winner.score >= winner.nonAscii / 2 && loser.score < 0) return winner === quick.gb ? 'gb18030' : 'big5';
  }
  const { gb, big5 } = judgeChinese(sample);
  const judged = new Map([
    ['gb18030', gb],
    ['big5', big5],
  ]);
  // chardet (most of the cost of detection) only breaks a tie between the two Chinese decodings
  // or decides on another encoding when neither reads as Chinese: when one clearly wins, it is
  // the answer chardet's ranking would give too
  const leader = gb.score > big5.score ? gb : big5;
  if (gb.score !== big5.score && leader.score >= leader.nonAscii / 4) return leader === gb ? 'gb18030' : 'big5';
  const ranked = analyse(sample);
  const chinese = [...ranked.flatMap((m) => CHINESE_ENCODINGS[m.name] ?? []), 'gb18030', 'big5'];
  const candidates = [...new Set(chinese)];
  const scored = candidates.map((encoding, rank) => ({ encoding, rank, ...judged.get(encoding)! }));
  scored.sort((a, b) => b.score - a.score || a.rank - b.rank);
  // gb18030 and big5 are always candidates, so there is a best one
  const best = scored[0]!;
  const top = ranked[0];
  const other = top ? OTHER_ENCODINGS[top.name] : undefined;
  // A Latin or Japanese file read as Chinese has few frequent characters and many odd ones.
  if (top && other && top.confidence >= 50 && best.score < best.nonAscii / 4) return other;
  return best.encoding;
}

/** Bytes a legacy file is first judged on: about 2,000 Chinese characters. */
const QUICK_SAMPLE_BYTES = 4 * 1024;

interface Judgement {
  score: number;
  nonAscii: number;
}

/** The sample read as GB18030 and as Big5: how Chinese each reading looks. */
function judgeChinese(sample: Uint8Array): { gb: Judgement; big5: Judgement } {
  const bytes = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength);
  const judge = (encoding: string): Judgement => {
    const text = iconv.decode(bytes, encoding);
    return { score: plausibility(text), nonAscii: countNonAscii(text) };
  };
  return { gb: judge('gb18030'), big5: judge('big5') };
}

function countNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}

const ENCODING_LABELS: Readonly<Record<string, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030',
  big5: 'Big5',
};

function replacementWarning(count: number, encoding: string): string[] {
  if (count === 0) return [];
  const label = ENCODING_LABELS[encoding] ?? encoding;
  return [`${count} invalid byte sequence${count === 1 ? '' : 's'} replaced with U+FFFD (not valid ${label})`];
}

function decodeWith(bytes: Uint8Array, encoding: string): Decoded {
  const text = encoding === 'utf-8' ? lenientUtf8(bytes) : iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
  return { text, encoding, warnings: replacementWarning(countReplacements(text), encoding) };
}

/** Decodes a document's bytes. Throws InputError for binary or empty input. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return finish(decodeWith(bytes.subarray(bom.length), bom.encoding));
  if (bytes.length === 0) throw new InputError('empty document');
  if (looksBinary(bytes)) throw new InputError('binary file, not text');
  const strict = strictUtf8(bytes);
  if (strict !== null) return finish({ text: strict, encoding: 'utf-8', warnings: [] });
  // damaged UTF-8 or another encoding: decided on the first SAMPLE_BYTES (a large GBK file is
  // not decoded as UTF-8 in full only to be thrown away)
  if (isMostlyUtf8(new TextDecoder('utf-8', { ignoreBOM: true }).decode(utf8Prefix(bytes, SAMPLE_BYTES)))) {
    const lenient = lenientUtf8(bytes);
    return finish({ text: lenient, encoding: 'utf-8', warnings: replacementWarning(countReplacements(lenient), 'utf-8') });
  }
  return finish(decodeWith(bytes, chooseLegacyEncoding(bytes.subarray(0, SAMPLE_BYTES))));
}

/** Stray NULs and other C0 controls carry no text; they are removed and reported. */
function finish(decoded: Decoded): Decoded {
  // eslint-disable-next-line no-control-regex -- finding these controls is the point
  const controls = /[\u0000-\u0008\u000B\u000E-\u001F]/g;
  const found = decoded.text.match(controls);
  if (!found) return decoded;
  const nul = found.filter((c) => c === '\u0000').length;
  const what = nul === found.length ? `NUL character${nul === 1 ? '' : 's'}` : `control character${found.length === 1 ? '' : 's'}`;
  return {
    ...decoded,
    text: decoded.text.replace(controls, ''),
    warnings: [...decoded.warnings, `${found.length} ${what} removed`],
  };
}
