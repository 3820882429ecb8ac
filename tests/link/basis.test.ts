import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromPlain } from '../../src/pipeline.js';
import { basesOfSentence, basisCues, basisOfComparedPeriod, basisOfWords, trailingBasisWord } from '../../src/link/basis.js';
import type { Candidate } from '../../src/extract/types.js';

// Basis is decided by one module (src/link/basis.ts). These cases run through the whole pipeline:
// [sentence, the growth figure's text, its basis]. They were the growth corpus' basis expectations
// before the extractor stopped deciding basis, with the items of yoy-led lists now yoy (contract v1.1).

const basisOf = (sentence: string, text: string) => {
  const { facts } = extractFromPlain(sentence, 'basis', { refDate: '2024-07-15' });
  const fact = facts.find((f) => f.type === 'growth' && f.text === text);
  if (!fact) throw new Error(`no growth ${text} in ${facts.map((f) => f.text).join(' ')}`);
  return fact.basis;
};

describe('basis through the pipeline', () => {
  beforeAll(() => void extractFromPlain('预热：出口增长5%。', 'warm-up'), 120_000);
  it.each([
    ['前三季度，全省出口同比增长27.4%。', '27.4%', 'yoy'],
    ['一季度社会消费品零售总额同比增长4.7%。', '4.7%', 'yoy'],
    ['工业增加值环比增长0.8%。', '0.8%', 'mom'],
    ['受需求不足影响，利润下降3.2%。', '3.2%', null],
    ['钢材出口下降4.1%，光伏组件出口增长2.6倍。', '4.1%', null],
    ['钢材出口下降4.1%，光伏组件出口增长2.6倍。', '2.6倍', null],
    ['成交额突破80亿元，同比增长3.4倍。', '3.4倍', 'yoy'],
    ['新开门店320家，营收45亿元，分别增长18%和26%。', '18%', null],
    ['新开门店320家，营收45亿元，分别增长18%和26%。', '26%', null],
    ['进口2310亿元，增长7.2%。', '7.2%', null],
    ['该市居民人均可支配收入比上年增长5.8%。', '5.8%', 'yoy'],
    ['全国规模以上工业企业利润同比下降2.3%。', '2.3%', 'yoy'],
    ['工业机器人产量同比增长21.7%，国产化率达到45.2%。', '21.7%', 'yoy'],
    ['居民消费价格同比上涨0.2%。', '0.2%', 'yoy'],
    ['工业生产者出厂价格同比下降2.7%，降幅比上月收窄0.3个百分点。', '2.7%', 'yoy'],
    ['工业生产者出厂价格同比下降2.7%，降幅比上月收窄0.3个百分点。', '0.3个百分点', 'mom'],
    ['城镇调查失业率为5.2%，比上月回落0.1个百分点。', '0.1个百分点', 'mom'],
    ['制造业投资增速回落2个百分点。', '2个百分点', null],
    ['外贸依存度比上年高出4.4个百分点。', '4.4个百分点', 'yoy'],
    ['该县茶叶产值10年增长近8倍。', '8倍', null],
    ['部分企业的海外订单量同比增长超5倍。', '5倍', 'yoy'],
    ['营业收入是去年同期的3倍。', '3倍', null],
    ['今年的订单量相当于去年的2.5倍。', '2.5倍', null],
    ['订单量同比翻倍，企业扩招了一批工人。', '翻倍', 'yoy'],
    ['该企业的研发投入计划三年翻一番。', '翻一番', null],
    ['到2030年，人均收入比2020年翻两番。', '翻两番', null],
    ['客流量较去年同期翻了一番。', '翻了一番', 'yoy'],
    ['出口同比增幅连续三个月高于20%。', '20%', 'yoy'],
    ['该省GDP增速为5.3%。', '5.3%', null],
    ['社会消费品零售总额增长率为7.2%。', '7.2%', null],
    ['全年粮食产量增长1.3%左右。', '1.3%', null],
    ['网上零售额增长约11%。', '11%', null],
    ['进口额同比减少近两成。', '两成', 'yoy'],
    ['用户数量增长了1.5倍。', '1.5倍', null],
    ['产量增加了两倍。', '两倍', null],
    ['销量同比增长三成。', '三成', 'yoy'],
    ['库存较上月减少一半。', '一半', 'mom'],
    ['研发投入同比增长百分之十二点五。', '百分之十二点五', 'yoy'],
    ['部分原材料价格上涨45%。', '45%', null],
    ['房价环比下跌0.4%。', '0.4%', 'mom'],
    ['出口额同比下滑5.4%。', '5.4%', 'yoy'],
    ['原油进口量同比减少3.5%。', '3.5%', 'yoy'],
    ['利润总额同比增长20%以上。', '20%', 'yoy'],
    ['营收同比增长不到5%。', '5%', 'yoy'],
    ['汽车出口同比增长超过60%。', '60%', 'yoy'],
    ['电商交易额同比增长逾三成。', '三成', 'yoy'],
    ['增速比一季度加快0.6个百分点。', '0.6个百分点', null],
    ['全年GDP增速回落至5%。', '5%', null],
    ['消费支出同比增长10%—15%。', '10%—15%', 'yoy'],
    ['亏损企业数量同比减少12.5%。', '12.5%', 'yoy'],
    ['装备制造业增加值同比增长7.5%，增速高于全部规上工业1.9个百分点。', '7.5%', 'yoy'],
    ['装备制造业增加值同比增长7.5%，增速高于全部规上工业1.9个百分点。', '1.9个百分点', null],
    ['生产总值比上年增长5.2%，其中第一产业增长4.1%，第二产业增长4.7%，第三产业增长5.8%。', '5.2%', 'yoy'],
    ['生产总值比上年增长5.2%，其中第一产业增长4.1%，第二产业增长4.7%，第三产业增长5.8%。', '4.1%', 'yoy'], // an item of a list led by a yoy figure
    ['生产总值比上年增长5.2%，其中第一产业增长4.1%，第二产业增长4.7%，第三产业增长5.8%。', '4.7%', 'yoy'], // an item of a list led by a yoy figure
    ['生产总值比上年增长5.2%，其中第一产业增长4.1%，第二产业增长4.7%，第三产业增长5.8%。', '5.8%', 'yoy'], // an item of a list led by a yoy figure
    ['进出口总值同比增长0.2%，其中出口增长0.6%，进口下降0.3%。', '0.2%', 'yoy'],
    ['进出口总值同比增长0.2%，其中出口增长0.6%，进口下降0.3%。', '0.6%', 'yoy'], // an item of a list led by a yoy figure
    ['进出口总值同比增长0.2%，其中出口增长0.6%，进口下降0.3%。', '0.3%', 'yoy'], // an item of a list led by a yoy figure
    ['居民消费价格指数的涨幅控制在3%左右。', '3%', null],
    ['民间投资同比下降0.4%，降幅较一季度扩大0.9个百分点。', '0.4%', 'yoy'],
    ['民间投资同比下降0.4%，降幅较一季度扩大0.9个百分点。', '0.9个百分点', null],
    ['集装箱吞吐量同比增长-2.1%。', '-2.1%', 'yoy'],
    ['快递业务量同比增长19.4%，业务收入同比增长13.8%。', '19.4%', 'yoy'],
    ['快递业务量同比增长19.4%，业务收入同比增长13.8%。', '13.8%', 'yoy'],
    ['旅客发送量恢复至2019年同期的1.2倍。', '1.2倍', null],
    ['跨境人民币结算量增长近两倍。', '两倍', null],
    ['线上销售额同比增长超2倍。', '2倍', 'yoy'],
    ['全市规上工业增加值同比增长8.6%，两年平均增长6.5%。', '8.6%', 'yoy'],
    ['全市规上工业增加值同比增长8.6%，两年平均增长6.5%。', '6.5%', null],
    ['税收收入同比增长8.7%，非税收入下降12.1%。', '8.7%', 'yoy'],
    ['税收收入同比增长8.7%，非税收入下降12.1%。', '12.1%', 'yoy'], // a later item of a sentence led by a yoy figure
    ['猪肉价格同比下降26.1%，影响CPI下降约0.4个百分点。', '26.1%', 'yoy'],
    ['猪肉价格同比下降26.1%，影响CPI下降约0.4个百分点。', '0.4个百分点', null],
    ['两地贸易额在过去五年里增长了四成。', '四成', null],
    ['社会融资规模存量同比增长9.5%，增速与上月末持平。', '9.5%', 'yoy'],
    ['M2余额同比增长8.3%。', '8.3%', 'yoy'],
    ['入境游客人次同比增长120%。', '120%', 'yoy'],
    ['人均消费支出实际增长9.0%。', '9.0%', null],
    ['非油品销售额同比增长17.1%，占总销售额的比重提高到6.8%。', '17.1%', 'yoy'],
    ['三季度经济增长4.9%，比二季度加快0.2个百分点。', '4.9%', null],
    ['三季度经济增长4.9%，比二季度加快0.2个百分点。', '0.2个百分点', 'mom'], // against the quarter just before
    ['出口交货值同比下降0.8%，较上月收窄1.2个百分点。', '0.8%', 'yoy'],
    ['出口交货值同比下降0.8%，较上月收窄1.2个百分点。', '1.2个百分点', 'mom'],
    ['铁路货物发送量同比增长约1.8%。', '1.8%', 'yoy'],
    ['高技术制造业投资增长9.9%，快于全部投资6.9个百分点。', '9.9%', null],
    ['高技术制造业投资增长9.9%，快于全部投资6.9个百分点。', '6.9个百分点', null],
    ['农产品批发价格指数环比上升0.5%。', '0.5%', 'mom'],
    ['新登记市场主体同比增长10.5%，其中企业增长14.5%。', '10.5%', 'yoy'],
    ['新登记市场主体同比增长10.5%，其中企业增长14.5%。', '14.5%', 'yoy'], // an item of a list led by a yoy figure
    ['家电零售额同比增长4.6%，增幅较上月提高2.3个百分点。', '4.6%', 'yoy'],
    ['家电零售额同比增长4.6%，增幅较上月提高2.3个百分点。', '2.3个百分点', 'mom'],
    ['移动互联网流量同比增长15.3%，增速比上年同期回落3.3个百分点。', '15.3%', 'yoy'],
    ['移动互联网流量同比增长15.3%，增速比上年同期回落3.3个百分点。', '3.3个百分点', 'yoy'],
    ['城乡居民收入差距缩小0.05个百分点。', '0.05个百分点', null],
    ['房地产开发投资同比下降9.3%。', '9.3%', 'yoy'],
    ['港口货物吞吐量环比增长2.6%。', '2.6%', 'mom'],
    ['服务进出口额增长了15.8%。', '15.8%', null],
    ['中欧班列开行量比上年增长6%。', '6%', 'yoy'],
    ['服务贸易进出口同比增长15.6%。', '15.6%', 'yoy'],
    // reports abbreviate in English: YoY, MoM, QoQ (against the quarter before)
    ['季度营收(YoY)：+8.2%。', '8.2%', 'yoy'],
    ['出货量 QoQ +3.5%。', '3.5%', 'mom'],
  ] as [string, string, 'yoy' | 'mom' | null][])('%s → %s %s', (sentence, text, basis) => expect(basisOf(sentence, text)).toBe(basis));
});

