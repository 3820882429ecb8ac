import { describe, expect, it } from 'vitest';
import { isHanChar, isHanCode } from '../../src/chars/han.js';
import { alternation, escapeRegExp } from '../../src/chars/words.js';

describe('isHanCode', () => {
  it('agrees with \\p{Script=Han} on every code unit of the BMP outside the surrogates', () => {
    const han = /^\p{Script=Han}$/u;
    const disagree: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (isHanCode(code) !== han.test(String.fromCharCode(code))) disagree.push(code.toString(16));
    }
    expect(disagree).toEqual([]);
  });

  it('takes 〇, 々 and compatibility ideographs, not the Yijing hexagrams, kana or full-width digits', () => {
    expect(['〇', '々', '中', '㐀', '豈', '⼀'].map((c) => isHanCode(c.charCodeAt(0)))).toEqual([true, true, true, true, true, true]);
    expect(['䷀', 'あ', '１', '，', 'A'].map((c) => isHanCode(c.charCodeAt(0)))).toEqual([false, false, false, false, false]);
  });

  it('sees neither half of a character beyond the BMP (a loop by code unit keeps offsets)', () => {
    const ext = '𠀀'; // CJK Extension B
    expect([isHanCode(ext.charCodeAt(0)), isHanCode(ext.charCodeAt(1))]).toEqual([false, false]);
  });
});

describe('isHanChar', () => {
  it('takes a Han character of any plane and nothing else', () => {
    expect(['中', '〇', '𠀀', '䷀', 'a', '１'].map(isHanChar)).toEqual([true, true, true, false, false, false]);
  });
});

describe('alternation', () => {
  it('puts the longer of two words first, escapes metacharacters and drops repeats', () => {
    expect(alternation(['米', '万平方米', 'a.b', '米', '(注)'])).toBe('万平方米|a\\.b|\\(注\\)|米');
  });

  it('gives a regex that matches the longest word where two start alike', () => {
    expect(new RegExp(alternation(['超', '超过'])).exec('超过三成')?.[0]).toBe('超过');
    expect(new RegExp(`^(?:${alternation(['1+1', '['])})$`).test('1+1')).toBe(true);
  });
});

describe('escapeRegExp', () => {
  it('makes every metacharacter match itself', () => {
    const s = '.*+?^${}()|[]\\';
    expect(new RegExp(`^${escapeRegExp(s)}$`).test(s)).toBe(true);
  });
});
