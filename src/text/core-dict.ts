import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// jieba's full dictionary holds 349,000 words, and nodejieba builds its trie twice (once for the
// segmenter, once for a TextRank extractor zhfacts never uses): about 255 MB and 2–4 CPU-seconds
// per process or worker thread before the first sentence. Two thirds of the entries were seen
// fewer than ten times in jieba's training corpus — mostly person names, idioms and village
// names — and jieba's HMM segments such stretches about as well for finding what a figure
// measures. The core dictionary keeps the frequent words, plus two kinds of rare ones that
// zhfacts leans on: words holding a numeral or a digit, which the word-boundary filter needs to
// reject figures inside words (一日千里, 三角债, 万事通), and place names (tag ns: 义乌市, 路桥区),
// which keep a place from being glued to the metric after it (义乌市|进出口总值).

/** Entries seen at least this often in jieba's corpus are kept. */
export const CORE_MIN_FREQUENCY = 10;

const NUMERAL = /[0-9〇零一二两三四五六七八九十百千万亿半几]/;

/** Whether a line of jieba's dictionary (`word freq tag`) belongs to the core dictionary. */
export function isCoreEntry(line: string): boolean {
  const [word, freq, tag] = line.split(' ');
  if (!word) return false;
  return Number(freq) >= CORE_MIN_FREQUENCY || NUMERAL.test(word) || tag === 'ns';
}

/** The core dictionary made from the text of jieba's full one, in its order. */
export function coreDictionary(full: string): string {
  return (
    full
      .split('\n')
      .filter((line) => line !== '' && isCoreEntry(line))
      .join('\n') + '\n'
  );
}

/** jieba's full dictionary as installed with nodejieba. */
export function fullDictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/jieba.dict.utf8');
}

/** Where the core dictionary lives in the repository (resolved from src/ or dist/). */
export const CORE_DICT = fileURLToPath(new URL('../../src/link/lexicon/jieba-core.dict.utf8', import.meta.url));

// `npm run dict` rewrites the committed core dictionary from the installed full one.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = coreDictionary(readFileSync(fullDictionaryPath(), 'utf8'));
  writeFileSync(CORE_DICT, text);
  process.stderr.write(`wrote ${CORE_DICT}: ${text.split('\n').length - 1} words\n`);
}
