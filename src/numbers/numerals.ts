// Numeral tables and the core numeral parser shared by every extractor.
// Input is the match view (Simplified, ASCII digits), so Traditional forms (萬 億 兩) are already folded.

export const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9, 幺: 1,
};
/** Small units inside a section of ten thousand. */
export const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** Section units; 万亿 and 千亿 are composed by the parser. */
export const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8, 兆: 1e12 };

export const CN_DIGIT_CHARS = '零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖';
export const CN_UNIT_CHARS = '十拾百佰千仟万亿';
/** Characters that can make up a Chinese numeral (for building regexes). */
export const CN_NUMERAL_CLASS = `[${CN_DIGIT_CHARS}${CN_UNIT_CHARS}点]`;
/** An Arabic number with optional thousands separators and decimals (bounded: no runaway digit runs). */
export const ARABIC_NUMBER = String.raw`\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,8})?|\d{1,16}(?:\.\d{1,8})?`;

/** Parses an Arabic number such as `1,234.5` or `12.6`. */
export function parseArabic(s: string): number | null {
  const t = s.replace(/[,\s]/g, '');
  if (!/^\d{1,20}(?:\.\d{1,12})?$/.test(t)) return null;
  return Number(t);
}

const isDigit = (c: string) => c in DIGITS;

/**
 * Parses a Chinese numeral below 万: `三千五百`, `十二`, `一千零五`, `两百五` (= 250), and digit-by-digit
 * readings such as `二〇二三`. Strict: `十四五` or `三四` are not numerals (null).
 */
function parseSection(s: string): number | null {
  if (s === '') return null;
  const chars = [...s];
  // digit-by-digit reading: 二〇二三, 一九九九 (never 两三 / 三四, which are vague 2–3 / 3–4)
  if (chars.length > 1 && chars.every(isDigit)) {
    if (chars.length < 3 || chars.includes('两')) return null;
    return chars.reduce((v, c) => v * 10 + DIGITS[c], 0);
  }
  // abbreviated: 两百五 = 250, 三千五 = 3500 (a digit after the unit counts one unit lower)
  if (chars.length === 3 && isDigit(chars[0]) && (chars[1] === '百' || chars[1] === '佰' || chars[1] === '千' || chars[1] === '仟') && isDigit(chars[2]) && DIGITS[chars[2]] !== 0) {
    const unit = SMALL_UNITS[chars[1]];
    return DIGITS[chars[0]] * unit + DIGITS[chars[2]] * (unit / 10);
  }
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  let prevZero = false;
  for (const c of chars) {
    if (isDigit(c)) {
      if (digit !== null && !prevZero) return null; // two digits in a row: 十四五
      prevZero = DIGITS[c] === 0;
      digit = prevZero ? null : DIGITS[c];
      if (prevZero) lastUnit = Math.min(lastUnit, 10);
    } else if (c in SMALL_UNITS) {
      const u = SMALL_UNITS[c];
      if (u >= lastUnit && !(prevZero && u < lastUnit)) return null; // units must descend: 百千 is not a numeral
      if (prevZero) return null;
      total += (digit ?? 1) * u;
      digit = null;
      lastUnit = u;
    } else {
      return null;
    }
  }
  if (digit !== null) total += digit;
  return total;
}

/** The big units, split off from the left: X万亿 / X亿 / X万. */
const SCALES: [RegExp, number][] = [
  [/^(.{0,24}?)(?:万亿|兆)/, 1e12],
  [/^(.{0,24}?)亿/, 1e8],
  [/^(.{0,24}?)万/, 1e4],
];

/**
 * Parses a Chinese numeral with scales: `一千二百三十`, `两万三千`, `十二点五`, `三千五百万`, `1.69万亿`,
 * `3.5万`, `百` (=100), `一万五` (=15000), `1亿2000万`. Arabic and Chinese parts may mix.
 * Returns null when it is not a numeral.
 */
export function parseNumeral(input: string): number | null {
  const s = input.replace(/\s+/g, '');
  if (s === '') return null;
  const arabic = parseArabic(s);
  if (arabic !== null) return arabic;

  // split off the big units from the left: X万亿 / X亿 / X万, each head a section (or Arabic)
  let total = 0;
  let rest = s;
  let matchedAny = false;
  let lastScale = 0;
  for (const [re, scale] of SCALES) {
    const m = rest.match(re);
    if (!m) continue;
    const head = m[1];
    const v = head === '' ? 1 : parsePlain(head);
    if (v === null) return null;
    total += v * scale;
    rest = rest.slice(m[0].length);
    matchedAny = true;
    lastScale = scale;
  }
  if (rest !== '') {
    // a trailing single digit after a big unit counts one place lower: 一万五 = 15000, 三亿五 = 3.5亿
    if (lastScale && [...rest].length === 1 && isDigit(rest) && DIGITS[rest] !== 0) {
      total += DIGITS[rest] * (lastScale / 10);
      return total;
    }
    const v = parsePlain(rest.replace(/^[零〇○](?!点)/, ''));
    if (v === null) return null;
    total += v;
    matchedAny = true;
  }
  return matchedAny ? total : null;
}

/** A part with no 万/亿: Arabic `3.5`, Chinese `三千五百`, `十二点五`, or a mix like `3千`. */
function parsePlain(s: string): number | null {
  const arabic = parseArabic(s);
  if (arabic !== null) return arabic;
  const point = s.indexOf('点');
  if (point >= 0) {
    const int = s.slice(0, point) === '' ? null : parseSection(s.slice(0, point));
    const frac = [...s.slice(point + 1)];
    if (int === null || frac.length === 0 || !frac.every(isDigit)) return null;
    return Number(`${int}.${frac.map((c) => DIGITS[c]).join('')}`);
  }
  // Arabic digits before a small unit: 3千, 5百
  const mixed = s.match(/^(\d{1,16}(?:\.\d{1,8})?)([十拾百佰千仟])$/);
  if (mixed) return Number(mixed[1]) * SMALL_UNITS[mixed[2]];
  return parseSection(s);
}
