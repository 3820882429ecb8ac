import { beforeAll, describe, expect, it } from 'vitest';
import { candidatesOf, extractFromPlain } from '../../src/pipeline.js';
import { isMetricPhrase, METRIC_STRATEGIES, metricsOfSentence, type MetricStrategy } from '../../src/link/metric.js';
import { splitSentences } from '../../src/text/sentences.js';
import { fold } from '../../src/text/fold.js';

// Each metric strategy on a sentence through the real extractors: the figure, its metric, and the
// strategy that found it (recorded by metricsOfSentence).

function metricsOf(text: string, carried: string | null = null): [string, string | null, MetricStrategy | null][] {
  const out: [string, string | null, MetricStrategy | null][] = [];
  for (const { sentence, tokens, candidates } of candidatesOf(splitSentences(text, fold(text).match), { refDate: '2024-07-15' })) {
    if (candidates.length === 0) continue;
    const links = metricsOfSentence(sentence.match, sentence.text, candidates, carried, tokens ?? undefined);
    candidates.forEach((c, i) => c.type !== 'date' && out.push([sentence.text.slice(c.start, c.end), links[i]!.metric, links[i]!.strategy])); // one link per candidate
  }
  return out;
}

describe('metric strategies', () => {
  beforeAll(() => void extractFromPlain('预热：出口增长5%。', 'warm-up'), 120_000);
  it.each([
    [
      '进口和出口分别增长3.5%和6.2%。',
      [
        ['3.5%', '进口', 'list-item'],
        ['6.2%', '出口', 'list-item'],
      ],
    ],
    [
      '钢材、水泥和原油产量分别增长3.5%、2.8%和4.4%。',
      [
        ['3.5%', '钢材产量', 'list-item'],
        ['2.8%', '水泥产量', 'list-item'],
        ['4.4%', '原油产量', 'list-item'],
      ],
    ],
    [
      '集装箱、散货和滚装汽车吞吐量分别增长9.1%、2.4%、15.8%。',
      [
        ['9.1%', '集装箱', 'list-item'],
        ['2.4%', '散货', 'list-item'],
        ['15.8%', '滚装汽车吞吐量', 'list-item'],
      ],
    ],
    ['大会汇聚了3347家供应链和服务企业。', [['3347家', '供应链和服务企业', 'after-classifier']]],
    ['超过80%的中小企业已经开展数字化转型。', [['80%', '中小企业', 'after-de']]],
    ['增速比上半年加快0.4个百分点。', [['0.4个百分点', '增速', 'rate-change']]],
    ['出口比上年增长5%。', [['5%', '出口', 'before-figure']]],
    ['营收同增12%。', [['12%', '营收', 'before-figure']]],
    ['其中，优良率为92.3%。', [['92.3%', '优良率', 'before-figure']]],
    ['今年以来，全市累计寄递国际包裹超3亿件。', [['3亿件', '国际包裹', 'before-figure']]],
    ['进出口总额创下历史最高的3.2万亿元。', [['3.2万亿元', '进出口总额', 'clause-subject']]],
    [
      '出口4480亿元，增长9.6%。',
      [
        ['4480亿元', '出口', 'before-figure'],
        ['9.6%', '出口', 'earlier-clause'],
      ],
    ],
    ['目前已经建成投用的有28个。', [['28个', null, null]]],
    [
      '事故造成3人死亡、5人受伤。',
      [
        ['3人', '死亡', 'persons-affected'],
        ['5人', '受伤', 'persons-affected'],
      ],
    ],
    ['地震已致12名村民遇难。', [['12名', '遇难', 'persons-affected']]],
    ['全市新增城镇就业12万人。', [['12万人', '城镇就业', 'before-figure']]],
    ['公司先行垫付80万元工程款。', [['80万元', '工程款', 'noun-after']]],
    ['该公司当场做出四项承诺。', [['四项', '承诺', 'after-classifier']]],
    ['全市青年向希望工程捐款200万元。', [['200万元', '捐款', 'before-figure']]],
  ] as [string, [string, string | null, MetricStrategy | null][]][])('%s', (text, expected) => expect(metricsOf(text)).toEqual(expected));
  it('takes the carried metric when a growth rate opens a sentence', () => {
    expect(metricsOf('增长9.6%。', '跨境电商进出口')).toEqual([['9.6%', '跨境电商进出口', 'carried']]);
  });
  it('declares an order for every figure type, starting with list items', () => {
    for (const order of Object.values(METRIC_STRATEGIES)) expect(order[0]).toBe('list-item');
  });
});

describe('isMetricPhrase', () => {
  it.each([
    ['出口', true],
    ['GDP', true],
    ['5G基站', true],
    ['對大陸出口金額', true],
    ['占比', true],
    ['率为', false],
    ['同增', false],
    ['年版', false],
    ['形式', false],
    ['历史', false],
    ['歷史', false],
    ['历史新高', false],
    ['cn', false],
    ['www.stats.gov.cn', false],
    ['量', false],
    ['2023年', false],
    ['的企业', false],
    [null, false],
  ] as [string | null, boolean][])('%s → %s', (phrase, ok) => expect(isMetricPhrase(phrase)).toBe(ok));
});
