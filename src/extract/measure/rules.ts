import type { Candidate, Extractor, Sentence } from '../types.js';
import { ASCII_UNIT, MEASURE_UNITS } from '../../numbers/units.js';
import { after, firstChars, pattern, unitAlternation } from '../../numbers/patterns.js';
import { figures } from '../../numbers/figure.js';
import { round } from '../../numbers/parse.js';

// Measure: a physical quantity with a unit code of the contract: 10万平方米 → 100000 m2,
// 3.5平方公里 → km2, 200万吨 → t, 500亩 → mu, 1800万标箱 → TEU. A class such as 30万吨级 is not
// a quantity; 克 and 厘米 are converted to kg and m, 千公顷 / 千吨 / 兆瓦 to ha, t and kW.

const UNIT = pattern(`(?:${unitAlternation(Object.keys(MEASURE_UNITS))})`, 'y');
const UNIT_STARTS = firstChars(Object.keys(MEASURE_UNITS));

const rejectAfter = (s: string, u: number, end: number): boolean => {
  const next = after(s, end, 2);
  if (/^[A-Za-z]/.test(s.charAt(u)) && ASCII_UNIT.test(next)) return true; // 5min, 5mm
  if (/^级/.test(next)) return true; // 30万吨级码头
  const unit = s.slice(u, end).replace(/ /g, '');
  if (unit === '克' && /^[服隆拉罗]/.test(next)) return true;
  if (unit === '米' && /^[饭粉面线]/.test(next)) return true;
  // 度 is electricity (kWh) in 200亿度 / 5万度 / 100度电, not a temperature or an angle (38度, 360度)
  if (unit === '度' && !/[万亿]/.test(s[u - 1] ?? '')) return true;
  // 方 alone is cubic metres of earth, water or gas after 万/亿 (800万方), not 方面 / 方案 / 方式
  if (unit === '方' && (!/[万亿]/.test(s[u - 1] ?? '') || /^[面案式向法便针位舱阵圆]/.test(next))) return true;
  return false;
};

function measures(sentence: Sentence): Candidate[] {
  const s = sentence.match;
  return figures(s, UNIT, { rejectAfter, starts: UNIT_STARTS }).map((f) => {
    // 千 or 兆 that starts a unit (3万千米, 5千瓦, 100兆瓦) was given back to it by figures()
    // UNIT is built from MEASURE_UNITS' words (figures() drops the spaces it lets in)
    const [unit, k] = MEASURE_UNITS[f.unit]!;
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

export const measureExtractors: Extractor[] = [{ types: ['measure'], name: 'measure', extract: measures }];
