import type { Approx } from '../schema/fact.js';

// When do two reports of one figure agree? Each reported value stands for an interval: the values
// that would be written the same at its written precision (`1.8万亿元` covers 1.75–1.85 万亿), widened
// for 约 and open-ended for 超过/不足. The consensus is the value that most documents' intervals
// hold, the more precise one when a rounded report agrees with it.

export interface Reported {
  value: number;
  /** the value of one unit of the last digit written: 1e11 for `1.8万亿元`, 0.1 for `19.6%` */
  step: number;
  approx: Approx;
}

export interface Interval {
  lo: number;
  hi: number;
}

const FIRST_NUMBER = /(\d+(?:,\d{3})*)(?:\.(\d+))?/;

/** Trailing zeros of an integer, as a power of ten: 30000 → 10000, 70 → 10, 7 → 1, 2.5 → 0.1. */
function trailingStep(value: number): number {
  if (!Number.isInteger(value)) {
    const decimals = String(value).split('.')[1]?.length ?? 0;
    return 10 ** -Math.min(decimals, 6);
  }
  let step = 1;
  for (let v = Math.abs(value); v >= 10 && v % 10 === 0; v /= 10) step *= 10;
  return step;
}

/**
 * The written precision of a figure from its text: the last digit written, scaled like the value
 * (`1.83万亿元` = 1.83e12 → step 1e10). Chinese numerals (`三万`) count their trailing zeros.
 */
export function writtenStep(text: string, value: number): number {
  const m = FIRST_NUMBER.exec(text.normalize('NFKC'));
  if (m) {
    const [, whole = '', fraction] = m; // whole always takes part
    const written = Number(whole.replace(/,/g, '') + (fraction ? `.${fraction}` : ''));
    const decimals = fraction?.length ?? 0;
    if (written !== 0 && Number.isFinite(value)) return Math.abs(value / written) * 10 ** -decimals;
  }
  return trailingStep(value);
}

/** The values a report stands for. */
export function intervalOf(r: Reported): Interval {
  switch (r.approx) {
    case 'over':
      return { lo: r.value, hi: Infinity };
    case 'under':
      return { lo: -Infinity, hi: r.value };
    case 'about':
      return { lo: r.value - r.step, hi: r.value + r.step };
    case 'exact':
      return { lo: r.value - r.step / 2, hi: r.value + r.step / 2 };
  }
}

// Floating point: 1.83e12 − 1.8e12 against half a step of 1e11 must not fail by one ulp.
const EPSILON = 1e-9;
export const holds = (i: Interval, v: number): boolean => v >= i.lo - Math.abs(i.lo) * EPSILON - EPSILON && v <= i.hi + Math.abs(i.hi) * EPSILON + EPSILON;

export interface Voter extends Reported {
  /** the documents that reported this value at this precision */
  docs: ReadonlySet<string>;
}

/**
 * The consensus of reports grouped by (value, step, approx): the value whose support — documents
 * with a report whose interval holds it — is largest; ties go to the more precise value, then to
 * the value more documents wrote exactly, then to the smaller value (so the result is the same in
 * any order). Bounds (超过/不足) only vote when no report gives a value.
 */
export function consensus(voters: readonly Voter[]): number {
  const pointed = voters.filter((v) => v.approx === 'exact' || v.approx === 'about');
  const candidates = pointed.length > 0 ? pointed : voters;
  const intervals = voters.map((v) => ({ v, interval: intervalOf(v) }));
  let best: { value: number; support: number; step: number; exact: number } | null = null;
  for (const c of candidates) {
    const supporters = new Set<string>();
    for (const { v, interval } of intervals) if (holds(interval, c.value)) for (const d of v.docs) supporters.add(d);
    const exact = new Set(voters.filter((v) => v.value === c.value).flatMap((v) => [...v.docs])).size;
    const score = { value: c.value, support: supporters.size, step: c.step, exact };
    if (
      best === null ||
      score.support > best.support ||
      (score.support === best.support && (score.step < best.step || (score.step === best.step && (score.exact > best.exact || (score.exact === best.exact && score.value < best.value)))))
    ) {
      best = score;
    }
  }
  return best?.value ?? NaN;
}

/** True when every report's interval holds the value. */
export const allAgree = (voters: readonly Reported[], value: number): boolean => voters.every((v) => holds(intervalOf(v), value));
