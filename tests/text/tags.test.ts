import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lookupTag, segment } from '../../src/text/segment.js';
import { countCorpus } from '../../src/extract/count/corpus.js';
import { dateCorpus } from '../../src/extract/date/corpus.js';
import { rateCorpus } from '../../src/extract/rate/corpus.js';
import { measureCorpus } from '../../src/extract/measure/corpus.js';
import { moneyCorpus } from '../../src/extract/money/corpus.js';

// zhfacts cuts with jieba and looks the part-of-speech tags up itself (segment.ts); the result
// must be exactly what jieba.tag gives, word for word and tag for tag, on any text.

const jieba = createRequire(import.meta.url)('nodejieba') as typeof import('nodejieba');
const plainDir = new URL('../../fixtures/gold/plain/', import.meta.url);

const texts = [
  ...[countCorpus, dateCorpus, rateCorpus.growth, measureCorpus, moneyCorpus, rateCorpus.percent].flatMap((c) => [...c.examples.map(([s]) => s), ...c.negative]),
  ...readdirSync(plainDir).map((f) => readFileSync(new URL(f, plainDir), 'utf8')),
  'iPhone15销量破100万台，B2B订单增长3.5%，TikTok Shop、Temu和SHEIN在2024年Q1的GMV达到9.9亿美元😀。',
  'abc12 12ab a1b2c3 ＡＢＣ１２３ 2024-07-15 第3季度 Ⅷ x',
];

describe('part-of-speech tags', () => {
  it('are the tags jieba.tag gives, on every corpus sentence and the gold plain texts', () => {
    let tokens = 0;
    for (const text of texts) {
      const mine = segment(text).map((t) => [t.word, t.tag]);
      const theirs = jieba.tag(text).map((t) => [t.word, t.tag]);
      expect(mine, text.slice(0, 60)).toEqual(theirs);
      tokens += theirs.length;
    }
    expect(tokens).toBeGreaterThan(10_000);
  });

  it('follow jieba for words outside the dictionary: x for Han, m for ASCII digits, eng for other ASCII', () => {
    segment('预热');
    expect(lookupTag('外贸')).toBe('n');
    expect(lookupTag('满意度')).toBe('n'); // jieba's dictionary says ns; the domain dictionary, read later, wins
    expect(lookupTag('纵腾')).toBe('x');
    expect(lookupTag('2024')).toBe('m');
    expect(lookupTag('B2B')).toBe('eng');
    expect(lookupTag('Q1')).toBe('eng');
  });
});