describe('basis words', () => {
  it.each([
    ['同比增长', 'yoy'],
    ['营收同增', 'yoy'],
    ['利润同降', 'yoy'],
    ['比上年', 'yoy'],
    ['比去年同期', 'yoy'],
    ['较上年同期', 'yoy'],
    ['与去年同期相比', 'yoy'],
    ['按年下跌', 'yoy'],
    ['按年实质上升', 'yoy'],
    ['营收年增', 'yoy'],
    ['订单年减', 'yoy'],
    ['环比', 'mom'],
    ['比上月', 'mom'],
    ['较上季度', 'mom'],
    ['按月上升', 'mom'],
    ['营收月增', 'mom'],
    ['月增率', 'mom'],
    ['YoY增长', 'yoy'],
    ['Moment增长', null],
    ['共同增长', null],
    ['相同', null],
    ['按年度统计', null],
    ['今年增长', null],
    ['2023年增长', null],
    ['三年增长', null],
    ['增长', null],
  ] as [string, 'yoy' | 'mom' | null][])('%s → %s', (text, basis) => expect(basisOfWords(text)).toBe(basis));
  it('finds the cue words in order', () => {
    expect(basisCues('出口同比增长5%，环比增长1%').map((c) => [c.index, c.basis])).toEqual([
      [2, 'yoy'],
      [9, 'mom'],
    ]);
  });
  it('measures a basis word ending a phrase', () => {
    expect(trailingBasisWord('营收同增')).toBe(2);
    expect(trailingBasisWord('营收年增')).toBe(2);
    expect(trailingBasisWord('营收')).toBe(0);
  });
});

