import type { Approx } from '../schema/fact.js';
import { approxAfter, approxBefore, combineApprox, type Bound } from './approx.js';
import { matchAt } from './patterns.js';
import { numberTokens, parseNumber, RANGE_SEP, type NumberToken } from './parse.js';

// A figure is a number token followed by a unit that a rule recognizes (sticky regex at the
// token's end). This module joins the pieces every type shares: the unit right after the number
// (one space allowed), ranges written with the unit twice (10%—15%, 1万元至5万元), the bounding
// words before and after, and the guards (bare 百/千/万 needs 上/超/多/余 or 达, 一 alone is an article).

export interface Figure {
  /** start of the number (words before, such as 超过, stay outside) */
  start: number;
  /** end of the unit */
  end: number;
  value: number;
  valueMax: number | null;
  approx: Approx;
  /** the unit as matched in the match view, spaces removed (标 箱 → 标箱) */
  unit: string;
  unitStart: number;
  unitEnd: number;
  token: NumberToken;
  /** the bounding word before, if any */
  bound: Bound | null;
}

export interface FigureOptions {
  /** allow 一 / 壹 alone (增长一倍): off for counts, money and measures */
  allowOne?: boolean;
  /** reject a unit when what follows it makes a word (个月, 人民币, 万吨级) */
  rejectAfter?: (s: string, unitStart: number, unitEnd: number) => boolean;
  /** every character the unit can start with: where the next character is none of them, the unit regex is not run */
  starts?: Uint8Array;
  /** accept numbers holding 兆 (= 万亿): money only; elsewhere 兆 starts a unit (兆瓦) */
  allowZhao?: boolean;
}

/**
 * A number that ends in 千 / 兆 gives it back to a unit that starts with it: 5千瓦 is 5 kW, 3千米 is
 * 3 km (三千米 too: 千 belongs to the unit, as the contract has it), 100兆瓦 is 100 MW. The token is
 * re-read without its last character.
 */
function giveBack(s: string, t: NumberToken, unit: RegExp): { token: NumberToken; m: RegExpExecArray } | null {
  const last = s[t.end - 1];
  if ((last !== '千' && last !== '兆') || t.valueMax !== null || t.end - 1 <= t.start) return null;
  const m = matchAt(unit, s, t.end - 1);
  if (!m || m[0].length < 2) return null;
  const head = s.slice(t.start, t.end - 1);
  if (/[多余]$/.test(head)) return null;
  const p = parseNumber(head);
  if (!p) return null;
  return { token: { ...t, end: t.end - 1, value: p.value, valueMax: p.valueMax, approx: p.approx, zhao: head.includes('兆'), bare: false, one: t.chinese && /^[一壹]$/.test(head) }, m };
}

/** Figures with a unit matched by the sticky regex `unit` right after a number token. */
export function figures(s: string, unit: RegExp, opts: FigureOptions = {}): Figure[] {
  const tokens = numberTokens(s);
  const out: Figure[] = [];
  for (let k = 0; k < tokens.length; k++) {
    let t = tokens[k]!; // k < tokens.length
    // spaces between the number and its unit (a PDF or web page may leave several)
    let unitStart = t.end;
    while (unitStart < t.end + 4 && s.charCodeAt(unitStart) === 32) unitStart++;
    let m = opts.starts && opts.starts[s.charCodeAt(unitStart)] !== 1 ? null : matchAt(unit, s, unitStart);
    if (m && m[0] === '') m = null;
    const back = giveBack(s, t, unit);
    if (back) {
      t = back.token;
      m = back.m;
      unitStart = t.end;
    }
    if (!m) continue;
    if (t.zhao && !opts.allowZhao) continue;
    let unitEnd = unitStart + m[0].length;
    if (opts.rejectAfter?.(s, unitStart, unitEnd)) continue;
    const bound = approxBefore(s, t.start, t.bare);
    // a bare scale is an amount after a bound (超千亿元) or a word that states one (达千亿元), never as a class (千亿元级)
    if (t.bare && t.approx === 'exact' && t.valueMax === null && (!bound || (bound.approx === 'exact' && s[unitEnd] === '级'))) continue;
    if (t.one && !opts.allowOne && !bound) continue;
    let valueMax = t.valueMax;
    // a range with the unit written twice: 10%—15%, 1万元至5万元
    const next = tokens[k + 1];
    if (valueMax === null && next) {
      const sep = matchAt(RANGE_SEP, s, unitEnd);
      if (sep && unitEnd + sep[0].length === next.start && next.valueMax === null && next.value > t.value && !changeThenLevel(s, t.start, t.value, next.value)) {
        const m2 = matchAt(unit, s, s[next.end] === ' ' ? next.end + 1 : next.end);
        if (m2 && m2[0] === m[0] && !(next.zhao && !opts.allowZhao)) {
          valueMax = next.value;
          unitEnd = m2.index + m2[0].length;
          k++;
        }
      }
    }
    const boundAfter = approxAfter(s, unitEnd);
    out.push({
      start: t.start,
      end: unitEnd,
      value: t.value,
      valueMax,
      approx: combineApprox(boundAfter, bound, t.approx),
      unit: m[0].replace(/ /g, ''),
      unitStart,
      unitEnd: unitStart + m[0].length,
      token: t,
      bound,
    });
  }
  return out;
}

/** A change verb right before a figure (减少约, 增加了, 上升). */
const CHANGE_BEFORE = /(?:增加|减少|增长|下降|下跌|下滑|上升|上涨|提高|提升|降低|回落|扩大|缩小|收窄|增|减)了?(?:约|近|超过|超|逾|大约)? ?$/;

/**
 * 减少约8,000人至381.5万人: after a change verb, two amounts far apart are the change and the
 * level it reached, not a range (a range's ends are of one size: 增加1万至5万人).
 */
const changeThenLevel = (s: string, start: number, low: number, high: number): boolean => high > 10 * low && CHANGE_BEFORE.test(s.slice(Math.max(0, start - 8), start));
