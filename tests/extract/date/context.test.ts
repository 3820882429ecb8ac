import { describe, expect, it } from 'vitest';
import { extractFromPlain } from '../../../src/pipeline.js';
import { carryYears } from '../../../src/extract/date/context.js';
import type { Candidate } from '../../../src/extract/types.js';

// A date without a year takes the year of a date stated before it in its sentence or passage,
// else the reference date's (contract v1.1): the document pass, seen through the pipeline.

const dates = (plain: string, refDate: string | null) => extractFromPlain(plain, 'doc.txt', { refDate, types: ['date'] }).facts.map((f) => [f.text, f.value, f.from, f.to]);

describe('years carried across a passage', () => {
  it('gives a later sentence of the passage the year stated before it', () => {
    expect(dates('2019年，全省外贸保持平稳。前11个月，出口增长5%。', '2024-06-15')).toEqual([
      ['2019年', '2019', '2019-01-01', '2019-12-31'],
      ['前11个月', '2019-01/2019-11', '2019-01-01', '2019-11-30'],
    ]);
  });

  it('gives a year without a reference date, and a quarter after a full date', () => {
    expect(dates('2022年8月5日，海关公布数据。一季度，进口下降3%。', null)).toEqual([
      ['2022年8月5日', '2022-08-05', '2022-08-05', '2022-08-05'],
      ['一季度', '2022-Q1', '2022-01-01', '2022-03-31'],
    ]);
  });

  it('starts again in a new paragraph: there the reference date decides', () => {
    expect(dates('2019年，全省外贸保持平稳。\n一季度，出口增长5%。', '2023-11-15')).toEqual([
      ['2019年', '2019', '2019-01-01', '2019-12-31'],
      ['一季度', '2023-Q1', '2023-01-01', '2023-03-31'],
    ]);
  });

  it('a year stated but unknown (今年 without a reference) ends the year before it', () => {
    expect(dates('2021年，成交规模突破500亿元。今年以来，出口屡创新高，11月出台新措施。', null)).toEqual([
      ['2021年', '2021', '2021-01-01', '2021-12-31'],
      ['今年以来', 'XXXX', null, null],
      ['11月', 'XXXX-11', null, null],
    ]);
  });

  it('counts 次年 and 上一年 from the year before them, in the next sentence too', () => {
    expect(dates('公司成立于2015年。次年，营收翻番；次年6月，新厂投产。', '2024-06-15')).toEqual([
      ['2015年', '2015', '2015-01-01', '2015-12-31'],
      ['次年', '2016', '2016-01-01', '2016-12-31'],
      ['次年6月', '2017-06', '2017-06-01', '2017-06-30'],
    ]);
    expect(dates('比上一年增长5%。', '2024-06-15')).toEqual([['上一年', '2023', '2023-01-01', '2023-12-31']]);
  });

  it('counts 次日 and 次月 from the last date of the passage, across sentences, else from the reference', () => {
    expect(dates('2023年2月28日，双方签约。次日，项目开工；次月，首批设备进场。', '2024-06-15')).toEqual([
      ['2023年2月28日', '2023-02-28', '2023-02-28', '2023-02-28'],
      ['次日', '2023-03-01', '2023-03-01', '2023-03-01'],
      ['次月', '2023-04', '2023-04-01', '2023-04-30'],
    ]);
    expect(dates('2023年2月28日，双方签约。\n次日，项目开工。', '2024-06-15')).toEqual([
      ['2023年2月28日', '2023-02-28', '2023-02-28', '2023-02-28'],
      ['次日', '2024-06-16', '2024-06-16', '2024-06-16'],
    ]);
  });

  it('a lunar date takes the year of the passage', () => {
    expect(dates('2023年，消费持续回暖。中秋节期间，月饼销量增长。', '2024-06-15')).toEqual([
      ['2023年', '2023', '2023-01-01', '2023-12-31'],
      ['中秋节', '2023-09-29', '2023-09-29', '2023-09-29'],
    ]);
  });

  it('leaves dates that name their own month relative to the reference alone', () => {
    expect(dates('2019年，公司成立。上月，订单增长。', '2024-06-15')).toEqual([
      ['2019年', '2019', '2019-01-01', '2019-12-31'],
      ['上月', '2024-05', '2024-05-01', '2024-05-31'],
    ]);
  });
});