describe('a change against a stated period', () => {
  it.each([
    ['2021', '2020', false, 'yoy'],
    ['2024', '2019', false, null],
    ['2024-Q1', '2023-Q1', false, 'yoy'],
    ['2024-Q3', '2024-Q2', false, 'mom'],
    ['2024-Q1', '2023-Q4', false, 'mom'],
    ['2024-06', '2024-05', false, 'mom'],
    ['2024-01', '2023-12', false, 'mom'],
    ['2024-H2', '2024-H1', false, 'mom'],
    ['2024-Q1/2024-Q3', '2024-H1', false, null],
    ['2024-01/2024-05', '2023-01/2023-05', false, 'yoy'],
    ['2024-Q1', '2023', true, 'yoy'],
    ['2024-Q1', '2019', true, null],
    [null, '2020', false, null],
  ] as [string | null, string, boolean, 'yoy' | 'mom' | null][])('%s against %s (同期 %s) → %s', (period, compared, same, basis) => {
    expect(basisOfComparedPeriod(period, compared, same)).toBe(basis);
  });
});

describe('basesOfSentence', () => {
  const growth = (s: string, text: string, from = 0): Candidate => {
    const start = s.indexOf(text, from);
    return { type: 'growth', start, end: start + text.length, value: 0, valueMax: null, unit: '%', approx: 'exact', rule: 'test' };
  };
  it('gives the items of a list the basis of its lead, and the next sentence the lead', () => {
    const s = '进出口同比增长4.1%，其中出口增长6.5%，进口下降1.2%。';
    const cs = [growth(s, '4.1%'), growth(s, '6.5%'), growth(s, '1.2%')];
    expect(basesOfSentence(s, cs, [null, null, null], null)).toEqual({ bases: ['yoy', 'yoy', 'yoy'], next: { lead: 'yoy', listGoesOn: false } });
  });
  it('lets a sentence opened by 其中 inherit the frame', () => {
    const s = '其中，出口增长6.5%。';
    expect(basesOfSentence(s, [growth(s, '6.5%')], [null], { lead: 'yoy', listGoesOn: false }).bases).toEqual(['yoy']);
    expect(basesOfSentence(s, [growth(s, '6.5%')], [null], null).bases).toEqual([null]);
  });
  it('does not give a sentence without a list opener the frame, and clears it', () => {
    const s = '零售总额增长3.7%。';
    expect(basesOfSentence(s, [growth(s, '3.7%')], [null], { lead: 'yoy', listGoesOn: false })).toEqual({ bases: [null], next: null });
  });
  it('goes on with a list the sentence before left open with ；', () => {
    const first = '其中，出口14万亿元，增长6.7%；';
    const { next } = basesOfSentence(first, [growth(first, '6.7%')], [null], { lead: 'yoy', listGoesOn: false });
    expect(next).toEqual({ lead: 'yoy', listGoesOn: true });
    const second = '进口10万亿元，增长5.4%。';
    expect(basesOfSentence(second, [growth(second, '5.4%')], [null], next).bases).toEqual(['yoy']);
  });
  it('keeps the frame over a sentence without a growth figure', () => {
    expect(basesOfSentence('其中，出口14万亿元。', [], [], { lead: 'yoy', listGoesOn: false }).next).toEqual({ lead: 'yoy', listGoesOn: false });
  });
  it('gives a later change in percent of the sentence its lead basis, not a change in points', () => {
    const s = '税收收入同比增长8.7%，非税收入下降12.1%，增速高于全国1.2个百分点。';
    const cs = [growth(s, '8.7%'), growth(s, '12.1%'), { ...growth(s, '1.2个百分点'), unit: 'pp' }];
    expect(basesOfSentence(s, cs, [null, null, null], null).bases).toEqual(['yoy', 'yoy', null]);
  });
  it('honours a basis the candidate carries (a table header read by the same words)', () => {
    const s = '6.5';
    const c: Candidate = { ...growth(s, '6.5'), basis: basisOfWords('比上年增长（%）') };
    expect(basesOfSentence(s, [c], [null], null).bases).toEqual(['yoy']);
  });
});
