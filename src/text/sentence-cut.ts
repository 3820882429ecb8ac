// A fact's `sentence` field is the sentence that holds it, but a "sentence" can be a whole
// table row or a 5 MB line of figures without a full stop: written on every one of its facts
// it would make output grow with the square of the line (CONTRACT.md v1.1). A sentence longer
// than MAX_SENTENCE is cut to the clauses around the expression.

/** The longest `sentence` a fact carries (UTF-16 code units). */
export const MAX_SENTENCE = 500;

/** Characters that end a clause inside a sentence; the cut falls just after one. */
const CLAUSE_END = /[，,；;：:、。！？!?…\t\n]/g;

/** Start offsets of the clauses of `text` (0 first), in order. */
export function clauseStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(CLAUSE_END)) {
    const after = m.index + m[0].length;
    if (after < text.length) starts.push(after);
  }
  return starts;
}

/** Index of the last element of sorted `starts` that is ≤ `offset`. */
function clauseAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset)
      lo = mid; // lo < mid ≤ hi < starts.length
    else hi = mid - 1;
  }
  return lo;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The part of `text` written as the sentence of the expression at [start, end): the whole text
 * when it has at most `max` characters; else the clauses holding the expression, widened clause
 * by clause (the one before first, then the one after) while they fit in `max`; a single clause
 * longer than `max` is cut to a window of `max` centred on the expression. Never splits a
 * surrogate pair; the expression is always inside (when it alone is longer than `max`, it is
 * returned by itself).
 */
export function cutSentence(text: string, start: number, end: number, max = MAX_SENTENCE, starts: readonly number[] = text.length > max ? clauseStarts(text) : [0]): string {
  if (text.length <= max) return text;
  if (end - start >= max) return text.slice(start, end);
  // the start of clause i, or the text's end for the clause after the last
  const bound = (i: number) => starts[i] ?? text.length;
  let first = clauseAt(starts, start);
  let last = clauseAt(starts, Math.max(start, end - 1));
  if (bound(last + 1) - bound(first) > max) return centredWindow(text, start, end, max);
  for (let widened = true; widened;) {
    widened = false;
    if (first > 0 && bound(last + 1) - bound(first - 1) <= max) {
      first--;
      widened = true;
    }
    if (last + 1 < starts.length && bound(last + 2) - bound(first) <= max) {
      last++;
      widened = true;
    }
  }
  return text.slice(bound(first), bound(last + 1));
}

function centredWindow(text: string, start: number, end: number, max: number): string {
  let from = Math.max(0, Math.min(start - ((max - (end - start)) >> 1), text.length - max));
  let to = from + max;
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
  return text.slice(from, to);
}

/**
 * The cut for every expression of one sentence: clause starts are found once, when the sentence
 * is long, not once per fact (a line of 100,000 figures would otherwise be read 100,000 times).
 */
export function sentenceCutter(text: string, max = MAX_SENTENCE): (start: number, end: number) => string {
  if (text.length <= max) return () => text;
  const starts = clauseStarts(text);
  return (start, end) => cutSentence(text, start, end, max, starts);
}
