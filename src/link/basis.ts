import type { Basis } from '../schema/fact.js';
import type { Candidate } from '../extract/types.js';
import { clausesOf, clauseIndexOf, type Span } from '../text/clauses.js';
import { alternation } from '../chars/words.js';
import { parseNumeral } from '../numbers/numerals.js';

// Basis of a growth figure (contract v1.1), decided here and nowhere else. The rules read the
// folded sentence (較 → 较, 與 → 与), so one table serves Simplified and Traditional text.
//
//   1. a cue in the figure's own clause, before it: 同比 / 比上年 / 较去年同期 / 按年 … → yoy,
//      环比 / 比上月 / 较上季度 / 按月 … → mom; a date compared with (比2020年 for a 2021 figure,
//      比二季度 for a third-quarter one) → yoy for the same period a year earlier, mom for the
//      period just before; any other comparison (高于全国, 比2019年, 两年平均) → null;
//   2. else a clause of the sentence that only states the comparison (与去年同期相比，…);
//   3. else, for a change in percent later in a sentence whose first stated basis is yoy or mom
//      (税收收入同比增长8.7%，非税收入下降12.1%) or an item of a list (after 其中, 分产业看,
//      按消费类型分 …), the basis of the lead figure: earlier in the sentence, or carried from the
//      sentence before (`BasisFrame`). A change in percentage points has a base of its own.

const LIST_GOES_ON = /[；;]\s*$/;
/** A change in absolute terms right after a basis cue: 比上年增加, 较上月末减少, 同比多增. */
const ABSOLUTE_CHANGE = /^(?:末|底|同期)?(?:增加|减少|多增|少增|多减|少减|增长|下降|扩大|收窄|上升|回落|多|少)/;

/** 与去年同月相比, 和上年同期比较, 同上月相比: a comparison clause built of a join, a base and a verb of comparing. */
const comparedWith = (bases: string[]) => ['与', '和', '同', '跟'].flatMap((join) => bases.flatMap((base) => ['相比', '比较', '对比'].map((verb) => join + base + verb)));
const YEAR_BEFORE = ['上年', '去年', '上一年'].flatMap((year) => ['同期', '同月', '同季', ''].map((span) => year + span));

/** Words that name the basis of a change. */
export const BASIS_WORDS: Readonly<Record<Basis, readonly string[]>> = {
  yoy: [
    '同比',
    '同增',
    '同降',
    '同减',
    '同升',
    '同跌',
    '比上年',
    '比去年',
    '较上年',
    '较去年',
    '比上年同期',
    '比去年同期',
    '较上年同期',
    '较去年同期',
    ...comparedWith(YEAR_BEFORE),
    '比去年同月',
    '较去年同月',
    '比上年同月',
    '较上年同月',
    '比上年末',
    '较上年末',
    '比去年底',
    '较去年底',
    '比上年底',
    '较上年底',
    '按年',
    '年增率',
    '年减率',
    // reports abbreviate in English
    'YoY',
    'YOY',
  ],
  mom: [
    '环比',
    '比上月',
    '较上月',
    '比上季度',
    '较上季度',
    '比上季',
    '较上季',
    '比上一季度',
    '较上一季度',
    ...comparedWith(['上月', '上个月', '上一个月', '上季度', '上季', '上一季', '上一季度', '上周', '上月末']),
    '比上一季',
    '较上一季',
    '比上周',
    '较上周',
    '比上月末',
    '较上月末',
    '比前一月',
    '按月',
    '按季',
    '月增率',
    '月减率',
    'MoM',
    'QoQ',
    'MOM',
    'QOQ',
  ],
};

/** 年增12%, 月减3% (Taiwan): 年/月 + 增/减 where 年/月 does not end a date (2023年增长, 今年增长). */
const SHORT_CHANGE = /([年月])([增减])(?![长加幅速量值])/g;
const NOT_BEFORE_SHORT_CHANGE = /[0-9零〇一二三四五六七八九十百两今去明前后当全同每历近多逐本上下个]/;

const CUE = new RegExp(alternation([...BASIS_WORDS.yoy, ...BASIS_WORDS.mom]), 'g');
const BASIS_OF_WORD = new Map<string, Basis>();
for (const basis of ['yoy', 'mom'] as const) for (const w of BASIS_WORDS[basis]) BASIS_OF_WORD.set(w, basis);

