import type { Candidate, ExtractContext, Extractor, Sentence } from '../types.js';
import { BARE_MONEY, CURRENCY_PREFIX, CURRENCY_SUFFIX, CURRENCY_WORDS, NOT_CURRENCY_AFTER, YUAN_CURRENCIES } from '../../numbers/currency.js';
import { after, before, charTable, firstChars, matchAll, matchAt, pattern, unitAlternation } from '../../numbers/patterns.js';
import { figures } from '../../numbers/figure.js';
import { minusBefore, numberTokens, round } from '../../numbers/parse.js';
import { approxAfter, approxBefore, combineApprox } from '../../numbers/approx.js';
import { DIGITS } from '../../numbers/numerals.js';
import { alternation } from '../../chars/words.js';
import { isHanCode } from '../../chars/han.js';

// Money: a number with a currency after it (500亿元, 3.5亿美元, 500亿元人民币, 3.14人民币, 5块, 3美分),
// or a currency before it (人民币500亿元, 美元3.5亿, 台币8.6亿, 人民幣3.14, US$5). Value in whole units.
// Every currency word comes from the one table in numbers/currency.ts. A bare 元 / 块 / `$` names no
// currency of its own: it is the currency the sentence names (新台币…45元), else the document's
// local money (HKD, MOP, TWD in a source from there), else CNY / USD.
// SUFFIX, PREFIX, AFTER_YUAN and NAMED are built from the words of CURRENCY_SUFFIX and
// CURRENCY_PREFIX, so a word they match is one of the table's: the `!` on those lookups.

const SUFFIX_WORDS = Object.keys(CURRENCY_SUFFIX);
const SUFFIX = pattern(`(?:${unitAlternation(SUFFIX_WORDS)})`, 'y');
const SUFFIX_STARTS = firstChars(SUFFIX_WORDS);
const PREFIX = pattern(`(?:${alternation(Object.keys(CURRENCY_PREFIX))}) ?$`);
/** The last characters of the currency prefixes: PREFIX ends with one (and maybe a space). */
const PREFIX_LAST = charTable(
  Object.keys(CURRENCY_PREFIX)
    .map((w) => w.slice(-1))
    .join(''),
);
/** A currency word right after 元 decides: 3.5亿元新台币, 3.5億元台幣 (元人民币 is in the table). */
const AFTER_YUAN = pattern(
  `(?:${alternation(
    Object.entries(CURRENCY_SUFFIX)
      .filter(([w, [iso]]) => iso !== 'CNY' && isHanCode(w.charCodeAt(0)))
      .map(([w]) => w),
  )})`,
  'y',
);
/** The currencies named in a sentence before a bare 元: those whose own unit is 元, and 人民币 (back to CNY). */
const YUAN_NAMES = Object.entries(CURRENCY_PREFIX)
  .filter(([w, [iso]]) => YUAN_CURRENCIES.has(iso) || w === '人民币')
  .map(([w]) => w);
const NAMED = pattern(`(?:${alternation(YUAN_NAMES)})`, 'g');
/**
 * Change after 元/块/圆: 三块四 (3.4), 一块二角, 五元七毛八分 (5.78), 三块零四 / 三块四分 (3.04), 叁拾元伍角,
 * 四十块零五毛 (40.5).
 * Groups: 1 fen after 零; 2 fen written with 分; 3 jiao; 4 fen after jiao.
 */
const D = '[一二两三四五六七八九1-9壹贰叁肆伍陆柒捌玖]';
const CHANGE = pattern(`(?:零(${D})(?![毛角])分?|(${D})分|零?(${D})(?:毛|角)?(?:零?(${D})分?)?)钱?`, 'y');
/** A sub-unit after a whole amount: 两美元又三美分 (2.03), 十日元五钱. */
const SUBUNIT_WORDS = Object.entries(CURRENCY_SUFFIX)
  .filter(([, [, factor]]) => factor < 1)
  .map(([w]) => w);
const SUBUNIT = pattern(`(?:又|零)?(\\d{1,2}|${D}|${D}?十${D}?)(${alternation(SUBUNIT_WORDS)})`, 'y');
/** a trailing 元 after a prefixed amount: 人民币500亿元; 整 closes a written amount (壹万元整) */
const YUAN = pattern('(?:元|块|圆)', 'y');
const WHOLE = pattern('整', 'y');
/** 元 words that make 一 an article of a word (一元化, 一元复始): only these need a bound after 一 */
const YUAN_WORDS = new Set(['元', '圆', '块']);

const rejectAfter = (s: string, u: number, end: number) => NOT_CURRENCY_AFTER[s.slice(u, end)]?.test(after(s, end, 1)) === true;

