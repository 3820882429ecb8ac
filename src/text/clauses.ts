// Clauses: the stretches of a sentence between commas, semicolons and colons, the one definition
// every stage reads. The linker looks for a figure's metric, basis and (first) its period and
// region inside its own clause; the rate rules read whether a figure is a change in its inner
// clause, which a bracket or a quotation mark also ends: the words of a note or a quotation do
// not govern a figure outside it, nor the words outside one a figure inside it.

const CLAUSE_BREAK = new Set(['，', ',', '；', ';', '：', ':', '。', '！', '？', '!', '?', '\n']);
/** a bracket or quotation mark: it opens or closes a note or a quotation inside a clause */
const NOTE_MARK = new Set(['（', '(', ')', '）', '“', '”', '"']);

const DIGIT = /[0-9]/;
/** True when text[i] ends a clause: a break character, except the comma of 4,467 and the colon of 9:30. */
function breaksAt(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  if (!CLAUSE_BREAK.has(ch)) return false;
  return !((ch === ',' || ch === ':') && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? ''));
}

/** Start of the clause holding index `at` (just after the previous break). */
export function clauseStart(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && !breaksAt(text, i)) i--;
  return i + 1;
}

/** Start of the inner clause holding index `at`: its clause, ended also by a bracket or quotation mark; looking back no further than `floor`. */
export function innerClauseStart(text: string, at: number, floor = 0): number {
  let i = at - 1;
  while (i >= floor && !breaksAt(text, i) && !NOTE_MARK.has(text[i] ?? '')) i--;
  return i + 1;
}

/** End of the clause holding index `at` (the next break, exclusive). */
export function clauseEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !breaksAt(text, i)) i++;
  return i;
}

export interface Span {
  start: number;
  end: number;
}

/** Every clause of a sentence, in order, with empty ones dropped. */
export function clausesOf(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || breaksAt(text, i)) {
      if (i > start) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return spans;
}

/** Index of the clause that holds position `at`, or -1. */
export const clauseIndexOf = (clauses: Span[], at: number): number => clauses.findIndex((c) => at >= c.start && at < c.end);

/** True when `at` lies inside 《…》 (a title: its dates and places do not govern figures). */
export function insideTitle(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open >= 0 && text.lastIndexOf('》', at) < open;
}
