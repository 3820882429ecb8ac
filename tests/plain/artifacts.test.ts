import { describe, expect, it } from 'vitest';
import { isPinyinReading, removePinyinReadings } from '../../src/plain/artifacts.js';

describe('removePinyinReadings', () => {
  it('removes tone-marked readings after Han characters (seed 000)', () => {
    expect(removePinyinReadings('從美國(guó)趕來(lái)福州參加中國(guó)跨交會(huì)')).toBe('從美國趕來福州參加中國跨交會');
    expect(removePinyinReadings('規(guī)模再創(chuàng)新高,產(chǎn)業(yè)鏈')).toBe('規模再創新高,產業鏈');
  });

  it('handles full-width parentheses and numbered pinyin', () => {
    expect(removePinyinReadings('國（guó）際')).toBe('國際');
    expect(removePinyinReadings('长(zhang3)江')).toBe('长江');
    expect(removePinyinReadings('綠(lǜ)色, 女(nv3)')).toBe('綠色, 女');
  });

  it('keeps ordinary parenthesised text', () => {
    for (const text of [
      '福州跨境电商加速发展（经济聚焦）',
      '跨境电子商务综合试验区（以下简称“综试区”）',
      '跨之力榜單(2026)',
      '(記者 江海 文/攝)',
      '国内生产总值(GDP)增长5%',
      '条款(a)和(b)',
      '公司(Amazon)',
      '( guó) 前面没有汉字',
    ]) {
      expect(removePinyinReadings(text)).toBe(text);
    }
  });

  it('removes a reading only directly after a Han character', () => {
    expect(removePinyinReadings('V&S(guó)')).toBe('V&S(guó)');
    expect(removePinyinReadings('國 (guó)')).toBe('國 (guó)');
    expect(removePinyinReadings('𠀀(guó)')).toBe('𠀀');
  });
});

describe('isPinyinReading', () => {
  it.each(['guó', 'lái', 'zhǎng', 'nǚ', 'lüè', 'ài', 'ér', 'guo2', 'nv3'])('%s is a reading', (r) => {
    expect(isPinyinReading(r)).toBe(true);
  });
  it.each(['guo', 'a', 'GDP', 'abc1', 'xyzé', 'ok', 'gé6'])('%s is not', (r) => {
    expect(isPinyinReading(r)).toBe(false);
  });
});