/** The currency of a bare 元 / 块 / `$` at index i of s: named before it in the sentence, else in its passage, else local. */
function bareCurrency(s: string, i: number, word: string, ctx: ExtractContext): string {
  const local = ctx.localMoney ?? null;
  // 块 is spoken money: the place's own, never a foreign currency named nearby (五美元和三块)
  if (word !== '块' && word !== '块钱') {
    let named: string | null = null;
    for (const m of matchAll(NAMED, before(s, i, 80))) named = m[0];
    if (named) return CURRENCY_PREFIX[named]![0];
    if (ctx.passageMoney) return ctx.passageMoney;
  }
  return local ?? BARE_MONEY[word]!; // callers pass a word of BARE_MONEY
}

const digitValue = (x: string | undefined) => (x === undefined ? 0 : (DIGITS[x] ?? Number(x)));
/** 十 / 五 / 十五 / 12 → its value (for change and sub-units) */
function smallValue(x: string): number {
  if (/^\d+$/.test(x)) return Number(x);
  const k = x.indexOf('十');
  if (k < 0) return digitValue(x);
  return (k === 0 ? 1 : digitValue(x[0])) * 10 + (k + 1 < x.length ? digitValue(x[k + 1]) : 0);
}

function suffixForm(s: string, ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  for (const f of figures(s, SUFFIX, { rejectAfter, allowOne: true, starts: SUFFIX_STARTS, allowZhao: true })) {
    let end = f.end;
    const [suffixIso, factor] = CURRENCY_SUFFIX[f.unit]!;
    let iso = suffixIso;
    let value = f.value * factor;
    const valueMax = f.valueMax === null ? null : f.valueMax * factor;
    const yuan = f.unit === '元' || f.unit === '圆';
    const named = yuan && f.end === f.unitEnd ? matchAt(AFTER_YUAN, s, f.unitEnd) : null;
    if (named) {
      iso = CURRENCY_SUFFIX[named[0]]![0];
      end = f.unitEnd + named[0].length;
    } else if (f.unit in BARE_MONEY) {
      iso = bareCurrency(s, f.start, f.unit, ctx);
    }
    // 三块四 = 3.4, 叁拾元伍角 = 30.5
    if ((f.unit === '块' || yuan) && f.valueMax === null && end === f.unitEnd) {
      const j = matchAt(CHANGE, s, f.unitEnd);
      if (j && !/^[0-9零〇一二两三四五六七八九十百千万亿多余个家件年月日天倍%块元]/.test(after(s, f.unitEnd + j[0].length, 1))) {
        // a bare digit after 元 (3元5) is change only when written 毛/角/分 or after 块
        if (f.unit === '块' || /[毛角分]/.test(j[0])) {
          value += (digitValue(j[3]) * 10 + digitValue(j[1]) + digitValue(j[2]) + digitValue(j[4])) / 100;
          end = f.unitEnd + j[0].length;
        }
      }
    }
    // 两美元又三美分 = 2.03
    if (f.valueMax === null && end === f.unitEnd && factor === 1) {
      const sub = matchAt(SUBUNIT, s, end);
      const [, count = '', word = ''] = sub ?? []; // both groups always take part
      const subunit = CURRENCY_SUFFIX[word];
      if (sub && subunit !== undefined && subunit[0] === iso) {
        value += smallValue(count) * subunit[1];
        end += sub[0].length;
      }
    }
    if (yuan && matchAt(WHOLE, s, end)) end++; // 壹万元整
    // 一元 before a word is mostly part of it (一元化, 一元复始); 一块二, 约一元, 一美元, 收入一元。 are amounts
    if (f.token.one && YUAN_WORDS.has(f.unit) && end === f.unitEnd && !f.bound && isHanCode(after(s, end, 1).charCodeAt(0))) continue;
    // 净利润为负3亿元, 收入-100元: a signed amount
    const minus = minusBefore(s, f.start);
    const sign = minus > 0 ? -1 : 1;
    out.push({
      type: 'money',
      start: f.start - minus,
      end,
      value: round(value * sign),
      valueMax: valueMax === null ? null : round(valueMax * sign),
      unit: iso,
      approx: combineApprox(approxAfter(s, end), f.bound, f.token.approx),
      rule: 'money.suffix',
    });
  }
  return out;
}

function prefixForm(s: string, ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  for (const t of numberTokens(s)) {
    const w = before(s, t.start, 6);
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
    let end = y ? t.end + y[0].length : t.end;
    if (!y && /^[年月日天个家件名人岁号%倍]/.test(after(s, t.end, 1))) continue; // 美元3年 … not an amount
    if (y && matchAt(WHOLE, s, end)) end++;
    const iso = cur in BARE_MONEY ? bareCurrency(s, start, cur, ctx) : CURRENCY_PREFIX[cur]![0];
    const bound = approxBefore(s, start);
    out.push({
      type: 'money',
      start,
      end,
      value: t.value,
      valueMax: t.valueMax,
      unit: iso,
      approx: combineApprox(approxAfter(s, end), bound, t.approx),
      rule: 'money.prefix',
      priority: 1,
    });
  }
  return out;
}

