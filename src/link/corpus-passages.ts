import type { LinkExample } from './corpus.js';

// The link corpus, passages and partners: texts of several lines (a headline from the metadata,
// headings, paragraphs opened by a lead clause, continuation openers), flows between two places
// (reporter as region, the other side as partner), and names that hold a place without being
// about it (companies, customs houses, routes, ranks). Written from the language of Chinese
// economic news in general, not from any document. A field left out is not checked.

export const passageCorpus: LinkExample[] = [
  // --- a stretch counted from the reference (未来五年, 近三个月) is the period of the figures after
  // it, not the year the passage stated before (REF_DATE 2024-07-15)
  [
    '2023年，全省出口增长5%。\n未来五年，全省固定资产投资将年均增长10%。\n近三个月，全省出口增长8%。',
    [
      { text: '5%', period: '2023' },
      { text: '10%', period: '2024/2028' },
      { text: '8%', period: '2024-04/2024-06' },
    ],
  ],
  // --- visitors named by where they come from: that place is the partner, the place visited the region;
  // a Hong Kong source names its city by 港 (本港, 访港, 在港)
  [
    '十月份訪港旅客約410萬人次，按年上升9.5%。其中內地旅客約320萬人次；非內地旅客約90萬人次。日本旅客上升26%。\n在港消費的內地旅客人均消費約4,800元。',
    [
      { text: '410萬人次', metric: '訪港旅客', region: '香港', partner: null },
      { text: '320萬人次', region: '香港', partner: '中国' },
      { text: '90萬人次', metric: '非內地旅客', region: '香港', partner: null },
      { text: '26%', region: '香港', partner: '日本' },
      { text: '4,800元', region: '香港', partner: '中国' },
    ],
    { title: '本港十月旅客人次續升' },
  ],
  [
    '国庆假期，三亚接待俄罗斯游客1.2万人次，增长35%。',
    [
      { text: '1.2万人次', region: '三亚', partner: '俄罗斯' },
      { text: '35%', region: '三亚', partner: '俄罗斯' },
    ],
  ],
  // elsewhere 本港 is a port's own: no place
  ['今年以来，本港集装箱吞吐量突破2000万标准箱。', [{ text: '2000万标准箱', region: null }]],
  // --- a headline's scene-setting clause (…之下，) names no subject: the place after it is
  ['前8个月，出口增长5.9%。', [{ text: '5.9%', region: '中国' }], { title: '美国加征关税之下，中国外贸仍在扩张', refDate: '2025-09-10' }],
  ['前8个月，出口增长5.9%。', [{ text: '5.9%', region: '美国' }], { title: '美国出口在关税战之下继续下滑', refDate: '2025-09-10' }],
  // --- the headline (the document's title) frames the body: its period and its place
  [
    '江西外贸进出口4100亿元，同比增长5.1%。\n其中，出口2900亿元，增长7.3%。\n从贸易方式看，一般贸易进出口3000亿元，增长6.2%。',
    [
      { text: '4100亿元', metric: '外贸进出口', region: '江西', partner: null, period: '2024-01/2024-10' },
      { text: '5.1%', region: '江西', period: '2024-01/2024-10', basis: 'yoy' },
      { text: '2900亿元', metric: '出口', region: '江西', period: '2024-01/2024-10' },
      { text: '3000亿元', metric: '一般贸易进出口', region: '江西', period: '2024-01/2024-10' },
    ],
    { title: '前10个月江西外贸进出口增长5.1%', refDate: '2024-11-20' },
  ],
  [
    '全省地区生产总值43944亿元，比上年增长5.5%。\n粮食总产量3809万吨，比上年增长0.6%。',
    [
      { text: '43944亿元', metric: '地区生产总值', region: '河北', period: '2023' },
      { text: '5.5%', region: '河北', period: '2023', basis: 'yoy' },
      { text: '3809万吨', metric: '粮食总产量', region: '河北', period: '2023' },
      { text: '0.6%', region: '河北', period: '2023', basis: 'yoy' },
    ],
    { title: '河北省2023年国民经济和社会发展统计公报', refDate: '2024-03-01' },
  ],
  // jieba's guess at an unknown word (港前) is no word: the date after the name still frames its figure
  ['宁波舟山港前10月货物吞吐量超11亿吨。', [{ text: '11亿吨', period: '2024-01/2024-10' }], { refDate: '2024-11-12' }],
  // a bulletin of news items: each item's headline (a line of its own that states a figure) starts a new
  // frame, so the place and period of the item before do not carry into it
  [
    '浙江：前三季度外贸进出口增长6.3%\n据杭州海关统计，前三季度，浙江外贸进出口3.9万亿元，增长6.3%。\n中欧班列年内开行突破1.5万列\n记者从国铁集团获悉，截至11月20日，中欧班列今年开行1.5万列，发送货物160万标箱。',
    [
      { text: '6.3%', region: '浙江', period: '2024-Q1/2024-Q3' },
      { text: '3.9万亿元', region: '浙江', period: '2024-Q1/2024-Q3' },
      { text: '1.5万列', region: null, period: '2024' },
      { text: '1.5万列', region: null, period: '2024' },
      { text: '160万标箱', region: null },
    ],
    { refDate: '2024-11-21' },
  ],
  // a section title without a figure goes on with the section in force
  [
    '今年前三季度，江西省外贸进出口4200亿元。\n跨境电商\n跨境电商进出口增长18%。',
    [
      { text: '4200亿元', region: '江西', period: '2024-Q1/2024-Q3' },
      { text: '18%', region: '江西', period: '2024-Q1/2024-Q3' },
    ],
    { refDate: '2024-11-21' },
  ],
  // a Taiwan or Hong Kong source that names its own place: figures with no place of their own are that place's,
  // even when the text speaks of the mainland more often
  [
    '台股今日上漲1.2%，成交金額約3,200億元。外資買超150億元，中國概念股走弱，中國市場需求仍疲軟。',
    [
      { text: '1.2%', region: '台湾' },
      { text: '3,200億元', region: '台湾' },
      { text: '150億元', region: '台湾' },
    ],
  ],
  // a list of partners without 分别: the figure is the joint flow, its partner the members joined by 、
  [
    '前三季度，我省对日、韩出口增长8%，对德国和法国的出口合计达120亿美元。',
    [
      { text: '8%', partner: '日本、韩国' },
      { text: '120亿美元', partner: '德国、法国' },
    ],
  ],
  // a pair name (中俄贸易, 美中逆差, 日韩贸易): the first side reports, the second is the partner
  [
    '今年前4个月，美中商品贸易逆差为980亿美元，日韩贸易额下降5%，美台逆差则升至160亿美元。',
    [
      { text: '980亿美元', region: '美国', partner: '中国' },
      { text: '5%', region: '日本', partner: '韩国' },
      { text: '160亿美元', region: '美国', partner: '台湾' },
    ],
  ],
  [
    '我省对欧美进出口增长3%，中欧班列开行1200列。',
    [
      { text: '3%', region: null },
      { text: '1200列', region: null, partner: null },
    ],
  ],
  // a partner named first as a subject (日本为我省第三大贸易伙伴) is still the other side of the flow
  [
    '前8个月，我省外贸进出口2860亿元，增长4.4%。日本为我省第三大贸易伙伴，与日本贸易额为310亿元，增长2.6%。',
    [
      { text: '2860亿元', region: null, partner: null },
      { text: '310亿元', partner: '日本' },
      { text: '2.6%', partner: '日本' },
    ],
  ],
  [
    '東盟是本港第二大貿易夥伴，今年首三季與東盟的貿易額為9,800億元，上升8.2%。',
    [
      { text: '9,800億元', region: '香港', partner: '东盟' },
      { text: '8.2%', region: '香港', partner: '东盟' },
    ],
  ],
  // a byline under the headline (the issuing office, the day of issue) frames nothing: the headline's year governs
  [
    '# 某市2024年国民经济和社会发展统计公报\n\n某市统计局\n2025年3月20日\n\n初步核算，全年全市地区生产总值1260亿元，比上年增长5.1%。\n\n## 二、农业\n\n全年粮食总产量95万吨，增长1.2%。',
    [
      { text: '1260亿元', metric: '地区生产总值', period: '2024' },
      { text: '5.1%', period: '2024', basis: 'yoy' },
      { text: '95万吨', metric: '粮食总产量', period: '2024' },
    ],
  ],
  [
    '2023年全区外贸运行情况\n发布时间：2024年1月22日\n全年全区进出口总值860亿元，增长6.3%。',
    [
      { text: '860亿元', metric: '进出口总值', period: '2023' },
      { text: '6.3%', period: '2023' },
    ],
  ],
  [
    '去年，当地咖啡种植面积达到20万亩。\n全市咖啡加工企业超过300家，带动农户4万户增收。',
    [
      { text: '20万亩', region: '保山', period: '2023' },
      { text: '300家', metric: '咖啡加工企业', region: '保山', period: '2023' },
    ],
    { title: '云南保山：小咖啡豆撑起大产业' },
  ],
  [
    '今年鳳梨外銷日本達1.8萬噸，年增12%。\n農民表示，收購價格比去年高出兩成。',
    [
      { text: '1.8萬噸', region: '屏东', partner: '日本', period: '2024' },
      { text: '12%', region: '屏东', partner: '日本', basis: 'yoy' },
    ],
    { title: '屏東鳳梨外銷日本創新高' },
  ],
  [
    '进出口总值3.2万亿元，增长4.8%。\n民营企业进出口2.4万亿元，占比75%。',
    [
      { text: '3.2万亿元', metric: '进出口总值', region: '山东', period: '2024-H1' },
      { text: '2.4万亿元', metric: '民营企业进出口', region: '山东', period: '2024-H1' },
      { text: '75%', region: '山东', period: '2024-H1' },
    ],
    { title: '上半年山东外贸规模创历史同期新高' },
  ],
  [
    '据海关统计，前4个月，对东盟进出口2.1万亿元，增长8.2%；对欧盟进出口1.7万亿元，下降2.6%。',
    [
      { text: '2.1万亿元', region: '中国', partner: '东盟', period: '2024-01/2024-04' },
      { text: '8.2%', region: '中国', partner: '东盟', period: '2024-01/2024-04' },
      { text: '1.7万亿元', region: '中国', partner: '欧盟', period: '2024-01/2024-04' },
      { text: '2.6%', region: '中国', partner: '欧盟', period: '2024-01/2024-04' },
    ],
    { title: '海关总署：前4个月我国货物贸易进出口增长5.7%', refDate: '2024-05-10' },
  ],
  [
    '一季度，全区居民人均可支配收入1.1万元，增长5.6%。',
    [
      { text: '1.1万元', region: '广西', period: '2024-Q1' },
      { text: '5.6%', region: '广西', period: '2024-Q1' },
    ],
    { title: '广西壮族自治区一季度经济运行情况' },
  ],
  [
    '該縣今年稻米產量約12萬噸，較去年增加8%。',
    [
      { text: '12萬噸', region: '彰化', period: '2024' },
      { text: '8%', region: '彰化', basis: 'yoy' },
    ],
    { title: '彰化稻米豐收 農民笑開懷' },
  ],

  // --- headings open sections: a heading with a period frames what follows until the next one
  [
    '2023年工作回顾\n全市地区生产总值突破5000亿元，增长6%。\n一般公共预算收入420亿元。\n2024年主要目标\n地区生产总值增长5.5%左右。',
    [
      { text: '5000亿元', metric: '地区生产总值', region: '绍兴', period: '2023' },
      { text: '6%', region: '绍兴', period: '2023' },
      { text: '420亿元', region: '绍兴', period: '2023' },
      { text: '5.5%', metric: '地区生产总值', region: '绍兴', period: '2024' },
    ],
    { title: '绍兴市政府工作报告' },
  ],
  [
    '一、对外贸易\n全省进出口1.9万亿元，增长4%。\n二、利用外资\n全省实际使用外资80亿美元，下降10%。',
    [
      { text: '1.9万亿元', metric: '进出口', region: '湖北', period: '2024-H1' },
      { text: '80亿美元', metric: '实际使用外资', region: '湖北', period: '2024-H1' },
      { text: '10%', region: '湖北', period: '2024-H1' },
    ],
    { title: '湖北省上半年经济运行情况' },
  ],
  [
    '（二）跨境电商\n前三季度，全市跨境电商进出口320亿元。\n（三）服务贸易\n服务贸易进出口150亿元，增长11%。',
    [
      { text: '320亿元', metric: '跨境电商进出口', region: '南宁', period: '2024-Q1/2024-Q3' },
      { text: '150亿元', metric: '服务贸易进出口', region: '南宁', period: '2024-Q1/2024-Q3' },
      { text: '11%', region: '南宁', period: '2024-Q1/2024-Q3' },
    ],
    { title: '南宁市前三季度商务运行简况', refDate: '2024-10-25' },
  ],
  [
    '2022年回顾\n全县农业总产值56亿元。\n2023年回顾\n全县农业总产值61亿元，增长8.9%。',
    [
      { text: '56亿元', metric: '农业总产值', period: '2022' },
      { text: '61亿元', metric: '农业总产值', period: '2023' },
      { text: '8.9%', period: '2023' },
    ],
  ],
  ['三、消费市场\n社会消费品零售总额5200亿元，增长6.1%。', [{ text: '5200亿元', metric: '社会消费品零售总额', region: '成都', period: '2024-H1' }], { title: '2024年上半年成都市经济运行情况' }],
  ['第二部分 2024年重点任务\n全年新增城镇就业12万人。', [{ text: '12万人', period: '2024' }]],

  // --- a lead clause opens a paragraph: its period and place hold for the list after it
  [
    '据海关统计，前三季度浙江省进出口3.9万亿元，增长4.2%。\n其中，出口2.8万亿元，增长5.1%；进口1.1万亿元，增长1.9%。\n同期，民营企业进出口3.1万亿元，占全省外贸总值的79%。',
    [
      { text: '3.9万亿元', metric: '进出口', region: '浙江', period: '2024-Q1/2024-Q3' },
      { text: '4.2%', region: '浙江', period: '2024-Q1/2024-Q3', basis: null },
      { text: '2.8万亿元', metric: '出口', region: '浙江', period: '2024-Q1/2024-Q3' },
      { text: '1.1万亿元', metric: '进口', region: '浙江', period: '2024-Q1/2024-Q3' },
      { text: '3.1万亿元', metric: '民营企业进出口', region: '浙江', period: '2024-Q1/2024-Q3' },
      { text: '79%', region: '浙江', period: '2024-Q1/2024-Q3' },
    ],
    { refDate: '2024-10-20' },
  ],
  [
    '1-10月，全省规模以上工业增加值增长6.8%。\n分行业看，汽车制造业增长15.2%，电子行业增长9.7%。\n分地区看，杭州增长8.1%，宁波增长7.5%。',
    [
      { text: '6.8%', region: '浙江', period: '2024-01/2024-10' },
      { text: '15.2%', metric: '汽车制造业', region: '浙江', period: '2024-01/2024-10' },
      { text: '9.7%', metric: '电子行业', region: '浙江', period: '2024-01/2024-10' },
      { text: '8.1%', region: '杭州', period: '2024-01/2024-10' },
      { text: '7.5%', region: '宁波', period: '2024-01/2024-10' },
    ],
    { title: '浙江工业经济运行平稳', refDate: '2024-11-20' },
  ],
  [
    '2023年，合肥市新能源汽车产量74万辆，增长1.4倍。\n今年一季度，全市新能源汽车产量20万辆。',
    [
      { text: '74万辆', metric: '新能源汽车产量', region: '合肥', period: '2023' },
      { text: '20万辆', metric: '新能源汽车产量', region: '合肥', period: '2024-Q1' },
    ],
  ],
  [
    '1-5月，全国规模以上工业企业实现利润总额2.7万亿元，同比增长3.4%。\n其中，国有控股企业实现利润总额9000亿元。\n5月份，规模以上工业企业利润同比增长0.7%。',
    [
      { text: '2.7万亿元', metric: '利润总额', region: '中国', period: '2024-01/2024-05' },
      { text: '9000亿元', region: '中国', period: '2024-01/2024-05' },
      { text: '0.7%', region: '中国', period: '2024-05', basis: 'yoy' },
    ],
    { refDate: '2024-06-27' },
  ],
  [
    '今年以来，广东外贸稳中有进。\n深圳进出口2万亿元，增长20%。\n全省民营企业进出口3万亿元。',
    [
      { text: '2万亿元', region: '深圳', period: '2024' },
      { text: '3万亿元', metric: '民营企业进出口', region: '广东', period: '2024' },
    ],
  ],
  [
    '去年，江苏省规模以上工业增加值增长7.6%。\n全省高新技术产业产值占规上工业比重达49.9%。\n目前，全省共有高新技术企业5万家。',
    [
      { text: '7.6%', region: '江苏', period: '2023' },
      { text: '49.9%', region: '江苏', period: '2023' },
      { text: '5万家', metric: '高新技术企业', region: '江苏', period: null },
    ],
  ],
  [
    '前7个月，全国实际使用外资金额5400亿元。\n从行业看，制造业实际使用外资1500亿元。\n从来源地看，德国对华投资增长18%。',
    [
      { text: '5400亿元', region: '中国', period: '2024-01/2024-07' },
      { text: '1500亿元', region: '中国', period: '2024-01/2024-07' },
      { text: '18%', region: '德国', partner: '中国', period: '2024-01/2024-07' },
    ],
    { refDate: '2024-08-20' },
  ],

  // --- continuation openers keep the frame; an explicit period or place in a clause overrides it
  [
    '上半年，厦门市跨境电商进出口180亿元。\n此外，市场采购贸易出口50亿元，增长26%。',
    [
      { text: '180亿元', metric: '跨境电商进出口', region: '厦门', period: '2024-H1' },
      { text: '50亿元', metric: '市场采购贸易出口', region: '厦门', period: '2024-H1' },
      { text: '26%', region: '厦门', period: '2024-H1' },
    ],
  ],
  [
    '三季度，全国居民消费价格同比上涨0.5%。\n具体来看，食品价格下降2.1%，非食品价格上涨1.1%。',
    [
      { text: '0.5%', region: '中国', period: '2024-Q3', basis: 'yoy' },
      { text: '2.1%', metric: '食品价格', region: '中国', period: '2024-Q3' },
      { text: '1.1%', metric: '非食品价格', region: '中国', period: '2024-Q3' },
    ],
    { refDate: '2024-10-15' },
  ],
  [
    '前8个月，我国出口16.5万亿元，增长6.9%。\n从主要产品看，集成电路出口7400亿元，增长21%。',
    [
      { text: '16.5万亿元', region: '中国', period: '2024-01/2024-08' },
      { text: '7400亿元', metric: '集成电路出口', region: '中国', period: '2024-01/2024-08' },
      { text: '21%', region: '中国', period: '2024-01/2024-08' },
    ],
    { refDate: '2024-09-10' },
  ],
  [
    '海关总署今天发布数据，前5个月，我国货物贸易进出口17.5万亿元。\n5月份，进出口3.71万亿元，增长8.6%。\n其中，出口2.15万亿元。',
    [
      { text: '17.5万亿元', region: '中国', period: '2024-01/2024-05' },
      { text: '3.71万亿元', region: '中国', period: '2024-05' },
      { text: '8.6%', region: '中国', period: '2024-05' },
      { text: '2.15万亿元', metric: '出口', region: '中国', period: '2024-05' },
    ],
    { refDate: '2024-06-07' },
  ],
  [
    '上半年，江苏省进出口2.8万亿元，其中苏州市进出口1.2万亿元，无锡市进出口4000亿元。',
    [
      { text: '2.8万亿元', region: '江苏', period: '2024-H1' },
      { text: '1.2万亿元', region: '苏州', period: '2024-H1' },
      { text: '4000亿元', region: '无锡', period: '2024-H1' },
    ],
  ],
  [
    '2023年，全市接待游客1.2亿人次；今年上半年，接待游客7000万人次。',
    [
      { text: '1.2亿人次', region: '桂林', period: '2023' },
      { text: '7000万人次', region: '桂林', period: '2024-H1' },
    ],
    { title: '桂林文旅市场持续升温' },
  ],
  ['同期，全省电子商务交易额增长14%。', [{ text: '14%', region: '福建', period: '2024-Q1' }], { title: '一季度福建数字经济发展报告' }],

  ['2023年，全省粮食播种面积与2022年基本持平，粮食产量达到650亿斤。', [{ text: '650亿斤', period: '2023' }]],

  // --- reporter and partner: the reporting side is the region, the other side the partner
  [
    '前三季度，我国对巴西、智利进出口分别增长21.5%和8.3%。',
    [
      { text: '21.5%', region: '中国', partner: '巴西', period: '2024-Q1/2024-Q3' },
      { text: '8.3%', region: '中国', partner: '智利', period: '2024-Q1/2024-Q3' },
    ],
  ],
  ['一季度，浙江对日出口比对韩出口多50亿元。', [{ text: '50亿元', region: '浙江', partner: '日本', period: '2024-Q1' }]],
  [
    '2023年，我国对东盟进出口6.41万亿元，增长0.2%。',
    [
      { text: '6.41万亿元', metric: '对东盟进出口', region: '中国', partner: '东盟', period: '2023' },
      { text: '0.2%', region: '中国', partner: '东盟', period: '2023' },
    ],
  ],
  [
    '今年前8个月，山东对欧盟、美国出口分别增长3%和5.6%。',
    [
      { text: '3%', region: '山东', partner: '欧盟', period: '2024-01/2024-08' },
      { text: '5.6%', region: '山东', partner: '美国', period: '2024-01/2024-08' },
    ],
  ],
  ['去年，昆明鲜切花出口到日本的金额达1500万美元。', [{ text: '1500万美元', region: '昆明', partner: '日本', period: '2023' }]],
  [
    '前7个月，我国自澳大利亚进口铁矿砂4.1亿吨，增长3.1%。',
    [
      { text: '4.1亿吨', region: '中国', partner: '澳大利亚', period: '2024-01/2024-07' },
      { text: '3.1%', region: '中国', partner: '澳大利亚', period: '2024-01/2024-07' },
    ],
  ],
  [
    '1-6月，广西从越南进口水果35万吨，同比增长12%。',
    [
      { text: '35万吨', region: '广西', partner: '越南', period: '2024-01/2024-06' },
      { text: '12%', region: '广西', partner: '越南', basis: 'yoy' },
    ],
  ],
  ['2023年，中国与欧盟贸易额达7830亿美元。', [{ text: '7830亿美元', metric: '贸易额', region: '中国', partner: '欧盟', period: '2023' }]],
  ['2023年，泰国对华出口榴莲90万吨。', [{ text: '90万吨', region: '泰国', partner: '中国', period: '2023' }]],
  ['2023年，越南对华出口额增长6%。', [{ text: '6%', metric: '对华出口额', region: '越南', partner: '中国', period: '2023' }]],
  [
    '今年上半年，黑河市接待来自俄罗斯的游客12万人次，增长80%。',
    [
      { text: '12万人次', region: '黑河', partner: '俄罗斯', period: '2024-H1' },
      { text: '80%', region: '黑河', partner: '俄罗斯' },
    ],
  ],
  ['去年，浙江企业在越南投资18亿美元。', [{ text: '18亿美元', region: '浙江', partner: '越南', period: '2023' }]],
  ['今年前5个月，德国企业在华投资增长20%。', [{ text: '20%', region: '德国', partner: '中国', period: '2024-01/2024-05' }]],
  [
    '5月份，我国对美出口下降3.2%，对欧出口增长1.5%。',
    [
      { text: '3.2%', region: '中国', partner: '美国', period: '2024-05' },
      { text: '1.5%', region: '中国', partner: '欧盟', period: '2024-05' },
    ],
  ],
  ['今年1-4月，青岛口岸出口至东盟的轮胎达15万吨。', [{ text: '15万吨', region: '青岛', partner: '东盟', period: '2024-01/2024-04' }]],
  ['截至9月底，经霍尔果斯口岸运往哈萨克斯坦的货物达300万吨。', [{ text: '300万吨', region: '霍尔果斯', partner: '哈萨克斯坦' }]],
  ['今年以来，义乌发往西班牙的集装箱超过2万标箱。', [{ text: '2万标箱', region: '义乌', partner: '西班牙', period: '2024' }]],
  ['今年，台南芒果外銷日本逾800噸。', [{ text: '800噸', region: '台南', partner: '日本', period: '2024' }]],
  [
    '前10个月，我国对日本、韩国、印度分别进出口1.9万亿元、1.9万亿元和8000亿元。',
    [
      { text: '1.9万亿元', region: '中国', partner: '日本' },
      { text: '1.9万亿元', region: '中国', partner: '韩国' },
      { text: '8000亿元', region: '中国', partner: '印度' },
    ],
  ],
  ['2023年，日本对华直接投资下降30%。', [{ text: '30%', region: '日本', partner: '中国', period: '2023' }]],
  [
    '上半年，中俄贸易额达1.2万亿元，同比增长3.5%。',
    [
      { text: '1.2万亿元', region: '中国', partner: '俄罗斯', period: '2024-H1' },
      { text: '3.5%', region: '中国', partner: '俄罗斯', basis: 'yoy' },
    ],
  ],
  ['今年一季度，福建对台湾地区进出口270亿元，增长9%。', [{ text: '270亿元', region: '福建', partner: '台湾', period: '2024-Q1' }]],
  ['香港向内地出口的货值按年上升6.4%。', [{ text: '6.4%', region: '香港', partner: '中国', basis: 'yoy' }]],
  ['去年，我省赴新加坡投资的企业新增120家。', [{ text: '120家', partner: '新加坡', period: '2023' }]],
  ['上半年，我国对“一带一路”沿线国家进出口增长7.2%。', [{ text: '7.2%', region: '中国', partner: null, period: '2024-H1' }]],
  [
    '前三季度，我国对东盟进出口5.1万亿元，增长8.6%。其中，出口3万亿元，增长12%；进口2.1万亿元，增长3.6%。\n民营企业进出口16万亿元。',
    [
      { text: '5.1万亿元', region: '中国', partner: '东盟' },
      { text: '3万亿元', metric: '出口', region: '中国', partner: '东盟', period: '2024-Q1/2024-Q3' },
      { text: '12%', region: '中国', partner: '东盟' },
      { text: '2.1万亿元', metric: '进口', region: '中国', partner: '东盟' },
      { text: '16万亿元', region: '中国', partner: null, period: '2024-Q1/2024-Q3' },
    ],
  ],
  ['1-9月，我国对非洲进出口1.6万亿元，增长5.5%。', [{ text: '1.6万亿元', region: '中国', partner: '非洲', period: '2024-01/2024-09' }], { refDate: '2024-10-20' }],
  ['去年，我国对非直接投资额达到40亿美元。', [{ text: '40亿美元', region: '中国', partner: '非洲', period: '2023' }]],
  ['今年暑期，赴泰国旅游的游客同比增长30%。', [{ text: '30%', partner: '泰国', basis: 'yoy' }]],
  ['今年首季，來自內地的訪港旅客達到800萬人次，按年上升1.2倍。', [{ text: '800萬人次', region: '香港', partner: '中国', period: '2024-Q1' }], { title: '香港首季訪港旅客人次回升' }],
  [
    '去年臺灣對中國大陸出口金額下滑18%，占總出口的比重降至35%。',
    [
      { text: '18%', region: '台湾', partner: '中国', period: '2023' },
      { text: '35%', region: '台湾', partner: '中国' },
    ],
  ],
  [
    '上半年，我国对欧盟进出口2.7万亿元，增长0.4%，占我国外贸总值的13%。',
    [
      { text: '2.7万亿元', region: '中国', partner: '欧盟' },
      { text: '13%', region: '中国', partner: '欧盟' },
    ],
  ],
  // markets ranked with their figures in brackets: each bracketed place is a partner of the reporter
  [
    '去年，越南最大的出口市场为美国（出口额970亿美元，占比27%），其次为中国（610亿美元）。',
    [
      { text: '970亿美元', region: '越南', partner: '美国', period: '2023' },
      { text: '27%', region: '越南', partner: '美国' },
      { text: '610亿美元', region: '越南', partner: '中国' },
    ],
  ],
  [
    '泰国（350亿美元）与马来西亚（310亿美元）分列该省进口来源地第二、三位。',
    [
      { text: '350亿美元', partner: '泰国' },
      { text: '310亿美元', partner: '马来西亚' },
    ],
  ],
  [
    '广东（8.3万亿元）、江苏（5.2万亿元）、浙江（4.9万亿元）外贸规模位列全国前三。',
    [
      { text: '8.3万亿元', region: '广东', partner: null },
      { text: '5.2万亿元', region: '江苏', partner: null },
    ],
  ],
  ['今年前5个月，韩国对中国1,250亿美元的贸易额中，半导体占三成。', [{ text: '1,250亿美元', region: '韩国', partner: '中国', period: '2024-01/2024-05' }]],
  [
    '上半年，江苏对韩国和日本出口均以机电产品为主，分别达到1900亿元和1600亿元。',
    [
      { text: '1900亿元', region: '江苏', partner: '韩国' },
      { text: '1600亿元', region: '江苏', partner: '日本' },
    ],
  ],
  [
    '一季度，山东对俄罗斯进出口增长12%，其中农产品出口增长30%。',
    [
      { text: '12%', region: '山东', partner: '俄罗斯' },
      { text: '30%', region: '山东', partner: '俄罗斯' },
    ],
  ],
  ['2023年，广州与深圳的地区生产总值合计超过6万亿元。', [{ text: '6万亿元', partner: null, period: '2023' }]],
  ['该企业产品出口到美国、德国等40多个国家和地区。', [{ text: '40多个', region: null, partner: null }]],
  [
    '今年一季度，江苏社会消费品零售总额增长5%，出口增长3%。',
    [
      { text: '5%', region: '江苏', partner: null },
      { text: '3%', region: '江苏', partner: null },
    ],
  ],
  [
    '前三季度，浙江省对美国出口增长4.3%；同期，全省对欧盟出口下降1.8%。',
    [
      { text: '4.3%', region: '浙江', partner: '美国', period: '2024-Q1/2024-Q3' },
      { text: '1.8%', region: '浙江', partner: '欧盟', period: '2024-Q1/2024-Q3' },
    ],
  ],

  // --- supplies sent to places: 向…供应/增供/调运, a list closed by 等省 still lists with 分别
  [
    '入冬以来，电网公司每日向河北、山东、河南等省分别调运煤炭20万吨、15万吨和8万吨。',
    [
      { text: '20万吨', partner: '河北' },
      { text: '15万吨', partner: '山东' },
      { text: '8万吨', partner: '河南' },
    ],
  ],
  ['今年以来，该管道公司向江苏供应天然气52亿立方米。', [{ text: '52亿立方米', partner: '江苏' }]],
  ['省慈善总会向云南、贵州两省捐赠物资价值3000万元。', [{ text: '3000万元', partner: null }]],
  ['该企业向河北、山西等地调运化肥12万吨。', [{ text: '12万吨', partner: null }]],

  // --- a month followed by 以来 / 至今 reaches the reference date: it takes no year from the passage
  [
    '2023年前11个月，全国天然气产量2000亿立方米。1月份以来，该公司每日增供天然气30万方。',
    [
      { text: '2000亿立方米', period: '2023-01/2023-11' },
      { text: '30万方', period: '2024-01' },
    ],
    { refDate: '2024-01-10' },
  ],
  ['2022年，全省新开工项目1200个。3月以来，全省已签约项目86个。', [{ text: '86个', period: '2024-03' }], { refDate: '2024-06-20' }],

  // --- a Taiwan or Hong Kong source: its own ministries and 全國 / 國內 speak of its own place
  [
    '財政部今日公布，10月出口金額412億美元，較上年同月增加20.8%。若以新台幣計算，年增27.5%。',
    [
      { text: '412億美元', region: '台湾', period: '2024-10' },
      { text: '20.8%', region: '台湾', basis: 'yoy' },
    ],
    { refDate: '2024-11-08' },
  ],
  ['經濟部統計處指出，國內工業生產指數年增11.2%。', [{ text: '11.2%', region: '台湾', basis: 'yoy' }]],
  ['行政院主計總處預估，今年經濟成長率為3.9%。', [{ text: '3.9%', region: '台湾' }]],
  [
    '10月對東協出口76億美元，年增21.8%。',
    [
      { text: '76億美元', partner: '东盟' },
      { text: '21.8%', partner: '东盟', basis: 'yoy' },
    ],
    { refDate: '2024-11-08' },
  ],
  ['政府統計處公布，首季本地生產總值按年實質增長2.7%。', [{ text: '2.7%', region: '香港', basis: 'yoy' }]],
  // … while a mainland source's ministries and 全国 stay the mainland's
  ['财政部今天公布，1-10月全国一般公共预算收入18.5万亿元。', [{ text: '18.5万亿元', region: '中国' }]],
  // … and so does a mainland body quoted in a Taiwan paper
  ['中國海關總署公布，大陸10月出口年增12.7%。', [{ text: '12.7%', region: '中国' }]],

  // --- Taiwan wording: 成長 goes on with the flow; 出超/入超 are the balance; 按…觀察 opens a list
  ['10月對東協出口76億美元，成長21.8%。', [{ text: '21.8%', partner: '东盟' }]],
  ['10月進口342億美元，出超70億美元。', [{ text: '70億美元', metric: '出超' }]],
  [
    '按主要市場觀察，對美國出口123億美元，年增56.2%；對東協出口76億美元，成長21.8%。',
    [
      { text: '56.2%', basis: 'yoy' },
      { text: '21.8%', basis: 'yoy', partner: '东盟' },
    ],
  ],

  // --- a page title goes on with the site's name: only the headline before it frames the body
  ['全省外贸进出口6200亿元，增长6%。', [{ text: '6200亿元', region: '安徽', period: '2024-Q1/2024-Q3' }], { title: '前三季度安徽外贸进出口增长6%_经济频道_中国经济网' }],

  // --- names that hold a place without being about it: companies, customs houses, routes, ranks
  [
    '宁德时代2023年营业收入4009亿元，同比增长22%。',
    [
      { text: '4009亿元', metric: '营业收入', region: null, period: '2023' },
      { text: '22%', region: null, basis: 'yoy' },
    ],
  ],
  ['青岛啤酒上半年实现营业收入200亿元。', [{ text: '200亿元', metric: '营业收入', region: null, period: '2024-H1' }]],
  ['山东航空上半年运输旅客1200万人次。', [{ text: '1200万人次', region: null, period: '2024-H1' }]],
  ['徐工重工全年营业收入900亿元。', [{ text: '900亿元', region: null }]],
  ['杭州银行一季度净利润增长21%。', [{ text: '21%', metric: '净利润', region: null, period: '2024-Q1' }]],
  // a project or facility named after its place is in that place: the place stays the region
  ['漳州核电项目总投资超过400亿元。', [{ text: '400亿元', region: '漳州' }]],
  // a place right before another locates it; the organisation is named after the second
  ['据德国汉堡商会统计，德国企业去年对华投资增长4.3%。', [{ text: '4.3%', region: '德国', partner: '中国', period: '2023' }]],
  ['去年，内蒙古满洲里市口岸进出口货运量达到1500万吨。', [{ text: '1500万吨', region: '满洲里', period: '2023' }]],
  ['今年前两个月，日本国内新车销量下降8%。', [{ text: '8%', region: '日本', period: '2024-01/2024-02' }]],
  ['法国政府宣布，今年国内天然气储备将提高到120亿立方米。', [{ text: '120亿立方米', region: '法国', period: '2024' }]],
  ['据南京海关统计，1-7月，全省外贸进出口3.1万亿元。', [{ text: '3.1万亿元', metric: '外贸进出口', region: '江苏', period: '2024-01/2024-07' }], { title: '江苏外贸稳中向好' }],
  ['据杭州海关统计，今年前5个月，宁波市进出口5600亿元。', [{ text: '5600亿元', region: '宁波', period: '2024-01/2024-05' }]],
  // a customs house quoted as the source gives its place when the sentence names no other
  ['据厦门海关统计，一季度进出口2100亿元。', [{ text: '2100亿元', region: '厦门', period: '2024-Q1' }]],
  ['今年以来，中欧班列累计开行1.3万列，同比增长10%。', [{ text: '1.3万列', metric: '中欧班列', region: null, period: '2024' }]],
  ['义新欧班列今年开行1800列。', [{ text: '1800列', region: null, period: '2024' }]],
  ['沈阳至大连高速公路全长360公里。', [{ text: '360公里', region: null }]],
  ['苏州进出口总额位居全国第四，达到2.5万亿元。', [{ text: '2.5万亿元', region: '苏州' }]],
  ['今年前三季度，合肥地区生产总值增速在全省排名第二，达到6.1%。', [{ text: '6.1%', region: '合肥', period: '2024-Q1/2024-Q3' }]],
  ['东莞成为全国第15个地区生产总值超万亿元的城市，去年实现地区生产总值1.1万亿元。', [{ text: '1.1万亿元', region: '东莞', period: '2023' }]],
  ['广州白云国际机场旅客吞吐量位居全国第一，上半年达3600万人次。', [{ text: '3600万人次', region: '广州', period: '2024-H1' }]],
  ['北京银行去年资产规模突破4万亿元。', [{ text: '4万亿元', region: null, period: '2023' }]],
  ['四川长虹上半年营业收入530亿元，增长9%。', [{ text: '530亿元', region: null, period: '2024-H1' }]],
  // --- a headline that dates an issue (a week, a day) gives way to the data period its section's lead states
  [
    '## 一、出口\n2023年，全国跨境电商出口1.8万亿元。\n对东盟出口3000亿元，增长5%。',
    [
      { text: '1.8万亿元', period: '2023' },
      { text: '3000亿元', period: '2023' },
    ],
    { title: '外贸周报 2024年第28周' },
  ],
  ['2023年，全国跨境电商出口1.8万亿元。\n对东盟出口3000亿元，增长5%。', [{ text: '3000亿元', period: '2023' }], { title: '外贸动态 2024年7月12日' }],
  // --- a figure that qualifies a thing named after a place (全长18公里的成都地铁环线): that place is its region
  ['我国首条全长18公里的成都地铁环线今天开通。', [{ text: '18公里', region: '成都' }]],
  ['全国投资规模最大、总投资120亿元的宁波港区码头今天开工。', [{ text: '120亿元', region: '宁波' }]],
  // --- a headline that names the home country as part of a name (中国共产党…省, 中国（…）自贸区) and then a division is about the division
  [
    '五年来，全省地区生产总值年均增长6%。\n全省城镇化率达到75%。',
    [
      { text: '6%', metric: '地区生产总值', region: '江苏' },
      { text: '75%', metric: '城镇化率', region: '江苏' },
    ],
    { title: '在中国共产党江苏省第十四次代表大会上的报告', refDate: '2022-06-20' },
  ],
  ['挂牌以来，自贸试验区累计新增企业9.8万户。', [{ text: '9.8万户', region: '福建' }], { title: '中国（福建）自由贸易试验区挂牌五周年', refDate: '2020-04-21' }],
  ['进出口总值36万亿元，同比增长5%。', [{ text: '36万亿元', region: '中国' }], { title: '中国外贸前10月增长5%，广东领跑全国', refDate: '2024-11-20' }],
  // --- a paragraph that ends in a colon (到2030年主要目标：) frames the paragraphs it introduces
  [
    '三、今后五年的目标\n总体要求：坚持稳中求进。\n到2030年主要目标：\n——全省生产总值达到15万亿元。\n——城镇化率达到78%。\n四、主要任务\n全省新建保障性住房3万套。',
    [
      { text: '15万亿元', metric: '生产总值', region: '浙江', period: '2030' },
      { text: '78%', metric: '城镇化率', region: '浙江', period: '2030' },
      { text: '3万套', region: '浙江', period: '2026' },
    ],
    { title: '2026年浙江省政府工作报告', refDate: '2026-01-20' },
  ],
  // --- a flow 以 its markets 为主 (出口以美国（…）、欧盟（…）为主): the markets with their figures in brackets are partners
  [
    '去年，泰国出口以美国（出口额540亿美元，占比17%）、中国（370亿美元）和日本（250亿美元）为主。',
    [
      { text: '540亿美元', region: '泰国', partner: '美国' },
      { text: '17%', region: '泰国', partner: '美国' },
      { text: '370亿美元', region: '泰国', partner: '中国' },
      { text: '250亿美元', region: '泰国', partner: '日本' },
    ],
    { refDate: '2025-03-01' },
  ],
  [
    '巴西的前十大贸易伙伴中，最大为中国（1,570亿美元），美国（800亿美元）次之。',
    [
      { text: '1,570亿美元', region: '巴西', partner: '中国' },
      { text: '800亿美元', region: '巴西', partner: '美国' },
    ],
    { refDate: '2025-03-01' },
  ],
  // --- a place written in English (据 US Census 数据, Japan 对华出口) is that place, as a whole word
  // only: a currency code (USD, EUR), US$ or a longer word (Census, Chinatown) is none
  ['2024年，US 对墨西哥出口增长4%。', [{ text: '4%', region: '美国', partner: '墨西哥' }]],
  ['据 US Census 数据，2024年服务业就业人数增长2%。', [{ text: '2%', region: '美国' }]],
  ['2024年，Japan 对华出口下降6%。', [{ text: '6%', region: '日本' }]],
  ['2024年，South Korea 半导体出口增长43%。', [{ text: '43%', region: '韩国' }]],
  ['2024年，Viet Nam 出口增长14%。', [{ text: '14%', region: '越南' }]],
  ['2024年，U.S. 制造业产值增长2%。', [{ text: '2%', region: '美国' }]],
  ['据 UN Comtrade 数据，全球货物贸易额增长2%。', [{ text: '2%', region: null }]],
  [
    '该基金募资 USD 350亿，其中一期 EUR 2亿。',
    [
      { text: 'USD 350亿', region: null },
      { text: 'EUR 2亿', region: null },
    ],
  ],
  ['该公司在 Chinatown 的门店营收增长12%。', [{ text: '12%', region: null }]],
  ['该基金募资 US$ 50亿。', [{ text: 'US$ 50亿', region: null }]],
];
