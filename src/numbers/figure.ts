import type { Approx } from '../schema/fact.js';
import { approxAfter, approxBefore, combineApprox, type Bound } from './approx.js';
import { matchAt } from './patterns.js';
import { numberTokens, RANGE_SEP, type NumberToken } from './parse.js';

// A figure is a number token followed by a unit that a rule recognizes (sticky regex at the
// token's end). This module joins the pieces every type shares: the unit right after the number
// (one space allowed), ranges written with the unit twice (10%—15%, 1万元至5万元), the bounding
// words before and after, and the guards (bare 百/千/万 needs 上/超/多/余, 一 alone is an article).

export interface Figure {
  /** start of the number (words before, such as 超过, stay outside) */
  start: number;
  /** end of the unit */
  end: number;
  value: number;
  valueMax: number | null;
  approx: Approx;
  /** the unit as matched in the match view */
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
}

/** Figures with a unit matched by the sticky regex `unit` right after a number token. */
export function figures(s: string, unit: RegExp, opts: FigureOptions = {}): Figure[] {
  const tokens = numberTokens(s);
  const out: Figure[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const unitStart = s.charCodeAt(t.end) === 32 ? t.end + 1 : t.end;
    if (opts.starts && opts.starts[s.charCodeAt(unitStart)] !== 1) continue;
    const m = matchAt(unit, s, unitStart);
    if (!m || m[0] === '') continue;
    let unitEnd = unitStart + m[0].length;
    if (opts.rejectAfter?.(s, unitStart, unitEnd)) continue;
    const bound = approxBefore(s, t.start, t.bare);
    if (t.bare && t.approx === 'exact' && t.valueMax === null && !(bound && bound.approx !== 'exact')) continue;
    if (t.one && !opts.allowOne && !bound) continue;
    let valueMax = t.valueMax;
    // a range with the unit written twice: 10%—15%, 1万元至5万元
    const next = tokens[k + 1];
    if (valueMax === null && next) {
      const sep = matchAt(RANGE_SEP, s, unitEnd);
      if (sep && unitEnd + sep[0].length === next.start && next.valueMax === null && next.value > t.value) {
        const m2 = matchAt(unit, s, s[next.end] === ' ' ? next.end + 1 : next.end);
        if (m2 && m2[0] === m[0]) {
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
      unit: m[0],
      unitStart,
      unitEnd: unitStart + m[0].length,
      token: t,
      bound,
    });
  }
  return out;
}