/** Change alone: 3角5分, 五毛八分 (0.35, 0.58 CNY); a lone 5角 is too often an angle or a spice (八角). */
const JIAO_FEN = pattern(`(${D}|\\d)(?:角|毛)(${D}|\\d)分`, 'g');
function changeAlone(s: string, ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  if (!s.includes('分')) return out;
  for (const m of matchAll(JIAO_FEN, s)) {
    if (/[0-9一二两三四五六七八九十百千万亿元块圆]/.test(s[m.index - 1] ?? '')) continue; // part of 五元三角五分 (找零3角 is not)
    out.push({
      type: 'money',
      start: m.index,
      end: m.index + m[0].length,
      value: round((digitValue(m[1]) * 10 + digitValue(m[2])) / 100),
      valueMax: null,
      unit: bareCurrency(s, m.index, '元', ctx),
      approx: combineApprox(approxAfter(s, m.index + m[0].length), approxBefore(s, m.index), 'exact'),
      rule: 'money.change',
    });
  }
  return out;
}

/** 两个亿, 三个多亿, 一个半亿, 半个亿: spoken amounts of money that name no currency (a count would say 两亿人). */
const SPOKEN_YI = /个半?多?亿$/;
function spokenYi(s: string, ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  if (!s.includes('个')) return out;
  for (const t of numberTokens(s)) {
    if (!SPOKEN_YI.test(s.slice(t.start, t.end)) || matchAt(SUFFIX, s, t.end) || s[t.end] === '万') continue; // 两个亿万富翁
    out.push({
      type: 'money',
      start: t.start,
      end: t.end,
      value: t.value,
      valueMax: t.valueMax,
      unit: bareCurrency(s, t.start, '元', ctx),
      approx: combineApprox(approxAfter(s, t.end), approxBefore(s, t.start), t.approx),
      rule: 'money.spoken-yi',
    });
  }
  return out;
}

/** Currency words that name a currency wherever they stand in a sentence (not 元 / 块 / $, which are the place's own). */
const NAMING_WORDS = CURRENCY_WORDS.filter((w) => !(w in BARE_MONEY) && w.length > 1);
const NAMING = pattern(`(?:${alternation(NAMING_WORDS)})`, 'g');
/** After a signed bare amount: its clause or list item ends, or a range or list goes on. */
const SIGNED_BARE_END = pattern('(?: ?(?:$|[，,。；;、！？!?）)”"]|至|到|和|与|及))', 'y');

/**
 * 1 月 -8.2 亿、2 月 -9.7 亿 in a sentence about US dollars: a signed amount with 亿 / 万 and no unit
 * is a balance, not a count; it takes the currency its sentence names — the last one before it, else
 * the first after it. Without one it stays a count.
 */
function signedBare(s: string): Candidate[] {
  const out: Candidate[] = [];
  if (!/[-−负]/.test(s)) return out;
  let named: { at: number; iso: string }[] | null = null;
  for (const t of numberTokens(s)) {
    const minus = minusBefore(s, t.start);
    if (minus === 0 || t.bare || !/[万亿兆]/.test(s.slice(t.start, t.end)) || !matchAt(SIGNED_BARE_END, s, t.end)) continue;
    // NAMING is built from the two tables' keys, so one of them holds every match
    named ??= [...matchAll(NAMING, s)].map((m) => ({ at: m.index, iso: (CURRENCY_PREFIX[m[0]] ?? CURRENCY_SUFFIX[m[0]])![0] }));
    const cur = named.filter((n) => n.at < t.start).pop() ?? named.find((n) => n.at >= t.end);
    if (!cur) continue;
    out.push({
      type: 'money',
      start: t.start - minus,
      end: t.end,
      value: round(-t.value),
      valueMax: t.valueMax === null ? null : round(-t.valueMax),
      unit: cur.iso,
      approx: combineApprox(approxAfter(s, t.end), approxBefore(s, t.start - minus), t.approx),
      rule: 'money.signed-bare',
    });
  }
  return out;
}

export const moneyExtractors: Extractor[] = [
  { types: ['money'], name: 'money.suffix', extract: (s: Sentence, ctx: ExtractContext) => suffixForm(s.match, ctx) },
  { types: ['money'], name: 'money.prefix', extract: (s: Sentence, ctx: ExtractContext) => prefixForm(s.match, ctx) },
  { types: ['money'], name: 'money.spoken-yi', extract: (s: Sentence, ctx: ExtractContext) => spokenYi(s.match, ctx) },
  { types: ['money'], name: 'money.change', extract: (s: Sentence, ctx: ExtractContext) => changeAlone(s.match, ctx) },
  { types: ['money'], name: 'money.signed-bare', extract: (s: Sentence) => signedBare(s.match) },
];
