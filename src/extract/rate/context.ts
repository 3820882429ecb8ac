import { before, matchAll, pattern } from '../../numbers/patterns.js';
import { alternation } from '../../chars/words.js';
import { innerClauseStart } from '../../text/clauses.js';

// Whether a rate is a change (growth) or a level (percent) is decided by the words before it in
// its inner clause (text/clauses.ts; 、 and 和 do not end one: 分别增长80%和50%): 同比增长31.1%, 下降3.2%, 增幅高于50%, 分别增长80%和50% are changes; 占比53%,
// 提高到35% (a level reached), 增长的企业占比60% are levels.

const UP_VERBS = [
  '增长',
  '增加',
  '上升',
  '提高',
  '上涨',
  '提升',
  '扩大',
  '攀升',
  '回升',
  '反弹',
  '跃升',
  '激增',
  '猛增',
  '飙升',
  '大增',
  '高出',
  '多出',
  '上扬',
  '走高',
  '加快',
  '上调',
  '上行',
  '加息',
  '增',
  '涨',
  '升',
  '多增',
  '增长了',
  '暴涨',
  '大涨',
  '劲增',
  '递增',
  '上修',
  // Taiwan and Hong Kong wording (match view: 成長 → 成长)
  '成长',
];
const DOWN_VERBS = [
  '下修',
  '下降',
  '减少',
  '降低',
  '下滑',
  '回落',
  '下跌',
  '收窄',
  '缩小',
  '萎缩',
  '缩减',
  '下调',
  '下行',
  '降息',
  '回调',
  '放缓',
  '减缓',
  '走低',
  '下挫',
  '锐减',
  '骤降',
  '大跌',
  '暴跌',
  '少增',
  '递减',
  '减',
  '降',
  '跌',
  '低出',
  // 负增长3% is a fall of 3; Taiwan and Hong Kong wording: 衰退 (a fall), 负成长; 缩水
  '负增长',
  '负成长',
  '衰退',
  '缩水',
];
/** nouns naming a rate of change (the metric is what they are the rate of) */
export const UP_NOUNS = ['增速', '增幅', '涨幅', '增长率', '增长速度', '增长幅度', '同比', '环比', '升幅', '增量'];
export const DOWN_NOUNS = ['降幅', '跌幅', '下降率', '减幅', '下降幅度', '降速'];

const SIGN: Record<string, 1 | -1> = {};
for (const w of [...UP_VERBS, ...UP_NOUNS]) SIGN[w] = 1;
for (const w of [...DOWN_VERBS, ...DOWN_NOUNS]) SIGN[w] = -1;
const NOUNS = new Set([...UP_NOUNS, ...DOWN_NOUNS]);
/** every word that reads as a change (增长, 回升, 增速 …) */
export const isChangeWord = (word: string): boolean => SIGN[word] !== undefined;

const CHANGE = pattern(`(?:${alternation(Object.keys(SIGN))})`, 'g');
const CHANGE_ENDING = pattern(`(?:${alternation(Object.keys(SIGN))})了?$`);
/** Whether a change word ends right before index i (减少一成, 下跌了一成). */
export const changeRightBefore = (s: string, i: number): boolean => CHANGE_ENDING.test(before(s, i, 8));
/** 增加值, 增长点, 增长极, 成长型, 成长性: nouns, not changes */
const NOT_CHANGE_AFTER = /^[值点极型性]/;
const WINDOW = 18;

export interface Change {
  sign: 1 | -1;
}

/** The inner clause's text before index i, at most WINDOW characters. */
function clauseBefore(s: string, i: number, n = WINDOW): string {
  const w = before(s, i, n);
  return w.slice(innerClauseStart(s, i, i - w.length) - (i - w.length));
}

/** 增长12%、9.1%、4%和30.2%, 增长3、5个百分点: a figure after others in a list (、 和 及 与) reads as the list's first one. */
const FIGURE_LIST_BEFORE = /(?:^|[^0-9.])((?:[-−]?[0-9]+(?:\.[0-9]+)?(?:%|‰|个百分点|倍)?[、和及与或])+)$/;

