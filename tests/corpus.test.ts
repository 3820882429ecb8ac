import { describe, expect, it } from 'vitest';
import { extractorsFor } from '../src/extract/registry.js';
import { TYPE_PRIORITY } from '../src/extract/priority.js';
import { corpora } from '../src/extract/corpora.js';
import { removeOverlaps } from '../src/extract/overlaps.js';
import { foldText } from '../src/text/fold.js';
import { sentenceOf } from '../src/text/sentences.js';
import type { Candidate } from '../src/extract/types.js';

// Every fact type's corpus is its test suite: each example states a sentence and every fact of
// that type it must yield (exact count, each compared field by field, `text` included);
// each negative example must yield nothing of that type.
// Rules of all types run together, as in the pipeline, so that overlaps between types are tested.

const allExtractors = extractorsFor();

function run(sentence: string, refDate: string | null, localMoney: string | null = null): (Candidate & { text: string })[] {
  const s = sentenceOf(sentence, foldText(sentence));
  const found = allExtractors.flatMap((x) => x.extract(s, { refDate, localMoney }));
  return removeOverlaps(found).map((c) => ({ ...c, text: sentence.slice(c.start, c.end) }));
}

const withCorpus = TYPE_PRIORITY.map((type) => ({ type, corpus: corpora[type] })).filter(({ corpus }) => corpus.examples.length + corpus.negative.length > 0);

describe.each(withCorpus)('$type corpus', ({ type, corpus }) => {
  if (corpus.examples.length > 0) {
    it.each(corpus.examples)('%s', (sentence, expected, options) => {
      const facts = run(sentence, options?.refDate ?? null, options?.localMoney ?? null).filter((f) => f.type === type);
      expect(facts.map((f) => f.text)).toEqual(expected.map((e) => e.text));
      facts.forEach((f, i) => expect(f).toMatchObject(expected[i]!)); // as many as expected: checked above
    });
  }
  if (corpus.negative.length > 0) {
    it.each(corpus.negative)('yields no %s: %s', (sentence) => {
      expect(run(sentence, '2024-06-15').filter((f) => f.type === type)).toEqual([]);
    });
  }
});
