// Units as Chinese news writes them (match view: Simplified), with the codes of the contract.

/** Currency words after a number (`500亿元`, `3.5亿美元`, `500亿元人民币`, `3.14人民币`) → ISO 4217. */
export const CURRENCY_SUFFIX: Record<string, string> = {
  元人民币: 'CNY', 元: 'CNY', 人民币: 'CNY', 人民币元: 'CNY', 块钱: 'CNY', 块: 'CNY', 元钱: 'CNY', RMB: 'CNY', CNY: 'CNY',
  美元: 'USD', 美金: 'USD', 美圆: 'USD', USD: 'USD',
  欧元: 'EUR', 日元: 'JPY', 日圆: 'JPY', 港元: 'HKD', 港币: 'HKD', 英镑: 'GBP', 韩元: 'KRW', 韩圆: 'KRW',
  新台币: 'TWD', 台币: 'TWD', 卢布: 'RUB', 泰铢: 'THB', 澳元: 'AUD', 澳币: 'AUD', 加元: 'CAD', 加币: 'CAD',
  新加坡元: 'SGD', 新元: 'SGD', 瑞士法郎: 'CHF', 瑞郎: 'CHF', 印度卢比: 'INR', 卢比: 'INR', 澳门元: 'MOP', 澳门币: 'MOP',
  林吉特: 'MYR', 越南盾: 'VND', 印尼盾: 'IDR', 雷亚尔: 'BRL', 兰特: 'ZAR', 里拉: 'TRY', 迪拉姆: 'AED',
  沙特里亚尔: 'SAR', 新西兰元: 'NZD', 纽元: 'NZD', 菲律宾比索: 'PHP', 墨西哥比索: 'MXN', 瑞典克朗: 'SEK', 挪威克朗: 'NOK',
  丹麦克朗: 'DKK', 兹罗提: 'PLN', 坚戈: 'KZT', 苏姆: 'UZS', 缅元: 'MMK', 老挝基普: 'LAK', 基普: 'LAK', 瑞尔: 'KHR',
  EUR: 'EUR', JPY: 'JPY', HKD: 'HKD', GBP: 'GBP',
};

/** Currency words or signs before a number (`人民币500亿元`, `美元3.5亿`, `人民幣3.14`, `US$5`, `￥100`). */
export const CURRENCY_PREFIX: Record<string, string> = {
  人民币: 'CNY', 美元: 'USD', 美金: 'USD', 欧元: 'EUR', 日元: 'JPY', 港元: 'HKD', 港币: 'HKD', 英镑: 'GBP',
  韩元: 'KRW', 新台币: 'TWD', 卢布: 'RUB', 泰铢: 'THB', 澳元: 'AUD', 加元: 'CAD', 新加坡元: 'SGD',
  RMB: 'CNY', CNY: 'CNY', USD: 'USD', EUR: 'EUR', HKD: 'HKD', GBP: 'GBP', JPY: 'JPY',
  'US$': 'USD', 'HK$': 'HKD', 'NT$': 'TWD', 'A$': 'AUD', 'C$': 'CAD', 'S$': 'SGD', $: 'USD', '￥': 'CNY', '¥': 'CNY', '€': 'EUR', '£': 'GBP',
};

/** After these, 元 is part of a word, not a currency: 多元化, 元素, 元宵, 元旦. */
export const NOT_CURRENCY_AFTER = /^(?:化|素|宵|旦|年|月|首|帅|老|组|件|论|系|音|气|件)/;

/** Measure units → [contract unit code, factor to that unit]. */
export const MEASURE_UNITS: Record<string, [string, number]> = {
  平方千米: ['km2', 1], 平方公里: ['km2', 1], km2: ['km2', 1], 'km²': ['km2', 1],
  平方米: ['m2', 1], 平米: ['m2', 1], 'm²': ['m2', 1], '㎡': ['m2', 1], m2: ['m2', 1],
  立方米: ['m3', 1], 'm³': ['m3', 1], m3: ['m3', 1], 方米: ['m3', 1],
  公里: ['km', 1], 千米: ['km', 1], km: ['km', 1], 米: ['m', 1], 厘米: ['m', 0.01], 毫米: ['m', 0.001],
  吨: ['t', 1], 公吨: ['t', 1], 千克: ['kg', 1], 公斤: ['kg', 1], kg: ['kg', 1], 克: ['kg', 0.001], 斤: ['kg', 0.5],
  亩: ['mu', 1], 公顷: ['ha', 1], 标箱: ['TEU', 1], 标准箱: ['TEU', 1], TEU: ['TEU', 1],
};
/** ASCII unit codes need a word end after them (5m but not 5min). */
export const ASCII_UNIT = /^[A-Za-z]/;

/**
 * Classifiers that count things (as written after the numeral). Durations (天 小时 个月), ages (岁),
 * years (年), ordinals (号 届) are deliberately absent.
 */
export const CLASSIFIERS: readonly string[] = [
  '人次', '架次', '车次', '班次', '艘次', '家次', '批次', '户次', '方面',
  '家', '个', '件', '辆', '单', '票', '名', '人', '位', '场', '项', '批', '篇', '款', '条', '座', '所', '支', '处',
  '台', '套', '只', '头', '架', '艘', '部', '本', '份', '张', '间', '户', '栋', '幢', '棵', '株', '匹', '列',
  '班', '例', '起', '宗', '笔', '枚', '颗', '道', '门', '口', '种', '类', '家次', '集', '首', '幅', '册', '封', '盏', '次', '期', '组',
];
/** After these a classifier is part of a word or a duration: 个月, 个小时, 人民币, 位数, 部门. */
export const NOT_COUNT_AFTER = /^(?:个?(?:月|小时|钟头|星期|礼拜|工作日|交易日|季度|年头|学期|半月|百分点|千分点|基点)|民币|位数|次方|种族)/;
