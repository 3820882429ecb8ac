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
/** An Arabic number with optional thousands separators and decimals. */
export const ARABIC_NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/** Parses an Arabic number such as `1,234.5` or `12.6`. */
export function parseArabic(s: string): number | null {
  const t = s.replace(/[,\s]/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** Parses a Chinese numeral without scale units beyond 千: `三千五百`, `十二`, `二〇二三` (digit by digit). */
function parseSection(s: string): number | null {
  if (s === '') return null;
  // digit-by-digit reading: 二〇二三, 一九九九
  if ([...s].every((c) => c in DIGITS) && s.length > 1) {
    let v = 0;
    for (const c of s) v = v * 10 + DIGITS[c];
    return v;
  }
  let total = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGITS) {
      digit = DIGITS[c];
    } else if (c in SMALL_UNITS) {
      total += (digit ?? 1) * SMALL_UNITS[c];
      digit = null;
    } else {
      return null;
    }
  }
  if (digit !== null) total += digit;
  return total;
}

/**
 * Parses a Chinese numeral with scales: `一千二百三十`, `两万三千`, `十二点五`, `三千五百万`, `1.69万亿`,
 * `3.5万`, `百` (=100). Arabic and Chinese parts may mix. Returns null when it is not a numeral.
 */
export function parseNumeral(input: string): number | null {
  const s = input.replace(/\s+/g, '');
  if (s === '') return null;
  const arabic = parseArabic(s);
  if (arabic !== null) return arabic;

  // split off the big units from the right: X亿Y万Z, where each part is a section (or Arabic)
  let total = 0;
  let rest = s;
  let matchedAny = false;
  // handle 万亿 (1e12) and 亿 / 万 in descending order
  const scales: [RegExp, number][] = [
    [/^(.*?)万亿/, 1e12],
    [/^(.*?)亿/, 1e8],
    [/^(.*?)万/, 1e4],
  ];
  for (const [re, scale] of scales) {
    const m = rest.match(re);
    if (!m) continue;
    const head = m[1];
    const v = head === '' ? 1 : parsePlain(head);
    if (v === null) return null;
    total += v * scale;
    rest = rest.slice(m[0].length);
    matchedAny = true;
  }
  if (rest !== '') {
    // a trailing bare digit after a unit, as in 一万五 (= 15000) or 三千五 (= 3500)
    const v = parsePlain(rest);
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
    const int = s.slice(0, point) === '' ? 0 : parseSection(s.slice(0, point));
    const frac = s.slice(point + 1);
    if (int === null || frac === '' || ![...frac].every((c) => c in DIGITS)) return null;
    return Number(`${int}.${[...frac].map((c) => DIGITS[c]).join('')}`);
  }
  // Arabic digits before a small unit: 3千, 5百
  const mixed = s.match(/^(\d+(?:\.\d+)?)([十拾百佰千仟])$/);
  if (mixed) return Number(mixed[1]) * SMALL_UNITS[mixed[2]];
  // 一千五 (1500), 三万五 handled by caller; 两百五 = 250
  const abbreviated = s.match(new RegExp(`^([${CN_DIGIT_CHARS}])([百佰千仟])([${CN_DIGIT_CHARS}])$`));
  if (abbreviated) {
    const unit = SMALL_UNITS[abbreviated[2]];
    return DIGITS[abbreviated[1]] * unit + DIGITS[abbreviated[3]] * (unit / 10);
  }
  return parseSection(s);
}