describe('carryYears', () => {
  const date = (value: string, extra: Partial<Candidate>): Candidate => ({ type: 'date', start: 0, end: 1, value, valueMax: null, unit: null, approx: 'exact', rule: 't', ...extra });
  const quarter = (year: number | null) => ({ value: `${year ?? 'XXXX'}-Q1`, from: null, to: null, approx: 'exact' as const });

  it('gives each yearless date the last stated year, and resolves it again without one', () => {
    const dates = [
      date('XXXX-Q1', { yearless: quarter }),
      date('2019', { statedYear: 2019 }),
      date('XXXX-Q1', { yearless: quarter }),
      date('XXXX', { statedYear: null }),
      date('2019-Q1', { yearless: quarter }),
    ];
    expect(carryYears(dates, 2015)).toBeNull();
    expect(dates.map((d) => d.value)).toEqual(['2015-Q1', '2019', '2019-Q1', 'XXXX', 'XXXX-Q1']);
  });
});

describe('years a headline or heading states', () => {
  it('the headline (a first line that is a heading) gives its year to every passage of the document', () => {
    expect(
      dates('2025年前三季度全市经济运行情况\n\n一、工业生产\n\n前三季度，工业增加值增长7.8%。\n\n二、对外贸易\n\n1-9月，出口增长5%，增速比上半年加快1个百分点。9月份，出口增长8.5%。', null),
    ).toEqual([
      ['2025年前三季度', '2025-Q1/2025-Q3', '2025-01-01', '2025-09-30'],
      ['前三季度', '2025-Q1/2025-Q3', '2025-01-01', '2025-09-30'],
      ['1-9月', '2025-01/2025-09', '2025-01-01', '2025-09-30'],
      ['上半年', '2025-H1', '2025-01-01', '2025-06-30'],
      // a month after a half of the same year does not go back in it (2025-09 starts after 2025-H1)
      ['9月份', '2025-09', '2025-09-01', '2025-09-30'],
    ]);
  });

  it('so does the title from the metadata', () => {
    const facts = extractFromPlain('一季度，全省出口增长4%。\n二季度，出口增长6%。', 'doc.md', { refDate: null, types: ['date'], title: '2025年上半年全省经济运行情况' }).facts;
    expect(facts.map((f) => [f.text, f.value])).toEqual([
      ['一季度', '2025-Q1'],
      ['二季度', '2025-Q2'],
    ]);
  });

  it('a heading gives its year to its own section only, up to the next heading', () => {
    expect(dates('今日要闻\n2002年海洋环境公报发布\n一季度，赤潮面积减少。\n联合国会议举行\n会议将于3月3号召开。', '2003-01-10')).toEqual([
      ['今日', '2003-01-10', '2003-01-10', '2003-01-10'],
      ['2002年', '2002', '2002-01-01', '2002-12-31'],
      ['一季度', '2002-Q1', '2002-01-01', '2002-03-31'],
      ['3月3号', '2003-03-03', '2003-03-03', '2003-03-03'],
    ]);
  });

  it('a year inside a title (《…》) or a headline that is an issue date gives none', () => {
    expect(dates('《数字经济2024年工作要点》印发\n5月7日，志愿者走进社区。', null)).toEqual([
      ['2024年', '2024', '2024-01-01', '2024-12-31'],
      ['5月7日', 'XXXX-05-07', null, null],
    ]);
    expect(dates('新闻联播 2012-01-10\n\n12月，出口增长5%。', '2012-01-10')).toEqual([
      ['2012-01-10', '2012-01-10', '2012-01-10', '2012-01-10'],
      ['12月', '2011-12', '2011-12-01', '2011-12-31'],
    ]);
  });
});