/** Where a list of figures ending right before index i starts, or i. */
export function figureListStart(s: string, i: number): number {
  const [, list] = FIGURE_LIST_BEFORE.exec(before(s, i, 80)) ?? []; // the list takes part in every match
  return list === undefined ? i : i - list.length;
}

/**
 * changeBefore's answers in the sentence read last, by index. A figure in a list reads as the
 * list's first one, reached through the figures before it, which the rules have already asked
 * about (they read a sentence's figures in order): remembering their answers keeps a list of n
 * figures n steps of work, not n² (issue 17, part 5). A pure function's cache: same answers.
 */
let answered: { s: string; at: Map<number, Change | null> } = { s: '', at: new Map() };

/** The change the figure at index i is, or null when it is a level. */
export function changeBefore(s: string, i: number): Change | null {
  if (answered.s !== s) answered = { s, at: new Map() };
  const known = answered.at.get(i);
  if (known !== undefined) return known;
  const change = readChangeBefore(s, i);
  answered.at.set(i, change);
  return change;
}

function readChangeBefore(s: string, i: number): Change | null {
  const head = figureListStart(s, i);
  if (head < i) return changeBefore(s, head);
  const w = clauseBefore(s, i);
  const hits: { word: string; sign: 1 | -1; end: number; index: number }[] = [];
  for (const m of matchAll(CHANGE, w)) {
    if (NOT_CHANGE_AFTER.test(w.slice(m.index + m[0].length))) continue;
    hits.push({ word: m[0], sign: SIGN[m[0]]!, index: m.index, end: m.index + m[0].length }); // CHANGE is built from SIGN's words
  }
  for (const [h, { word, sign, end }] of [...hits.entries()].reverse()) {
    const gap = w.slice(end);
    if (gap.length > 12 || /[的是将]/.test(gap)) return null;
    // 提高到35%, and 提高2.3个百分点至35.6%: the level reached after the change
    const level = /^了?(?:[-−]?[0-9]+(?:\.[0-9]+)?(?:%|‰|个百分点|个?基点|[Bb][Pp]|倍))?[，,]?(?:降至|升至|至|到|为|达到|达)/.test(gap);
    if (NOUNS.has(word)) return { sign };
    // the rate noun before the verb: 降幅收窄0.3个百分点 is a rise (+0.3), 降幅扩大 a fall
    const noun = hits
      .slice(0, h)
      .reverse()
      .find((x) => NOUNS.has(x.word) && x.word !== '同比' && x.word !== '环比');
    if (!level) return { sign: (sign * (noun ? noun.sign : 1)) as 1 | -1 };
    // 提高到35%: a level reached; unless a rate noun came first (增速回落至5% is a growth rate)
    return noun ? { sign: noun.sign } : null;
  }
  return null;
}

/** 保持10%—15%的增长, 5%左右的降幅: the change named right after the rate. */
const CHANGE_AFTER = /^(?:左右|以上|以下)?的(?:(增长|增幅|增速|涨幅|增长率|提升|上涨)|(下降|降幅|跌幅|下滑|下跌|减少))/;

/** A plus sign right before a rate (a bound may stand between): `+6%`, `+近1/10`, `＋3.5%`; not `+/-`, nor `2%+3%`. */
const PLUS_BEFORE = /(?:^|[^0-9%‰])[+＋]\s*(?:约|近|逾|超|超过|将近|接近|大约)?\s*$/;

/** The change a rate at [start, end) is, from the words before it or, failing those, right after it. */
export function changeAround(s: string, start: number, end: number): Change | null {
  // reports and briefings write a rise as a signed figure without a verb
  if (PLUS_BEFORE.test(before(s, start, 6))) return { sign: 1 };
  const b = changeBefore(s, start);
  if (b) return b;
  const m = CHANGE_AFTER.exec(s.slice(end, end + 8));
  return m ? { sign: m[1] ? 1 : -1 } : null;
}

const LEVEL_MULTIPLE = pattern('(?:是|为|相当于|达到|达|等于|超过|高达|至|到)[^，,；;。]{0,12}的$');
/** 是去年同期的3倍: a level N times another. */
export const isLevelMultiple = (s: string, i: number): boolean => LEVEL_MULTIPLE.test(clauseBefore(s, figureListStart(s, i)));
