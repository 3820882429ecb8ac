import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFromPlain } from '../../src/pipeline.js';
import { binaryUnit } from './arbitraries.js';

// Whatever the text, extraction never throws and writes no fact its own schema check refuses
// (`invalid`: the pipeline validates every fact before writing it, so offsets and schema need no
// second check here). And a change that changes no figure changes no fact: Arabic digits written in
// full width give the same facts, at the same offsets (more such properties: metamorphic.test.ts).

const figureChars = [
  ...'0123456789０１２３４５６７８９.,%％—-~至到零一二两三四五六七八九十百千万亿萬億兩元美欧日港币圆块个家件亩吨米平方公里年月日季度上下半前约近超过逾多余以上不到增长下降同比环比倍番成分之第届号　 ，。；！？\n“”（）()《》<>/:',
];
const newsLike = fc.array(fc.constantFrom(...figureChars), { maxLength: 300 }).map((cs) => cs.join(''));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: binaryUnit, maxLength: 200 }), newsLike);

function extract(text: string, refDate: string | null) {
  const { facts, invalid } = extractFromPlain(text, 'p.txt', { refDate });
  expect(invalid).toEqual([]);
  return facts;
}

const wideDigit = (d: string) => String.fromCharCode(d.charCodeAt(0) + 0xfee0);
const narrow = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

describe('the pipeline on any text', () => {
  it('never throws, and writes only facts that pass its schema check', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.constant('2024-06-15')), (text, refDate) => void extract(text, refDate)),
      { numRuns: 300 },
    );
  }, 600_000);

  it('gives the same facts when the digits are written in full width', () => {
    fc.assert(
      fc.property(newsLike, fc.option(fc.constant('2024-06-15')), (text, refDate) => {
        const wide = text.replace(/[0-9]/g, wideDigit);
        const back = extract(wide, refDate).map((f) => JSON.parse(narrow(JSON.stringify(f))) as unknown);
        expect(back).toEqual(extract(text, refDate).map((f) => JSON.parse(narrow(JSON.stringify(f))) as unknown));
      }),
      { numRuns: 300 },
    );
  }, 600_000);

  it('copes with floods of digits, numerals, scales and brackets', () => {
    for (const unit of ['9', '九', '万', '多', '%', '（', '“', '年', '1.', '增长']) extract(unit.repeat(20_000), null);
  }, 600_000);
});
