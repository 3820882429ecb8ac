import type { LinkExample } from './corpus.js';

// The link corpus, outlines and place chains: numbered headings are siblings (each opens its
// section from its parent's frame, never from the sibling's), an unnumbered part title frames
// the numbered sections under it, a bulletin's headline day frames its items, and a chain of
// places is about its innermost one. Written from the language, not from any document; every
// figure states metric, region, partner, period and basis.

export const frameCorpus: LinkExample[] = [
  [
    '1. 浙江外贸稳中有进\n前三季度，全省进出口3.9万亿元，增长6%。\n2. 央行发布金融数据\n9月末，广义货币余额300万亿元。',
    [
      { text: '3.9万亿元', metric: '进出口', region: '浙江', partner: null, period: '2024-Q1/2024-Q3', basis: null },
      { text: '300万亿元', metric: '广义货币余额', region: '中国', partner: null, period: '2024-09-30', basis: null },
    ],
    { title: '新闻快报', refDate: '2024-10-20' },
  ],
  [
    '一、宁波\n全市港口货物吞吐量10亿吨。\n二、湖州\n全市旅游收入900亿元。\n三、综合\n游客人数比上年增长8%。',
    [
      { text: '10亿吨', metric: '港口货物吞吐量', region: '宁波', partner: null, period: null, basis: null },
      { text: '900亿元', metric: '旅游收入', region: '湖州', partner: null, period: null, basis: null },
      { text: '8%', metric: '游客人数', region: '浙江', partner: null, period: null, basis: 'yoy' },
    ],
    { title: '浙江各地经济概览', refDate: '2024-12-20' },
  ],
  [
    '（一）苏州\n1-9月，全市规上工业产值3万亿元。\n（二）无锡\n全市社会消费品零售总额2000亿元。',
    [
      { text: '3万亿元', metric: '规上工业产值', region: '苏州', partner: null, period: '2024-01/2024-09', basis: null },
      { text: '2000亿元', metric: '社会消费品零售总额', region: '无锡', partner: null, period: null, basis: null },
    ],
    { title: '江苏地市动态', refDate: '2024-10-20' },
  ],
  [
    '一、凉山州\n全州接待游客5000万人次。',
    [{ text: '5000万人次', metric: '游客', region: '凉山', partner: null, period: null, basis: null }],
    { title: '四川民族地区文旅报告', refDate: '2024-12-20' },
  ],
  ['目前，延边州有农民专业合作社3000家。', [{ text: '3000家', metric: '农民专业合作社', region: '延边', partner: null, period: null, basis: null }]],
  ['据日本东京都政府统计，今年上半年东京接待外国游客1200万人次。', [{ text: '1200万人次', metric: '游客', region: '东京', partner: null, period: '2024-H1', basis: null }]],
  [
    '1. 河南麦收进度过半\n全省已收获小麦4000万亩。\n2. 教育部部署暑期安全工作\n全国中小学生超过1.9亿人。',
    [
      { text: '4000万亩', metric: '小麦', region: '河南', partner: null, period: null, basis: null },
      { text: '1.9亿人', metric: '中小学生', region: '中国', partner: null, period: null, basis: null },
    ],
    { title: '新闻快讯', refDate: '2024-06-10' },
  ],
  [
    '4. 公安部通报治安形势\n今年以来，破获电信诈骗案件12万起。',
    [{ text: '12万起', metric: '电信诈骗案件', region: '中国', partner: null, period: '2024', basis: null }],
    { title: '新闻快讯', refDate: '2024-08-10' },
  ],
  [
    '海南自贸港建设提速\n一、招商引资\n全省新设外资企业800家。\n二、离岛免税\n免税店销售额200亿元。',
    [
      { text: '800家', metric: '外资企业', region: '海南', partner: null, period: null, basis: null },
      { text: '200亿元', metric: '免税店销售额', region: '海南', partner: null, period: null, basis: null },
    ],
    { refDate: '2024-06-20' },
  ],
  [
    '2023年工作回顾\n一、经济运行\n全市地区生产总值8000亿元。\n二、民生\n城镇新增就业12万人。\n2024年工作安排\n一、经济目标\n地区生产总值增长6%左右。',
    [
      { text: '8000亿元', metric: '地区生产总值', region: '合肥', partner: null, period: '2023', basis: null },
      { text: '12万人', metric: '城镇新增就业', region: '合肥', partner: null, period: '2023', basis: null },
      { text: '6%', metric: '地区生产总值', region: '合肥', partner: null, period: '2024', basis: null },
    ],
    { title: '合肥市政府工作报告', refDate: '2024-02-01' },
  ],
  [
    '2013年，铁路投资6600亿元。今天，国家发改委决定从1月10日起将汽油价格每吨降低125元。',
    [
      { text: '6600亿元', metric: '铁路投资', region: '中国', partner: null, period: '2013', basis: null },
      { text: '125元', region: '中国', partner: null, period: '2014-01-10', basis: null },
    ],
    { refDate: '2014-01-10' },
  ],
  ['我国首次300米饱和潜水作业完成。', [{ text: '300米', region: '中国', partner: null, period: '2014-01-10', basis: null }], { title: '新闻联播 2014-01-10', refDate: '2014-01-10' }],
  ['湖南平江县一家造纸厂年产量8000吨。', [{ text: '8000吨', metric: '造纸厂年产量', region: '平江', partner: null, period: null, basis: null }]],
  // --- a month and day after a date of last year that would go back in that year is this year's (去年5月29日…。1月7日…, read on 1月10日)
  ['去年的5月29日，一名客车司机救下24名乘客。1月7日，另一名司机在高速公路上保护了26名乘客。', [{ text: '26名', period: '2013-01-07' }], { refDate: '2013-01-10' }],
  ['2023年5月，该港开通3条新航线。8月，又开通2条。', [{ text: '2条', period: '2023-08' }], { refDate: '2024-03-01' }],
];
