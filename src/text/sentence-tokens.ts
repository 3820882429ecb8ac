import { lookupTag, segment, type Token } from './segment.js';

// jieba (cppjieba's PreFilter) cuts a text into pieces at a few separator characters and
// segments each piece on its own, so the tokens of a piece cut alone are the tokens of the
// whole sentence there. A sentence is therefore segmented piece by piece, only where a rule or
// the linker looks: most pieces of a sentence that holds a figure are never read.

/** cppjieba's SPECIAL_SEPARATORS: space, tab, line feed, ， and 。 */
const isJiebaSeparator = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0xff0c || code === 0x3002;

interface Piece {
  start: number;
  end: number;
  /** offsets into the sentence */
  tokens: Token[];
}

/** The jieba tokens of one sentence (its match view), segmented a piece at a time on first use. */
export class SentenceTokens {
  private readonly pieceAt: (Piece | undefined)[];
  private readonly tokenAtOffset: (Token | undefined)[];

  constructor(readonly text: string) {
    this.pieceAt = new Array<Piece | undefined>(text.length);
    this.tokenAtOffset = new Array<Token | undefined>(text.length);
  }

  /** The bounds of the piece holding offset `at` (a separator is a piece of its own), without segmenting it. */
  boundsAt(at: number): [start: number, end: number] {
    const known = this.pieceAt[at];
    if (known) return [known.start, known.end];
    const text = this.text;
    if (isJiebaSeparator(text.charCodeAt(at))) return [at, at + 1];
    let start = at;
    while (start > 0 && !isJiebaSeparator(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && !isJiebaSeparator(text.charCodeAt(end))) end++;
    return [start, end];
  }

  isSegmented(at: number): boolean {
    return this.pieceAt[at] !== undefined;
  }

  /** The tokens of the piece holding offset `at` (0 ≤ at < text.length), offsets into the sentence. */
  piece(at: number): Piece {
    const known = this.pieceAt[at];
    if (known) return known;
    const [start, end] = this.boundsAt(at);
    const text = this.text.slice(start, end);
    // one character (a separator, mostly) is a word of its own: no need to ask jieba
    const tokens = end === start + 1 ? [{ word: text, tag: lookupTag(text), start, end }] : tile(segment(text, start), this.text, start, end);
    const piece: Piece = { start, end, tokens };
    for (const t of tokens) {
      for (let i = t.start; i < t.end; i++) {
        this.pieceAt[i] = piece;
        this.tokenAtOffset[i] = t;
      }
    }
    return piece;
  }

  /** The token holding offset `at` (0 ≤ at < text.length). */
  tokenAt(at: number): Token {
    return this.tokenAtOffset[at] ?? (this.piece(at), this.tokenAtOffset[at]!);
  }

  /** True when a token of the sentence starts at `at` (0 ≤ at < text.length). */
  startsAt(at: number): boolean {
    return this.tokenAt(at).start === at;
  }
}

/** jieba keeps every character, so its tokens tile a piece; should one ever be missing, the gap becomes a token of its own (tag x). */
function tile(tokens: Token[], text: string, start: number, end: number): Token[] {
  let at = start;
  for (const t of tokens) {
    if (t.start !== at) break;
    at = t.end;
  }
  if (at === end) return tokens;
  const out: Token[] = [];
  at = start;
  const gap = (to: number) => out.push({ word: text.slice(at, to), tag: 'x', start: at, end: to });
  for (const t of tokens) {
    if (t.start > at) gap(t.start);
    out.push(t);
    at = t.end;
  }
  if (at < end) gap(end);
  return out;
}
