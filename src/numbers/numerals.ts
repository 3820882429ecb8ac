// Numeral tables and the core numeral parser shared by every extractor.
// Input is the match view (Simplified, ASCII digits), so Traditional forms (萬 億 兩) are already folded.

export const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  '○': 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
  幺: 1,
};
/** One character for a multiple of ten: 廿 20, 卅 30, 卌 40. */
const TENS_IN_ONE: Record<string, string> = { 廿: '二十', 卅: '三十', 卌: '四十' };
/** Small units inside a section of ten thousand. */
export const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** Section units; 万亿 and 千亿 are composed by the parser. */
export const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8, 兆: 1e12 };

export const CN_DIGIT_CHARS = '零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖';
export const CN_UNIT_CHARS = '十拾百佰千仟万亿兆';
/** Characters that can make up a Chinese numeral (for building regexes). */
export const CN_NUMERAL_CLASS = `[${CN_DIGIT_CHARS}${CN_UNIT_CHARS}点]`;
/** An Arabic number with optional thousands separators and decimals (bounded: no runaway digit runs). */
export const ARABIC_NUMBER =
  // a full-width comma separates thousands only when exactly three digits and then a unit follow
  // (61，350.00元, 233,333，333.5元), not a scale: before 亿 / 万 it is a clause break after a code
  // or rank (（842，112.6 亿美元）); tried first, so that a mixed run is read whole; digits glued
  // to letters are a code (HS84，520亿美元), never the first group
  String.raw`(?<![A-Za-z])\d{1,3}(?:[,，]\d{3}){1,5}(?:\.\d{1,8})?(?= ?[^\d\s.，,。；;、：:！？!?）)”"%十拾百佰千仟万亿兆])` +
  String.raw`|\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,8})?` +
  String.raw`|\d{1,16}(?:\.\d{1,8})?`;

/** Parses an Arabic number such as `1,234.5` or `12.6`. */
export function parseArabic(s: string): number | null {
  const t = s.replace(/[,，\s]/g, '');
  if (!/^\d{1,20}(?:\.\d{1,12})?$/.test(t)) return null;
  return Number(t);
}

const isDigit = (c: string) => c in DIGITS;

/** A digit-by-digit reading of three or more digits: 二〇二三, 一九九八 (never with 两: 两三 is 2–3); of
 *  two only when they are the same digit (一一 = 11, 壹壹), as two different ones are a range (七八) or none (一零). */
function digitByDigit(chars: string[]): number | null {
  if (chars.includes('两')) return null;
  const digits = chars.map((c) => DIGITS[c]);
  if (!digits.every((d) => d !== undefined)) return null;
  const [first = 0, second] = digits;
  if (digits.length < 3 && !(digits.length === 2 && first === second && first > 0)) return null;
  return digits.reduce((v, d) => v * 10 + d, 0);
}

/**
 * Parses a Chinese numeral of any length, Arabic parts allowed: `三百二十五亿零四百万`,
 * `叁仟零伍拾亿`, `一千零一十二`, `两万零五十`, `1亿2000万`, `1万5000`, `1.69万亿`, `3千`, `十万`, `万亿`, and
 * the abbreviated tails `一万五` (15000), `三千五` (3500), `两百五` (250), `2万5` (25000). One left-to-right pass:
 * a section below 万 collects digits and 十/百/千 (units must descend inside it); 万 closes the
 * section into the ten-thousands group; 亿 and 兆 multiply the group and the section and add them
 * to the total, and each such addition must be smaller than the one before (`2万亿3000亿` is fine,
 * `一亿亿` is not). Strict: two digits in a row (`十四五`, `两三`), a unit without its digit inside
 * the numeral (`3万千`), or units that do not descend (`百千`) make it no numeral (null).
 */
