import type { Candidate, Extractor, Sentence } from '../types.js';
import { CURRENCY_PREFIX, CURRENCY_SUFFIX, NOT_CURRENCY_AFTER } from '../../numbers/units.js';
import { alternation, after, before, charTable, firstChars, matchAt, pattern } from '../../numbers/patterns.js';
import { figures } from '../../numbers/figure.js';
import { numberTokens, round } from '../../numbers/parse.js';
import { approxAfter, approxBefore, combineApprox } from '../../numbers/approx.js';
import { DIGITS } from '../../numbers/numerals.js';

// Money: a number with a currency after it (500亿元, 3.5亿美元, 500亿元人民币, 3.14人民币, 5块),
// or a currency before it (人民币500亿元, 美元3.5亿, 人民幣3.14, US$5). Value in whole units.

const SUFFIX = pattern(`(?:${alternation(Object.keys(CURRENCY_SUFFIX))})`, 'y');
const SUFFIX_STARTS = firstChars(Object.keys(CURRENCY_SUFFIX));
const PREFIX = pattern(`(?:${alternation(Object.keys(CURRENCY_PREFIX))}) ?$`);
/** The last characters of the currency prefixes: PREFIX ends with one (and maybe a space). */
const PREFIX_LAST = charTable(Object.keys(CURRENCY_PREFIX).map((w) => w[w.length - 1]).join(''));
/**
 * Change after 元/块: 三块四 (3.4), 一块二角, 五元七毛八分 (5.78), 三块零四 / 三块四分 (3.04).
 * Groups: 1 fen after 零; 2 fen written with 分; 3 jiao; 4 fen after jiao.
 */
const D = '[一二两三四五六七八九1-9]';
const CHANGE = pattern(`(?:零(${D})分?|(${D})分|(${D})(?:毛|角)?(?:(${D})分?)?)钱?`, 'y');
/** a trailing 元 after a prefixed amount: 人民币500亿元 */
const YUAN = pattern('(?:元|块)', 'y');

const rejectAfter = (s: string, _u: number, end: number) =>
  s[end - 1] === '元' && NOT_CURRENCY_AFTER.test(after(s, end, 1));

function suffixForm(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const f of figures(s, SUFFIX, { rejectAfter, allowOne: true, starts: SUFFIX_STARTS })) {
    let end = f.end;
    let value = f.value;
    // 三块四 = 3.4
    if ((f.unit === '块' || f.unit === '元') && f.valueMax === null && f.end === f.unitEnd) {
      const j = matchAt(CHANGE, s, f.unitEnd);
      if (j && !/^[0-9零〇一二两三四五六七八九十百千万亿多余个家件年月日天倍%]/.test(after(s, f.unitEnd + j[0].length, 1))) {
        const d = (x: string | undefined) => (x === undefined ? 0 : (DIGITS[x] ?? Number(x)));
        // a bare digit after 元 (3元5) is change only when written 毛/角/分 or after 块
        if (f.unit === '块' || /[毛角分]/.test(j[0])) {
          value += (d(j[3]) * 10 + d(j[1]) + d(j[2]) + d(j[4])) / 100;
          end = f.unitEnd + j[0].length;
        }
      }
    }
    // 一元 alone is mostly a word (一元化, 一元复始); 一块二 and 约一元 are amounts
    if (f.token.one && end === f.unitEnd && !f.bound) continue;
    out.push({
      type: 'money',
      start: f.start,
      end,
      value: round(value),
      valueMax: f.valueMax,
      unit: CURRENCY_SUFFIX[f.unit],
      approx: f.approx,
      rule: 'money.suffix',
    });
  }
  return out;
}

function prefixForm(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const t of numberTokens(s)) {
    const w = before(s, t.start, 5);
    const c = w.charCodeAt(w.length - 1);
    if (PREFIX_LAST[c === 32 ? w.charCodeAt(w.length - 2) : c] !== 1) continue;
    const m = PREFIX.exec(w);
    if (!m) continue;
    const start = t.start - m[0].length;
    if (/[0-9]/.test(s[start - 1] ?? '')) continue;
    const cur = m[0].trim();
    if (t.one && !/[$￥¥€£]/.test(cur)) continue;
    if (t.bare && t.approx === 'exact') continue;
    const y = matchAt(YUAN, s, t.end);
    const end = y ? t.end + y[0].length : t.end;
    if (!y && /^[年月日天个家件名人岁号%倍]/.test(after(s, t.end, 1))) continue; // 美元3年 … not an amount
    const bound = approxBefore(s, start);
    out.push({
      type: 'money',
      start,
      end,
      value: t.value,
      valueMax: t.valueMax,
      unit: CURRENCY_PREFIX[cur],
      approx: combineApprox(approxAfter(s, end), bound, t.approx),
      rule: 'money.prefix',
      priority: 1,
    });
  }
  return out;
}

export const moneyExtractors: Extractor[] = [
  { type: 'money', name: 'money.suffix', extract: (s: Sentence) => suffixForm(s.match) },
  { type: 'money', name: 'money.prefix', extract: (s: Sentence) => prefixForm(s.match) },
];
