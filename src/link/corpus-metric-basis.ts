import type { LinkExample } from './corpus.js';

// Link corpus, metric and basis cases (issue 14 parts 3 and 4): lists of items and figures, a
// metric after the verb, changes of a rate, lists led by a yoy figure, mom cases, Hong Kong and
// Taiwan basis words, and fragments that must never become a metric. Written from the language of
// Chinese statistical bulletins and business news in general, not from any document.
// Relative dates resolve against REF_DATE (2024-07-15) unless an example sets its own.

export const metricBasisCorpus: LinkExample[] = [
  // --- lists: the k-th figure takes the k-th item, whatever the length of the list
  [
    '1-9月，手机、家电、服装、玩具分别出口120亿元、85亿元、60亿元和42亿元，分别增长12%、9.1%、4%和30.2%。',
    [
      { text: '120亿元', metric: '手机' },
      { text: '85亿元', metric: '家电' },
      { text: '60亿元', metric: '服装' },
      { text: '42亿元', metric: '玩具' },
      { text: '12%', metric: '手机', basis: null },
      { text: '9.1%', metric: '家电' },
      { text: '4%', metric: '服装' },
      { text: '30.2%', metric: '玩具' },
    ],
  ],
  [
    '钢材、水泥、平板玻璃、化肥和原油产量分别增长3.5%、2.8%、6.1%、0.9%和4.4%。',
    [
      { text: '3.5%', metric: '钢材产量' },
      { text: '2.8%', metric: '水泥产量' },
    ],
  ],
  [
    '粮食、蔬菜、水果、肉类和水产品的价格分别上涨1.2%、3.4%、5.6%、2.3%和0.8%。',
    [
      { text: '1.2%', metric: '粮食' },
      { text: '3.4%', metric: '蔬菜' },
      { text: '5.6%', metric: '水果' },
      { text: '2.3%', metric: '肉类' },
      { text: '0.8%', metric: '水产品' },
    ],
  ],
  [
    '汽车、家具、服装和箱包的出口额分别为2300亿元、1500亿元、1200亿元和800亿元，分别增长21.5%、3.2%、6.4%和9.9%。',
    [
      { text: '2300亿元', metric: '汽车' },
      { text: '800亿元', metric: '箱包' },
      { text: '21.5%', metric: '汽车' },
      { text: '3.2%', metric: '家具' },
      { text: '6.4%', metric: '服装' },
      { text: '9.9%', metric: '箱包' },
    ],
  ],
  [
    '电动载人汽车、锂电池和太阳能电池“新三样”产品合计出口1.06万亿元，首次突破万亿大关，增长29.9%。',
    [
      { text: '1.06万亿元', metric: '出口' },
      { text: '29.9%', metric: '出口', basis: null },
    ],
  ],
  [
    '新能源汽车、工业机器人、集成电路产量分别增长30.3%、18.2%和22.4%。',
    [
      { text: '30.3%', metric: '新能源汽车产量' },
      { text: '18.2%', metric: '工业机器人产量' },
      { text: '22.4%', metric: '集成电路产量' },
    ],
  ],
  [
    '一季度，铁路、公路、水路货运量分别为12亿吨、96亿吨和23亿吨。',
    [
      { text: '12亿吨', metric: '铁路货运量' },
      { text: '96亿吨', metric: '公路货运量' },
      { text: '23亿吨', metric: '水路货运量' },
    ],
  ],
  [
    '全年实现营业收入68亿元、净利润9.3亿元，分别增长14.2%和20.5%。',
    [
      { text: '68亿元', metric: '营业收入' },
      { text: '9.3亿元', metric: '净利润' },
      { text: '14.2%', metric: '营业收入' },
      { text: '20.5%', metric: '净利润' },
    ],
  ],
  [
    '线上和线下销售额分别同比增长25%和8%。',
    [
      { text: '25%', metric: '线上销售额', basis: 'yoy' },
      { text: '8%', metric: '线下销售额', basis: 'yoy' },
    ],
  ],
  [
    '城镇和农村居民人均消费支出分别增长6.8%和9.2%。',
    [
      { text: '6.8%', metric: '城镇' },
      { text: '9.2%', metric: '农村居民人均消费支出' },
    ],
  ],
  [
    '集装箱、散货和滚装汽车吞吐量分别增长9.1%、2.4%、15.8%。',
    [
      { text: '9.1%', metric: '集装箱' },
      { text: '2.4%', metric: '散货' },
      { text: '15.8%', metric: '滚装汽车吞吐量' },
    ],
  ],
  [
    '其中，机电产品、劳动密集型产品和农产品出口分别增长7.1%、2.3%和5.5%，占出口总值的比重分别为58.6%、17.2%和3.1%。',
    [
      { text: '7.1%', metric: '机电产品出口' },
      { text: '2.3%', metric: '劳动密集型产品出口' },
      { text: '5.5%', metric: '农产品出口' },
      { text: '58.6%', metric: '占出口总值的比重' },
    ],
  ],

  // --- a metric after the verb: the object the verb puts before the figure
  ['今年以来，全市累计寄递国际包裹超3亿件。', [{ text: '3亿件', metric: '国际包裹' }]],
  ['全年完成跨境电商交易额120亿元。', [{ text: '120亿元', metric: '跨境电商交易额' }]],
  ['上半年，全省实现社会消费品零售总额1.6万亿元。', [{ text: '1.6万亿元', metric: '社会消费品零售总额' }]],
  [
    '该公司去年共交付新车302万辆，同比增长62%。',
    [
      { text: '302万辆', metric: '新车' },
      { text: '62%', metric: '新车', basis: 'yoy' },
    ],
  ],
  ['高技术产业投资占比较上年提高2.3个百分点。', [{ text: '2.3个百分点', metric: '高技术产业投资占比', basis: 'yoy' }]],
  [
    '占比较上年提高2.3个百分点至35.6%。',
    [
      { text: '2.3个百分点', metric: '占比', basis: 'yoy' },
      { text: '35.6%', metric: '占比' },
    ],
  ],
  ['1-6月，全省共接待入境游客86万人次。', [{ text: '86万人次', metric: '入境游客' }]],
  ['口岸今年已验放出入境旅客1500万人次。', [{ text: '1500万人次', metric: '出入境旅客' }]],
  ['全市去年新增城镇就业岗位12.5万个。', [{ text: '12.5万个', metric: '城镇就业岗位' }]],
  ['截至6月底，全省累计发放创业担保贷款86亿元。', [{ text: '86亿元', metric: '创业担保贷款' }]],
  [
    '前5个月，该港累计完成集装箱吞吐量1200万标准箱，增长7%。',
    [
      { text: '1200万标准箱', metric: '集装箱吞吐量' },
      { text: '7%', metric: '集装箱吞吐量', basis: null },
    ],
  ],
  ['今年以来，中欧班列累计发送货物58万标箱。', [{ text: '58万标箱', metric: '货物' }]],
  ['去年，全省完成造林绿化面积160万亩。', [{ text: '160万亩', metric: '造林绿化面积' }]],

  // --- a change of a rate: the rate is the metric, a level reached after 至 stays a level
  [
    '前三季度，全省规上工业增加值增长6.2%，增速比上半年加快0.4个百分点。',
    [
      { text: '6.2%', metric: '规上工业增加值', basis: null },
      { text: '0.4个百分点', metric: '增速', basis: null },
    ],
  ],
  [
    '高技术产业投资占比较上年提高2.3个百分点至35.6%。',
    [
      { text: '2.3个百分点', metric: '高技术产业投资占比', basis: 'yoy' },
      { text: '35.6%', metric: '高技术产业投资占比' },
    ],
  ],
  [
    '新能源汽车渗透率较上年提高5.1个百分点至38.6%。',
    [
      { text: '5.1个百分点', metric: '新能源汽车渗透率', basis: 'yoy' },
      { text: '38.6%', metric: '新能源汽车渗透率' },
    ],
  ],
  ['服务业增加值占地区生产总值的比重比上年提高1.2个百分点。', [{ text: '1.2个百分点', metric: '服务业增加值占地区生产总值的比重', basis: 'yoy' }]],
  [
    '前三季度，城镇居民人均可支配收入增长5.1%，增幅比上半年回落0.3个百分点。',
    [
      { text: '5.1%', metric: '城镇居民人均可支配收入' },
      { text: '0.3个百分点', metric: '增幅', basis: null },
    ],
  ],
  ['出口增速较上月加快1.8个百分点。', [{ text: '1.8个百分点', metric: '出口增速', basis: 'mom' }]],
  ['外贸进出口增速高于全国平均水平2.1个百分点。', [{ text: '2.1个百分点', metric: '外贸进出口增速', basis: null }]],
  [
    '民营企业进出口占比提升至55.5%，比去年同期提高1.6个百分点。',
    [
      { text: '55.5%', metric: '民营企业进出口占比' },
      { text: '1.6个百分点', metric: '民营企业进出口占比', basis: 'yoy' },
    ],
  ],
  ['一般贸易进出口比重较上年同期提升0.8个百分点。', [{ text: '0.8个百分点', metric: '一般贸易进出口比重', basis: 'yoy' }]],
  [
    '制造业采购经理指数为50.8%，比上月上升0.6个百分点。',
    [
      { text: '50.8%', metric: '制造业采购经理指数' },
      { text: '0.6个百分点', metric: '制造业采购经理指数', basis: 'mom' },
    ],
  ],
  [
    '居民消费率比上年提高1.1个百分点至39.2%。',
    [
      { text: '1.1个百分点', metric: '居民消费率', basis: 'yoy' },
      { text: '39.2%', metric: '居民消费率' },
    ],
  ],

  // --- lists led by a yoy figure: the items are yoy
  [
    '前7个月，全省进出口2.3万亿元，同比增长4.1%。其中，出口1.5万亿元，增长6.5%；进口8000亿元，下降1.2%。',
    [
      { text: '4.1%', metric: '进出口', basis: 'yoy' },
      { text: '1.5万亿元', metric: '出口' },
      { text: '6.5%', metric: '出口', basis: 'yoy' },
      { text: '8000亿元', metric: '进口' },
      { text: '1.2%', metric: '进口', basis: 'yoy' },
    ],
  ],
  [
    '全市规模以上工业增加值比上年增长7.2%，其中制造业增长8.1%，电力行业增长3.3%。',
    [
      { text: '7.2%', basis: 'yoy' },
      { text: '8.1%', metric: '制造业', basis: 'yoy' },
      { text: '3.3%', metric: '电力行业', basis: 'yoy' },
    ],
  ],
  [
    '上半年，地区生产总值同比增长5.6%。分产业看，第一产业增加值增长3.5%，第二产业增加值增长6.1%，第三产业增加值增长5.4%。',
    [
      { text: '5.6%', metric: '地区生产总值', basis: 'yoy' },
      { text: '3.5%', metric: '第一产业增加值', basis: 'yoy' },
      { text: '6.1%', metric: '第二产业增加值', basis: 'yoy' },
      { text: '5.4%', metric: '第三产业增加值', basis: 'yoy' },
    ],
  ],
  [
    '社会消费品零售总额同比增长3.7%。按消费类型分，商品零售增长3.2%，餐饮收入增长7.9%。',
    [
      { text: '3.2%', metric: '商品零售', basis: 'yoy' },
      { text: '7.9%', metric: '餐饮收入', basis: 'yoy' },
    ],
  ],
  [
    '新登记市场主体同比增长10.5%，其中企业增长14.5%。',
    [
      { text: '10.5%', basis: 'yoy' },
      { text: '14.5%', metric: '企业', basis: 'yoy' },
    ],
  ],
  [
    '全国居民消费价格同比上涨0.3%。其中，城市上涨0.3%，农村上涨0.2%；食品价格下降1.5%，非食品价格上涨0.7%。',
    [
      { text: '0.3%', basis: 'yoy' },
      { text: '0.3%', metric: '城市', basis: 'yoy' },
      { text: '0.2%', metric: '农村', basis: 'yoy' },
      { text: '1.5%', metric: '食品价格', basis: 'yoy' },
      { text: '0.7%', metric: '非食品价格', basis: 'yoy' },
    ],
  ],
  [
    '从环比看，全国居民消费价格上涨0.2%。其中，食品价格上涨0.9%。',
    [
      { text: '0.2%', basis: 'mom' },
      { text: '0.9%', metric: '食品价格', basis: 'mom' },
    ],
  ],
  [
    '今年一季度，全省固定资产投资增长3.9%。其中，工业投资增长9.8%。',
    [
      { text: '3.9%', basis: null },
      { text: '9.8%', metric: '工业投资', basis: null },
    ],
  ],
  ['前三季度，全市进出口总值同比增长6.2%。\n其中，对东盟进出口增长12.1%。', [{ text: '12.1%', basis: 'yoy' }]],
  [
    '全年全省外贸进出口比上年增长3.8%。其中，民营企业进出口增长9%，占比提升至62%。',
    [
      { text: '9%', metric: '民营企业进出口', basis: 'yoy' },
      { text: '62%', metric: '占比' },
    ],
  ],
  [
    '一季度，全国规模以上工业增加值同比增长6.1%，其中高技术制造业增加值增长7.5%，增速高于全部规上工业1.4个百分点。',
    [
      { text: '7.5%', metric: '高技术制造业增加值', basis: 'yoy' },
      { text: '1.4个百分点', metric: '增速', basis: null },
    ],
  ],

  // --- a new sentence without a list opener is not an item of the list before
  [
    '上半年，全国规模以上工业增加值同比增长6.0%。社会消费品零售总额23.6万亿元，增长3.7%。',
    [
      { text: '6.0%', basis: 'yoy' },
      { text: '3.7%', metric: '社会消费品零售总额', basis: null },
    ],
  ],
  [
    '全市工业用电量同比增长8.2%，两年平均增长6.5%。',
    [
      { text: '8.2%', basis: 'yoy' },
      { text: '6.5%', basis: null },
    ],
  ],

  // --- yoy words
  [
    '该市上半年营收同增12%，利润同降3%。',
    [
      { text: '12%', metric: '营收', basis: 'yoy' },
      { text: '3%', metric: '利润', basis: 'yoy' },
    ],
  ],
  ['去年全市工业增加值比去年增长5.5%。', [{ text: '5.5%', metric: '工业增加值', basis: 'yoy' }]],
  ['全年粮食产量较上年增长1.6%。', [{ text: '1.6%', metric: '粮食产量', basis: 'yoy' }]],
  ['上半年营收比上年同期增长9%。', [{ text: '9%', metric: '营收', basis: 'yoy' }]],
  ['与去年同期相比，客流量增长15%。', [{ text: '15%', metric: '客流量', basis: 'yoy' }]],
  ['2021年，全市地区生产总值比2020年增长8.1%。', [{ text: '8.1%', metric: '地区生产总值', period: '2021', basis: 'yoy' }]],
  ['2023年，全省居民人均可支配收入比2022年名义增长6.4%。', [{ text: '6.4%', period: '2023', basis: 'yoy' }]],
  ['2024年，全市地区生产总值比2019年增长25%。', [{ text: '25%', metric: '地区生产总值', basis: null }]],
  ['今年一季度，外贸进出口比2023年一季度增长5%。', [{ text: '5%', metric: '外贸进出口', period: '2024-Q1', basis: 'yoy' }]],
  ['今年一季度，外贸进出口比2019年同期增长20%。', [{ text: '20%', metric: '外贸进出口', basis: null }]],
  // a year before 同期 is no date of its own, yet it is the compared period
  ['2011年，全省出口比2010年同期增长20.3%。', [{ text: '20.3%', metric: '出口', period: '2011', basis: 'yoy' }]],
  ['2015年，该市进口较2013年同期下降4%。', [{ text: '4%', metric: '进口', period: '2015', basis: null }]],
  ['香港5月零售业总销货价值按年下跌11.5%。', [{ text: '11.5%', metric: '零售业总销货价值', basis: 'yoy' }]],
  ['今年首季，本地生產總值按年實質上升2.7%。', [{ text: '2.7%', metric: '生產總值', basis: 'yoy' }]],
  ['1月至5月，出口較去年同期增長8.6%。', [{ text: '8.6%', metric: '出口', basis: 'yoy' }]],
  ['第一季訪港旅客人次較去年同期增加1.3倍。', [{ text: '1.3倍', metric: '訪港旅客人次', basis: 'yoy' }]],
  [
    '台積電3月營收年增34.3%，月增7.5%。',
    [
      { text: '34.3%', metric: '營收', basis: 'yoy' },
      { text: '7.5%', metric: '營收', basis: 'mom' },
    ],
  ],
  ['今年出口訂單年減8.2%。', [{ text: '8.2%', metric: '出口訂單', basis: 'yoy' }]],
  ['该省今年增长5.2%的目标不变。', [{ text: '5.2%', basis: null }]],

  // --- mom: 环比, 比上月, 较上季度, 按月, the period just before
  ['二季度，全国GDP环比增长0.7%。', [{ text: '0.7%', metric: 'GDP', basis: 'mom' }]],
  ['二季度营收较上季度增长4%。', [{ text: '4%', metric: '营收', basis: 'mom' }]],
  [
    '5月，零售额按月上升2.1%，按年下跌4.5%。',
    [
      { text: '2.1%', metric: '零售额', basis: 'mom' },
      { text: '4.5%', metric: '零售额', basis: 'yoy' },
    ],
  ],
  [
    '三季度，全国GDP增长4.6%，比二季度回落0.1个百分点。',
    [
      { text: '4.6%', metric: 'GDP', basis: null },
      { text: '0.1个百分点', basis: 'mom' },
    ],
  ],
  ['6月份，全国快递业务量比5月增长3.6%。', [{ text: '3.6%', metric: '快递业务量', period: '2024-06', basis: 'mom' }]],
  ['上月末，人民币贷款余额比上月末增长0.8%。', [{ text: '0.8%', metric: '人民币贷款余额', basis: 'mom' }]],
  [
    '5月份，规模以上工业增加值环比下降0.3%，同比增长5.6%。',
    [
      { text: '0.3%', metric: '规模以上工业增加值', basis: 'mom' },
      { text: '5.6%', metric: '规模以上工业增加值', basis: 'yoy' },
    ],
  ],
  ['今年二季度，货物吞吐量比一季度增长6.2%。', [{ text: '6.2%', metric: '货物吞吐量', basis: 'mom' }]],

  // --- comparisons with something other than a period give no basis
  [
    '全省工业投资增长12.3%，高于全国5.1个百分点。',
    [
      { text: '12.3%', basis: null },
      { text: '5.1个百分点', basis: null },
    ],
  ],
  ['高技术制造业投资增长9.9%，快于全部投资6.9个百分点。', [{ text: '6.9个百分点', basis: null }]],

  // --- fragments and function words never become a metric
  ['其中，优良率为92.3%。', [{ text: '92.3%', metric: '优良率' }]],
  [
    '进出口总值首次突破3万亿元，创历史新高，增长8%。',
    [
      { text: '3万亿元', metric: '进出口总值' },
      { text: '8%', metric: '进出口总值' },
    ],
  ],
  ['实际使用外资总额创下历史最高的120亿美元。', [{ text: '120亿美元', metric: '实际使用外资总额' }]],
  ['详见http://www.stats.example.cn，全年地区生产总值增长5.2%。', [{ text: '5.2%', metric: '地区生产总值' }]],
  ['应用的下载量达到1200万次。', [{ text: '1200万次', metric: '下载量' }]],
  ['目前已经建成投用的有28个。', [{ text: '28个', metric: null }]],
  ['根据2024年版目录，可享受补贴的产品达300种。', [{ text: '300种', metric: '产品' }]],
  ['以直播形式销售的农产品超过5000万元。', [{ text: '5000万元', metric: '农产品' }]],
  [
    '截至目前，全市已签约项目的投资额为85亿元，同比增长20%。',
    [
      { text: '85亿元', metric: '投资额' },
      { text: '20%', metric: '投资额', basis: 'yoy' },
    ],
  ],

  // --- a figure that qualifies the noun after it: the noun is what the figure measures
  ['该集团将提供2.5亿美元过桥贷款，用于收购。', [{ text: '2.5亿美元', metric: '过桥贷款' }]],
  ['公司先行垫付80万元工程款。', [{ text: '80万元', metric: '工程款' }]],
  ['货车需绕行300多公里山路才能到达。', [{ text: '300多公里', metric: '山路' }]],
  ['市财政拨付1200万元专项资金。', [{ text: '1200万元', metric: '专项资金' }]],
  ['合作社向农户预付了6万元定金。', [{ text: '6万元', metric: '定金' }]],
  ['今年将新建180公里城市道路。', [{ text: '180公里', metric: '城市道路' }]],
  // … but not a noun that names the next figure, a milestone, the currency, or a verb
  [
    '实现销售收入12亿元利税1.5亿元。',
    [
      { text: '12亿元', metric: '销售收入' },
      { text: '1.5亿元', metric: '利税' },
    ],
  ],
  ['全市地区生产总值突破1万亿元大关。', [{ text: '1万亿元', metric: '地区生产总值' }]],
  ['全年完成投资300亿元人民币。', [{ text: '300亿元人民币', metric: '投资' }]],
  ['该项目投资50亿元建设新厂区。', [{ text: '50亿元', metric: '投资' }]],
  ['出口额2.3亿美元同比增长8%。', [{ text: '2.3亿美元', metric: '出口额' }]],
  // --- a count whose noun has a modifier or quotation marks after the classifier
  ['警方对城区约200个可疑车辆进行了排查。', [{ text: '200个', metric: '可疑车辆' }]],
  ['本届展会吸引了600家参展企业。', [{ text: '600家', metric: '参展企业' }]],
  ['评选出10名“优秀外贸业务员”。', [{ text: '10名', metric: '优秀外贸业务员' }]],
  ['全省共认定25个“电商示范村”。', [{ text: '25个', metric: '电商示范村' }]],
  ['培训班吸引300人参加培训。', [{ text: '300人', metric: '培训班' }]],
  ['他持有该公司60%的 股份。', [{ text: '60%', metric: '股份' }]],

  // --- a count of events or items names them after its classifier (四项承诺, 两次获奖)
  ['该公司当场做出四项承诺。', [{ text: '四项', metric: '承诺' }]],
  ['这位运动员曾两次夺冠。', [{ text: '两次', metric: '夺冠' }]],
  ['督导组共查处6起重大安全事故。', [{ text: '6起', metric: '重大安全事故' }]],
  ['五名青年在江边救起落水儿童。', [{ text: '五名', metric: '青年' }]],
  ['16-24岁青年失业率为14.9%。', [{ text: '14.9%', metric: '青年失业率' }]],
  // --- a generic head before the amount (总额, 总长) gives way to the noun after 的
  ['主办方设立了总额500万元的助学基金。', [{ text: '500万元', metric: '助学基金' }]],
  ['总长12公里的滨江绿道已全线贯通。', [{ text: '12公里', metric: '滨江绿道' }]],
  // --- a method phrase inside the clause (扣除汇率因素) names nothing measured
  ['全年进出口总值4.1万亿元，扣除汇率因素同比增长5.1%。', [{ text: '5.1%', metric: '进出口总值', basis: 'yoy' }]],
  ['全省工业增加值剔除价格因素增长6.2%。', [{ text: '6.2%', metric: '工业增加值' }]],
  // --- a share of a base (A为B的N%): the metric is A, not the base
  ['该县森林覆盖率仅为全省平均水平的60%。', [{ text: '60%', metric: '森林覆盖率' }]],
  ['高原地区含氧量只有平原地区的六成。', [{ text: '六成', metric: '含氧量' }]],
  // --- a verb before the amount, after a prepositional object (向…捐款): the verb is the metric
  ['全市青年向希望工程捐款200万元。', [{ text: '200万元', metric: '捐款' }]],
  ['区财政为困难群众发放补贴600万元。', [{ text: '600万元', metric: '补贴' }]],

  // --- a change in absolute terms against the year before, then in percent: the cue governs both
  [
    '2023年，全省贸易顺差1200亿元，比上年减少150亿元，收窄11.1%。',
    [
      { text: '150亿元', metric: '贸易顺差' },
      { text: '11.1%', metric: '贸易顺差', basis: 'yoy' },
    ],
  ],
  ['全年粮食产量6.5亿吨，比上年增加888万吨，增产1.3%。', [{ text: '1.3%', metric: '粮食产量', basis: 'yoy' }]],
  ['5月末，住户存款余额比上月末增加3000亿元，增长0.2%。', [{ text: '0.2%', basis: 'mom' }]],
  ['出口比上年增加3000亿元，环比增长2.1%。', [{ text: '2.1%', basis: 'mom' }]],

  // --- a list of partners before 分别: the partners are no metric, the flow after 分别 is
  [
    '同期，对欧盟、美国分别进出口410亿元和380亿元，分别增长3.5%和下降2.1%。',
    [
      { text: '410亿元', metric: '进出口', partner: '欧盟' },
      { text: '380亿元', metric: '进出口', partner: '美国' },
      { text: '3.5%', metric: '进出口', partner: '欧盟' },
      { text: '2.1%', metric: '进出口', partner: '美国' },
    ],
  ],
  [
    '前两个月，我国对日本、韩国分别出口2100亿元和1800亿元。',
    [
      { text: '2100亿元', metric: '出口', partner: '日本' },
      { text: '1800亿元', metric: '出口', partner: '韩国' },
    ],
  ],
  // --- a single character jieba tags as a name (连 in 连跨) is no noun: the metric ends before it
  ['过去五年，全省经济总量连跨两个万亿元台阶，年均增长5.4%。', [{ text: '5.4%', metric: '经济总量' }]],
  // --- outward investment terms are one noun (对外 + 非金融类 + 直接 would cut at the adverb)
  [
    '今年前10个月，我国对外非金融类直接投资1200亿美元，同比增长10.6%。',
    [
      { text: '1200亿美元', metric: '对外非金融类直接投资', region: '中国' },
      { text: '10.6%', metric: '对外非金融类直接投资', basis: 'yoy' },
    ],
  ],
  ['全年对外直接投资流量达到1600亿美元。', [{ text: '1600亿美元', metric: '对外直接投资流量' }]],
  // --- a noun used as an adverb before the change (整体, 总体) is no part of the metric; inside the phrase it is
  ['本月，全市出口整体下降3.1%。', [{ text: '3.1%', metric: '出口' }]],
  ['前三季度，全省进出口总值总体增长5.2%。', [{ text: '5.2%', metric: '进出口总值' }]],
  ['全市居民消费总体水平比上年提高4.1%。', [{ text: '4.1%', metric: '居民消费总体水平' }]],
  // --- a list of partners, each with its figure in a bracket note, before the flow: each figure is its
  // member's, and the flow after the list is the metric
  [
    '今年前5个月，广东对东盟（增长12.1%）、欧盟（增长6.4%）和美国（下降3.2%）的出口表现不一。',
    [
      { text: '12.1%', metric: '出口', region: '广东', partner: '东盟' },
      { text: '6.4%', metric: '出口', region: '广东', partner: '欧盟' },
      { text: '3.2%', metric: '出口', region: '广东', partner: '美国' },
    ],
  ],
  // label: value pairs on one line (a company card, a data sheet): each figure takes the label before its colon
  [
    '行业：半导体 市值：1.2万亿元 企业价值：1.1万亿元 员工：7.6万人',
    [
      { text: '1.2万亿元', metric: '市值' },
      { text: '1.1万亿元', metric: '企业价值' },
      { text: '7.6万人', metric: '员工' },
    ],
  ],
  ['处罚：50万元至300万元罚款。', [{ text: '50万元至300万元', metric: '罚款' }]],
  // a bare change noun after the places of a flow (輸往…的升幅, 对…出口的增幅) is the change of the metric before it
  [
    '前三季度全市出口增长7.2%，其中对欧盟和东盟的增幅分别为5.1%和9.3%。',
    [
      { text: '7.2%', metric: '出口' },
      { text: '5.1%', metric: '出口', partner: '欧盟' },
      { text: '9.3%', metric: '出口', partner: '东盟' },
    ],
  ],
  [
    '同月輸往歐洲的整體出口貨值下跌4.6%，其中輸往德國和法國的跌幅分別為6.2%及2.8%。',
    [
      { text: '4.6%', metric: '整體出口貨值', partner: '欧洲' },
      { text: '6.2%', metric: '整體出口貨值', partner: '德国' },
      { text: '2.8%', metric: '整體出口貨值', partner: '法国' },
    ],
  ],
  // a date between 的 and the noun after a share qualifies the noun
  ['市场目前反映58%的12月降息概率。', [{ text: '58%', metric: '降息概率' }]],
  // jieba's guess at an unknown word may glue a verb of reaching to a bound (可达, 至约): no part of the metric
  [
    '预计项目长期营收规模可达410亿美元，园区算力容量推进至约 900MW。',
    [
      { text: '410亿美元', metric: '营收规模' },
      { text: '900MW', metric: '园区算力容量' },
    ],
  ],
  // a bracket note that glosses its owner in English before an approximate share (服务器 (Server, ~45%))
  [
    '营收结构：服务器 (Server, ~45%)，手机 (Phone, ~30%)。',
    [
      { text: '45%', metric: '服务器' },
      { text: '30%', metric: '手机' },
    ],
  ],
  // the quarter or month just before, written 上一季 / 上个月 (Hong Kong, Taiwan)
  [
    '經季節性調整後與上一季比較，本地生產總值上升0.7%，零售額較上一季下跌1.2%。',
    [
      { text: '0.7%', basis: 'mom' },
      { text: '1.2%', basis: 'mom' },
    ],
  ],
  // reports that abbreviate in English write the basis after the figure
  [
    '经常账户顺差增长207% YoY，出口增长3.1%（MoM）。',
    [
      { text: '207%', basis: 'yoy' },
      { text: '3.1%', basis: 'mom' },
    ],
  ],
  // an opening clause that compares with the same month of a named year: yoy when that year is the one before
  [
    '二〇二五年八月，與二〇二四年同月比較，輸往歐盟的整體出口貨值上升6.1%，輸往日本的則下跌3.4%。',
    [
      { text: '6.1%', partner: '欧盟', period: '2025-08', basis: 'yoy' },
      { text: '3.4%', partner: '日本', period: '2025-08', basis: 'yoy' },
    ],
    { refDate: '2025-09-25' },
  ],
  ['2024年一季度，与2022年同期相比，全市工业产值增长9%。', [{ text: '9%', period: '2024-Q1', basis: null }]],
  [
    '與去年同月比較，輸往新加坡（上升22.7%）、印度（上升18.1%）及英國（下跌4.2%）的整體出口貨值均錄得變化。',
    [
      { text: '22.7%', metric: '整體出口貨值', region: null, partner: '新加坡', basis: 'yoy' },
      { text: '18.1%', metric: '整體出口貨值', region: null, partner: '印度', basis: 'yoy' },
      { text: '4.2%', metric: '整體出口貨值', region: null, partner: '英国', basis: 'yoy' },
    ],
  ],
  [
    '期内，我国对韩国（2100亿元）、日本（1900亿元）的出口均有增长。',
    [
      { text: '2100亿元', metric: '出口', region: '中国', partner: '韩国' },
      { text: '1900亿元', metric: '出口', region: '中国', partner: '日本' },
    ],
  ],
  // places with their figures in notes before a noun are regions, not partners, when nothing flows
  [
    '上半年，江苏（增长5.8%）和浙江（增长6.1%）的地区生产总值在东部省份中领先。',
    [
      { text: '5.8%', metric: '地区生产总值', region: '江苏', partner: null },
      { text: '6.1%', metric: '地区生产总值', region: '浙江', partner: null },
    ],
  ],
  // --- a flow broken down after a colon by places, each with its figure: the places are partners;
  // a breakdown of something that does not flow gives regions
  [
    '1-8月，广东出口增长7.2%：东盟增长12.5%，欧盟增长3.1%，美国下降8.4%。',
    [
      { text: '12.5%', metric: '出口', region: '广东', partner: '东盟' },
      { text: '3.1%', region: '广东', partner: '欧盟' },
      { text: '8.4%', region: '广东', partner: '美国' },
    ],
  ],
  [
    '全年工业增加值增长6%：江苏增长7%，浙江增长6.5%。',
    [
      { text: '7%', region: '江苏', partner: null },
      { text: '6.5%', region: '浙江', partner: null },
    ],
  ],
  // --- a foreign place whose share of a flow is given is its other side; a part of the country holding
  // a share of the whole is the region
  ['今年前三季度，东盟在我国外贸中的占比升至15.9%。', [{ text: '15.9%', region: '中国', partner: '东盟' }]],
  ['近三个月对美出口同比下降25%，美国份额降至10%。', [{ text: '10%', partner: '美国' }]],
  ['浙江占全国出口的比重为14.5%。', [{ text: '14.5%', region: '浙江', partner: null }]],
  // --- 我 before the preposition of a flow is the country writing (我国), not the partner
  [
    '欧盟为我第二大贸易伙伴，我与欧盟贸易总值为4.76万亿元，增长4.9%。',
    [
      { text: '4.76万亿元', region: '中国', partner: '欧盟' },
      { text: '4.9%', region: '中国', partner: '欧盟' },
    ],
  ],
  ['同期，我对美出口2.1万亿元。', [{ text: '2.1万亿元', region: '中国', partner: '美国' }]],
  ['我对这家企业的出口前景充满信心，今年订单已超过3000万元。', [{ text: '3000万元', region: null, partner: null }]],
  // --- a qualifier of the partner (国家, 地区) is no part of the flow's metric
  [
    '今年一季度，中国与中亚五国贸易额达到1500亿元，同比增长12.3%。',
    [
      { text: '1500亿元', metric: '贸易额', region: '中国', partner: '中亚' },
      { text: '12.3%', metric: '贸易额', partner: '中亚', basis: 'yoy' },
    ],
  ],
  [
    '前三季度，我国对共建“一带一路”国家进出口15.2万亿元，增长6.3%。',
    [
      { text: '15.2万亿元', metric: '进出口' },
      { text: '6.3%', metric: '进出口' },
    ],
  ],
  ['全年地区生产总值增长5.3%。', [{ text: '5.3%', metric: '地区生产总值' }]],

  // --- a short note in brackets inside a noun phrase belongs to it
  ['今年以来，中欧班列（渝新欧）开行2600列，增长8%。', [{ text: '2600列', metric: '中欧班列（渝新欧）' }]],
  ['6月末，广义货币（M2）余额305万亿元，同比增长6.2%。', [{ text: '305万亿元', metric: '广义货币（M2）余额' }]],
  // --- a count in a sentence of its own names nothing from the sentence before
  ['实际使用外资52亿美元。（成渝）开行5000列。', [{ text: '5000列', metric: null }]],

  // --- a thousands separator does not end a clause; 维持在 / 保持在 bridge to the figure
  ['同期，進口貨值為4,467億元，上升8.0%。', [{ text: '8.0%', metric: '進口貨值' }]],
  ['全市城镇调查失业率维持在5.1%。', [{ text: '5.1%', metric: '城镇调查失业率' }]],
  ['全年居民消费价格涨幅保持在2%左右。', [{ text: '2%', metric: '居民消费价格涨幅' }]],

  // --- a comparison base (比初步核算数, 与…一致) is no subject: the metric is the earlier clause's
  ['经最终核实，2023年全省地区生产总值为5.2万亿元，比初步核算数增加420亿元。', [{ text: '420亿元', metric: '地区生产总值' }]],
  ['全年社会消费品零售总额4.1万亿元，较快报数减少60亿元。', [{ text: '60亿元', metric: '社会消费品零售总额' }]],
  // --- a verb with 了 before the figure: the thing it counts is its subject (班列开行了), but a doer
  // (a department, a person) is not what is counted: the verb is
  ['中欧班列今年已开行了1.2万列。', [{ text: '1.2万列', metric: '中欧班列' }]],
  ['当地消防部门及时疏散了120多人。', [{ text: '120多人', metric: '疏散' }]],
  ['这位老司机已安全行驶了80多万公里。', [{ text: '80多万公里', metric: '行驶' }]],
  ['市应急管理局连夜转移安置5000余人。', [{ text: '5000余人', metric: '转移安置' }]],
  ['救援队连夜转移了300多名群众。', [{ text: '300多名', metric: '群众' }]],
  // --- 提至 / 有近 lead to the figure; 人均 alone qualifies it and names nothing
  ['该水库的库容有近5000万立方米。', [{ text: '5000万立方米', metric: '库容' }]],
  ['明年起，城乡居民医保财政补助将提至人均700元。', [{ text: '700元', metric: '城乡居民医保财政补助' }]],
  ['全县农村低保标准提高到每人每月650元。', [{ text: '650元', metric: '农村低保标准' }]],
  // --- an amount before an adjective or place word and a noun qualifies that noun phrase
  ['这次试验完成了500米深海载人作业。', [{ text: '500米', metric: '深海载人作业' }]],
  ['两国潜水员首次完成200米饱和潜水作业。', [{ text: '200米', metric: '饱和潜水作业' }]],
  // --- 湖水 / 河水 are common nouns even where jieba tags them as places; 共约 leads to the figure
  ['入冬以来，水库的河水有近三米深。', [{ text: '三米', metric: '河水' }]],
  ['此次援助的物资共约600吨。', [{ text: '600吨', metric: '物资' }]],
  // --- a doer named in the sentence's first clause keeps being the doer of a later clause's verb
  ['这位老司机说，他有30年驾龄，已安全行驶了120多万公里。', [{ text: '120多万公里', metric: '行驶' }]],
  // --- N% 是 Y: the share of a whole that is Y measures Y
  ['这批进口车辆中，八成以上是新能源汽车。', [{ text: '八成', metric: '新能源汽车' }]],
  ['该园区入驻企业30%为跨境电商企业。', [{ text: '30%', metric: '跨境电商企业' }]],
  // --- a share of a total (达到全国县总数50%): the total is the base, the subject is the metric
  ['改革试点城市已达到全国城市总数60%以上。', [{ text: '60%', metric: '改革试点城市' }]],
  // --- 总 before a verb makes a noun of it (总投入, 总支出)
  ['截至去年底，全社会总投入380多亿元。', [{ text: '380多亿元', metric: '社会总投入' }]],
  // --- a verb inside the object of 向 (向保护湿地行动捐款): the verb after the object is still the metric
  ['全市职工向保护湿地行动捐款900万元。', [{ text: '900万元', metric: '捐款' }]],
  // --- a count then an adverb and adjective (4起特别重大事故): they qualify the counted noun
  ['全省共发生2起特别重大交通事故。', [{ text: '2起', metric: '特别重大交通事故' }]],
  // --- verbs inside a counted noun phrase (文物保护修缮项目) stay in it
  ['全市30个历史建筑保护修缮项目全部完工。', [{ text: '30个', metric: '历史建筑保护修缮项目' }]],
  // --- people counted, then what was done to them (被送往医院, 被疏散)
  [
    '事故造成2人死亡，15人被送往医院救治。',
    [
      { text: '2人', metric: '死亡' },
      { text: '15人', metric: '送往医院救治' },
    ],
  ],
  ['大楼起火后，300多人被紧急疏散。', [{ text: '300多人', metric: '紧急疏散' }]],
  // --- complaints and reports are counted (投诉, 举报: jieba tags them as verbs)
  ['全年市场监管部门共受理消费投诉12.5万件。', [{ text: '12.5万件', metric: '消费投诉' }]],
  // --- one character standing for a word the next member completes (汽、柴油 = 汽油、柴油; 进、出口)
  [
    '从今天零时起将汽、柴油价格每吨分别提高200元和190元。',
    [
      { text: '200元', metric: '汽油价格' },
      { text: '190元', metric: '柴油价格' },
    ],
  ],
  [
    '明年起将进、出口关税分别下调2%和3%。',
    [
      { text: '2%', metric: '进口关税' },
      { text: '3%', metric: '出口关税' },
    ],
  ],
  // --- a word jieba glues across the end of a date (6月20日蓄至) is no metric: the part after the date is not one either
  ['水库将于6月20日蓄至150米的设计水位。', [{ text: '150米', metric: '设计水位' }]],

  // --- a verb inside a noun phrase after an abbreviation or a distinguishing word (研发投入强度, 公共预算收入)
  ['全市研发投入强度超过3.1%。', [{ text: '3.1%', metric: '研发投入强度' }]],
  ['县级一般公共预算收入达到52亿元。', [{ text: '52亿元', metric: '县级一般公共预算收入' }]],
  ['全区公共财政收入增长4.5%。', [{ text: '4.5%', metric: '公共财政收入' }]],
  // --- 控制在 bridges to the figure (失业率控制在5.5%以内); 城镇 is a common noun, not a place (城镇新增就业)
  [
    '全年城镇新增就业60万人，城镇调查失业率控制在5.5%以内。',
    [
      { text: '60万人', metric: '城镇新增就业' },
      { text: '5.5%', metric: '城镇调查失业率' },
    ],
  ],
  ['居民消费价格涨幅控制在3%左右。', [{ text: '3%', metric: '居民消费价格涨幅' }]],
  // --- a policy term jieba cuts in two (减税降费)
  ['全年新增减税降费超过120亿元。', [{ text: '120亿元', metric: '减税降费' }]],
  // --- the same month of the year before, named by its year (較2023年同月), is a yoy comparison
  ['2024年9月零售額為300億元，較2023年同月下跌5%。', [{ text: '5%', basis: 'yoy', period: '2024-09' }], { refDate: '2024-10-31' }],
  ['二〇二五年九月出口貨值為3,900億元，較二〇二四年同月上升9.5%。', [{ text: '9.5%', metric: '出口貨值', basis: 'yoy', period: '2025-09' }], { refDate: '2025-10-28' }],
  ['10月份出口额较上年同月增长6%。', [{ text: '6%', basis: 'yoy' }], { refDate: '2024-11-10' }],
  // --- 占 glued to the bridge after it (占近八成, 占约三成): the share is of what comes before 占
  ['全市新能源汽车销量占近三成。', [{ text: '三成', metric: '新能源汽车销量' }]],
  ['民营企业进出口占约55%。', [{ text: '55%', metric: '民营企业进出口' }]],
  // --- figures in a bracket note that names nothing of its own (a code, a share word) measure the noun it follows
  [
    '去年进口以原油（占比32%）和铁矿砂（占比15%）为主。',
    [
      { text: '32%', metric: '原油' },
      { text: '15%', metric: '铁矿砂' },
    ],
  ],
  [
    '对欧盟出口以机械设备（HS84，520亿美元）和汽车（HS87，310亿美元）为主。',
    [
      { text: '520亿美元', metric: '机械设备' },
      { text: '310亿美元', metric: '汽车' },
    ],
  ],
  ['公司营业收入120亿元（同比增长5%）。', [{ text: '5%', metric: '营业收入' }]],
];
