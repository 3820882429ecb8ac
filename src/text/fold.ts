import * as OpenCC from 'opencc-js/t2cn';
import type { Script } from '../schema/document.js';

// The match view: what the rules read. Length-preserving by construction (each UTF-16 unit maps
// to exactly one unit), so offsets found in the view are offsets into the plain text.

let toSimplified: ((s: string) => string) | null = null;
const charCache = new Map<string, string>();

function simplifyChar(ch: string): string {
  const cached = charCache.get(ch);
  if (cached !== undefined) return cached;
  const convert = (toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  const converted: string = convert(ch) ?? ch;
  // a conversion that changes length would break offsets; keep the character then
  const out: string = converted.length === ch.length ? converted : ch;
  charCache.set(ch, out);
  return out;
}

const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);

/** Full-width ASCII forms (digits, letters, ％．／－＋～ …) become ASCII; U+3000 becomes a space. */
function foldWidth(code: number): number {
  if (code === 0x3000) return 0x20;
  // keep full-width CJK punctuation that carries clause meaning (，；：！？（）) as written
  if (code >= 0xff01 && code <= 0xff5e) {
    const ascii = code - 0xfee0;
    if (',;:!?()'.includes(String.fromCharCode(ascii))) return code;
    return ascii;
  }
  return code;
}

export interface Folded {
  match: string;
  script: Script;
}

export function fold(text: string): Folded {
  const out: string[] = new Array(text.length);
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHan(code)) {
      han++;
      const ch = text[i];
      const s = simplifyChar(ch);
      if (s !== ch) changed++;
      out[i] = s;
    } else {
      out[i] = String.fromCharCode(foldWidth(code));
    }
  }
  // Traditional text changes a sizeable share of its characters (about 1 in 4 or more);
  // Simplified text changes almost none (a few variant forms at most).
  const script: Script = han > 0 && changed / han > 0.05 ? 'traditional' : 'simplified';
  return { match: out.join(''), script };
}

/** The match view of a string, for tests and for callers that already know it is one sentence. */
export const foldText = (text: string): string => fold(text).match;