/** 共同增长, 相同, 协同: 同 belongs to the word before it, not a 同比 abbreviation. */
const SAME_WORD_BEFORE = /[共相协一等如连陪赞认]$/;
/** 按年度, 按月份, 按月发放: 按年 / 按月 name a basis only before a change (按年上升, 按年實質增長). */
const BY_PERIOD_CHANGE = /^(?:实质|录得|计)?[上下增减升跌涨]/;

export interface Cue {
  index: number;
  end: number;
  basis: Basis;
}

/** Every basis cue in text, in order. */
export function basisCues(text: string): Cue[] {
  const cues: Cue[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const word = m[0];
    const end = m.index + word.length;
    if (word.startsWith('同') && word.length === 2 && SAME_WORD_BEFORE.test(text.slice(0, m.index))) continue;
    if ((word === '按年' || word === '按月' || word === '按季') && !BY_PERIOD_CHANGE.test(text.slice(end, end + 3))) continue;
    // YoY, MoM as words of their own, not inside an English word (Moment)
    if (/^[A-Z]/.test(word) && (/[A-Za-z]/.test(text[m.index - 1] ?? '') || /[A-Za-z]/.test(text[end] ?? ''))) continue;
    cues.push({ index: m.index, end, basis: BASIS_OF_WORD.get(word)! });
  }
  SHORT_CHANGE.lastIndex = 0;
  for (let m = SHORT_CHANGE.exec(text); m; m = SHORT_CHANGE.exec(text)) {
    if (m.index > 0 && NOT_BEFORE_SHORT_CHANGE.test(text.charAt(m.index - 1))) continue;
    // 年增率 is in the table already
    if (cues.some((c) => c.index === m.index)) continue;
    cues.push({ index: m.index, end: m.index + 2, basis: m[1] === '年' ? 'yoy' : 'mom' });
  }
  return cues.sort((a, b) => a.index - b.index);
}

/** The basis a phrase names (a table header such as `比上年增长（%）`), or null. */
export function basisOfWords(text: string): Basis | null {
  const cues = basisCues(text);
  return cues.at(-1)?.basis ?? null;
}

/** Text ending with a basis word (营收同增, 营收年增): the length of that word, else 0. */
export function trailingBasisWord(text: string): number {
  const cues = basisCues(text);
  const last = cues[cues.length - 1];
  return last && last.end === text.length ? last.end - last.index : 0;
}

// ---------------------------------------------------------------------------------------------
// Comparisons with a date: 比2020年, 较2023年一季度, 比二季度, 比5月, 比2019年同期

/** A year compared with the same span of the figure's year: 比2010年同期, 较2019年同期, 較2023年同月, 较二〇二四年同月. */
const COMPARED_YEAR_SAME_SPAN = /(?:比|较|与|同|和)((?:1[89]|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})年同(?:期|月)/g;
/** The comparisons with the same span of a named year in `text` (比2010年同期, 较二〇二四年同月), with the year in digits. */
export function comparedSameSpans(text: string): { index: number; year: string }[] {
  return [...text.matchAll(COMPARED_YEAR_SAME_SPAN)].map((m) => ({ index: m.index, year: String(parseNumeral(m[1] ?? '')) }));
}

/** A comparison marker right before a compared date. */
const COMPARED_DATE_BEFORE = /(?:比|较|与|同|和|相比|相较于|相对于)$/;
/** A comparison with something other than a period (高于全国, 快于全部投资, 比全国平均, 两年平均). */
const OTHER_COMPARISON = /高于|低于|快于|慢于|好于|优于|领先|落后|(?<![占对无好])比(?![重例率值较])|较(?![快大好高低多少为强弱早晚长短])|平均增|年均/;

interface Grain {
  year: number;
  /** 'Y' a year, 'H' a half, 'Q' a quarter, 'M' a month, or null for a range or an unknown form */
  kind: 'Y' | 'H' | 'Q' | 'M' | 'range';
  n: number;
  /** a range's label without its year parts, to compare the same span of two years */
  span?: string;
}

// each pattern's groups are required: a match has them all
function grainOf(label: string): Grain | null {
  let m = /^(\d{4})$/.exec(label);
  if (m) return { year: +m[1]!, kind: 'Y', n: 1 };
  m = /^(\d{4})-H([12])$/.exec(label);
  if (m) return { year: +m[1]!, kind: 'H', n: +m[2]! };
  m = /^(\d{4})-Q([1-4])$/.exec(label);
  if (m) return { year: +m[1]!, kind: 'Q', n: +m[2]! };
  m = /^(\d{4})-(\d{2})$/.exec(label);
  if (m) return { year: +m[1]!, kind: 'M', n: +m[2]! };
  m = /^(\d{4})(-[^/]+)\/\1(-[^/]+)$/.exec(label);
  if (m) return { year: +m[1]!, kind: 'range', n: 0, span: `${m[2]!}/${m[3]!}` };
  return null;
}

