import * as FromSimplified from 'opencc-js/cn2t';
import * as FromTraditional from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { extractFromPlain } from '../../src/pipeline.js';
import { fold } from '../../src/text/fold.js';

// The match view folds Traditional characters to Simplified ones. A character that already is the
// Simplified form of another (么, the Simplified 麼) is no Traditional evidence, however the
// Taiwan-to-mainland converter reads it (it takes 么 as a variant of 幺).

const toSimplified = FromTraditional.Converter({ from: 'tw', to: 'cn' }) as (s: string) => string;
const toTraditional = FromSimplified.Converter({ from: 'cn', to: 'tw' }) as (s: string) => string;

/** A Simplified form: the character has a Traditional form of its own, which folds back to it. */
function isSimplifiedForm(ch: string): boolean {
  const traditional = toTraditional(ch);
  return traditional !== ch && toSimplified(traditional) === ch;
}

describe('fold keeps Simplified forms', () => {
  it('keeps 么 and reads a short Simplified text as Simplified', () => {
    expect(fold('一元钱能买什么。')).toEqual({ match: '一元钱能买什么。', script: 'simplified' });
    expect(fold('这么多')).toEqual({ match: '这么多', script: 'simplified' });
  });
  it('still folds 麼 and reads Traditional text as Traditional', () => {
    expect(fold('這麼多錢能買什麼')).toEqual({ match: '这么多钱能买什么', script: 'traditional' });
  });
  it('keeps every character that is a Simplified form, and folds every other one the converter changes', () => {
    const wrong: string[] = [];
    for (let code = 0x4e00; code <= 0x9fff; code++) {
      const ch = String.fromCharCode(code);
      const converted = toSimplified(ch);
      const expected = isSimplifiedForm(ch) || converted.length !== 1 ? ch : converted;
      if (fold(ch).match !== expected) wrong.push(ch);
    }
    expect(wrong).toEqual([]);
  });
  it('leaves a bare 元 in a short Simplified sentence to CNY', () => {
    const money = extractFromPlain('一元钱能买什么。', 'x.txt')
      .facts.filter((f) => f.type === 'money')
      .map((f) => [f.text, f.value, f.unit]);
    expect(money).toEqual([['一元钱', 1, 'CNY']]);
  });
});
