import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/extract/types.js';
import type { Sentence } from '../../src/text/sentences.js';
import { linkDocument, type Links, type SentenceCandidates } from '../../src/link/index.js';
import { governingDates, periodOfFigure } from '../../src/link/period.js';
import { SentenceTokens } from '../../src/text/sentence-tokens.js';
import { foldText } from '../../src/text/fold.js';

// The link functions on hand-built candidates: independent of the extractors, so these pin the
// linker's own behaviour (a candidate is made by finding its text in the sentence).

type Spec = [text: string, type: Candidate['type'], value?: string | number];

function candidates(sentence: string, specs: Spec[]): Candidate[] {
  let from = 0;
  return specs.map(([text, type, value]) => {
    const start = sentence.indexOf(text, from);
    if (start < 0) throw new Error(`${text} not in ${sentence}`);
    from = start + text.length;
    return { type, start, end: start + text.length, value: value ?? 0, valueMax: null, unit: null, approx: 'exact', rule: 'test' };
  });
}

/** Links one paragraph given as sentences (adjacent, no white space between them): the links of each. */
function link<T extends [string, Spec[]][]>(sentences: [...T]): { [K in keyof T]: Links[] } {
  let offset = 0;
  const items: SentenceCandidates[] = sentences.map(([text, specs]) => {
    const sentence: Sentence = { start: offset, end: offset + text.length, text, match: foldText(text) };
    offset += text.length;
    const cs = candidates(text, specs);
    return { sentence, tokens: cs.length > 0 ? new SentenceTokens(sentence.match) : null, candidates: cs };
  });
  const links = linkDocument(items, { refDate: null });
  if (links.length !== sentences.length) throw new Error(`links for ${links.length} of ${sentences.length} sentences`);
  return links as { [K in keyof T]: Links[] };
}

describe('linkDocument', () => {
  it('links a money figure and its growth', { timeout: 120_000 }, () => {
    const [links] = link([
      [
        '2020年跨境电商进出口规模达1.69万亿元，同比增长31.1%。',
        [
          ['2020年', 'date', '2020'],
          ['1.69万亿元', 'money'],
          ['31.1%', 'growth'],
        ],
      ],
    ]);
    expect(links[0]).toEqual({ metric: null, region: null, partner: null, period: null, basis: null });
    expect(links[1]).toMatchObject({ metric: '跨境电商进出口规模', period: '2020' });
    expect(links[2]).toMatchObject({ metric: '跨境电商进出口规模', period: '2020', basis: 'yoy' });
  });

  it('takes metrics from an earlier clause and carries the paragraph', () => {
    const [first, second] = link([
      [
        '今年一季度，中国跨境电商进出口5776亿元，增长9.6%；',
        [
          ['今年一季度', 'date', '2024-Q1'],
          ['5776亿元', 'money'],
          ['9.6%', 'growth'],
        ],
      ],
      [
        '其中，出口4480亿元，进口1296亿元。',
        [
          ['4480亿元', 'money'],
          ['1296亿元', 'money'],
        ],
      ],
    ]);
    expect(first[2]).toMatchObject({ metric: '跨境电商进出口', region: '中国', period: '2024-Q1', basis: null });
    expect(second.map((l) => [l.metric, l.region, l.period])).toEqual([
      ['出口', '中国', '2024-Q1'],
      ['进口', '中国', '2024-Q1'],
    ]);
  });

  it('maps 分别 onto the figures before it', () => {
    const [links] = link([
      [
        '海外仓数量1800个，面积1200万平方米，分别增长80%和50%。',
        [
          ['1800个', 'count'],
          ['1200万平方米', 'measure'],
          ['80%', 'growth'],
          ['50%', 'growth'],
        ],
      ],
    ]);
    expect(links.map((l) => l.metric)).toEqual(['海外仓数量', '面积', '海外仓数量', '面积']);
  });

  it('takes the counted noun after a classifier, else the noun before', () => {
    const [links] = link([
      [
        '大会汇聚了3347家供应链和服务企业，跨境电商主体已超10万家。',
        [
          ['3347家', 'count'],
          ['10万家', 'count'],
        ],
      ],
    ]);
    expect(links.map((l) => l.metric)).toEqual(['供应链和服务企业', '跨境电商主体']);
  });

  it('keeps the Traditional metric as written and the region canonical', () => {
    const [links] = link([['廣州市跨境電商進出口總額達到900億元。', [['900億元', 'money']]]]);
    expect(links[0]).toMatchObject({ metric: '跨境電商進出口總額', region: '广州' });
  });

  it('does not carry a region over 全球 in the clause', () => {
    const [, links] = link([
      ['浙江省外贸企业众多。', []],
      ['全球跨境电商市场规模达到7.9万亿美元。', [['7.9万亿美元', 'money']]],
    ]);
    expect(links[0]?.region).toBeNull();
  });
});

describe('period', () => {
  it('ignores comparison dates and titles', () => {
    const s = '《2024年报告》显示，前三季度出口额超去年全年水平';
    const cs = candidates(s, [
      ['2024年', 'date', '2024'],
      ['前三季度', 'date', '2024-Q1/2024-Q3'],
      ['去年', 'date', '2023'],
    ]);
    expect(governingDates(s, cs).map((d) => d.label)).toEqual(['2024-Q1/2024-Q3']);
  });
  it('takes a date after the figure in its clause', () => {
    const s = '有3家电商平台2023年出口申报量同比增长超10倍';
    const cs = candidates(s, [
      ['3家', 'count'],
      ['2023年', 'date', '2023'],
    ]);
    expect(periodOfFigure(s, governingDates(s, cs), cs[0]!.start, cs[0]!.end, null)).toBe('2023');
  });
  it('drops a carried period after 目前', () => {
    expect(periodOfFigure('目前，企业超过5000家', [], 9, 14, '2020')).toBeNull();
  });
});
