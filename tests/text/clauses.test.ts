import { describe, expect, it } from 'vitest';
import { clauseEnd, clauseIndexOf, clausesOf, clauseStart, innerClauseStart, insideTitle } from '../../src/text/clauses.js';

// The one definition of a clause (src/text/clauses.ts), read by the linker (a figure's clause) and
// by the rate rules (the inner clause a change word is looked for in).

const at = (text: string, piece: string): number => text.indexOf(piece);

describe('clauses', () => {
  const s = '一季度出口4,467亿元，同比增长5%；进口下降3%：其中原油（占比32%）增长“两成”。';

  it('are the stretches between commas, semicolons, colons and sentence ends, the comma of 4,467 kept inside', () => {
    expect(clausesOf(s).map((c) => s.slice(c.start, c.end))).toEqual(['一季度出口4,467亿元', '同比增长5%', '进口下降3%', '其中原油（占比32%）增长“两成”']);
    expect(clausesOf('，，甲；')).toEqual([{ start: 2, end: 3 }]); // empty clauses dropped
  });

  it('have a start and an end around any index of theirs', () => {
    const i = at(s, '5%');
    expect(s.slice(clauseStart(s, i), clauseEnd(s, i))).toBe('同比增长5%');
    const t = '会议于9:30开始，持续两小时';
    expect(t.slice(clauseStart(t, at(t, '开始')), clauseEnd(t, at(t, '开始')))).toBe('会议于9:30开始');
  });

  it('are found by index in a list of them', () => {
    const clauses = clausesOf(s);
    expect(clauseIndexOf(clauses, at(s, '3%'))).toBe(2);
    expect(clauseIndexOf(clauses, at(s, '，'))).toBe(-1); // a break is in no clause
  });

  it('hold an inner clause that a bracket or a quotation mark also ends', () => {
    expect(s.slice(innerClauseStart(s, at(s, '32%')), at(s, '32%'))).toBe('占比');
    expect(s.slice(innerClauseStart(s, at(s, '两成')), at(s, '两成'))).toBe('');
    expect(s.slice(innerClauseStart(s, at(s, '增长“')), at(s, '增长“'))).toBe('');
    expect(s.slice(innerClauseStart(s, at(s, '5%')), at(s, '5%'))).toBe('同比增长');
  });

  it('read an inner clause back no further than the floor given', () => {
    const i = at(s, '5%');
    expect(innerClauseStart(s, i, i - 2)).toBe(i - 2);
    expect(innerClauseStart(s, i, 0)).toBe(at(s, '同比'));
  });

  it('know a title, whose dates and places govern no figure', () => {
    const t = '《2024年统计公报》显示，增长5%';
    expect(insideTitle(t, at(t, '2024'))).toBe(true);
    expect(insideTitle(t, at(t, '5%'))).toBe(false);
  });
});
