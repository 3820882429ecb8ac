import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFromPlain } from '../../src/pipeline.js';
import { FactSchema } from '../../src/schema/fact.js';

// Whatever the text, extraction never throws, every fact it writes validates, its offsets are
// in bounds and point at its text, and the sentence holds the text.

const figureChars = [...'0123456789０１２３４５６７８９.,%％—-~至到零一二两三四五六七八九十百千万亿萬億兩元美欧日港币圆块个家件亩吨米平方公里年月日季度上下半前约近超过逾多余以上不到增长下降同比环比倍番成分之第届号　 ，。；！？\n“”（）()《》<>/:'];
const newsLike = fc.array(fc.constantFrom(...figureChars), { maxLength: 300 }).map((cs) => cs.join(''));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), newsLike);

function checkAll(text: string, refDate: string | null) {
  const { facts, invalid } = extractFromPlain(text, 'p.txt', { refDate });
  expect(invalid).toEqual([]);
  for (const f of facts) {
    expect(FactSchema.safeParse(f).success).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.sentence).toContain(f.text);
  }
}

describe('the pipeline on any text', () => {
  it('never throws, and writes only valid facts with exact offsets', () => {
    fc.assert(fc.property(anyText, fc.option(fc.constant('2024-06-15')), (text, refDate) => checkAll(text, refDate)), { numRuns: 300 });
  }, 600_000);

  it('copes with floods of digits, numerals, scales and brackets', () => {
    for (const unit of ['9', '九', '万', '多', '%', '（', '“', '年', '1.', '增长']) checkAll(unit.repeat(20_000), null);
  }, 600_000);
});
