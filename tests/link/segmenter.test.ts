import { describe, expect, it } from 'vitest';
import { SentenceSegmenter } from '../../src/link/metric.js';
import { segment } from '../../src/text/segment.js';
import { SentenceTokens } from '../../src/text/sentence-tokens.js';
import { foldText } from '../../src/text/fold.js';
import { linkCorpus } from '../../src/link/corpus.js';

// A sentence is segmented piece by piece, where it is read (SentenceTokens), and the metric
// rules read each side of a figure as jieba cuts that stretch on its own (SentenceSegmenter),
// reusing the pieces already segmented where that provably gives the same cut. Either way the
// tokens must come out exactly as jieba cuts the whole sentence, or the stretch alone.

const sentences = [
  ...linkCorpus.map(([text]) => foldText(text)),
  '5G基站数量达到337.7万个，占移动基站总数的29.1%；其中，中欧班列开行1.7万列，发送货物190万标箱。',
  '厦门口岸进口水果12万吨，增长8%：东盟、RCEP成员国分别占比60%和75%。',
  // jieba's separators (space, tab, line feed, ，。), one-character pieces and runs of them
  '全年 出口 3.2万亿元\t同比增长 5.6%\n其中，一般贸易,占比 A，。 6成',
];

describe('SentenceTokens', () => {
  it('gives, piece by piece, exactly the tokens jieba gives the whole sentence', () => {
    for (const text of sentences) {
      const lazy = new SentenceTokens(text);
      const pieces = [];
      for (let at = 0; at < text.length; at = lazy.piece(at).end) pieces.push(...lazy.piece(at).tokens);
      expect(pieces, text).toEqual(segment(text));
      for (const t of segment(text)) expect(lazy.tokenAt(t.end - 1)).toEqual(t);
    }
  });

  it('segments only the pieces it is asked about', () => {
    const text = '全年出口3.2万亿元，同比增长5.6%';
    const lazy = new SentenceTokens(text);
    expect(lazy.boundsAt(3)).toEqual([0, 10]);
    expect(lazy.boundsAt(10)).toEqual([10, 11]);
    expect(lazy.isSegmented(3)).toBe(false);
    expect(lazy.startsAt(4)).toBe(true);
    expect(lazy.isSegmented(3)).toBe(true);
    expect(lazy.isSegmented(13)).toBe(false);
  });
});

describe('SentenceSegmenter', () => {
  it('cuts every stretch between token boundaries as jieba cuts it alone', { timeout: 120_000 }, () => {
    let stretches = 0;
    for (const text of sentences) {
      const tokens = segment(text);
      // one segmenter with every piece already segmented (stretches reuse them), one that starts cold
      const warm = new SentenceTokens(text);
      for (let at = 0; at < text.length; at = warm.piece(at).end);
      const segs = [new SentenceSegmenter(text, warm), new SentenceSegmenter(text)];
      const cuts = [...tokens.map((t) => t.start), text.length];
      for (const from of cuts) {
        for (const to of cuts) {
          if (to <= from) continue;
          stretches++;
          const alone = segment(text.slice(from, to));
          for (const seg of segs) expect(seg.of(from, to), `${text.slice(from, to)} in ${text}`).toEqual(alone);
        }
      }
    }
    expect(stretches).toBeGreaterThan(10_000);
  });

  it('cuts a stretch starting or ending inside a token as jieba cuts it alone', () => {
    const text = foldText('2023年，全市新增市场主体12万户外贸企业3.6万家。');
    const warm = new SentenceTokens(text);
    for (let at = 0; at < text.length; at = warm.piece(at).end);
    for (const seg of [new SentenceSegmenter(text, warm), new SentenceSegmenter(text)]) {
      for (let from = 0; from < text.length; from++) {
        expect(seg.of(from, text.length)).toEqual(segment(text.slice(from)));
        expect(seg.of(0, from + 1)).toEqual(segment(text.slice(0, from + 1)));
      }
    }
  });
});