const PER_YEAR = { H: 2, Q: 4, M: 12 } as const;

/**
 * The basis of a change of a figure of period `period` against the period `compared`:
 * yoy for the same period a year earlier (a year against the year before), mom for the period
 * just before, null for any other.
 */
export function basisOfComparedPeriod(period: string | null, compared: string, sameSpan: boolean): Basis | null {
  if (period === null) return null;
  const p = grainOf(period);
  const c = grainOf(compared);
  if (!p || !c) return null;
  // 比2019年同期: the year names the year of the same period
  if (sameSpan && c.kind === 'Y') return c.year === p.year - 1 ? 'yoy' : null;
  if (p.kind !== c.kind) return null;
  if (p.kind === 'range') return p.span === c.span && c.year === p.year - 1 ? 'yoy' : null;
  if (p.kind === 'Y') return c.year === p.year - 1 ? 'yoy' : null;
  if (c.year === p.year - 1 && c.n === p.n) return 'yoy';
  const index = (g: Grain) => g.year * PER_YEAR[g.kind as 'H' | 'Q' | 'M'] + g.n;
  return index(c) === index(p) - 1 ? 'mom' : null;
}

// ---------------------------------------------------------------------------------------------
// Lists: 其中, 分产业看, 从环比看, 按消费类型分 open the items of the figure before them

const LIST_OPENER = /^(?:其中|分[^，,；;。]{1,8}看|从[^，,；;。]{1,8}(?:看|来看|观察)|按[^，,；;。]{1,8}(?:分|观察|来看)|分[^，,；;。]{1,6}(?:统计|而言))/;

/**
 * What a sentence leaves to the next (null: nothing): the basis of its lead figure, which a list
 * opened by the next sentence inherits, and whether a list of its own goes on (it ended in ；).
 */
export type BasisFrame = { lead: Basis | null; listGoesOn: boolean } | null;

