import type { Sentence } from '../extract/types.js';

// Sentence ends: Chinese and ASCII terminal punctuation, semicolons, line breaks, and runs of
// two or more spaces (paragraph indentation such as 　　 inside one physical line).
const TERMINAL = new Set(['。', '！', '？', '!', '?', '；', ';']);
const CLOSERS = new Set(['”', '’', '」', '』', '"', "'", '）', ')', '》', '】']);
const MAX_SENTENCE = 2000;

/** Splits plain text (with its match view) into trimmed sentences with plain-text offsets. */
export function splitSentences(text: string, match: string): Sentence[] {
  const sentences: Sentence[] = [];
  let begin = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(match[from])) from++;
    while (to > from && /\s/.test(match[to - 1])) to--;
    if (to > from) sentences.push({ start: from, end: to, text: text.slice(from, to), match: match.slice(from, to) });
  };
  for (let i = 0; i < match.length; i++) {
    const ch = match[i];
    if (ch === '\n' || ch === '\r') {
      push(begin, i);
      begin = i + 1;
    } else if (TERMINAL.has(ch)) {
      let j = i + 1;
      while (j < match.length && (TERMINAL.has(match[j]) || CLOSERS.has(match[j]))) j++;
      push(begin, j);
      begin = j;
      i = j - 1;
    } else if (ch === ' ' && match[i + 1] === ' ' && i > begin) {
      push(begin, i);
      begin = i;
    } else if (i - begin >= MAX_SENTENCE && (ch === ',' || ch === '，' || ch === ' ')) {
      // a runaway "sentence" (a dump without punctuation) is cut at a comma to keep rules local
      push(begin, i + 1);
      begin = i + 1;
    } else if (i - begin >= MAX_SENTENCE * 4) {
      push(begin, i);
      begin = i;
    }
  }
  push(begin, match.length);
  return sentences;
}

/** A one-sentence view of a string, for extractor tests and corpora. */
export function sentenceOf(text: string, match: string): Sentence {
  return { start: 0, end: text.length, text, match };
}
