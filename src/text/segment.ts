import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CORE_DICT } from './core-dict.js';
import { mainEntries, TagTable, userEntries } from './tag-table.js';

// nodejieba aborts the whole process on a malformed dictionary line, and loading its full
// dictionaries costs about 255 MB and seconds; so it is loaded lazily, once, with the core
// dictionary (core-dict.ts), and user dictionaries are validated here before it ever sees them.

export interface Token {
  word: string;
  /** part of speech from jieba (n, v, vn, m, q, ns, x …) */
  tag: string;
  start: number;
  end: number;
}

type Jieba = typeof import('nodejieba');
const require = createRequire(import.meta.url);

/** The domain dictionary shipped in the repo (src/link/lexicon), resolved from src/ or dist/. */
export const DOMAIN_DICT = fileURLToPath(new URL('../../src/link/lexicon/user.dict.utf8', import.meta.url));

// nodejieba.load also builds a keyword extractor from a 5.8 MB IDF table and a stop-word list;
// zhfacts never extracts keywords, so one-line stand-ins save about a third of the load.
const lexicon = (name: string) => fileURLToPath(new URL(`../../src/link/lexicon/${name}`, import.meta.url));
const IDF_STUB = lexicon('idf.stub.utf8');
const STOP_WORDS_STUB = lexicon('stop-words.stub.utf8');

let jieba: Jieba | null = null;
let tags: TagTable | null = null;
const extraDicts: string[] = [];

/** One line of a jieba user dictionary: `word`, `word tag` or `word freq tag`. */
const DICT_LINE = /^\S+(?:[ \t]+\d+)?(?:[ \t]+[A-Za-z]+)?[ \t]*$/;

/**
 * The first line of a user dictionary's text that jieba would choke on (it aborts the whole
 * process on a malformed dictionary), as `line N: …`, or null when every line is fine. Reading the
 * file and wording its read errors is the input stage's (input/user-dict.ts).
 */
export function userDictLineProblem(text: string): string | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    if (!DICT_LINE.test(line)) return `${i + 1}: not "word [freq] [tag]": ${JSON.stringify(line.slice(0, 40))}`;
  }
  return null;
}

/** Adds a user dictionary (its path, and its text as read and checked); must be called before the first segmentation. */
export function addUserDict(path: string, text: string): void {
  if (jieba) throw new Error('user dictionaries must be added before segmentation starts');
  const problem = userDictLineProblem(text);
  if (problem) throw new Error(`${path}:${problem}`);
  extraDicts.push(path);
}

/**
 * The main dictionary: the core one, or another named by ZHFACTS_JIEBA_DICT (a path, or `full`
 * for jieba's own) for users who trade start-up time and memory for jieba's rare words.
 */
function mainDictionary(): string {
  const chosen = process.env.ZHFACTS_JIEBA_DICT;
  if (!chosen) return CORE_DICT;
  if (chosen === 'full') return (require('nodejieba') as Jieba & { DEFAULT_DICT: string }).DEFAULT_DICT;
  return chosen;
}

/** The main dictionary's path, for the input stage to check (input/user-dict.ts). */
export const mainDictionaryPath = (): string => mainDictionary();

function load(): Jieba {
  if (!jieba) {
    // the CLI has said why in its words (input/user-dict.ts); a library caller gets the path
    if (!existsSync(mainDictionary())) throw new Error(`ZHFACTS_JIEBA_DICT: ${mainDictionary()}: no such file or directory`);
    const j = require('nodejieba') as Jieba;
    const dicts = [DOMAIN_DICT, ...extraDicts].filter((p) => existsSync(p));
    const main = mainDictionary();
    j.load({ dict: main, userDict: dicts.join('|'), idfDict: IDF_STUB, stopWordDict: STOP_WORDS_STUB });
    tags = tagTable(main, dicts);
    jieba = j;
  }
  return jieba;
}

// jieba.tag costs about twice jieba.cut: it builds a {word, tag} object per token in C++ and
// copies two strings each across to JavaScript. The tag it gives is a plain dictionary lookup
// (cppjieba PosTagger::LookupTag), so zhfacts cuts with the same segmenter (MixSegment, HMM on)
// and looks the tags up here, in a table read from the same files in the same order.

/** Word → tag as cppjieba's trie holds them: the main dictionary, then user dictionaries, later lines winning. */
function tagTable(mainDict: string, userDicts: readonly string[]): TagTable {
  return new TagTable([{ text: readFileSync(mainDict, 'utf8'), entries: mainEntries }, ...userDicts.map((p) => ({ text: readFileSync(p, 'utf8'), entries: userEntries }))]);
}

/** The tag cppjieba gives a word: its dictionary tag, else m (ASCII digits), eng (other ASCII) or x. */
export function lookupTag(word: string): string {
  const tag = tags?.get(word);
  if (tag) return tag;
  // cppjieba's SpecialRule: looks at code points until half of them have been seen to be ASCII
  let count = 0;
  for (let i = 0; i < word.length; i += word.codePointAt(i)! > 0xffff ? 2 : 1) count++;
  const half = Math.floor(count / 2);
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < word.length && ascii < half;) {
    const code = word.codePointAt(i)!;
    if (code < 0x80) {
      ascii++;
      if (code >= 0x30 && code <= 0x39) digits++;
    }
    i += code > 0xffff ? 2 : 1;
  }
  if (ascii === 0) return 'x';
  return digits === ascii ? 'm' : 'eng';
}

export const isSegmenterLoaded = () => jieba !== null;

/** Segments one sentence (its match view) into tagged tokens with offsets into that string, plus `base`. */
export function segment(text: string, base = 0): Token[] {
  const words = load().cut(text, true);
  const tokens: Token[] = [];
  let pos = 0;
  for (const word of words) {
    // jieba keeps every character, so tokens tile the input; re-find defensively if not
    const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
    if (at < 0) continue;
    tokens.push({ word, tag: lookupTag(word), start: base + at, end: base + at + word.length });
    pos = at + word.length;
  }
  return tokens;
}
