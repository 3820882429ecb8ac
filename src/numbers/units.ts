// Units as Chinese news writes them (match view: Simplified), with the codes of the contract.

// Currencies live in currency.ts (one table for every reader).

/** Measure units → [contract unit code, factor to that unit]. */
export const MEASURE_UNITS: Record<string, [string, number]> = {
  平方千米: ['km2', 1], 平方公里: ['km2', 1], km2: ['km2', 1], 'km²': ['km2', 1],
  平方米: ['m2', 1], 平米: ['m2', 1], 'm²': ['m2', 1], '㎡': ['m2', 1], m2: ['m2', 1],
  立方米: ['m3', 1], 'm³': ['m3', 1], m3: ['m3', 1], 方米: ['m3', 1], 立方: ['m3', 1], 方: ['m3', 1],
  公里: ['km', 1], 千米: ['km', 1], km: ['km', 1], 米: ['m', 1], 厘米: ['m', 0.01], 毫米: ['m', 0.001],
  吨: ['t', 1], 公吨: ['t', 1], 千吨: ['t', 1000], 千克: ['kg', 1], 公斤: ['kg', 1], kg: ['kg', 1], 克: ['kg', 0.001], 斤: ['kg', 0.5],
  亩: ['mu', 1], 公顷: ['ha', 1], 千公顷: ['ha', 1000], 标箱: ['TEU', 1], 标准箱: ['TEU', 1], TEU: ['TEU', 1],
  千瓦: ['kW', 1], kW: ['kW', 1], 兆瓦: ['kW', 1000], MW: ['kW', 1000], 千瓦时: ['kWh', 1], kWh: ['kWh', 1], 兆瓦时: ['kWh', 1000], 度电: ['kWh', 1], 度: ['kWh', 1],
  吉瓦: ['kW', 1e6], GW: ['kW', 1e6], 吉瓦时: ['kWh', 1e6], GWh: ['kWh', 1e6], MWh: ['kWh', 1000], 太瓦时: ['kWh', 1e9], TWh: ['kWh', 1e9],
};
/** ASCII unit codes need a word end after them (5m but not 5min). */
export const ASCII_UNIT = /^[A-Za-z]/;

/**
 * Classifiers that count things (as written after the numeral). Durations (天 小时 个月), ages (岁),
 * years (年), ordinals (号 届) and phases or issues (期: 一期工程, 第3期) are deliberately absent.
 */
export const CLASSIFIERS: readonly string[] = [
  '人次', '架次', '车次', '班次', '艘次', '家次', '批次', '户次', '方面',
  '家', '个', '件', '辆', '单', '票', '名', '人', '位', '场', '项', '批', '篇', '款', '条', '座', '所', '支', '处',
  '台', '套', '只', '头', '架', '艘', '部', '本', '份', '张', '间', '户', '栋', '幢', '棵', '株', '匹', '列',
  '班', '例', '起', '宗', '笔', '枚', '颗', '道', '门', '口', '种', '类', '家次', '集', '首', '幅', '册', '封', '盏', '次', '组', '尾',
];
/** After these a classifier is part of a word or a duration: 个月, 个小时, 人民币, 位数, 部门. */
export const NOT_COUNT_AFTER = /^(?:个?(?:月|小时|钟头|星期|礼拜|工作日|交易日|季度|年头|学期|半月|百分点|千分点|基点)|民币|位数|次方|种族)/;
