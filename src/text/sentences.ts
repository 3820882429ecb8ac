/**
 * One sentence of a document. `text` is the plain text as written; `match` is the folded view
 * the rules run on (Traditional→Simplified, full-width→ASCII). Folding is length-preserving,
 * so an index into `match` is an index into `text`, and `start + i` is an index into the plain text.
 */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  match: string;
}

// Sentence ends: Chinese and ASCII terminal punctuation, semicolons, line breaks, and runs of
// two or more spaces (paragraph indentation such as 　　 inside one physical line).
// Read by code unit: indexing a string for one-character strings allocates a string for every
// Chinese character, which showed in the profile as garbage-collector time.

/** 。！？!?；; */
const isTerminal = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0xff1b || c === 0x3b;
/** ”’」』"'）)》】 */
const isCloser = (c: number): boolean => c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0x22 || c === 0x27 || c === 0xff09 || c === 0x29 || c === 0x300b || c === 0x3011;
/** What the regular expression `\s` matches. */
const isSpace = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const MAX_SENTENCE = 2000;

/** Splits plain text (with its match view) into trimmed sentences with plain-text offsets. */
export function splitSentences(text: string, match: string): Sentence[] {
  return [...sentencesOf(text, match)];
}

/** The sentences of splitSentences one at a time, so a long document need not hold them all. */
export function* sentencesOf(text: string, match: string): Generator<Sentence> {
  const length = match.length;
  let begin = 0;
  const trimmed = (from: number, to: number): Sentence | null => {
    while (from < to && isSpace(match.charCodeAt(from))) from++;
    while (to > from && isSpace(match.charCodeAt(to - 1))) to--;
    return to > from ? { start: from, end: to, text: text.slice(from, to), match: match.slice(from, to) } : null;
  };
  let s: Sentence | null;
  for (let i = 0; i < length; i++) {
    const c = match.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      if ((s = trimmed(begin, i))) yield s;
      begin = i + 1;
    } else if (isTerminal(c)) {
      let j = i + 1;
      while (j < length && (isTerminal(match.charCodeAt(j)) || isCloser(match.charCodeAt(j)))) j++;
      if ((s = trimmed(begin, j))) yield s;
      begin = j;
      i = j - 1;
    } else if (c === 0x20 && match.charCodeAt(i + 1) === 0x20 && i > begin) {
      if ((s = trimmed(begin, i))) yield s;
      begin = i;
    } else if (i - begin >= MAX_SENTENCE && (c === 0x2c || c === 0xff0c || c === 0x20)) {
      // a runaway "sentence" (a dump without punctuation) is cut at a comma to keep rules local
      if ((s = trimmed(begin, i + 1))) yield s;
      begin = i + 1;
    } else if (i - begin >= MAX_SENTENCE * 4) {
      if ((s = trimmed(begin, i))) yield s;
      begin = i;
    }
  }
  if ((s = trimmed(begin, length))) yield s;
}

/** A one-sentence view of a string, for extractor tests and corpora. */
export function sentenceOf(text: string, match: string): Sentence {
  return { start: 0, end: text.length, text, match };
}
