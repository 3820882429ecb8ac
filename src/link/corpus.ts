import type { Basis } from '../schema/fact.js';

// The link corpus: text (one sentence, a paragraph, or a passage of several lines: headings and
// paragraphs) → for each figure, found by its `text`, the metric, region, partner, period and
// basis it must get. An example may give the document's title (its headline, from the metadata:
// not part of the text, so it yields no figure). A field left out is not checked;
// null means "must be null". Written from the language of Chinese economic news in general
// (customs statistics, trade, retail, industry, e-commerce, ports, investment), not from the seeds.
// Relative dates resolve against REF_DATE unless an example sets its own.

export const REF_DATE = '2024-07-15';

export interface LinkExpectation {
  text: string;
  metric?: string | null;
  region?: string | null;
  partner?: string | null;
  period?: string | null;
  basis?: Basis | null;
}

export interface LinkOptions {
  refDate?: string;
  /** the document's title from its metadata (front matter, <title>): the passage's headline */
  title?: string;
}

export type LinkExample = [text: string, expected: LinkExpectation[], options?: LinkOptions];

export const linkCorpus: LinkExample[] = [
  // --- the base of a comparison (高于全国, 比全省) is no region of the figures
  [
    '2025年，湖北外贸进出口达到7000亿元，增长8.1%，增速高于全国4.3个百分点。',
    [
      { text: '7000亿元', region: '湖北' },
      { text: '4.3个百分点', region: '湖北' },
    ],
  ],
  [
    '全市居民人均可支配收入增长6%，比全省平均水平快0.8个百分点。',
    [
      { text: '6%', region: null },
      { text: '0.8个百分点', region: null },
    ],
  ],
  // --- a sea a bulletin reports on is the place of its figures
  ['公报指出，去年我国近岸海域水质总体稳定，渤海未达到清洁海域水质标准的面积约为2.1万平方公里。', [{ text: '2.1万平方公里', region: '渤海' }]],
  // --- customs and trade: metric before the figure, date and place lead the clause
  [
    '据海关统计，今年前5个月，我国货物贸易进出口总值17.5万亿元，同比增长6.3%。',
    [
      { text: '17.5万亿元', metric: '货物贸易进出口总值', region: '中国', period: '2024-01/2024-05' },
      { text: '6.3%', metric: '货物贸易进出口总值', region: '中国', period: '2024-01/2024-05', basis: 'yoy' },
    ],
  ],
  [
    '2023年，广东省外贸进出口8.3万亿元，比上年增长0.3%，占全国的比重为20%。',
    [
      { text: '8.3万亿元', metric: '外贸进出口', region: '广东', period: '2023' },
      { text: '0.3%', metric: '外贸进出口', region: '广东', period: '2023', basis: 'yoy' },
      { text: '20%', metric: '占全国的比重', region: '广东', period: '2023' },
    ],
  ],
  [
    '一季度，宁波舟山港完成货物吞吐量3.5亿吨，同比增长4.5%；集装箱吞吐量930万标准箱，增长9.6%。',
    [
      { text: '3.5亿吨', metric: '货物吞吐量', period: '2024-Q1' },
      { text: '4.5%', metric: '货物吞吐量', period: '2024-Q1', basis: 'yoy' },
      { text: '9.6%', metric: '集装箱吞吐量', period: '2024-Q1', basis: null },
    ],
  ],
  [
    '其中，出口10.01万亿元，增长4.1%；进口7.49万亿元，增长6.1%。',
    [
      { text: '10.01万亿元', metric: '出口' },
      { text: '4.1%', metric: '出口', basis: null },
      { text: '7.49万亿元', metric: '进口' },
      { text: '6.1%', metric: '进口' },
    ],
  ],
  [
    '今年上半年，全国跨境电商进出口1.22万亿元，同比增长10.5%。其中，出口9664亿元，增长14%；进口2560亿元，增长1.8%。',
    [
      { text: '1.22万亿元', metric: '跨境电商进出口', region: '中国', period: '2024-H1' },
      { text: '10.5%', metric: '跨境电商进出口', region: '中国', period: '2024-H1', basis: 'yoy' },
      { text: '9664亿元', metric: '出口', region: '中国', period: '2024-H1' },
      { text: '14%', metric: '出口', region: '中国', period: '2024-H1' },
      { text: '2560亿元', metric: '进口', region: '中国', period: '2024-H1' },
    ],
  ],
  [
    '2022年，浙江省对美国出口额达到6000亿元，同比增长7.2%。',
    [
      { text: '6000亿元', metric: '对美国出口额', region: '浙江', period: '2022' },
      { text: '7.2%', metric: '对美国出口额', region: '浙江', period: '2022', basis: 'yoy' },
    ],
  ],
  [
    '1至8月，义乌市进出口总值4500亿元，同比增长18.1%，其中出口3900亿元。',
    [
      { text: '4500亿元', metric: '进出口总值', region: '义乌' },
      { text: '18.1%', metric: '进出口总值', region: '义乌', basis: 'yoy' },
      { text: '3900亿元', metric: '出口', region: '义乌' },
    ],
  ],
  [
    '今年前三季度，我国对东盟进出口4.9万亿元，增长5.4%，东盟继续保持我国第一大贸易伙伴地位。',
    [
      { text: '4.9万亿元', metric: '对东盟进出口', region: '中国', period: '2024-Q1/2024-Q3' },
      { text: '5.4%', metric: '对东盟进出口', region: '中国', period: '2024-Q1/2024-Q3', basis: null },
    ],
  ],
  [
    '2021年，中国与俄罗斯贸易额达1468.87亿美元，同比增长35.8%。',
    [
      { text: '1468.87亿美元', metric: '贸易额', region: '中国', period: '2021' },
      { text: '35.8%', metric: '贸易额', region: '中国', period: '2021', basis: 'yoy' },
    ],
  ],
  [
    '民营企业进出口11.6万亿元，增长9.4%，占我国外贸总值的53.5%。',
    [
      { text: '11.6万亿元', metric: '民营企业进出口' },
      { text: '9.4%', metric: '民营企业进出口' },
      { text: '53.5%', metric: '占我国外贸总值' },
    ],
  ],
  [
    '机电产品出口7.6万亿元，增长6.8%，占出口总值的59.2%。',
    [
      { text: '7.6万亿元', metric: '机电产品出口' },
      { text: '6.8%', metric: '机电产品出口' },
      { text: '59.2%', metric: '占出口总值' },
    ],
  ],
  [
    '6月份，我国出口同比增长8.6%，环比增长2.1%。',
    [
      { text: '8.6%', metric: '出口', region: '中国', period: '2024-06', basis: 'yoy' },
      { text: '2.1%', metric: '出口', region: '中国', period: '2024-06', basis: 'mom' },
    ],
  ],
  [
    '5月份，社会消费品零售总额39211亿元，同比增长3.7%，环比增长0.51%。',
    [
      { text: '39211亿元', metric: '社会消费品零售总额', period: '2024-05' },
      { text: '3.7%', metric: '社会消费品零售总额', period: '2024-05', basis: 'yoy' },
      { text: '0.51%', metric: '社会消费品零售总额', period: '2024-05', basis: 'mom' },
    ],
  ],
  [
    '全国网上零售额7.1万亿元，较去年同期增长9.8%。',
    [
      { text: '7.1万亿元', metric: '网上零售额', region: '中国' },
      { text: '9.8%', metric: '网上零售额', region: '中国', basis: 'yoy' },
    ],
  ],
  ['2023年全年，全国规模以上工业增加值比上年增长4.6%。', [{ text: '4.6%', metric: '规模以上工业增加值', region: '中国', period: '2023', basis: 'yoy' }]],

  // --- 分别: the k-th figure takes the k-th named member or the k-th figure before it
  [
    '进口和出口分别增长3.5%和6.2%。',
    [
      { text: '3.5%', metric: '进口' },
      { text: '6.2%', metric: '出口' },
    ],
  ],
  [
    '2023年，全省一般贸易进出口2.1万亿元，加工贸易进出口6000亿元，分别增长5%和下降2.3%。',
    [
      { text: '2.1万亿元', metric: '一般贸易进出口', period: '2023' },
      { text: '6000亿元', metric: '加工贸易进出口', period: '2023' },
      { text: '5%', metric: '一般贸易进出口', period: '2023' },
      { text: '2.3%', metric: '加工贸易进出口', period: '2023' },
    ],
  ],
  [
    '去年，全市新增市场主体12万户，新登记企业3.6万家，分别增长15%和22%。',
    [
      { text: '12万户', metric: '市场主体', period: '2023' },
      { text: '3.6万家', metric: '新登记企业', period: '2023' },
      { text: '15%', metric: '市场主体', period: '2023' },
      { text: '22%', metric: '新登记企业', period: '2023' },
    ],
  ],
  [
    '快递业务量和业务收入同比分别增长19.2%和14.5%。',
    [
      { text: '19.2%', metric: '快递业务量', basis: 'yoy' },
      { text: '14.5%', metric: '业务收入', basis: 'yoy' },
    ],
  ],

  // --- count: the counted noun after the classifier, else the noun before
  [
    '目前，全省已建成海外仓320个，服务企业超过5000家。',
    [
      { text: '320个', metric: '海外仓', period: null },
      { text: '5000家', metric: '服务企业', period: null },
    ],
  ],
  ['截至6月底，杭州共有跨境电商卖家2.5万家。', [{ text: '2.5万家', metric: '跨境电商卖家', region: '杭州' }]],
  [
    '本届博览会吸引了来自56个国家和地区的2800家企业参展。',
    [
      { text: '56个', metric: '国家和地区' },
      { text: '2800家', metric: '企业' },
    ],
  ],
  ['深圳已累计培育跨境电商品牌企业600多家。', [{ text: '600多家', metric: '跨境电商品牌企业', region: '深圳' }]],
  ['2023年，中欧班列共开行1.7万列，发送货物190万标箱。', [{ text: '1.7万列', metric: '中欧班列', period: '2023' }]],
  [
    '该省共认定省级跨境电商产业园45个，入驻企业1.2万家。',
    [
      { text: '45个', metric: '省级跨境电商产业园' },
      { text: '1.2万家', metric: '入驻企业' },
    ],
  ],
  ['全市新能源汽车保有量突破50万辆。', [{ text: '50万辆', metric: '新能源汽车保有量' }]],
  ['今年以来，青岛港新开通国际航线12条。', [{ text: '12条', metric: '国际航线', region: '青岛', period: '2024' }]],
  ['活动期间，平台共吸引消费者1200万人次参与。', [{ text: '1200万人次', metric: '消费者' }]],
  ['全国共有国家级经济技术开发区230家。', [{ text: '230家', metric: '国家级经济技术开发区', region: '中国' }]],
  [
    '会上，两地签约合作项目86个，总投资超过420亿元。',
    [
      { text: '86个', metric: '合作项目' },
      { text: '420亿元', metric: '总投资' },
    ],
  ],

  // --- percent: a share of a group (N%的X), 占…比重, a rate before the figure
  ['调查显示，约六成的受访企业表示订单有所增加。', [{ text: '六成', metric: '受访企业' }]],
  [
    '全省农村自来水普及率达到96%，规模化供水覆盖率为88%。',
    [
      { text: '96%', metric: '农村自来水普及率' },
      { text: '88%', metric: '规模化供水覆盖率' },
    ],
  ],
  ['2023年，成都市跨境电商交易规模占全省比重超过70%。', [{ text: '70%', metric: '跨境电商交易规模占全省比重', region: '成都', period: '2023' }]],
  [
    '外贸依存度为33%，比上年下降1.2个百分点。',
    [
      { text: '33%', metric: '外贸依存度' },
      { text: '1.2个百分点', metric: '外贸依存度', basis: 'yoy' },
    ],
  ],
  ['超过80%的中小企业已经开展数字化转型。', [{ text: '80%', metric: '中小企业' }]],
  ['高新技术产品出口占全市出口总额的比例提高到35%。', [{ text: '35%', metric: '高新技术产品出口占全市出口总额的比例' }]],
  ['直播电商销售额占网络零售额的比重达到三分之一。', [{ text: '三分之一', metric: '直播电商销售额占网络零售额的比重' }]],
  ['一季度，全国城镇调查失业率平均值为5.2%。', [{ text: '5.2%', region: '中国', period: '2024-Q1' }]],

  // --- growth alone: the metric of the figure or clause before it
  ['今年以来，青岛港冷链货物吞吐量持续扩大，同比增幅始终保持在30%以上。', [{ text: '30%', metric: '冷链货物吞吐量', region: '青岛', period: '2024', basis: 'yoy' }]],
  [
    '上半年，全区地区生产总值1.2万亿元，增长5.8%，增速比一季度加快0.3个百分点。',
    [
      { text: '1.2万亿元', metric: '地区生产总值', period: '2024-H1' },
      { text: '5.8%', metric: '地区生产总值', period: '2024-H1', basis: null },
    ],
  ],
  [
    '2023年，郑州航空港区手机产量达到1.5亿部，比上年下降12%。',
    [
      { text: '1.5亿部', region: '郑州', period: '2023' },
      { text: '12%', region: '郑州', period: '2023', basis: 'yoy' },
    ],
  ],
  [
    '去年，海南离岛免税店销售额437.6亿元，同比增长25.4%。',
    [
      { text: '437.6亿元', metric: '离岛免税店销售额', region: '海南', period: '2023' },
      { text: '25.4%', metric: '离岛免税店销售额', region: '海南', period: '2023', basis: 'yoy' },
    ],
  ],
  ['该公司营业收入同比翻一番。', [{ text: '翻一番', metric: '营业收入', basis: 'yoy' }]],
  [
    '今年1-6月，全国快递业务量累计完成800亿件，同比增长23%。',
    [
      { text: '800亿件', metric: '快递业务量', region: '中国', period: '2024-01/2024-06' },
      { text: '23%', metric: '快递业务量', region: '中国', period: '2024-01/2024-06', basis: 'yoy' },
    ],
  ],
  [
    '前7个月，实际使用外资金额5394.7亿元，同比下降29.6%。',
    [
      { text: '5394.7亿元', metric: '实际使用外资金额', period: '2024-01/2024-07' },
      { text: '29.6%', metric: '实际使用外资金额', period: '2024-01/2024-07', basis: 'yoy' },
    ],
  ],

  // --- measure
  [
    '本届展会展览面积达12万平方米，设置展位6000个。',
    [
      { text: '12万平方米', metric: '展览面积' },
      { text: '6000个', metric: '展位' },
    ],
  ],
  [
    '新建冷链仓储面积超过30万平方米，同比增长40%。',
    [
      { text: '30万平方米', metric: '冷链仓储面积' },
      { text: '40%', metric: '冷链仓储面积', basis: 'yoy' },
    ],
  ],
  ['2023年，天津港集装箱吞吐量突破2200万标准箱，货物吞吐量达到5.6亿吨。', [{ text: '5.6亿吨', metric: '货物吞吐量', region: '天津', period: '2023' }]],
  ['全县高标准农田建设面积累计达到45万亩。', [{ text: '45万亩', metric: '高标准农田建设面积' }]],

  // --- regions: places as written, normalization, places that are not the subject
  ['2023年，江苏省苏州市实现进出口总额2.46万亿元。', [{ text: '2.46万亿元', metric: '进出口总额', region: '苏州', period: '2023' }]],
  ['去年，内蒙古自治区规模以上工业增加值增长7.1%。', [{ text: '7.1%', metric: '规模以上工业增加值', region: '内蒙古', period: '2023' }]],
  ['广西壮族自治区对东盟进出口4000亿元。', [{ text: '4000亿元', metric: '对东盟进出口', region: '广西' }]],
  ['上海浦东新区跨境电商交易额增长12%。', [{ text: '12%', metric: '跨境电商交易额', region: '上海' }]],
  ['浦东新区跨境电商交易额增长12%。', [{ text: '12%', metric: '跨境电商交易额', region: '浦东' }]],
  ['延边朝鲜族自治州旅游收入达到300亿元。', [{ text: '300亿元', metric: '旅游收入', region: '延边' }]],
  ['2023年，越南对华出口额增长6%。', [{ text: '6%', metric: '对华出口额', region: '越南', period: '2023' }]],
  ['美国5月CPI同比上涨3.3%。', [{ text: '3.3%', region: '美国', basis: 'yoy' }]],
  ['日本央行数据显示，日本企业投资增长4%。', [{ text: '4%', metric: '企业投资', region: '日本' }]],
  ['全球跨境电商市场规模预计达到7.9万亿美元。', [{ text: '7.9万亿美元', metric: '跨境电商市场规模', region: null }]],
  ['中国国际电子商务中心发布报告称，直播电商用户规模达5.97亿人。', [{ text: '5.97亿人', metric: '直播电商用户规模', region: null }]],
  ['在杭州、宁波等12个城市开展试点。', [{ text: '12个', metric: '城市', region: null }]],
  ['该企业产品已销往美国、德国、日本等30多个国家。', [{ text: '30多个', metric: '国家', region: null }]],
  ['商务部数据显示，去年跨境电商综试区数量增至165个。', [{ text: '165个', metric: '跨境电商综试区数量', region: '中国', period: '2023' }]],
  ['海关总署发布数据，上月集成电路进口量下降5.1%。', [{ text: '5.1%', metric: '集成电路进口量', region: '中国', period: '2024-06' }]],
  ['我国新能源汽车产销量连续9年位居全球第一，去年出口120万辆。', [{ text: '120万辆', metric: '出口', region: '中国', period: '2023' }]],
  ['国内旅游人次达27.25亿。', [{ text: '27.25亿', region: '中国' }]],

  // --- region carried across the sentences of a paragraph; 全市 refers back
  [
    '今年一季度，厦门外贸形势平稳。全市进出口2200亿元，增长3.1%。',
    [
      { text: '2200亿元', metric: '进出口', region: '厦门', period: '2024-Q1' },
      { text: '3.1%', metric: '进出口', region: '厦门', period: '2024-Q1' },
    ],
  ],
  [
    '武汉光谷聚集了大量光电子企业。其中，光通信企业超过300家，年产值达到1200亿元。',
    [
      { text: '300家', metric: '光通信企业', region: '武汉' },
      { text: '1200亿元', metric: '年产值', region: '武汉' },
    ],
  ],
  ['重庆是西部陆海新通道的重要枢纽。去年，通道运输货物18.6万标箱，同比增长19%。', [{ text: '19%', region: '重庆', period: '2023', basis: 'yoy' }]],
  [
    '2024年，成都将新建5G基站1万个。全市数字经济核心产业增加值力争增长12%。',
    [
      { text: '1万个', metric: '5G基站', region: '成都', period: '2024' },
      { text: '12%', metric: '数字经济核心产业增加值', region: '成都', period: '2024' },
    ],
  ],

  // --- periods: carried across clauses, comparisons do not govern, 目前 is now, titles do not govern
  [
    '2023年，全省外贸进出口5.4万亿元，比2022年增长2.8%。',
    [
      { text: '5.4万亿元', period: '2023' },
      { text: '2.8%', period: '2023' },
    ],
  ],
  ['前三季度旅游收入已接近去年全年，达到850亿元。', [{ text: '850亿元', period: '2024-Q1/2024-Q3' }]],
  // a reported month does not lie after the reference date (contract v1.1): an article of October
  ['8月份，进出口总值增长8.4%，增速较上月加快1.5个百分点。', [{ text: '8.4%', metric: '进出口总值', period: '2024-08' }], { refDate: '2024-10-15' }],
  [
    '2019年，全国外贸进出口31.5万亿元。目前，全国外贸经营主体已超过60万家。',
    [
      { text: '31.5万亿元', period: '2019' },
      { text: '60万家', metric: '外贸经营主体', region: '中国', period: null },
    ],
  ],
  ['《2024年数字经济发展报告》显示，数字经济规模达到53.9万亿元。', [{ text: '53.9万亿元', metric: '数字经济规模', period: null }]],
  ['截至2023年底，全国累计建成5G基站337.7万个。', [{ text: '337.7万个', metric: '5G基站', region: '中国', period: '2023-12' }]],
  [
    '2022年，全市跨境电商交易额达800亿元。同期，全国跨境电商交易额增长9.8%。',
    [
      { text: '800亿元', period: '2022' },
      { text: '9.8%', region: '中国', period: '2022' },
    ],
  ],
  ['去年12月，该市工业用电量环比增长3.2%。', [{ text: '3.2%', metric: '工业用电量', period: '2023-12', basis: 'mom' }]],
  ['预计到2025年，全省跨境电商交易额将突破2000亿元。', [{ text: '2000亿元', metric: '跨境电商交易额', period: '2025' }]],
  ['2020年以来，合肥集成电路企业数量年均增长25%。', [{ text: '25%', metric: '集成电路企业数量', region: '合肥' }]],

  // --- metrics stripped of leading places, times and determiners
  ['2021年上海市社会消费品零售总额达1.8万亿元。', [{ text: '1.8万亿元', metric: '社会消费品零售总额', region: '上海', period: '2021' }]],
  ['中国服务贸易进出口总额6.6万亿元。', [{ text: '6.6万亿元', metric: '服务贸易进出口总额', region: '中国' }]],
  ['本次交易会意向成交额达到23亿美元。', [{ text: '23亿美元', metric: '意向成交额' }]],
  [
    '其中，汽车出口量为52万辆，增长31%。',
    [
      { text: '52万辆', metric: '汽车出口量' },
      { text: '31%', metric: '汽车出口量' },
    ],
  ],
  ['数据显示，该平台日均订单量超过800万单。', [{ text: '800万单', metric: '日均订单量' }]],

  // --- Traditional script: metric as written, region canonical Simplified
  ['2023年，臺灣對大陸出口金額減少18%。', [{ text: '18%', metric: '對大陸出口金額', region: '台湾', period: '2023' }]],
  [
    '今年上半年，廣州市跨境電商進出口總額達到900億元，同比增長15%。',
    [
      { text: '900億元', metric: '跨境電商進出口總額', region: '广州', period: '2024-H1' },
      { text: '15%', metric: '跨境電商進出口總額', region: '广州', period: '2024-H1', basis: 'yoy' },
    ],
  ],
  ['全國共有跨境電商綜試區165個。', [{ text: '165個', metric: '跨境電商綜試區', region: '中国' }]],
  ['香港特別行政區零售業總銷貨價值下降6.6%。', [{ text: '6.6%', metric: '零售業總銷貨價值', region: '香港' }]],

  // --- more sentences of general news
  [
    '长三角地区三省一市实现地区生产总值30.5万亿元，占全国的24.2%。',
    [
      { text: '30.5万亿元', metric: '地区生产总值' },
      { text: '24.2%', metric: '占全国' },
    ],
  ],
  [
    '去年全年，北京市接待游客3.29亿人次，实现旅游收入6200亿元。',
    [
      { text: '3.29亿人次', metric: '游客', region: '北京', period: '2023' },
      { text: '6200亿元', metric: '旅游收入', region: '北京', period: '2023' },
    ],
  ],
  ['2023年，该公司动力电池装机量市场占有率为43%。', [{ text: '43%', metric: '动力电池装机量市场占有率', period: '2023' }]],
  [
    '一季度，全省规上工业企业实现利润总额480亿元，同比增长11.2%。',
    [
      { text: '480亿元', metric: '利润总额', period: '2024-Q1' },
      { text: '11.2%', metric: '利润总额', period: '2024-Q1', basis: 'yoy' },
    ],
  ],
  ['今年，山东将培育跨境电商产业带50个以上。', [{ text: '50个', metric: '跨境电商产业带', region: '山东', period: '2024' }]],
  [
    '据统计，全国共有跨境电商相关企业3.3万家，较去年同期增加15%。',
    [
      { text: '3.3万家', metric: '跨境电商相关企业', region: '中国' },
      { text: '15%', metric: '跨境电商相关企业', region: '中国', basis: 'yoy' },
    ],
  ],
  [
    '上月，广州白云机场旅客吞吐量600万人次，环比增长6%。',
    [
      { text: '600万人次', metric: '旅客吞吐量', region: '广州', period: '2024-06' },
      { text: '6%', metric: '旅客吞吐量', region: '广州', period: '2024-06', basis: 'mom' },
    ],
  ],
  [
    '今年一季度，全国居民人均可支配收入10870元，比上年同期名义增长6.2%。',
    [
      { text: '10870元', metric: '居民人均可支配收入', region: '中国', period: '2024-Q1' },
      { text: '6.2%', region: '中国', period: '2024-Q1', basis: 'yoy' },
    ],
  ],
  [
    '1-5月，全省完成固定资产投资1.1万亿元，增长4.5%，其中工业投资增长12.3%。',
    [
      { text: '1.1万亿元', metric: '固定资产投资', period: '2024-01/2024-05' },
      { text: '4.5%', metric: '固定资产投资', period: '2024-01/2024-05' },
      { text: '12.3%', metric: '工业投资', period: '2024-01/2024-05' },
    ],
  ],
  [
    '西安市去年引进外资项目210个，合同外资30亿美元。',
    [
      { text: '210个', metric: '外资项目', region: '西安', period: '2023' },
      { text: '30亿美元', metric: '合同外资', region: '西安', period: '2023' },
    ],
  ],
  ['今年“618”期间，某平台家电销售额同比增长35%。', [{ text: '35%', metric: '家电销售额', basis: 'yoy' }]],
  ['南京市现有高新技术企业9000余家，较上年增加1000家。', [{ text: '9000余家', metric: '高新技术企业', region: '南京' }]],
  ['统计显示，德国2023年对华投资达119亿欧元。', [{ text: '119亿欧元', metric: '对华投资', region: '德国', period: '2023' }]],

  // --- a second batch, written after the rules above and first used to measure them unseen

  [
    '2023年，安徽省新能源汽车产量86.8万辆，增长60.5%。',
    [
      { text: '86.8万辆', metric: '新能源汽车产量', region: '安徽', period: '2023' },
      { text: '60.5%', metric: '新能源汽车产量', region: '安徽', period: '2023' },
    ],
  ],
  [
    '今年前4个月，厦门口岸进口水果12万吨，同比增长18%。',
    [
      { text: '12万吨', metric: '进口水果', region: '厦门', period: '2024-01/2024-04' },
      { text: '18%', basis: 'yoy', period: '2024-01/2024-04' },
    ],
  ],
  ['截至目前，全省累计培育省级以上专精特新企业2300家。', [{ text: '2300家', metric: '专精特新企业', period: null }]],
  [
    '去年，长沙市数字经济规模突破5500亿元，占GDP比重超过35%。',
    [
      { text: '5500亿元', metric: '数字经济规模', region: '长沙', period: '2023' },
      { text: '35%', metric: '占GDP比重', region: '长沙', period: '2023' },
    ],
  ],
  [
    '上半年，全国铁路发送旅客19.9亿人次，同比增长18.4%。',
    [
      { text: '19.9亿人次', metric: '旅客', region: '中国', period: '2024-H1' },
      { text: '18.4%', region: '中国', basis: 'yoy' },
    ],
  ],
  ['青岛港今年一季度完成集装箱吞吐量770万标准箱。', [{ text: '770万标准箱', metric: '集装箱吞吐量', region: '青岛', period: '2024-Q1' }]],
  [
    '福建全省共有外贸企业3.5万家，其中民营企业占比超过八成。',
    [
      { text: '3.5万家', metric: '外贸企业', region: '福建' },
      { text: '八成', metric: '民营企业占比', region: '福建' },
    ],
  ],
  [
    '2022年，我国对共建“一带一路”国家进出口13.8万亿元，增长19.4%。',
    [
      { text: '13.8万亿元', region: '中国', period: '2022' },
      { text: '19.4%', region: '中国', period: '2022' },
    ],
  ],
  ['重庆市今年将新增充电桩2万个。', [{ text: '2万个', metric: '充电桩', region: '重庆', period: '2024' }]],
  [
    '9月份，全国居民消费价格同比上涨0.4%，环比上涨0.3%。',
    [
      { text: '0.4%', metric: '居民消费价格', region: '中国', period: '2024-09', basis: 'yoy' },
      { text: '0.3%', basis: 'mom', period: '2024-09' },
    ],
    { refDate: '2024-10-15' },
  ],
  ['9月份，全国居民消费价格同比上涨0.4%。', [{ text: '0.4%', period: '2023-09', basis: 'yoy' }]],
  [
    '数据显示，2023年韩国出口额为6326.9亿美元，同比下降7.4%。',
    [
      { text: '6326.9亿美元', metric: '出口额', region: '韩国', period: '2023' },
      { text: '7.4%', metric: '出口额', region: '韩国', basis: 'yoy' },
    ],
  ],
  ['深圳今年上半年跨境电商进出口额超过1500亿元。', [{ text: '1500亿元', metric: '跨境电商进出口额', region: '深圳', period: '2024-H1' }]],
  [
    '本次活动共有200余家企业参加，现场签约金额达15亿元。',
    [
      { text: '200余家', metric: '企业' },
      { text: '15亿元', metric: '金额' },
    ],
  ],
  [
    '杭州综试区已集聚跨境电商企业1.5万家。去年，全市跨境电商进出口1300亿元，增长12%。',
    [
      { text: '1.5万家', metric: '跨境电商企业', region: '杭州' },
      { text: '1300亿元', metric: '跨境电商进出口', region: '杭州', period: '2023' },
      { text: '12%', metric: '跨境电商进出口', region: '杭州', period: '2023' },
    ],
  ],
  ['全国规模以上工业企业利润同比下降2.3%。', [{ text: '2.3%', metric: '规模以上工业企业利润', region: '中国', basis: 'yoy' }]],
  ['一季度，江西省实际使用外资同比增长9%，高于全国平均水平。', [{ text: '9%', metric: '实际使用外资', region: '江西', period: '2024-Q1', basis: 'yoy' }]],
  ['约70%的受访消费者表示愿意购买国货。', [{ text: '70%', metric: '受访消费者' }]],
  [
    '去年，郑州机场货邮吞吐量达到60.8万吨，增长0.5%。',
    [
      { text: '60.8万吨', metric: '货邮吞吐量', region: '郑州', period: '2023' },
      { text: '0.5%', metric: '货邮吞吐量' },
    ],
  ],
  [
    '前三季度，汽车出口量和出口额分别增长32%和28%。',
    [
      { text: '32%', metric: '汽车出口量', period: '2024-Q1/2024-Q3' },
      { text: '28%', metric: '出口额' },
    ],
  ],
  ['东莞市现有规模以上工业企业1.3万家，数量居全省第一。', [{ text: '1.3万家', metric: '规模以上工业企业', region: '东莞' }]],
  ['2023年，泰国接待中国游客350万人次。', [{ text: '350万人次', metric: '游客', region: '泰国', period: '2023' }]],
  [
    '据海关统计，5月份我国稀土出口量为4300吨，环比下降12.3%。',
    [
      { text: '4300吨', metric: '稀土出口量', region: '中国', period: '2024-05' },
      { text: '12.3%', metric: '稀土出口量', basis: 'mom' },
    ],
  ],
  ['今年以来，宁波舟山港新增航线15条，总数达到300条。', [{ text: '15条', metric: '航线' }]],
  ['全年粮食产量13908亿斤，比上年增加178亿斤，增长1.3%。', [{ text: '1.3%', period: null }]],
  [
    '2023年，四川省网络零售额8000亿元，其中农产品网络零售额400亿元。',
    [
      { text: '8000亿元', metric: '网络零售额', region: '四川', period: '2023' },
      { text: '400亿元', metric: '农产品网络零售额', region: '四川', period: '2023' },
    ],
  ],
  // --- held-out fixes: method clauses, lists through 的, Hong Kong / Taiwan cues, regions of paragraphs
  ['初步核算，上半年全省地区生产总值2.9万亿元，按不变价格计算，同比增长5.5%。', [{ text: '5.5%', metric: '地区生产总值', period: '2024-H1', basis: 'yoy' }]],
  [
    '家用电器、通讯器材的网络零售额分别增长18.9%和12.5%。',
    [
      { text: '18.9%', metric: '家用电器' },
      { text: '12.5%', metric: '通讯器材' },
    ],
  ],
  [
    '香港5月零售业总销货价值临时估计为320亿港元，按年下跌11.5%。',
    [
      { text: '320亿港元', metric: '零售业总销货价值', region: '香港' },
      { text: '11.5%', metric: '零售业总销货价值', basis: 'yoy' },
    ],
  ],
  [
    '1至4月，台湾出口1400亿美元，年增12.3%；4月营收月增率逾8%。',
    [
      { text: '12.3%', metric: '出口', basis: 'yoy' },
      { text: '8%', metric: '营收', basis: 'mom' },
    ],
  ],
  ['长三角地区已建成5G基站逾60万个。', [{ text: '60万个', region: '长三角' }]],
  [
    '江苏、浙江两省社会消费品零售总额分别增长5.2%和4.6%。',
    [
      { text: '5.2%', region: '江苏' },
      { text: '4.6%', region: '浙江' },
    ],
  ],
  ['本届展会线下出口成交额约210亿美元，较上届增长12.5%。', [{ text: '12.5%', metric: '线下出口成交额' }]],
  [
    '其中，城市上涨0.3%，农村上涨0.1%；食品价格下降2.1%，非食品价格上涨0.6%。',
    [
      { text: '0.3%', metric: '城市' },
      { text: '0.1%', metric: '农村' },
      { text: '2.1%', metric: '食品价格' },
      { text: '0.6%', metric: '非食品价格' },
    ],
  ],
  ['前三季度，四川省居民人均可支配收入增长5.6%。\n9月末，全省金融机构存款余额12.3万亿元。', [{ text: '12.3万亿元', region: '四川' }]],
  ['上半年，广东省外贸进出口4.37万亿元。\n其中，出口2.8万亿元，增长8.3%。', [{ text: '2.8万亿元', metric: '出口', region: '广东', period: '2024-H1' }]],
];
