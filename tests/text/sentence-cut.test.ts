import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clauseStarts, cutSentence, MAX_SENTENCE, sentenceCutter } from '../../src/text/sentence-cut.js';
import { extractFromPlain } from '../../src/pipeline.js';

describe('cutSentence', () => {
  it('keeps a sentence of at most 500 characters whole', () => {
    const s = '海关总署统计数据显示，今年一季度，中国跨境电商进出口5776亿元，增长9.6%；';
    expect(cutSentence(s, s.indexOf('5776亿元'), s.indexOf('5776亿元') + 7)).toBe(s);
    const exactly = '出口'.repeat(250);
    expect(cutSentence(exactly, 0, 2)).toBe(exactly);
  });

  it('cuts a long sentence to the clauses around the expression, the one before first', () => {
    const clause = (i: number) => `第${String(i).padStart(3, '0')}项出口额${'甲'.repeat(41)}，`; // 50 characters each
    const text = Array.from({ length: 30 }, (_, i) => clause(i)).join(''); // 1,500 characters
    const start = text.indexOf('第015项');
    const cut = cutSentence(text, start, start + 5, 120);
    // 50 + 50 fit in 120, a third clause does not: the clause before is taken first
    expect(cut).toBe(clause(14) + clause(15));
    expect(cutSentence(text, start, start + 5, 150)).toBe(clause(14) + clause(15) + clause(16));
    expect(cutSentence(text, start, start + 5).length).toBe(500);
    expect(cutSentence(text, start, start + 5)).toBe(Array.from({ length: 10 }, (_, i) => clause(10 + i)).join(''));
  });

  it('takes every clause an expression spans, widened on both sides while they fit', () => {
    const filler = `${'丁'.repeat(29)}，`; // 30 characters
    const text = `${filler.repeat(20)}出口增长5%，同比增长3%，${filler.repeat(20)}`;
    const start = text.indexOf('增长5%');
    const end = text.indexOf('3%') + 2; // across the comma after 5%
    expect(cutSentence(text, start, end, 15)).toBe('出口增长5%，同比增长3%，');
    expect(cutSentence(text, start, end, 75)).toBe(`${filler}出口增长5%，同比增长3%，${filler}`);
    // clauses longer than the limit: a window around the expression (11 characters here)
    expect(cutSentence(text, start, end, 13)).toBe('口增长5%，同比增长3%，');
    expect(cutSentence(text, start, end, 10)).toBe('增长5%，同比增长3%');
  });

  it('cuts a single clause longer than the limit to a window centred on the expression', () => {
    const text = '1'.repeat(1000) + '增长9.6%' + '2'.repeat(1000);
    const start = 1000;
    const cut = cutSentence(text, start, start + 6, 100);
    expect(cut).toBe('1'.repeat(47) + '增长9.6%' + '2'.repeat(47));
    // at an edge the window stays inside the text
    expect(cutSentence(text, 0, 3, 100)).toBe('1'.repeat(100));
  });

  it('never splits a surrogate pair at the edge of a window', () => {
    const text = '😀'.repeat(300) + '5%' + '😀'.repeat(300);
    const start = 600;
    const cut = cutSentence(text, start, start + 2, 11);
    expect(cut).toBe('😀😀5%😀😀');
  });

  it('returns an expression longer than the limit by itself', () => {
    const text = 'x'.repeat(600) + '9'.repeat(20) + 'y'.repeat(600);
    expect(cutSentence(text, 600, 620, 10)).toBe('9'.repeat(20));
  });

  it('always holds the expression, stays within the limit and is a piece of the sentence', () => {
    const pieces = ['出口', '增长', '5%', '，', '；', '、', '😀', 'a', '1', '\t'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 400 }), fc.nat(), fc.nat(), fc.integer({ min: 8, max: 120 }), (parts, a, b, max) => {
        const text = parts.join('');
        // expressions begin and end at piece boundaries (never inside a surrogate pair)
        const offsets = [0];
        for (const p of parts) offsets.push(offsets[offsets.length - 1]! + p.length);
        const i = a % parts.length;
        const j = Math.min(parts.length, i + 1 + (b % 3));
        const [start, end] = [offsets[i]!, offsets[j]!]; // i < j <= parts.length
        const cut = cutSentence(text, start, end, max);
        expect(text).toContain(cut);
        expect(cut).toContain(text.slice(start, end));
        expect(cut.length).toBeLessThanOrEqual(Math.max(max, end - start));
        if (text.length <= max) expect(cut).toBe(text);
        expect(sentenceCutter(text, max)(start, end)).toBe(cut);
      }),
    );
  });

  it('finds clause starts after clause punctuation, never at the end', () => {
    expect(clauseStarts('一，二；三、四：五。')).toEqual([0, 2, 4, 6, 8]);
  });
});

describe('the sentence field of extracted facts', () => {
  it('is at most 500 characters on a line of figures without a sentence end, and holds the text', () => {
    const line = Array.from({ length: 400 }, (_, i) => `第${i + 1}个月出口额${100 + i}亿元，增长${(i % 50) / 10 + 1}%`).join('，');
    expect(line.length).toBeGreaterThan(5000);
    const { facts } = extractFromPlain(line, 'line.txt');
    expect(facts.filter((f) => f.type === 'money')).toHaveLength(400);
    for (const f of facts) {
      expect(f.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(f.sentence).toContain(f.text);
      expect(line).toContain(f.sentence);
    }
    const money = facts.find((f) => f.text === '300亿元')!;
    expect(money.sentence.length).toBeGreaterThan(400);
    expect(money.sentence).toContain('第201个月出口额300亿元');
  });
});
