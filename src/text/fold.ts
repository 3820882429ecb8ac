import * as OpenCC from 'opencc-js/t2cn';
import type { Script } from '../schema/document.js';
import { isHanCode } from '../chars/han.js';

// The match view: what the rules read. Length-preserving by construction (each UTF-16 unit maps
// to exactly one unit), so offsets found in the view are offsets into the plain text.

let toSimplified: ((s: string) => string) | null = null;

/**
 * Simplified form of each BMP code unit, looked up lazily: 0 means not asked yet. The converter
 * (slow: tens of microseconds a call) sees each distinct character once per process.
 */
const simplified = new Uint16Array(0x10000);

/**
 * Simplified forms the Taiwan-to-mainland converter still changes (it reads 么, the Simplified 麼,
 * as a variant of 幺): already Simplified, so kept, and no Traditional evidence. The characters whose
 * Traditional form folds back to them among those it changes (tests/text/fold.test.ts derives them).
 */
const SIMPLIFIED_FORMS = new Set(['么', '苧']);

function simplifyCode(code: number): number {
  const cached = simplified[code]!; // a UTF-16 unit: code < 0x10000, the table's length
  if (cached !== 0) return cached;
  const ch = String.fromCharCode(code);
  if (SIMPLIFIED_FORMS.has(ch)) return (simplified[code] = code);
  // opencc-js's declarations import './core' without an extension, which NodeNext cannot resolve,
  // so its converter reads as any: the type is stated here
  const convert = (toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' }) as (s: string) => string);
  const converted = convert(ch) ?? ch;
  // a conversion that changes length would break offsets; keep the character then
  const out = converted.length === 1 ? converted.charCodeAt(0) : code;
  simplified[code] = out;
  return out;
}

/** Full-width ASCII forms (digits, letters, ％．／－＋～ …) become ASCII; U+3000 becomes a space. */
function foldWidth(code: number): number {
  if (code === 0x3000) return 0x20;
  if (code >= 0xff01 && code <= 0xff5e) {
    // keep full-width CJK punctuation that carries clause meaning (，；：！？（）) as written
    switch (code) {
      case 0xff0c:
      case 0xff1b:
      case 0xff1a:
      case 0xff01:
      case 0xff1f:
      case 0xff08:
      case 0xff09:
        return code;
    }
    return code - 0xfee0;
  }
  return code;
}

export interface Folded {
  match: string;
  script: Script;
}

/** Code units of the match view being built, a chunk at a time (a long document's view is not held twice). */
const CHUNK = 8192;
const units = new Uint16Array(CHUNK);

export function fold(text: string): Folded {
  const length = text.length;
  const out = units;
  let han = 0;
  let changed = 0;
  let widths = 0;
  const parts: string[] = [];
  for (let from = 0; from < length; from += CHUNK) {
    const to = Math.min(length, from + CHUNK);
    const before = changed + widths;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      let folded = code;
      // nothing below U+3000 folds: Latin text, digits and most punctuation are copied as they are
      if (code >= 0x3000) {
        if (isHanCode(code)) {
          han++;
          folded = simplifyCode(code);
          if (folded !== code) changed++;
        } else {
          folded = foldWidth(code);
          if (folded !== code) widths++;
        }
      }
      out[i - from] = folded;
    }
    // a chunk that folds to itself is a slice of the text, not a copy
    parts.push(changed + widths === before ? text.slice(from, to) : String.fromCharCode.apply(null, out.subarray(0, to - from) as unknown as number[]));
  }
  // Traditional text changes a sizeable share of its characters (about 1 in 4 or more);
  // Simplified text changes almost none (a few variant forms at most).
  const script: Script = han > 0 && changed / han > 0.05 ? 'traditional' : 'simplified';
  if (changed === 0 && widths === 0) return { match: text, script };
  return { match: parts.length === 1 ? parts[0]! : parts.join(''), script };
}

/** The match view of a string, for tests and for callers that already know it is one sentence. */
export const foldText = (text: string): string => fold(text).match;
