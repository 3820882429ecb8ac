import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpora } from '../../src/extract/corpora.js';
import { tableCorpus } from '../../src/extract/table/corpus.js';

// The corpora are the tests' data: the registry imports rules only, so the bundled command line
// (dist/bundle/, built by `npm run build`, which `npm test` runs first) holds no example sentence.

const BUNDLE = ['main.js', 'worker.js'].map((name) => new URL(`../../dist/bundle/${name}`, import.meta.url));

/** Every sentence of the extraction corpora long enough not to be a word list's entry by chance. */
function corpusSentences(): string[] {
  const sentences: string[] = [];
  for (const corpus of Object.values(corpora)) {
    for (const [sentence] of corpus.examples) sentences.push(sentence);
    sentences.push(...corpus.negative);
  }
  for (const example of tableCorpus) sentences.push(example.name);
  return sentences.filter((s) => s.length >= 12);
}

/** The bundle's text with esbuild's escapes of non-ASCII characters (\\uXXXX, \\u{XXXXX}) read back. */
const unescaped = (code: string): string =>
  code.replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g, (_, long: string | undefined, short: string | undefined) => String.fromCodePoint(parseInt(long ?? short ?? '', 16)));

describe('the bundle holds no corpus', () => {
  const sentences = corpusSentences();

  it('has corpus sentences to look for', () => {
    expect(sentences.length).toBeGreaterThan(500);
  });

  it.each(BUNDLE.map((url) => [url.pathname.split('/').pop(), url] as const))('%s contains no corpus sentence', (_name, url) => {
    const bundle = unescaped(readFileSync(url, 'utf8'));
    // the file read is the bundled code: it holds the wording of a read error, from src/input/errors.ts
    expect(bundle).toContain('symlink loop, not followed');
    expect(bundle).toContain('万亿'); // and its Chinese is read back from esbuild's escapes
    expect(sentences.filter((s) => bundle.includes(s))).toEqual([]);
  });
});
