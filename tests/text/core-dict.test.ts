import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORE_DICT, coreDictionary, fullDictionaryPath, isCoreEntry } from '../../src/text/core-dict.js';
import { segment } from '../../src/text/segment.js';

describe('core jieba dictionary', () => {
  it('keeps frequent words and every word holding a numeral, drops rare ones', () => {
    expect(isCoreEntry('外贸 1887 n')).toBe(true);
    expect(isCoreEntry('一日千里 3 i')).toBe(true);
    expect(isCoreEntry('三角债 3 n')).toBe(true);
    expect(isCoreEntry('B2B 3 eng')).toBe(true);
    expect(isCoreEntry('义乌市 9 ns')).toBe(true);
    expect(isCoreEntry('欧阳修 5 nr')).toBe(false);
    expect(isCoreEntry('贝思瑞 3 nz')).toBe(false);
    expect(isCoreEntry('亚马逊 40 nrt')).toBe(true);
    expect(isCoreEntry('')).toBe(false);
  });

  it('is what `npm run dict` makes from the installed full dictionary (regenerate when this fails)', () => {
    const committed = readFileSync(CORE_DICT, 'utf8');
    expect(committed).toBe(coreDictionary(readFileSync(fullDictionaryPath(), 'utf8')));
    expect(committed.split('\n').length - 1).toBeLessThan(140_000);
  });

  it('still holds idioms with numerals whole, so figures inside them are rejected', () => {
    expect(segment('他的生意一日千里').map((t) => t.word)).toContain('一日千里');
  });
});