function parseInteger(s: string): number | null {
  const chars = [...s];
  const byDigit = digitByDigit(chars);
  if (byDigit !== null) return byDigit;
  let total = 0; // what 亿 / 兆 have closed
  let lastAdd = Infinity; // the last such addition (each must be smaller)
  let group = 0; // the ten-thousands group (what 万 closed)
  let section = 0; // below 万
  let digit: number | null = null;
  let digitChinese = false;
  let lastSmall = Infinity; // the last 十/百/千 of the section
  let lastUnit = 0; // the value of the unit just before a trailing digit (for 一万五 = 15000)
  let afterZero = false;
  let started = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!; // i < chars.length
    const small = SMALL_UNITS[c];
    const big = BIG_UNITS[c];
    if (c >= '0' && c <= '9') {
      // an Arabic run inside a Chinese numeral: 1亿2000万, 1.69万亿, 3千
      let j = i;
      while (j < chars.length && /[0-9.,，]/.test(chars[j]!)) j++;
      const v = parseArabic(chars.slice(i, j).join(''));
      if (v === null || digit !== null) return null;
      digit = v;
      digitChinese = false;
      i = j - 1;
    } else if (DIGITS[c] === 0) {
      if (digit !== null) return null; // 一零 is no numeral (digit-by-digit was tried above)
      afterZero = true;
    } else if (DIGITS[c] !== undefined) {
      if (digit !== null) return null; // two digits in a row: 十四五, 两三
      digit = DIGITS[c];
      digitChinese = true;
    } else if (small !== undefined) {
      const u = small;
      if (u >= lastSmall) return null; // units descend: 百千 is no numeral
      // a unit needs its digit, except at the start (十二, 百万, 千亿) and 十 after a gap (三亿零十万)
      if (digit === null && started && !(u === 10 && (afterZero || section === 0))) return null;
      section += (digit ?? 1) * u;
      digit = null;
      lastSmall = u;
      lastUnit = u;
      afterZero = false;
    } else if (big !== undefined) {
      const u = big;
      const head = section + (digit ?? 0);
      if (u === 1e4) {
        if (group !== 0) return null; // 万 twice in one group
        if (head === 0 && started) return null;
        group = (head === 0 ? 1 : head) * 1e4;
      } else {
        // 亿 / 兆 take the group with them: 三万亿 = 3e12, 三万五千亿 = 3.5e12
        const amount = group + head;
        if (amount === 0 && started) return null;
        const add = (amount === 0 ? 1 : amount) * u;
        if (!(add < lastAdd)) return null;
        total += add;
        lastAdd = add;
        group = 0;
      }
      section = 0;
      digit = null;
      lastSmall = Infinity;
      lastUnit = u === 1e4 ? 1e4 : u;
      afterZero = false;
    } else {
      return null;
    }
    started = true;
  }
  let tail = digit ?? 0;
  // 一万五 = 15000, 三千五 = 3500, 两百五 = 250: a lone Chinese digit right after a unit counts one place lower
  const single = digitChinese || /^[万亿][1-9]$/.test(chars.slice(-2).join('')); // 一万五, 2万5
  if (digit !== null && single && !afterZero && lastUnit >= 100 && !isDigit(chars[chars.length - 2] ?? '')) tail = digit * (lastUnit / 10);
  return total + group + section + tail;
}

/**
 * Parses a Chinese numeral with scales: `一千二百三十`, `两万三千`, `十二点五`, `三千五百万`, `1.69万亿`,
 * `3.5万`, `百` (=100), `一万五` (=15000), `1亿2000万`, `十二点五亿`. Arabic and Chinese parts may mix.
 * Returns null when it is not a numeral.
 */
export function parseNumeral(input: string): number | null {
  // 廿 (20), 卅 (30), 卌 (40) are two characters in one, as days and old numerals write them (廿五, 一百廿)
  const s = input.replace(/\s+/g, '').replace(/[廿卅卌]/g, (c) => TENS_IN_ONE[c] ?? c);
  if (s === '') return null;
  const arabic = parseArabic(s);
  if (arabic !== null) return arabic;
  if (/^[零〇○]$/.test(s)) return 0;
  const point = s.indexOf('点');
  if (point < 0) return parseInteger(s);
  // 十二点五, 零点五, 三点五万: digits after 点, then at most the scales
  const m = /^([零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖]{1,12})([万亿兆]{0,2})$/.exec(s.slice(point + 1));
  if (!m || point === 0) return null;
  const [, decimals = '', scales = ''] = m; // both groups always take part
  const int = s.slice(0, point);
  const intValue = /^[零〇○]$/.test(int) ? 0 : parseInteger(int);
  if (intValue === null || !Number.isInteger(intValue)) return null;
  const value = Number(`${intValue}.${[...decimals].map((c) => DIGITS[c]).join('')}`);
  const scale = scales === '' ? 1 : parseInteger(scales);
  return scale === null ? null : value * scale;
}
