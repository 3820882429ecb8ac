import { describe, expect, it } from 'vitest';
import { localMoney } from '../../src/extract/locale.js';
import { extractFromPlain } from '../../src/pipeline.js';
import { fold } from '../../src/text/fold.js';

// The document's local money: decided once (Traditional script + the place it names most), passed to
// the money rules in the extract context; there a bare 元 / 塊 / $ is HKD, MOP or TWD.

const of = (text: string) => {
  const { match, script } = fold(text);
  return localMoney(match, script);
};

describe('localMoney', () => {
  it('reads the place of a Traditional text', () => {
    expect(of('香港特區政府公布，本港上月零售業總銷貨價值按年上升。')).toBe('HKD');
    expect(of('澳門統計暨普查局公布，澳門上月旅客人數上升。')).toBe('MOP');
    expect(of('臺灣經濟部公布，臺北市上月外銷訂單成長。')).toBe('TWD');
  });
  it('leaves a Simplified text to CNY, whatever places it names', () => expect(of('香港特区政府公布，本港上月零售业总销货价值按年上升。')).toBeNull());
  it('keeps CNY for a mainland subject written in Traditional', () => expect(of('廣東省上半年外貿進出口總值達4萬億元，海關總署表示增速加快。')).toBeNull());
  it('takes a Traditional text that names no place as Taiwanese', () => expect(of('這家公司上個月的營業額顯著成長，員工人數也增加了。')).toBe('TWD'));
  it('reads the place from its vocabulary too (本港, 殖利率)', () => {
    expect(of('本港上月失業率維持不變，綜援個案減少。')).toBe('HKD');
    expect(of('這檔個股的現金殖利率約為五厘。')).toBe('TWD');
  });
  it('names no place when two places are named as often', () => expect(of('香港與臺灣的貿易往來頻繁。')).toBeNull());
  it('reads Hong Kong from its offices and 全港', () => {
    expect(of('政府統計處今日發表的數字顯示，整體出口貨值上升。')).toBe('HKD');
    expect(of('全港失業率維持在3.0%。')).toBe('HKD');
  });
  it('does not count a place on the far side of a flow', () => expect(of('臺灣經濟部公布，上月對香港出口成長。')).toBe('TWD'));
});

describe('bare 元 and $ in a local source', () => {
  const money = (text: string) =>
    extractFromPlain(text, 'x.txt')
      .facts.filter((f) => f.type === 'money')
      .map((f) => [f.text, f.value, f.unit]);
  it('are the local money', () => {
    expect(money('香港特區政府宣布，本港長者乘車優惠票價為2元，每月最多補貼$500。')).toEqual([
      ['2元', 2, 'HKD'],
      ['$500', 500, 'HKD'],
    ]);
    expect(money('臺灣經濟部表示，臺北市每公斤菜價上漲至45元。')).toEqual([['45元', 45, 'TWD']]);
  });
  it('keep a currency written out', () => expect(money('香港特區政府表示，本港公司以人民幣100萬元結算。')).toEqual([['人民幣100萬元', 1000000, 'CNY']]));
  it('stay CNY and USD elsewhere', () =>
    expect(money('该公司每股派息2元，另派$1。')).toEqual([
      ['2元', 2, 'CNY'],
      ['$1', 1, 'USD'],
    ]));
});

describe('a currency named earlier in the passage', () => {
  const money = (text: string) =>
    extractFromPlain(text, 'x.txt')
      .facts.filter((f) => f.type === 'money')
      .map((f) => [f.text, f.value, f.unit]);
  it('governs a bare 元 in the sentences after it, until the paragraph ends', () =>
    expect(money('岛内物价以新台币计价。每公斤菜价45元。\n人均收入3万元。')).toEqual([
      ['45元', 45, 'TWD'],
      ['3万元', 30000, 'CNY'],
    ]));
  it('gives way to 人民币 named after it', () => expect(money('以港币结算。其中人民币部分另计，每件20元。')).toEqual([['20元', 20, 'CNY']]));
  it('is only a currency whose own unit is 元 (美元 does not make a later 元 USD)', () =>
    expect(money('出口额为5亿美元。进口额为3亿元。')).toEqual([
      ['5亿美元', 500000000, 'USD'],
      ['3亿元', 300000000, 'CNY'],
    ]));
});
