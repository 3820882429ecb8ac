// Word → part-of-speech tag for every word of jieba's dictionaries, as cppjieba's trie holds them.
// Every worker thread keeps one, so it is built to be small: a Map of the core dictionary's 133,000
// words added about 42 MB to a thread's resident size, while this table, which keeps the
// dictionary text itself as its store and indexes it with typed arrays, adds about 20 MB.
// Its indexes are in range by construction (the `!` below): a slot is masked to the slot table's
// size, and an entry index (a held slot − 1) is below `size`, which never passes the capacity.

/** One dictionary entry of a line: where its word sits in the text, and its tag. */
interface Entry {
  wordStart: number;
  wordEnd: number;
  tag: string;
}

export class TagTable {
  private readonly store: string;
  private readonly starts: Int32Array;
  private readonly lengths: Uint16Array;
  private readonly tagIds: Uint16Array;
  private readonly tagNames: string[] = [];
  private readonly tagIdOf = new Map<string, number>();
  /** open addressing over entry indices + 1 (0: empty slot) */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private size = 0;

  /**
   * The dictionaries in load order, each with the reader of its lines. Later entries for the same
   * word win, as in cppjieba (the user dictionaries after the main one).
   */
  constructor(sources: readonly { text: string; entries: (text: string) => Iterable<Entry> }[]) {
    // one store for all texts, so every word is a (start, length) pair into it
    const texts = sources.map((s) => s.text);
    this.store = texts.join('\n');
    let capacity = 0;
    for (const t of texts) capacity += countLines(t);
    this.starts = new Int32Array(capacity);
    this.lengths = new Uint16Array(capacity);
    this.tagIds = new Uint16Array(capacity);
    let slotCount = 1024;
    while (slotCount < capacity * 2) slotCount *= 2;
    this.slots = new Int32Array(slotCount);
    this.mask = slotCount - 1;
    let offset = 0;
    for (const { text, entries } of sources) {
      for (const e of entries(text)) this.insert(offset + e.wordStart, e.wordEnd - e.wordStart, e.tag);
      offset += text.length + 1;
    }
  }

  /** The word's tag ('' when its entry has none), or undefined when the word is not in the dictionaries. */
  get(word: string): string | undefined {
    const index = this.find(word, 0, word.length);
    return index < 0 ? undefined : this.tagNames[this.tagIds[index]!];
  }

  private insert(start: number, length: number, tag: string): void {
    if (length === 0 || length > 0xffff) return;
    let id = this.tagIdOf.get(tag);
    if (id === undefined) {
      id = this.tagNames.push(tag) - 1;
      this.tagIdOf.set(tag, id);
    }
    let slot = hash(this.store, start, length) & this.mask;
    for (;;) {
      const held = this.slots[slot]!;
      if (held === 0) break;
      if (this.sameWord(held - 1, this.store, start, length)) {
        this.tagIds[held - 1] = id;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    const index = this.size++;
    this.starts[index] = start;
    this.lengths[index] = length;
    this.tagIds[index] = id;
    this.slots[slot] = index + 1;
  }

  private find(text: string, start: number, length: number): number {
    let slot = hash(text, start, length) & this.mask;
    for (;;) {
      const held = this.slots[slot]!;
      if (held === 0) return -1;
      if (this.sameWord(held - 1, text, start, length)) return held - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  private sameWord(index: number, text: string, start: number, length: number): boolean {
    if (this.lengths[index] !== length) return false;
    const from = this.starts[index]!;
    for (let k = 0; k < length; k++) if (this.store.charCodeAt(from + k) !== text.charCodeAt(start + k)) return false;
    return true;
  }
}

/** FNV-1a over UTF-16 code units. */
function hash(text: string, start: number, length: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < length; k++) h = Math.imul(h ^ text.charCodeAt(start + k), 0x01000193);
  return h >>> 0;
}

function countLines(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/** Lines of a text as cppjieba reads them with getline: split on \n only, \r kept. */
function* linesOf(text: string): Generator<{ start: number; end: number }> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    yield { start, end };
    start = end + 1;
  }
}

/** Entries of jieba's main dictionary: every line is exactly `word freq tag` (cppjieba aborts otherwise). */
export function* mainEntries(text: string): Generator<Entry> {
  for (const { start, end } of linesOf(text)) {
    const a = text.indexOf(' ', start);
    const b = a < 0 ? -1 : text.indexOf(' ', a + 1);
    if (a > start && b > a && b < end) yield { wordStart: start, wordEnd: a, tag: text.slice(b + 1, end) };
  }
}

/** Entries of a user dictionary: lines split on single spaces, `word`, `word tag` or `word freq tag`; empty lines skipped. */
export function* userEntries(text: string): Generator<Entry> {
  for (const { start, end } of linesOf(text)) {
    if (end === start) continue;
    // split gives at least one part, the word; the tag is the last of at most two parts after it
    const [word = '', ...rest] = text.slice(start, end).split(' ');
    if (rest.length > 2) continue;
    yield { wordStart: start, wordEnd: start + word.length, tag: rest.at(-1) ?? '' };
  }
}
