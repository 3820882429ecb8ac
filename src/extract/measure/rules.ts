import type { Candidate, Extractor, Sentence } from '../types.js';
import { ASCII_UNIT, MEASURE_UNITS } from '../../numbers/units.js';
import { alternation, after, firstChars, pattern } from '../../numbers/patterns.js';
import { figures } from '../../numbers/figure.js';
import { round } from '../../numbers/parse.js';

// Measure: a physical quantity with a unit code of the contract: 10万平方米 → 100000 m2,
// 3.5平方公里 → km2, 200万吨 → t, 500亩 → mu, 1800万标箱 → TEU. A class such as 30万吨级 is not
// a quantity; 克 and 厘米 are converted to kg and m.

const UNIT = pattern(`(?:${alternation(Object.keys(MEASURE_UNITS))})`, 'y');
const UNIT_STARTS = firstChars(Object.keys(MEASURE_UNITS));

const rejectAfter = (s: string, u: number, end: number): boolean => {
  const next = after(s, end, 2);
  if (/^[A-Za-z]/.test(s[u]) && ASCII_UNIT.test(next)) return true; // 5min, 5mm
  if (/^级/.test(next)) return true; // 30万吨级码头
  const unit = s.slice(u, end);
  if (unit === '克' && /^[服隆拉罗]/.test(next)) return true;
  if (unit === '米' && /^[饭粉面线]/.test(next)) return true;
  return false;
};

function measures(sentence: Sentence): Candidate[] {
  const s = sentence.match;
  return figures(s, UNIT, { rejectAfter, starts: UNIT_STARTS }).map((f) => {
    // 12.5千米: 千 belongs to the unit (km), not to the number (30千克 comes out right either way)
    const kilo = s[f.token.end - 1] === '千' && f.unit === '米';
    const [unit, k] = kilo ? ['km', 0.001] : MEASURE_UNITS[f.unit];
    return {
      type: 'measure' as const,
      start: f.start,
      end: f.end,
      value: round(f.value * k),
      valueMax: f.valueMax === null ? null : round(f.valueMax * k),
      unit,
      approx: f.approx,
      rule: 'measure',
    };
  });
}

export const measureExtractors: Extractor[] = [{ type: 'measure', name: 'measure', extract: measures }];
