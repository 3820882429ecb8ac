import type { Approx } from '../schema/fact.js';
import { before, after, matchAt, pattern } from './patterns.js';
import { alternation } from '../chars/words.js';

// Words around a figure that bound it. Before the number (约 超过 不到 …) they stay outside the
// fact's `text`; 多/余 between number and unit stay inside (parse.ts); after the unit
// (左右 以上 以下 …) they stay outside.

export const APPROX_BEFORE: Record<string, Approx> = {
  约: 'about',
  大约: 'about',
  约合: 'about',
  约为: 'about',
  大概: 'about',
  近: 'about',
  将近: 'about',
  接近: 'about',
  差不多: 'about',
  几近: 'about',
  约有: 'about',
  超: 'over',
  超过: 'over',
  超出: 'over',
  逾: 'over',
  突破: 'over',
  高于: 'over',
  大于: 'over',
  多于: 'over',
  不低于: 'over',
  不少于: 'over',
  至少: 'over',
  最少: 'over',
  破: 'over',
  过: 'over',
  上: 'over',
  超逾: 'over',
  不到: 'under',
  不足: 'under',
  低于: 'under',
  少于: 'under',
  小于: 'under',
  不超过: 'under',
  不高于: 'under',
  未满: 'under',
  未超过: 'under',
  最多: 'under',
  至多: 'under',
  // signs: >300亿美元, ≥5%, <1万元, ≈3亿 (full-width ＞ ＜ are folded to these)
  '>': 'over',
  '≥': 'over',
  '>=': 'over',
  '<': 'under',
  '≤': 'under',
  '<=': 'under',
  '≈': 'about',
  // ~66%: a tilde before a lone number (after a number it joins a range: 5~8%)
  '~': 'about',
  达: 'exact',
  达到: 'exact',
  高达: 'exact',
  多达: 'exact',
  共: 'exact',
  共计: 'exact',
  合计: 'exact',
  总计: 'exact',
  累计: 'exact',
  仅: 'exact',
  只有: 'exact',
};
/** 上 and 过 bound only a bare scale: 上百位, 过万 (not 上3个月). */
const ONLY_BEFORE_SCALE = new Set(['上', '过', '破']);

export const APPROX_AFTER: Record<string, Approx> = {
  左右: 'about',
  上下: 'about',
  前后: 'about',
  开外: 'over',
  出头: 'over',
  以上: 'over',
  之上: 'over',
  多: 'over',
  有余: 'over',
  之多: 'exact',
  以下: 'under',
  之下: 'under',
  以内: 'under',
  之内: 'under',
};

const BEFORE_RE = pattern(`(?:${alternation(Object.keys(APPROX_BEFORE))})了?$`);
const AFTER_RE = pattern(`(?:${alternation(Object.keys(APPROX_AFTER))})`, 'y');
const INCLUDED = /^[(（]含[)）]$/;

export interface Bound {
  approx: Approx;
  /** where the word starts (before) or ends (after) */
  at: number;
}

/** Up to two spaces before index `i` (約 9,399 億元: Taiwan, Hong Kong and generated reports space them). */
function skipSpaces(s: string, i: number): number {
  let j = i;
  while (j > 0 && i - j < 2 && (s[j - 1] === ' ' || s[j - 1] === '\u00a0')) j--;
  return j;
}

/** The bounding word right before index `i` (a space or two between), if any. `bareScale`: the number is a bare 百/千/万. */
export function approxBefore(s: string, at: number, bareScale = false): Bound | null {
  const i = skipSpaces(s, at);
  const w = before(s, i, 5);
  const m = BEFORE_RE.exec(w);
  if (!m) return null;
  if (m[0] === '~' && /[0-9%.A-Za-z零〇一二两三四五六七八九十百千万亿]$/.test(before(s, skipSpaces(s, i - 1), 1))) return null; // 5~8%, 一~三: a range
  const word = m[0].endsWith('了') && m[0].length > 1 && m[0].slice(0, -1) in APPROX_BEFORE ? m[0].slice(0, -1) : m[0];
  if (word !== m[0] && word.length < 2) return null; // 约了 / 近了 are not bounds (签约了5个)
  if (ONLY_BEFORE_SCALE.has(word) && !bareScale) return null;
  // 签约 / 预约 / 节约 hold 约; 亲近 / 贴近 hold 近; 买超 / 卖超 (net buying, selling), 出超 / 入超
  // (trade surplus, deficit) hold 超: words, not bounds
  const head = w.slice(0, m.index);
  if ((word === '约' && /[签预节制条公契履邀相婚违解合]$/.test(head)) || (word === '近' && /[亲贴靠邻附最]$/.test(head)) || (word === '超' && /[买卖買賣出入]$/.test(head))) return null;
  // BEFORE_RE is built from the keys of APPROX_BEFORE and word drops only a 了 after one
  return { approx: APPROX_BEFORE[word]!, at: i - m[0].length };
}

/** The bounding word right after index `i`, if any (多 only when no noun follows as a word: 1米多). */
export function approxAfter(s: string, i: number): Bound | null {
  // 5万元（含）以上: the bound included, still over
  if (INCLUDED.test(after(s, i, 3))) i += 3;
  // 55%+, 10万+: a plus after the figure, not one that adds another (2%+3%)
  if (s[i] === '+' && !/^[+][\s]*[0-9A-Za-z.]/.test(after(s, i, 3))) return { approx: 'over', at: i + 1 };
  const m = matchAt(AFTER_RE, s, i);
  if (!m) return null;
  // 多 after a unit: 1米多 = over; but 多家 / 多个 / 多元 start a new phrase
  if (m[0] === '多' && /^[家个种项元样次万亿人名位件条款批]/.test(after(s, i + 1, 1))) return null;
  if (m[0] === '上下' && /^[游班]/.test(after(s, i + 2, 1))) return null;
  if (m[0] === '前后' && /^[端台]/.test(after(s, i + 2, 1))) return null;
  return { approx: APPROX_AFTER[m[0]]!, at: i + m[0].length }; // AFTER_RE is built from its keys
}

/** Combines the bounds found: a word after the unit wins, then a word before, then 多/余, then the parse. */
export function combineApprox(afterB: Bound | null, beforeB: Bound | null, inner: Approx): Approx {
  if (afterB && afterB.approx !== 'exact') return afterB.approx;
  if (beforeB && beforeB.approx !== 'exact') return beforeB.approx;
  return inner;
}
