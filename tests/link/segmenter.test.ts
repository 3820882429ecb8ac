import { describe, expect, it } from 'vitest';
import { SentenceSegmenter } from '../../src/link/metric.js';
import { segment } from '../../src/text/segment.js';
import { foldText } from '../../src/text/fold.js';
import { linkCorpus } from './corpus.js';

// The metric rules read each side of a figure as jieba cuts that stretch on its own. The
// linker reuses the sentence's tokens where that provably gives the same cut, and calls jieba
// otherwise; either way a stretch must come out exactly as jieba cuts it alone.

const sentences = [
  ...linkCorpus.map(([text]) => foldText(text)),
  '5G基站数量达到337.7万个，占移动基站总数的29.1%；其中，中欧班列开行1.7万列，发送货物190万标箱。',
  '厦门口岸进口水果12万吨，增长8%：东盟、RCEP成员国分别占比60%和75%。',
];

describe('SentenceSegmenter', () => {
  it('cuts every stretch between token boundaries as jieba cuts it alone', { timeout: 120_000 }, () => {
    let stretches = 0;
    for (const text of sentences) {
      const tokens = segment(text);
      const seg = new SentenceSegmenter(text, tokens);
      const cuts = [...tokens.map((t) => t.start), text.length];
      for (const from of cuts) {
        for (const to of cuts) {
          if (to <= from) continue;
          stretches++;
          expect(seg.of(from, to), `${text.slice(from, to)} in ${text}`).toEqual(segment(text.slice(from, to)));
        }
      }
    }
    expect(stretches).toBeGreaterThan(10_000);
  });

  it('cuts a stretch starting or ending inside a token as jieba cuts it alone', () => {
    const text = foldText('2023年，全市新增市场主体12万户外贸企业3.6万家。');
    const seg = new SentenceSegmenter(text, segment(text));
    for (let from = 0; from < text.length; from++) {
      expect(seg.of(from, text.length)).toEqual(segment(text.slice(from)));
      expect(seg.of(0, from + 1)).toEqual(segment(text.slice(0, from + 1)));
    }
  });

  it('calls jieba for every stretch when the sentence has no tokens', () => {
    const text = '出口和进口分别增长5%和3%';
    expect(new SentenceSegmenter(text, null).of(0, 5)).toEqual(segment(text.slice(0, 5)));
  });
});
