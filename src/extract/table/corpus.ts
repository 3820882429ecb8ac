import type { Fact } from '../../schema/fact.js';

// The table corpus: tables written for the purpose (HTML, Markdown, text), each with every fact
// its data cells must yield (type, text and the fields given; facts of the prose around the table
// and of header cells, such as dates, are not listed and not checked). A table that is not data
// (a schedule, a contact list) yields no table fact.

export type ExpectedCellFact = Partial<Omit<Fact, 'doc' | 'start' | 'end' | 'sentence'>> & Pick<Fact, 'type' | 'text'>;

export interface TableExample {
  name: string;
  /** the file name decides nothing but the format hint; the content is sniffed as usual */
  file: string;
  source: string;
  /** the facts read in data cells, in text order */
  facts: ExpectedCellFact[];
}

export const tableCorpus: TableExample[] = [
  {
    name: 'HTML, one <p> per cell, a unit note above, growth column, row units, approx, empty cell',
    file: 'bulletin.html',
    source: `<p>2022年全省主要指标</p><p>单位：亿元</p>
<table><tr><td><p>指标</p></td><td><p>绝对数</p></td><td><p>比上年增长（%）</p></td></tr>
<tr><td><p>规模以上工业增加值</p></td><td><p>1840.5</p></td><td><p>5.2</p></td></tr>
<tr><td><p>社会消费品零售总额</p></td><td><p>960.3</p></td><td><p>-1.8</p></td></tr>
<tr><td><p>水产品产量（万吨）</p></td><td><p>约48.2</p></td><td></td></tr>
<tr><td><p>牛出栏（万头）</p></td><td><p>12.5</p></td><td><p>3.0</p></td></tr></table>`,
    facts: [
      { type: 'money', text: '1840.5', value: 184050000000, unit: 'CNY', metric: '规模以上工业增加值', period: '2022' },
      { type: 'growth', text: '5.2', value: 5.2, unit: '%', basis: 'yoy', metric: '规模以上工业增加值', period: '2022' },
      { type: 'money', text: '960.3', value: 96030000000, unit: 'CNY', metric: '社会消费品零售总额' },
      { type: 'growth', text: '-1.8', value: -1.8, unit: '%', basis: 'yoy', metric: '社会消费品零售总额' },
      { type: 'measure', text: '48.2', value: 482000, unit: 't', approx: 'about', metric: '水产品产量' },
      { type: 'count', text: '12.5', value: 125000, unit: '头', metric: '牛出栏' },
      { type: 'growth', text: '3.0', value: 3, unit: '%', metric: '牛出栏' },
    ],
  },
  {
    name: 'HTML with two header rows, rowspan and colspan, trade by partner (partners from the rows)',
    file: 'customs.html',
    source: `<p>表2 2021年1-6月我国对主要贸易伙伴进出口</p>
<table><tr><th rowspan="2">国家（地区）</th><th colspan="2">出口</th><th colspan="2">进口</th></tr>
<tr><th>金额（亿美元）</th><th>同比（%）</th><th>金额（亿美元）</th><th>同比（%）</th></tr>
<tr><td>东盟</td><td>1200.4</td><td>9.6</td><td>980.1</td><td>12.0</td></tr>
<tr><td>德国</td><td>450</td><td>-2.5</td><td></td><td>1.1</td></tr></table>`,
    facts: [
      { type: 'money', text: '1200.4', value: 120040000000, unit: 'USD', metric: '出口', partner: '东盟', region: '中国', period: '2021-01/2021-06' },
      { type: 'growth', text: '9.6', value: 9.6, basis: 'yoy', metric: '出口', partner: '东盟', period: '2021-01/2021-06' },
      { type: 'money', text: '980.1', value: 98010000000, unit: 'USD', metric: '进口', partner: '东盟' },
      { type: 'growth', text: '12.0', value: 12, metric: '进口', partner: '东盟' },
      { type: 'money', text: '450', value: 45000000000, unit: 'USD', metric: '出口', partner: '德国' },
      { type: 'growth', text: '-2.5', value: -2.5, metric: '出口', partner: '德国' },
      { type: 'growth', text: '1.1', value: 1.1, metric: '进口', partner: '德国' },
    ],
  },
  {
    name: 'Markdown pipe table: alignment row, escaped pipe, a header cell wrapped onto the next line, a unit column',
    file: 'report.md',
    source: `## 2023年前三季度能源生产

| 产品 | 单位 | 产量 | 增幅 |
|:---|:---:|---:|---:|
| 原煤 | 万吨 | 3520 | 4.1 |
| 发电量 | 亿千瓦时 | 820.6 | 7.7 |
| 天然气\\|管道 | 亿立方米 | 15.2 | 跌幅 |
`,
    facts: [
      { type: 'measure', text: '3520', value: 35200000, unit: 't', metric: '原煤产量', period: '2023-Q1/2023-Q3' },
      { type: 'growth', text: '4.1', value: 4.1, unit: '%', metric: '原煤' },
      { type: 'measure', text: '820.6', value: 82060000000, unit: 'kWh' },
      { type: 'growth', text: '7.7', value: 7.7, unit: '%', metric: '发电量' },
      { type: 'measure', text: '15.2', value: 1520000000, unit: 'm3', metric: '天然气|管道产量' },
    ],
  },
  {
    name: 'Markdown table whose header cell wraps, a 跌幅 column (a fall), a share column, a note in parentheses',
    file: 'hk.md',
    source: `（單位：億港元）

| 項目 | 收入
（億港元） | 跌幅（%） | 佔比（%） |
|---|---|---|---|
| 零售 | 856 | 3.1 | 41.5 |
| 餐飲 | 302.4 | 12.0 | 14.6 |
`,
    facts: [
      { type: 'money', text: '856', value: 85600000000, unit: 'HKD', metric: '零售收入' },
      { type: 'growth', text: '3.1', value: -3.1, unit: '%', metric: '零售' },
      { type: 'percent', text: '41.5', value: 41.5, unit: '%', metric: '零售' },
      { type: 'money', text: '302.4', value: 30240000000, unit: 'HKD', metric: '餐飲收入' },
      { type: 'growth', text: '12.0', value: -12, unit: '%', metric: '餐飲' },
      { type: 'percent', text: '14.6', value: 14.6, unit: '%', metric: '餐飲' },
    ],
  },
  {
    name: 'rate columns named as a change or a growth in Traditional wording (變化率, 成長率, 增長, 漲幅) are growth; a 佔比 column stays a share',
    file: 'rates.md',
    source: `| 公司 | 營收變化率(%) | 年化成長率(%) | 出口增長（%） | 股價漲幅 | 市占比重(%) |
|---|---|---|---|---|---|
| 甲 | +4.2% | 2.5% | 7.0 | 12.5% | 30.1 |
| 乙 | -1.8% | 0.9% | -2.4 | 3.0% | 8.4 |
`,
    facts: [
      { type: 'growth', text: '4.2%', value: 4.2, unit: '%' },
      { type: 'growth', text: '2.5%', value: 2.5, unit: '%' },
      { type: 'growth', text: '7.0', value: 7, unit: '%' },
      { type: 'growth', text: '12.5%', value: 12.5, unit: '%' },
      { type: 'percent', text: '30.1', value: 30.1, unit: '%' },
      { type: 'growth', text: '-1.8%', value: -1.8, unit: '%' },
      { type: 'growth', text: '0.9%', value: 0.9, unit: '%' },
      { type: 'growth', text: '-2.4', value: -2.4, unit: '%' },
      { type: 'growth', text: '3.0%', value: 3, unit: '%' },
      { type: 'percent', text: '8.4', value: 8.4, unit: '%' },
    ],
  },
  {
    name: 'a cell with its own unit is left to the prose rules (one fact, read as the column says); growth notes inside a cell',
    file: 'notes.html',
    source: `<p>2024年訪港旅客</p><table><tr><th>客源地</th><th>人次（萬）</th><th>按年變幅</th></tr>
<tr><td>內地</td><td>856（較2019年升12.4%；較2023年跌3.1%）</td><td>+8.2%</td></tr>
<tr><td>台灣</td><td>120萬人次</td><td>5.5%</td></tr></table>`,
    facts: [
      { type: 'count', text: '856', value: 8560000, unit: '人次', metric: '人次', period: '2024' },
      { type: 'growth', text: '12.4%', value: 12.4, unit: '%', period: '2024' },
      { type: 'growth', text: '3.1%', value: -3.1, unit: '%' },
      { type: 'growth', text: '8.2%', value: 8.2, basis: 'yoy', metric: '人次' },
      { type: 'count', text: '120萬人次', value: 1200000, unit: '人次', partner: '台湾' },
      { type: 'growth', text: '5.5%', value: 5.5, basis: 'yoy', partner: '台湾' },
    ],
  },
  {
    name: 'a text table of space-aligned columns, a transposed table (rows are measures, columns are years)',
    file: 'aligned.txt',
    source: `某市外贸进出口
指标              2022年     2023年
出口额（亿元）    512.3      560.8
同比增长（%）     6.1        9.5
`,
    facts: [
      { type: 'money', text: '512.3', value: 51230000000, unit: 'CNY', metric: '出口额', period: '2022' },
      { type: 'money', text: '560.8', value: 56080000000, unit: 'CNY', metric: '出口额', period: '2023' },
      { type: 'growth', text: '6.1', value: 6.1, basis: 'yoy', metric: '出口额', period: '2022' },
      { type: 'growth', text: '9.5', value: 9.5, basis: 'yoy', metric: '出口额', period: '2023' },
    ],
  },
  {
    name: 'a tab-separated table with a unit note after it and a numbering column',
    file: 'tsv.txt',
    source: '2023年各县区生产总值\n序号\t县区\t生产总值\t增长(%)\n1\t余杭区\t2800.5\t7.2\n2\t萧山区\t2200\t6.0\n单位：亿元\n',
    facts: [
      { type: 'money', text: '2800.5', value: 280050000000, unit: 'CNY', region: '余杭', metric: '生产总值', period: '2023' },
      { type: 'growth', text: '7.2', value: 7.2, region: '余杭', metric: '生产总值' },
      { type: 'money', text: '2200', value: 220000000000, unit: 'CNY', region: '萧山', metric: '生产总值' },
      { type: 'growth', text: '6.0', value: 6, region: '萧山', metric: '生产总值' },
    ],
  },
  {
    name: 'an HK report: bare-year header row, currency before the scale, negatives in parentheses, a change column read for the latest year',
    file: 'annual.md',
    source: `截至12月31日止年度

| 項目 | 2022 | 2023 | 按年變幅（%） |
|---|---|---|---|
| 收益（港幣百萬元） | 1,250.6 | 1,380.2 | 10.4 |
| 經營溢利（港幣百萬元） | (35.2) | 48.9 | |
`,
    facts: [
      { type: 'money', text: '1,250.6', value: 1250600000, unit: 'HKD', metric: '收益', period: '2022' },
      { type: 'money', text: '1,380.2', value: 1380200000, unit: 'HKD', metric: '收益', period: '2023' },
      { type: 'growth', text: '10.4', value: 10.4, basis: 'yoy', metric: '收益', period: '2023' },
      { type: 'money', text: '35.2', value: -35200000, unit: 'HKD', metric: '經營溢利', period: '2022' },
      { type: 'money', text: '48.9', value: 48900000, unit: 'HKD', metric: '經營溢利', period: '2023' },
    ],
  },
  {
    name: 'a ranking with a numbering column and no header for it; the period stated by the prose before the table',
    file: 'ranking.html',
    source: `<h2>1-8月，全省跨境电商出口保持增长</h2><p>各市情况如下。</p>
<table><tr><td></td><td>城市</td><td>出口额（亿元）</td></tr>
<tr><td>1</td><td>深圳市</td><td>820.5</td></tr><tr><td>2</td><td>广州市</td><td>610</td></tr>
<tr><td>3</td><td>中国香港</td><td>12</td></tr></table>`,
    facts: [
      { type: 'money', text: '820.5', value: 82050000000, unit: 'CNY', region: '深圳', metric: '出口额', period: 'XXXX-01/XXXX-08' },
      { type: 'money', text: '610', value: 61000000000, unit: 'CNY', region: '广州', metric: '出口额' },
      { type: 'money', text: '12', value: 1200000000, unit: 'CNY', partner: '香港', metric: '出口额' },
    ],
  },
  {
    name: 'place and time from the document title; partner rows written 对… under the measure row above them',
    file: 'title.html',
    source: `<html><head><title>2021年温州市外贸运行情况</title></head><body><p>单位：亿元</p>
<table><tr><td>指标</td><td>绝对数</td><td>增长（%）</td></tr>
<tr><td>出口总额</td><td>950.2</td><td>11.0</td></tr>
<tr><td>其中：对日本</td><td>80</td><td>-4.5</td></tr></table></body></html>`,
    facts: [
      { type: 'money', text: '950.2', value: 95020000000, metric: '出口总额', region: '温州', partner: null, period: '2021' },
      { type: 'growth', text: '11.0', value: 11, metric: '出口总额', region: '温州' },
      { type: 'money', text: '80', value: 8000000000, metric: '出口总额', region: '温州', partner: '日本', period: '2021' },
      { type: 'growth', text: '-4.5', value: -4.5, metric: '出口总额', partner: '日本' },
    ],
  },
  {
    name: 'rows labelled by year: the year is the period, not part of the metric; a total column measures the total; a year in a cell note dates that cell',
    file: 'history.md',
    source: `## 历年分红记录

| 年份 | 现金(元) | 送股(元) | 合计(元) | 每股收益(元) |
|---|---|---|---|---|
| 2021 | 1.20 | 0.50 | 1.70 | 2.05 (2020) |
| 2020 | 1.10 | 0.00 | 1.10 | 1.96 (2019) |
`,
    facts: [
      { type: 'money', text: '1.20', value: 1.2, unit: 'CNY', metric: '现金', period: '2021' },
      { type: 'money', text: '0.50', value: 0.5, unit: 'CNY', metric: '送股', period: '2021' },
      { type: 'money', text: '1.70', value: 1.7, unit: 'CNY', metric: '合计', period: '2021' },
      { type: 'money', text: '2.05', value: 2.05, unit: 'CNY', metric: '每股收益', period: '2020' },
      { type: 'money', text: '1.10', value: 1.1, unit: 'CNY', metric: '现金', period: '2020' },
      { type: 'money', text: '0.00', value: 0, unit: 'CNY', metric: '送股', period: '2020' },
      { type: 'money', text: '1.10', value: 1.1, unit: 'CNY', metric: '合计', period: '2020' },
      { type: 'money', text: '1.96', value: 1.96, unit: 'CNY', metric: '每股收益', period: '2019' },
    ],
  },
  {
    name: 'cells of two lines (<br>) under headers of two lines: each line of a cell is read under the same line of its header; a rate line that names nothing is the rate of the line above',
    file: 'quarters.md',
    source: `| 季度 | 营收(亿元)<br>毛利率(%) | 净利润(亿元)<br>同比增长(%) |
|---|---|---|
| 2023年一季度 | 12.5<br>31.2 | 2.1<br>8.5 |
| 2023年二季度 | 13.8 亿元<br>30.6% | 2.4 亿元<br>14.3% |
`,
    facts: [
      { type: 'money', text: '12.5', value: 1250000000, unit: 'CNY', metric: '营收', period: '2023-Q1' },
      { type: 'percent', text: '31.2', value: 31.2, unit: '%', metric: '毛利率', period: '2023-Q1' },
      { type: 'money', text: '2.1', value: 210000000, unit: 'CNY', metric: '净利润', period: '2023-Q1' },
      { type: 'growth', text: '8.5', value: 8.5, unit: '%', basis: 'yoy', metric: '净利润', period: '2023-Q1' },
      { type: 'money', text: '13.8 亿元', value: 1380000000, unit: 'CNY', metric: '营收', period: '2023-Q2' },
      { type: 'percent', text: '30.6%', value: 30.6, unit: '%', metric: '毛利率', period: '2023-Q2' },
      { type: 'money', text: '2.4 亿元', value: 240000000, unit: 'CNY', metric: '净利润', period: '2023-Q2' },
      { type: 'growth', text: '14.3%', value: 14.3, unit: '%', basis: 'yoy', metric: '净利润', period: '2023-Q2' },
    ],
  },
  {
    name: 'header cells that start with a span of months (1→6 月, a holding period that dates nothing) are headers, not figures; a label column of strategies names no measure; 收益/股 keeps its slash',
    file: 'seasons.md',
    source: `2023年回测结果

| 策略 | 1→6 月收益/股(元) | 6→12 月涨幅(%) |
|---|---|---|
| 1 月买入 → 6 月卖出 | 1.25 | 3.5 |
| 6 月买入 → 12 月卖出 | 0.80 | -1.2 |
`,
    facts: [
      { type: 'money', text: '1.25', value: 1.25, unit: 'CNY', metric: '收益/股', period: '2023' },
      { type: 'growth', text: '3.5', value: 3.5, unit: '%', period: '2023' },
      { type: 'money', text: '0.80', value: 0.8, unit: 'CNY', metric: '收益/股', period: '2023' },
      { type: 'growth', text: '-1.2', value: -1.2, unit: '%', period: '2023' },
    ],
  },
  {
    name: 'a header wrapped with <br> over cells of one line is one header; a row label wrapped so is one label',
    file: 'wrapped.html',
    source: `<p>单位：亿元</p>
<table><tr><th>城市</th><th>出口<br>总额</th><th>进口<br>总额</th></tr>
<tr><td>宁波</td><td>560.2</td><td>230.5</td></tr>
<tr><td>台州<br>（含三门）</td><td>120.8</td><td>40.1</td></tr></table>`,
    facts: [
      { type: 'money', text: '560.2', value: 56020000000, unit: 'CNY', metric: '出口总额', region: '宁波' },
      { type: 'money', text: '230.5', value: 23050000000, unit: 'CNY', metric: '进口总额', region: '宁波' },
      { type: 'money', text: '120.8', value: 12080000000, unit: 'CNY', metric: '出口总额', region: '台州' },
      { type: 'money', text: '40.1', value: 4010000000, unit: 'CNY', metric: '进口总额', region: '台州' },
    ],
  },
  {
    name: 'a change table: a period column of year ranges (2019→2021) labels the rows; 起始 and 结束 are the ends of the range; a YoY row is a yoy change; a 变化率 is the change of what the caption names',
    file: 'change.md',
    source: `表4：营收变化

| 区间 | 年份 | 起始(亿元) | 结束(亿元) | 变化(亿元) | 变化率(%) |
|---|---|---|---|---|---|
| YoY | 2020→2021 | 33.0 | 36.0 | +3.0 | +9.1% |
| 2Y | 2019→2021 | 30.5 | 36.0 | +5.5 | +18.0% |
`,
    facts: [
      { type: 'money', text: '33.0', value: 3300000000, metric: '起始', period: '2020' },
      { type: 'money', text: '36.0', value: 3600000000, metric: '结束', period: '2021' },
      { type: 'money', text: '+3.0', value: 300000000, metric: '变化', period: '2020/2021' },
      { type: 'growth', text: '9.1%', value: 9.1, basis: 'yoy', metric: '营收', period: '2020/2021' },
      { type: 'money', text: '30.5', value: 3050000000, metric: '起始', period: '2019' },
      { type: 'money', text: '36.0', value: 3600000000, metric: '结束', period: '2021' },
      { type: 'money', text: '+5.5', value: 550000000, metric: '变化', period: '2019/2021' },
      { type: 'growth', text: '18.0%', value: 18, basis: null, metric: '营收', period: '2019/2021' },
    ],
  },
  {
    name: 'a key-value table whose first value is a duration (12 年) is still data; a cell with its own unit and year',
    file: 'summary.md',
    source: `| 项目 | 数据 |
|---|---|
| 统计年数 | 12 年 (2010-2021) |
| 最新每股分红 | 3.20 元 (2021) |
| 股息率3年平均 | 4.10% |
`,
    facts: [
      { type: 'money', text: '3.20 元', value: 3.2, unit: 'CNY', metric: '最新每股分红', period: '2021' },
      { type: 'percent', text: '4.10%', value: 4.1, unit: '%', metric: '股息率3年平均' },
    ],
  },
  {
    name: 'a matrix whose header row names spans of years (3年均, part of the metric; 最新 says only which figure) and whose rows are rates with their own names',
    file: 'matrix.md',
    source: `| 指标 | 最新 | 3年均 | 5年均 |
|---|---|---|---|
| 股息率(%) | 4.2 | 4.5 | 4.8 |
| 分红率(%) | 60.1 | 58.0 | 55.3 |
`,
    facts: [
      { type: 'percent', text: '4.2', value: 4.2, unit: '%', metric: '股息率' },
      { type: 'percent', text: '4.5', value: 4.5, unit: '%', metric: '股息率3年均' },
      { type: 'percent', text: '4.8', value: 4.8, unit: '%', metric: '股息率5年均' },
      { type: 'percent', text: '60.1', value: 60.1, unit: '%', metric: '分红率' },
      { type: 'percent', text: '58.0', value: 58, unit: '%', metric: '分红率3年均' },
      { type: 'percent', text: '55.3', value: 55.3, unit: '%', metric: '分红率5年均' },
    ],
  },
  {
    name: 'columns of trailing averages (2年均, 3年平均, 10年均) end at the year of the document date, the 最新 column beside them is that year',
    file: 'averages.md',
    source: `---
date: 2025-11-27
---
| 指标 | 最新 | 2年均 | 3年平均 | 10年均 |
|---|---|---|---|---|
| 股息率(%) | 4.2 | 4.5 | 4.8 | 5.0 |
`,
    facts: [
      { type: 'percent', text: '4.2', value: 4.2, unit: '%', metric: '股息率', period: '2025' },
      { type: 'percent', text: '4.5', value: 4.5, unit: '%', metric: '股息率2年均', period: '2024/2025' },
      { type: 'percent', text: '4.8', value: 4.8, unit: '%', metric: '股息率3年平均', period: '2023/2025' },
      { type: 'percent', text: '5.0', value: 5, unit: '%', metric: '股息率10年均', period: '2016/2025' },
    ],
  },
  {
    name: 'a table that names its currency in a header (USD): cells writing only a scale (1,250 亿) are money in it, a minus kept',
    file: 'currency.md',
    source: `| 经济体 | 最大出口市场 | 出口额 (USD) | 顺差 |
|---|---|---|---|
| 甲国 | 乙国 | 1,250 亿 | -310 亿 (出口 90 亿 vs 进口 400 亿) |
| 丙国 | 丁国 | 86 亿 | 数据缺失 |
`,
    facts: [
      { type: 'money', text: '1,250 亿', value: 125000000000, unit: 'USD' },
      { type: 'money', text: '-310 亿', value: -31000000000, unit: 'USD' },
      { type: 'money', text: '90 亿', value: 9000000000, unit: 'USD' },
      { type: 'money', text: '400 亿', value: 40000000000, unit: 'USD' },
      { type: 'money', text: '86 亿', value: 8600000000, unit: 'USD' },
    ],
  },
  {
    name: 'partner rows carrying a country code or a note in brackets are still partners',
    file: 'codes.md',
    source: `2024年中国对主要国家出口

| 国家（地区） | 出口额（亿美元） | 同比（%） |
|---|---|---|
| 美国 (842) | 5,250 | 4.9 |
| 日本（392） | 1,520 | -2.8 |
| 越南（初步数） | 1,610 | 17.3 |
`,
    facts: [
      { type: 'money', text: '5,250', value: 525000000000, unit: 'USD', metric: '出口额', region: '中国', partner: '美国', period: '2024' },
      { type: 'growth', text: '4.9', value: 4.9, basis: 'yoy', metric: '出口额', partner: '美国' },
      { type: 'money', text: '1,520', value: 152000000000, unit: 'USD', metric: '出口额', region: '中国', partner: '日本' },
      { type: 'growth', text: '-2.8', value: -2.8, partner: '日本' },
      { type: 'money', text: '1,610', value: 161000000000, unit: 'USD', metric: '出口额', partner: '越南' },
      { type: 'growth', text: '17.3', value: 17.3, partner: '越南' },
    ],
  },
  {
    name: 'reporters in the first column, the other side named in a later label column: region from the first, partner from the later',
    file: 'reporters.md',
    source: `各经济体2024年进口情况

| 经济体 | 最大进口来源 | 最大进口来源额（亿美元） | 对华贸易差额（亿美元） | 前三大来源 | 前三大来源占比（%） |
|---|---|---|---|---|---|
| 美国 (842) | 墨西哥 (484) | 5,060 | -2,950 | 墨西哥、中国、加拿大 | 41.2 |
| 德国（276） | 中国 | 1,570 | -620 | 中国、荷兰、美国 | 22.8 |
| 印度 (699) | 其他亚洲 | 980 | -850 | 中国、俄罗斯、美国 | 30.5 |
`,
    facts: [
      { type: 'money', text: '5,060', value: 506000000000, unit: 'USD', metric: '最大进口来源额', region: '美国', partner: '墨西哥', period: '2024' },
      { type: 'money', text: '-2,950', value: -295000000000, unit: 'USD', metric: '对华贸易差额', region: '美国', partner: '中国' },
      { type: 'percent', text: '41.2', value: 41.2, unit: '%', metric: '前三大来源', region: '美国', partner: null },
      { type: 'money', text: '1,570', value: 157000000000, unit: 'USD', region: '德国', partner: '中国' },
      { type: 'money', text: '-620', value: -62000000000, unit: 'USD', region: '德国', partner: '中国' },
      { type: 'percent', text: '22.8', value: 22.8, region: '德国', partner: null },
      { type: 'money', text: '980', value: 98000000000, unit: 'USD', region: '印度', partner: null },
      { type: 'money', text: '-850', value: -85000000000, unit: 'USD', region: '印度', partner: '中国' },
      { type: 'percent', text: '30.5', value: 30.5, region: '印度', partner: null },
    ],
  },
  {
    name: 'a column header that names the other side (对美出口) gives the partner; the row place stays the region',
    file: 'provinces.html',
    source: `<p>2023年部分省份对美出口情况</p>
<table><tr><td>省份</td><td>对美出口（亿元）</td><td>出口总额（亿元）</td></tr>
<tr><td>浙江省</td><td>5,320</td><td>35,700</td></tr>
<tr><td>江苏省</td><td>6,010</td><td>33,700</td></tr></table>`,
    facts: [
      { type: 'money', text: '5,320', value: 532000000000, unit: 'CNY', region: '浙江', partner: '美国', period: '2023' },
      { type: 'money', text: '35,700', value: 3570000000000, unit: 'CNY', metric: '出口总额', region: '浙江', partner: null },
      { type: 'money', text: '6,010', value: 601000000000, unit: 'CNY', region: '江苏', partner: '美国' },
      { type: 'money', text: '33,700', value: 3370000000000, unit: 'CNY', region: '江苏', partner: null },
    ],
  },
  {
    name: 'a customs table of goods: the unit column gives the unit of the quantity column only; a column naming its own unit (金额（亿元）) keeps it',
    file: 'goods.html',
    source: `<p>表3 2022年1-9月部分进口商品量值</p>
<table><tr><td>商品名称</td><td>计量单位</td><td>数量</td><td>金额（亿元）</td><td>金额比去年同期±%</td></tr>
<tr><td>铁矿砂及其精矿</td><td>万吨</td><td>81500</td><td>1362.4</td><td>-24.8</td></tr>
<tr><td>集成电路</td><td>亿个</td><td>4060</td><td>20318</td><td>-0.7</td></tr>
<tr><td>机电产品</td><td>-</td><td>-</td><td>52100</td><td>-3.5</td></tr></table>`,
    facts: [
      { type: 'measure', text: '81500', value: 815000000, unit: 't', metric: '铁矿砂及其精矿', period: '2022-01/2022-09' },
      { type: 'money', text: '1362.4', value: 136240000000, unit: 'CNY', metric: '铁矿砂及其精矿', period: '2022-01/2022-09' },
      { type: 'growth', text: '-24.8', value: -24.8, unit: '%', basis: 'yoy', metric: '铁矿砂及其精矿' },
      { type: 'count', text: '4060', value: 406000000000, unit: '个', metric: '集成电路' },
      { type: 'money', text: '20318', value: 2031800000000, unit: 'CNY', metric: '集成电路' },
      { type: 'growth', text: '-0.7', value: -0.7, basis: 'yoy', metric: '集成电路' },
      { type: 'money', text: '52100', value: 5210000000000, unit: 'CNY', metric: '机电产品' },
      { type: 'growth', text: '-3.5', value: -3.5, basis: 'yoy', metric: '机电产品' },
    ],
  },
  {
    name: 'partners under their full official names (东南亚国家联盟, 欧洲联盟, 俄罗斯联邦, 印度尼西亚, 阿拉伯联合酋长国); a 总值 row measures what its column does',
    file: 'partners-full.html',
    source: `<p>2021年我国对部分国家和地区出口</p><p>单位：亿美元</p>
<table><tr><td>国别（地区）</td><td>出口</td><td>同比（%）</td></tr>
<tr><td>总值</td><td>30125</td><td>21.4</td></tr>
<tr><td>东南亚国家联盟</td><td>4410</td><td>19.7</td></tr>
<tr><td>欧洲联盟</td><td>4963</td><td>28.2</td></tr>
<tr><td>俄罗斯联邦</td><td>605</td><td>30.1</td></tr>
<tr><td>印度尼西亚</td><td>607</td><td>48.0</td></tr>
<tr><td>阿拉伯联合酋长国</td><td>438</td><td>35.9</td></tr></table>`,
    facts: [
      { type: 'money', text: '30125', value: 3012500000000, unit: 'USD', metric: '出口', region: '中国', partner: null, period: '2021' },
      { type: 'growth', text: '21.4', value: 21.4, basis: 'yoy', metric: '出口', region: '中国', partner: null },
      { type: 'money', text: '4410', value: 441000000000, unit: 'USD', metric: '出口', region: '中国', partner: '东盟' },
      { type: 'growth', text: '19.7', value: 19.7, basis: 'yoy', metric: '出口', partner: '东盟' },
      { type: 'money', text: '4963', value: 496300000000, unit: 'USD', metric: '出口', partner: '欧盟' },
      { type: 'growth', text: '28.2', value: 28.2, basis: 'yoy', metric: '出口', partner: '欧盟' },
      { type: 'money', text: '605', value: 60500000000, unit: 'USD', metric: '出口', partner: '俄罗斯' },
      { type: 'growth', text: '30.1', value: 30.1, basis: 'yoy', metric: '出口', partner: '俄罗斯' },
      { type: 'money', text: '607', value: 60700000000, unit: 'USD', metric: '出口', partner: '印度尼西亚' },
      { type: 'growth', text: '48.0', value: 48, basis: 'yoy', metric: '出口', partner: '印度尼西亚' },
      { type: 'money', text: '438', value: 43800000000, unit: 'USD', metric: '出口', partner: '阿联酋' },
      { type: 'growth', text: '35.9', value: 35.9, basis: 'yoy', metric: '出口', partner: '阿联酋' },
    ],
  },
  {
    name: 'balances at the end of a year: a 年末数 column names no measure, a 比上年末增长 column is a yoy growth of the row',
    file: 'balances.html',
    source: `<p>表5 2023年末金融机构本外币存贷款</p>
<table><tr><td>指标</td><td>年末数（亿元）</td><td>比上年末增长（%）</td></tr>
<tr><td>各项存款余额</td><td>18250.6</td><td>8.7</td></tr>
<tr><td>各项贷款余额</td><td>21034.9</td><td>10.3</td></tr></table>`,
    facts: [
      { type: 'money', text: '18250.6', value: 1825060000000, unit: 'CNY', metric: '各项存款余额' },
      { type: 'growth', text: '8.7', value: 8.7, basis: 'yoy', metric: '各项存款余额' },
      { type: 'money', text: '21034.9', value: 2103490000000, unit: 'CNY', metric: '各项贷款余额' },
      { type: 'growth', text: '10.3', value: 10.3, basis: 'yoy', metric: '各项贷款余额' },
    ],
  },
  {
    name: 'a monthly table: a first column of months (2023.01, 2023年2月, 3月, 1-3月) labels the rows and dates them',
    file: 'monthly.html',
    source: `<p>2023年一季度各月货物贸易</p><p>单位：亿元</p>
<table><tr><td>年月</td><td>出口</td><td>进口</td></tr>
<tr><td>2023.01</td><td>264.5</td><td>187.2</td></tr>
<tr><td>2023年2月</td><td>198.0</td><td>160.4</td></tr>
<tr><td>3月</td><td>251.7</td><td>190.3</td></tr>
<tr><td>1-3月</td><td>714.2</td><td>537.9</td></tr></table>`,
    facts: [
      { type: 'money', text: '264.5', value: 26450000000, unit: 'CNY', metric: '出口', period: '2023-01' },
      { type: 'money', text: '187.2', value: 18720000000, unit: 'CNY', metric: '进口', period: '2023-01' },
      { type: 'money', text: '198.0', value: 19800000000, metric: '出口', period: '2023-02' },
      { type: 'money', text: '160.4', value: 16040000000, metric: '进口', period: '2023-02' },
      { type: 'money', text: '251.7', value: 25170000000, metric: '出口', period: '2023-03' },
      { type: 'money', text: '190.3', value: 19030000000, metric: '进口', period: '2023-03' },
      { type: 'money', text: '714.2', value: 71420000000, metric: '出口', period: '2023-01/2023-03' },
      { type: 'money', text: '537.9', value: 53790000000, metric: '进口', period: '2023-01/2023-03' },
    ],
  },
  {
    name: 'two Markdown tables one after the other, the second opening with its own title and unit rows: each keeps its own header and unit; a 提高（百分点） column is a change in points',
    file: 'two-tables.md',
    source: `| 表1 2022年主要农产品产量 | | |
|---|---|---|
| 单位：万吨 | | |
| 品种 | 产量 | 比上年增长（%） |
| 稻谷 | 81.6 | 2.4 |
| 蔬菜 | 240.3 | 5.0 |

| 表2 2022年发展指标 | | |
|---|---|---|
| 指标 | 2022年 | 比上年提高（百分点） |
| 常住人口城镇化率（%） | 63.5 | 0.9 |
`,
    facts: [
      { type: 'measure', text: '81.6', value: 816000, unit: 't', metric: '稻谷产量', period: '2022' },
      { type: 'growth', text: '2.4', value: 2.4, unit: '%', basis: 'yoy', metric: '稻谷' },
      { type: 'measure', text: '240.3', value: 2403000, unit: 't', metric: '蔬菜产量' },
      { type: 'growth', text: '5.0', value: 5, unit: '%', basis: 'yoy', metric: '蔬菜' },
      { type: 'percent', text: '63.5', value: 63.5, unit: '%', metric: '常住人口城镇化率', period: '2022' },
      { type: 'growth', text: '0.9', value: 0.9, unit: 'pp', basis: 'yoy', metric: '常住人口城镇化率' },
    ],
  },
  {
    name: 'a table right after another, with only its caption between: the last row of the first (a place) is no lead of the second',
    file: 'after-table.html',
    source: `<p>表1 2022年对部分市场出口</p><p>单位：亿元</p>
<table><tr><td>市场</td><td>出口</td></tr>
<tr><td>欧盟</td><td>310.2</td></tr>
<tr><td>日本</td><td>95.4</td></tr></table>
<p>表2 主要出口商品</p>
<table><tr><td>商品</td><td>出口（亿元）</td></tr>
<tr><td>纺织品</td><td>120.8</td></tr></table>`,
    facts: [
      { type: 'money', text: '310.2', value: 31020000000, unit: 'CNY', metric: '出口', partner: '欧盟', period: '2022' },
      { type: 'money', text: '95.4', value: 9540000000, unit: 'CNY', metric: '出口', partner: '日本', period: '2022' },
      { type: 'money', text: '120.8', value: 12080000000, unit: 'CNY', metric: '纺织品出口', region: null, partner: null },
    ],
  },
  {
    name: "Traditional unit notes (單位：新臺幣億元, a currency before the scale); a 年增率 column is a growth; a note between two tables is the second one's",
    file: 'tw-tables.html',
    source: `<p>表1 2023年主要出口市場</p><p>單位：新臺幣億元</p>
<table><tr><td>市場</td><td>出口金額</td><td>年增率(%)</td></tr>
<tr><td>美國</td><td>21500</td><td>9.1</td></tr>
<tr><td>日本</td><td>6200</td><td>-4.0</td></tr></table>
<p>單位：百萬港元</p>
<table><tr><td>項目</td><td>2023年</td></tr>
<tr><td>訪港旅客消費</td><td>165,000</td></tr></table>`,
    facts: [
      { type: 'money', text: '21500', value: 2150000000000, unit: 'TWD', metric: '出口', partner: '美国', period: '2023' },
      { type: 'growth', text: '9.1', value: 9.1, unit: '%', metric: '出口', partner: '美国' },
      { type: 'money', text: '6200', value: 620000000000, unit: 'TWD', partner: '日本' },
      { type: 'growth', text: '-4.0', value: -4, unit: '%', partner: '日本' },
      { type: 'money', text: '165,000', value: 165000000000, unit: 'HKD', metric: '訪港旅客消費', period: '2023' },
    ],
  },
  {
    name: 'a section note with an ASCII colon and an exception (單位: 百萬新台幣, 只有 Margin 為 %) governs the tables under it, each with only its caption between; a ratio column (P/E) takes no unit from it',
    file: 'coverage.md',
    source: `## 經營概況 (單位: 百萬新台幣, 只有 Margin 為 %)
### 估值 (股價 $58.20 as of 2025-12-31 | TTM 截至 2025-09-30 | Forward 預估至 2026-12-31)
| P/E (TTM) | P/B |
|-----------|-----|
|     12.40 | 1.85 |

### 年度數據 (近 2 年)
|             |  2024-12-31 |  2023-12-31 |
|:------------|------------:|------------:|
| Revenue     |     5210.40 |     4870.10 |
| Net Margin  |       21.35 |       19.80 |

### 季度數據 (近 2 季)
|             |  2025-09-30 |  2025-06-30 |
|:------------|------------:|------------:|
| Revenue     |     1402.20 |     1310.50 |
| Net Margin  |       22.10 |       20.45 |
`,
    facts: [
      { type: 'money', text: '5210.40', value: 5210400000, unit: 'TWD', metric: 'Revenue' },
      { type: 'money', text: '4870.10', value: 4870100000, unit: 'TWD', metric: 'Revenue' },
      { type: 'percent', text: '21.35', value: 21.35, unit: '%', metric: 'Net Margin' },
      { type: 'percent', text: '19.80', value: 19.8, unit: '%', metric: 'Net Margin' },
      { type: 'money', text: '1402.20', value: 1402200000, unit: 'TWD', metric: 'Revenue' },
      { type: 'money', text: '1310.50', value: 1310500000, unit: 'TWD', metric: 'Revenue' },
      { type: 'percent', text: '22.10', value: 22.1, unit: '%', metric: 'Net Margin' },
      { type: 'percent', text: '20.45', value: 20.45, unit: '%', metric: 'Net Margin' },
    ],
  },
  {
    name: 'columns headed YoY / MoM (English abbreviations in Chinese reports) hold growth',
    file: 'partners.md',
    source: `| 夥伴 | 出口額 (百萬 USD) | MoM（vs 5月） | YoY 變化 |
|---|---|---|---|
| 日本 | 6,120.5 | +4.2% | -12.6% |
| 韓國 | 5,310.8 | -3.1% | 8.0% |
`,
    facts: [
      { type: 'money', text: '6,120.5', value: 6120500000, unit: 'USD', partner: '日本' },
      { type: 'growth', text: '4.2%', value: 4.2, unit: '%', basis: 'mom' },
      { type: 'growth', text: '-12.6%', value: -12.6, unit: '%', basis: 'yoy' },
      { type: 'money', text: '5,310.8', value: 5310800000, unit: 'USD', partner: '韩国' },
      { type: 'growth', text: '-3.1%', value: -3.1, unit: '%', basis: 'mom' },
      { type: 'growth', text: '8.0%', value: 8, unit: '%', basis: 'yoy' },
    ],
  },
  {
    name: 'a header row of years heading words (2024 GDP 成長 | 2023) is a header: the rates under it are growth',
    file: 'gdp.md',
    source: `| 經濟體 | 2024 GDP 成長 | 2023 GDP 成長 |
|---|---|---|
| 法國 | +1.10% | +0.90% |
| 義大利 | -0.20% | +0.70% |
`,
    facts: [
      { type: 'growth', text: '1.10%', value: 1.1, unit: '%' },
      { type: 'growth', text: '0.90%', value: 0.9, unit: '%' },
      { type: 'growth', text: '-0.20%', value: -0.2, unit: '%' },
      { type: 'growth', text: '0.70%', value: 0.7, unit: '%' },
    ],
  },
  {
    name: 'column headers that are dates: year-end dates are those years, quarter-end dates those quarters; 2024Q4 is a quarter',
    file: 'financials.md',
    source: `## 财务摘要

| 项目 | 2024-12-31 | 2023-12-31 |
|---|---|---|
| 营业收入（亿元） | 120.5 | 110.2 |
| 毛利率（%） | 35.1 | 33.0 |

季度数据

| 项目 | 2024-09-30 | 2024-06-30 | 2023-12-31 |
|---|---|---|---|
| 净利率（%） | 12.1 | 11.5 | 10.2 |

单季营收

| 指标 | 2024Q4 | 2025Q1 |
|---|---|---|
| 营收（亿元） | 30.1 | 31.2 |
`,
    facts: [
      { type: 'money', text: '120.5', value: 12050000000, unit: 'CNY', metric: '营业收入', period: '2024' },
      { type: 'money', text: '110.2', value: 11020000000, unit: 'CNY', metric: '营业收入', period: '2023' },
      { type: 'percent', text: '35.1', value: 35.1, metric: '毛利率', period: '2024' },
      { type: 'percent', text: '33.0', value: 33, metric: '毛利率', period: '2023' },
      { type: 'percent', text: '12.1', value: 12.1, metric: '净利率', period: '2024-Q3' },
      { type: 'percent', text: '11.5', value: 11.5, metric: '净利率', period: '2024-Q2' },
      { type: 'percent', text: '10.2', value: 10.2, metric: '净利率', period: '2023-Q4' },
      { type: 'money', text: '30.1', value: 3010000000, metric: '营收', period: '2024-Q4' },
      { type: 'money', text: '31.2', value: 3120000000, metric: '营收', period: '2025-Q1' },
    ],
  },
  {
    name: 'places as rows follow the table: a Traditional caption of imports from partners makes them partners of the caption’s reporter',
    file: 'partners.html',
    source: `<p>2024年日本自主要貿易夥伴進口</p><p>單位：億美元</p>
<table><tr><th>夥伴</th><th>進口額</th><th>逆差</th></tr>
<tr><td>中國</td><td>1520.3</td><td>-410.2</td></tr>
<tr><td>泰國</td><td>610.8</td><td>-350.1</td></tr></table>`,
    facts: [
      { type: 'money', text: '1520.3', value: 152030000000, unit: 'USD', region: '日本', partner: '中国', period: '2024' },
      { type: 'money', text: '-410.2', value: -41020000000, unit: 'USD', region: '日本', partner: '中国' },
      { type: 'money', text: '610.8', value: 61080000000, unit: 'USD', region: '日本', partner: '泰国' },
      { type: 'money', text: '-350.1', value: -35010000000, unit: 'USD', region: '日本', partner: '泰国' },
    ],
  },
  {
    name: 'places as rows follow the table: rows headed 报告国, or beside a column about their partners (前三大伙伴占比), are the reporters',
    file: 'reporters.md',
    source: `2024年各国出口市场集中度

| 报告国 | 出口总额（亿美元） |
|---|---|
| 越南 | 3800.5 |
| 泰国 | 2850.0 |

按国家

| 国家 | 出口总额（亿美元） | 前三大伙伴占比（%） |
|---|---|---|
| 印度 | 4370.2 | 38.6 |
| 巴西 | 3390.7 | 45.2 |
`,
    facts: [
      { type: 'money', text: '3800.5', value: 380050000000, unit: 'USD', region: '越南', partner: null },
      { type: 'money', text: '2850.0', value: 285000000000, unit: 'USD', region: '泰国', partner: null },
      { type: 'money', text: '4370.2', value: 437020000000, unit: 'USD', region: '印度', partner: null },
      { type: 'percent', text: '38.6', value: 38.6, region: '印度', partner: null },
      { type: 'money', text: '3390.7', value: 339070000000, unit: 'USD', region: '巴西', partner: null },
      { type: 'percent', text: '45.2', value: 45.2, region: '巴西', partner: null },
    ],
  },
  {
    name: 'a reporter row with two other sides: each amount is with the place in the cell just before it; 进口国 says the amounts are imports',
    file: 'sources.md',
    source: `2024年主要进口来源

| 进口国 | 第一大来源 | 金额（亿美元） | 第二大来源 | 金额（亿美元） |
|---|---|---|---|---|
| 越南 | 中国 | 1200.5 | 韩国 | 600.2 |
| 泰国 | 中国 | 800.0 | 日本 | 450.3 |
`,
    facts: [
      { type: 'money', text: '1200.5', value: 120050000000, unit: 'USD', metric: '进口', region: '越南', partner: '中国' },
      { type: 'money', text: '600.2', value: 60020000000, unit: 'USD', metric: '进口', region: '越南', partner: '韩国' },
      { type: 'money', text: '800.0', value: 80000000000, unit: 'USD', metric: '进口', region: '泰国', partner: '中国' },
      { type: 'money', text: '450.3', value: 45030000000, unit: 'USD', metric: '进口', region: '泰国', partner: '日本' },
    ],
  },
  {
    name: 'a row label that opens with a place (德国经常账户) is about that place and measures the rest; a year in brackets after it dates the row',
    file: 'macro.md',
    source: `| 指标 | 本期 | 上期 |
|---|---|---|
| 德国经常账户（2023） | 2650 亿美元 | 2480 亿美元 |
| 印度外汇储备 | 6400 亿美元 | 6200 亿美元 |
`,
    facts: [
      { type: 'money', text: '2650 亿美元', value: 265000000000, unit: 'USD', metric: '经常账户', region: '德国', period: '2023' },
      { type: 'money', text: '2480 亿美元', value: 248000000000, unit: 'USD', metric: '经常账户', region: '德国', period: '2023' },
      { type: 'money', text: '6400 亿美元', value: 640000000000, unit: 'USD', metric: '外汇储备', region: '印度' },
      { type: 'money', text: '6200 亿美元', value: 620000000000, unit: 'USD', metric: '外汇储备', region: '印度' },
    ],
  },
  {
    name: 'a share column that names nothing else measures the share; the market before it is its other side',
    file: 'markets.md',
    source: `| 国家 | 最大出口市场 | 占比 |
|---|---|---|
| 越南 | 美国 | 29.5% |
| 智利 | 中国 | 38.2% |
`,
    facts: [
      { type: 'percent', text: '29.5%', value: 29.5, metric: '占比', region: '越南', partner: '美国' },
      { type: 'percent', text: '38.2%', value: 38.2, metric: '占比', region: '智利', partner: '中国' },
    ],
  },
  {
    name: 'a column headed MoM (vs the month before) holds changes of the level column before it, in the caption’s month, not the month it compares with',
    file: 'mom.md',
    source: `美国对主要伙伴出口（2025年3月）

| 伙伴 | 出口额（亿美元） | MoM（vs 2月） |
|---|---|---|
| 日本 | 80.5 | +3.2% |
| 德国 | 70.1 | -1.5% |
`,
    facts: [
      { type: 'money', text: '80.5', value: 8050000000, metric: '出口额', region: '美国', partner: '日本', period: '2025-03' },
      { type: 'growth', text: '3.2%', value: 3.2, basis: 'mom', metric: '出口额', region: '美国', partner: '日本', period: '2025-03' },
      { type: 'money', text: '70.1', value: 7010000000, metric: '出口额', region: '美国', partner: '德国', period: '2025-03' },
      { type: 'growth', text: '-1.5%', value: -1.5, basis: 'mom', metric: '出口额', region: '美国', partner: '德国', period: '2025-03' },
    ],
  },
  {
    name: 'two Markdown tables apart by a blank line: the second, headed by bare years, is a table of its own',
    file: 'two.md',
    source: `| 地区 | 出口（亿元） |
|---|---|
| 华东 | 120.5 |
| 华南 | 98.2 |

| 指标 | 2023 | 2024 |
|---|---|---|
| 进口（亿元） | 10.5 | 12.5 |
| 增长（%） | 3.1 | 4.2 |
`,
    facts: [
      { type: 'money', text: '120.5', value: 12050000000, unit: 'CNY', metric: '华东出口', period: null },
      { type: 'money', text: '98.2', value: 9820000000, unit: 'CNY', metric: '华南出口', period: null },
      { type: 'money', text: '10.5', value: 1050000000, unit: 'CNY', metric: '进口', period: '2023' },
      { type: 'money', text: '12.5', value: 1250000000, unit: 'CNY', metric: '进口', period: '2024' },
      { type: 'growth', text: '3.1', value: 3.1, unit: '%', metric: '进口', period: '2023' },
      { type: 'growth', text: '4.2', value: 4.2, unit: '%', metric: '进口', period: '2024' },
    ],
  },
  {
    name: 'two HTML tables in a row: the second, headed by year-ends, is a table of its own',
    file: 'two.html',
    source: `<table><tr><th>企业</th><th>营收（亿元）</th></tr><tr><td>甲公司</td><td>35.2</td></tr><tr><td>乙公司</td><td>40.8</td></tr></table>
<table><tr><th>项目</th><th>2024-12-31</th><th>2023-12-31</th></tr><tr><td>总资产（亿元）</td><td>88.6</td><td>80.1</td></tr></table>`,
    facts: [
      { type: 'money', text: '35.2', value: 3520000000, unit: 'CNY', metric: '营收' },
      { type: 'money', text: '40.8', value: 4080000000, unit: 'CNY', metric: '营收' },
      { type: 'money', text: '88.6', value: 8860000000, unit: 'CNY', metric: '总资产', period: '2024' },
      { type: 'money', text: '80.1', value: 8010000000, unit: 'CNY', metric: '总资产', period: '2023' },
    ],
  },
  {
    name: 'a schedule is not data: no table facts',
    file: 'schedule.html',
    source: `<p>活动日程</p><table><tr><th>时间</th><th>活动</th><th>地点</th></tr>
<tr><td>9:00</td><td>开幕式</td><td>1号馆</td></tr><tr><td>14:30</td><td>对接会</td><td>3楼</td></tr></table>`,
    facts: [],
  },
  {
    name: 'a contact list is not data: no table facts',
    file: 'contacts.md',
    source: `| 单位 | 联系人 | 电话 |
|---|---|---|
| 市商务局 | 王先生 | 0571-87001234 |
| 海关 | 李女士 | 12360 |
`,
    facts: [],
  },
  {
    name: 'a table that gives no unit: bare numbers stay out',
    file: 'nounit.html',
    source: `<table><tr><th>企业</th><th>数值</th></tr><tr><td>甲公司</td><td>35</td></tr><tr><td>乙公司</td><td>40</td></tr></table>`,
    facts: [],
  },
];