/** `+207% YoY`, `5.1%（MoM）`: reports that abbreviate in English write the basis right after the figure. */
const ABBREVIATION_AFTER = /^\s?[（(]?\s?(YoY|YOY|yoy|MoM|MOM|mom)(?![A-Za-z])/;
function saidAfter(after: string): { said: true; basis: Basis } | null {
  const m = ABBREVIATION_AFTER.exec(after);
  return m?.[1] === undefined ? null : { said: true, basis: m[1].toLowerCase() === 'yoy' ? 'yoy' : 'mom' };
}

/** The reading of one clause before a figure: a basis, another comparison (null), or nothing said. */
type Said = { said: true; basis: Basis | null } | { said: false };

interface DateMention {
  start: number;
  end: number;
  label: string;
}

/**
 * What the text before a figure in its clause says of its basis: the last cue, a compared date, or
 * another comparison; `{said: false}` when it says nothing.
 */
function saidBefore(before: string, offset: number, dates: DateMention[], period: string | null): Said {
  const cues = basisCues(before);
  const lastCue = cues[cues.length - 1];
  // 比2010年同期: the date rules leave a year before 同期 out, yet it names the compared period
  const sameSpanYear = comparedSameSpans(before).pop();
  if (sameSpanYear && (!lastCue || sameSpanYear.index >= lastCue.end)) {
    return { said: true, basis: basisOfComparedPeriod(period, sameSpanYear.year, true) };
  }
  // a compared date after the last cue: 比2020年, 较上年同期 is a cue already
  const compared = dates.filter((d) => d.start >= offset && d.end <= offset + before.length && COMPARED_DATE_BEFORE.test(before.slice(0, d.start - offset)));
  const lastDate = compared[compared.length - 1];
  if (lastDate && (!lastCue || lastDate.start - offset >= lastCue.end)) {
    const sameSpan = /^同(?:期|月)/.test(before.slice(lastDate.end - offset));
    return { said: true, basis: basisOfComparedPeriod(period, lastDate.label, sameSpan) };
  }
  if (lastCue) return { said: true, basis: lastCue.basis };
  // what remains of the clause once cue words and compared dates are taken out
  let rest = before;
  for (const d of compared) rest = rest.slice(0, d.start - offset) + ' '.repeat(d.end - d.start) + rest.slice(d.end - offset);
  if (OTHER_COMPARISON.test(rest)) return { said: true, basis: null };
  return { said: false };
}

/** 与2024年同月相比, 與二〇二四年同月比較: a clause of its own comparing with the same span of a named year. */
const COMPARING_CLAUSE = /(?:相比|比较|对比)[，,\s]*$/;
function comparedSameSpanClause(text: string, period: string | null): Basis | null {
  const compared = COMPARING_CLAUSE.test(text) ? comparedSameSpans(text)[0] : undefined;
  return compared ? basisOfComparedPeriod(period, compared.year, true) : null;
}

export interface SentenceBases {
  /** per candidate of the sentence: its basis (null for every type but growth) */
  bases: (Basis | null)[];
  /** what the next sentence's list items inherit */
  next: BasisFrame;
}

/**
 * The basis of every candidate of one sentence. `periods` are the candidates' periods (as linked),
 * `frame` what the sentence before left for a list (see BasisFrame).
 */
export function basesOfSentence(match: string, candidates: Candidate[], periods: (string | null)[], frame: BasisFrame): SentenceBases {
  const clauses = clausesOf(match);
  const dates: DateMention[] = candidates.filter((c) => c.type === 'date' && typeof c.value === 'string').map((c) => ({ start: c.start, end: c.end, label: c.value as string }));
  const opener = clauses.findIndex((c) => LIST_OPENER.test(match.slice(c.start, c.end)));
  // a clause of its own that only states the comparison: 与去年同期相比，客流量增长15%
  // or a clause of an absolute change against it: 比上年减少263亿美元，收窄14.5%
  // called with k below a growth figure's clause index, so clauses[k] exists
  const comparisonClause = (k: number, period: string | null): Basis | null => {
    const clause = clauses[k]!;
    const text = match.slice(clause.start, clause.end);
    const figures = candidates.filter((c) => c.type !== 'date' && c.start >= clause.start && c.end <= clause.end);
    if (figures.length === 0) return basisOfWords(text) ?? comparedSameSpanClause(text, period);
    if (figures.some((c) => c.type === 'growth')) return null;
    const change = basisCues(text).find((cue) => ABSOLUTE_CHANGE.test(text.slice(cue.end, cue.end + 6)));
    return change?.basis ?? null;
  };
  const bases: (Basis | null)[] = candidates.map(() => null);
  // the basis stated by the first growth figure before the list opener, and within the list
  let leadBefore: Basis | null = null;
  let leadInList: Basis | null = null;
  // a list opening the sentence, or going on from the sentence before, inherits its lead
  const continues = frame?.listGoesOn === true;
  const listFrom = continues ? 0 : opener;
  const inherited = listFrom === 0 ? (frame?.lead ?? null) : null;
  let stated: Basis | null = null;
  let clauseBasis: Basis | null = null;
  let clauseBasisAt = -1;

  candidates.forEach((c, i) => {
    if (c.type !== 'growth') return;
    const ci = Math.max(0, clauseIndexOf(clauses, c.start));
    const clause: Span = clauses[ci] ?? { start: 0, end: match.length };
    for (let k = clauseBasisAt + 1; k < ci; k++) {
      const b = comparisonClause(k, periods[i] ?? null);
      if (b) clauseBasis = b;
      clauseBasisAt = k;
    }
    const inList = listFrom >= 0 && ci >= listFrom;
    let basis: Basis | null;
    let explicit = true;
    const said = c.basis
      ? { said: true as const, basis: c.basis }
      : (saidAfter(match.slice(c.end, c.end + 8)) ?? saidBefore(match.slice(clause.start, c.start), clause.start, dates, periods[i] ?? null));
    if (said.said) basis = said.basis;
    else if (clauseBasis) basis = clauseBasis;
    else {
      explicit = false;
      // a change in percentage points is compared with a base of its own (增速高于…), not the list's
      basis = c.unit === 'pp' ? null : inList ? (leadInList ?? leadBefore ?? inherited) : leadBefore;
    }
    if (explicit && basis) {
      if (inList) leadInList ??= basis;
      else leadBefore ??= basis;
    }
    bases[i] = basis;
    stated ??= basis;
  });
  const hasGrowth = candidates.some((c) => c.type === 'growth');
  // a list sentence goes on with what it inherited; a sentence of its own sets (or clears) the lead
  const lead = stated ?? (listFrom >= 0 || !hasGrowth ? (frame?.lead ?? null) : null);
  const listGoesOn = listFrom >= 0 && LIST_GOES_ON.test(match);
  return { bases, next: lead === null && !listGoesOn ? null : { lead, listGoesOn } };
}
