import type { Candidate, Extractor, Sentence } from '../types.js';
import { figures } from '../../numbers/figure.js';
import { arabicFractions, minusBefore, percentWords } from '../../numbers/parse.js';
import { approxAfter, approxBefore, combineApprox } from '../../numbers/approx.js';
import { PERCENT_SIGN, PERCENT_SIGN_STARTS } from '../growth/rules.js';
import { changeAround } from '../growth/context.js';

// Percent: a level, share or rate that is not a change (those are growth, decided by the same
// context test): 占比53%, 七成, 一半以上, 三分之一 (33.33 about), 1/3, 百分之十二点五, 90%以上.

function levels(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const f of figures(s, PERCENT_SIGN, { allowOne: true, starts: PERCENT_SIGN_STARTS })) {
    // -22.2%, 负2.1%: a signed level (a minus right before, not a range dash after a number)
    const minus = minusBefore(s, f.start);
    const start = f.start - minus;
    if (changeAround(s, start, f.end)) continue;
    const k = (f.unit === '‰' ? 0.1 : 1) * (minus > 0 ? -1 : 1);
    out.push({ type: 'percent', start, end: f.end, value: f.value * k, valueMax: f.valueMax === null ? null : f.valueMax * k, unit: '%', approx: f.approx, rule: 'percent.sign' });
  }
  for (const w of [...percentWords(s), ...arabicFractions(s)]) {
    const minus = minusBefore(s, w.start); // 负百分之五
    const start = w.start - minus;
    if (changeAround(s, start, w.end)) continue;
    const k = minus > 0 ? -1 : 1;
    const approx = combineApprox(approxAfter(s, w.end), approxBefore(s, start), w.approx);
    out.push({ type: 'percent', start, end: w.end, value: w.value * k, valueMax: w.valueMax === undefined ? null : w.valueMax * k, unit: '%', approx, rule: 'percent.words' });
  }
  return out;
}

export const percentExtractors: Extractor[] = [{ type: 'percent', name: 'percent', extract: (s: Sentence) => levels(s.match) }];
