import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/fold.js';
import { splitSentences } from '../../src/text/sentences.js';
import { loadDocument } from '../../src/input/load.js';
import { binaryUnit } from '../property/arbitraries.js';

// fold and splitSentences read code units and cache conversions for speed. These properties
// hold them to the straightforward first versions, kept here as references.

const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** The first fold: one string per code unit, each Han character through the converter. */
function referenceFold(text: string): { match: string; script: string } {
  const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
  const foldWidth = (code: number) => {
    if (code === 0x3000) return 0x20;
    if (code >= 0xff01 && code <= 0xff5e) {
      const ascii = code - 0xfee0;
      return ',;:!?()'.includes(String.fromCharCode(ascii)) ? code : ascii;
    }
    return code;
  };
  const out: string[] = [];
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHan(code)) {
      han++;
      // 么 and 苧 are Simplified forms the converter still changes (tests/text/fold.test.ts)
      const ch = text.charAt(i);
      const converted: string = '么苧'.includes(ch) ? ch : (convert(ch) ?? ch);
      const s = converted.length === 1 ? converted : ch;
      if (s !== ch) changed++;
      out.push(s);
    } else out.push(String.fromCharCode(foldWidth(code)));
  }
  return { match: out.join(''), script: han > 0 && changed / han > 0.05 ? 'traditional' : 'simplified' };
}

/** The first splitSentences: one-character strings, Sets and /\s/. */
function referenceSplit(text: string, match: string) {
  const TERMINAL = new Set(['。', '！', '？', '!', '?', '；', ';']);
  const CLOSERS = new Set(['”', '’', '」', '』', '"', "'", '）', ')', '》', '】']);
  const MAX = 2000;
  const sentences: { start: number; end: number; text: string; match: string }[] = [];
  let begin = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(match.charAt(from))) from++;
    while (to > from && /\s/.test(match.charAt(to - 1))) to--;
    if (to > from) sentences.push({ start: from, end: to, text: text.slice(from, to), match: match.slice(from, to) });
  };
  for (let i = 0; i < match.length; i++) {
    const ch = match.charAt(i);
    if (ch === '\n' || ch === '\r') {
      push(begin, i);
      begin = i + 1;
    } else if (TERMINAL.has(ch)) {
      let j = i + 1;
      while (j < match.length && (TERMINAL.has(match.charAt(j)) || CLOSERS.has(match.charAt(j)))) j++;
      push(begin, j);
      begin = j;
      i = j - 1;
    } else if (ch === ' ' && match[i + 1] === ' ' && i > begin) {
      push(begin, i);
      begin = i;
    } else if (i - begin >= MAX && (ch === ',' || ch === '，' || ch === ' ')) {
      push(begin, i + 1);
      begin = i + 1;
    } else if (i - begin >= MAX * 4) {
      push(begin, i);
      begin = i;
    }
  }
  push(begin, match.length);
  return sentences;
}

const newsChars = [
  ...'跨境電商進出口規模達萬億元同比增長海外倉數量個國際經濟貿易務業發展區據顯為與對這關於後臺灣廣東',
  ...'跨境电商进出口规模达万亿元同比增长海外仓数量个国际经济贸易务业发展区据显为与对这关于后台湾广东',
  ...'０１２３４５６７８９％．／－＋～，；：！？（）ＡＢａｂ　 。”’」』"\'》】\n\r\t\u00a0\u2028\ufeff',
  ...'0123456789.,%-;!?()',
  '\u3400',
  '\u4dbf',
  '\uf900',
  '\ufa6c',
  '\ufaff',
  '\ud840',
  '\udc00',
  '\ud83d\ude00',
  '\u2000',
  '\u205f',
];
const newsLike = fc.array(fc.constantFrom(...newsChars), { maxLength: 400 }).map((cs) => cs.join(''));
const anyText = fc.oneof(newsLike, fc.string({ unit: binaryUnit, maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

const fixtureTexts = (): string[] =>
  ['fixtures/heldout', 'seeds'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.(txt|md|html?)$/.test(f))
      .map((f) => loadDocument(readFileSync(`${dir}/${f}`), f).plain),
  );

describe('fold', () => {
  it('gives the same match view and script as converting each character on its own', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(fold(text)).toEqual(referenceFold(text));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees on the seeds and held-out articles, Traditional ones included', () => {
    const texts = fixtureTexts();
    expect(texts.some((t) => referenceFold(t).script === 'traditional')).toBe(true);
    for (const text of texts) expect(fold(text)).toEqual(referenceFold(text));
  });

  it('converts every Han code unit as the converter does, whatever the order seen', () => {
    const all: string[] = [];
    for (let code = 0x3400; code <= 0x4dbf; code += 7) all.push(String.fromCharCode(code));
    for (let code = 0x4e00; code <= 0x9fff; code += 3) all.push(String.fromCharCode(code));
    for (let code = 0xf900; code <= 0xfaff; code++) all.push(String.fromCharCode(code));
    const text = all.join('');
    expect(fold(text).match).toBe(referenceFold(text).match);
    expect(fold([...text].reverse().join('')).match).toBe(referenceFold([...text].reverse().join('')).match);
  }, 120_000);

  it('handles texts longer than its buffer, and empty text', () => {
    const long = '臺灣　ＡＢＣ１２３，進出口。'.repeat(5000);
    expect(fold(long)).toEqual(referenceFold(long));
    expect(fold('')).toEqual({ match: '', script: 'simplified' });
    expect(fold('短')).toEqual(referenceFold('短'));
  });
});

describe('splitSentences', () => {
  it('cuts where the first version cut', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { match } = fold(text);
        expect(splitSentences(text, match)).toEqual(referenceSplit(text, match));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees on the seeds and held-out articles, and on runaway sentences', () => {
    const texts = [...fixtureTexts(), '一'.repeat(9000), `${'二，'.repeat(3000)}三`, `${'四 '.repeat(2500)}  五`];
    for (const text of texts) {
      const { match } = fold(text);
      expect(splitSentences(text, match)).toEqual(referenceSplit(text, match));
    }
  });
});
