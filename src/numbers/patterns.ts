// Every regex the figure rules use is built here, so that two guarantees hold for all of them:
// 1. bounded: no `*`, `+` or `{n,}` — each match attempt reads a bounded number of characters,
//    so a global scan over a sentence is linear in its length (no catastrophic backtracking);
// 2. metered: every exec is counted in `work`, which the linear-time property test reads.

import { isHanChar } from '../chars/han.js';
import { escapeRegExp } from '../chars/words.js';

/** Work done by the figure rules: regex executions plus characters in the bounded windows they read. */
export const work = { steps: 0 };

/** Registry of every pattern built, for the boundedness test. */
export const patterns: RegExp[] = [];

/** True when a regex source has an unbounded quantifier outside a character class. */
export function isUnbounded(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '*' || c === '+') return true;
    if (c === '{' && /^\{\d+,\}/.test(source.slice(i, i + 12))) return true;
  }
  return false;
}

/** Builds a registered, bounded regex; throws at load time if the source is unbounded. */
export function pattern(source: string, flags = ''): RegExp {
  if (isUnbounded(source)) throw new Error(`unbounded pattern: ${source.slice(0, 80)}`);
  const re = new RegExp(source, flags);
  patterns.push(re);
  return re;
}

/**
 * Like alternation, for unit words: one space may stand between two Han characters of a word
 * (`1,368万标 箱`, text broken by PDFs and web pages). Callers strip spaces from what matched.
 */
export function unitAlternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => [...w].map((c, i) => (i > 0 && isHanChar(c) && isHanChar(w[i - 1] ?? '') ? ' ?' : '') + escapeRegExp(c)).join(''))
    .join('|');
}

/** A sticky match of `re` exactly at index `i` of `s`. */
export function matchAt(re: RegExp, s: string, i: number): RegExpExecArray | null {
  work.steps++;
  re.lastIndex = i;
  return re.exec(s);
}

/** All matches of a global regex over `s`, in order. */
export function* matchAll(re: RegExp, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (;;) {
    work.steps++;
    const m = re.exec(s);
    if (!m) return;
    work.steps += m[0].length;
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}

/**
 * All matches of a sticky regex over `s`, in order, as a global scan of the same pattern would
 * find them, given `starts`: every character a match can start with. The regex runs only at those
 * characters; the text in between is skipped with a table lookup.
 */
export function matchAllAt(re: RegExp, s: string, starts: Uint8Array): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let i = 0; i < s.length;) {
    if (starts[s.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    const m = matchAt(re, s, i);
    if (!m || m[0].length === 0) {
      i++;
      continue;
    }
    work.steps += m[0].length;
    out.push(m);
    i += m[0].length;
  }
  return out;
}

/** The at most `n` characters of `s` before index `i` (a bounded look-back window). */
export function before(s: string, i: number, n: number): string {
  const w = s.slice(Math.max(0, i - n), i);
  work.steps += w.length;
  return w;
}

/** The at most `n` characters of `s` from index `i`. */
export function after(s: string, i: number, n: number): string {
  const w = s.slice(i, i + n);
  work.steps += w.length;
  return w;
}

/** A lookup table of UTF-16 code units (all BMP) for `chars`: 1 where a character is one of them. */
export function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const c of chars) {
    if (c.length !== 1) throw new Error(`not a BMP character: ${c}`);
    t[c.charCodeAt(0)] = 1;
  }
  return t;
}

/** The table of the first characters of `words` (what an alternation of them can start with). */
export const firstChars = (words: readonly string[]): Uint8Array => charTable(words.map((w) => w[0]).join(''));

/** Whether `s` holds one of the characters of `table` (a linear scan, no regex). */
export function hasAny(s: string, table: Uint8Array): boolean {
  for (let i = 0; i < s.length; i++) if (table[s.charCodeAt(i)] === 1) return true;
  return false;
}
