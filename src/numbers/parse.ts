import type { Approx } from '../schema/fact.js';
import { ARABIC_NUMBER, CN_DIGIT_CHARS, DIGITS, parseNumeral } from './numerals.js';
import { after, before, charTable, hasAny, matchAll, matchAllAt, matchAt, pattern } from './patterns.js';
import { approxBefore } from './approx.js';

export { parseNumeral } from './numerals.js';

// The one number scanner every figure rule reads. It finds number tokens in the match view —
// Arabic (`1,234.5`, `12.6 亿`, `1亿2000万`), Chinese (`三千五百万`, `十二点五`), formal (`壹佰`),
// mixed (`3.5万`), with 多/余 inside (`3万多`, `百余`, `十多万`) — and joins ranges (`1万-5万`,
// `两到三万`). Units are matched by each rule right after a token (sticky, anchored regexes).

const SCALE = '[十拾百佰千仟万亿兆]{1,3}';
/** English scale words after Arabic digits and what they multiply by. */
const ENGLISH_SCALES: Readonly<Record<string, number>> = { million: 1e6, billion: 1e9, trillion: 1e12, mn: 1e6, bn: 1e9 };
const CN_ALL = `${CN_DIGIT_CHARS}十拾百佰千仟万亿兆`;
/**
 * A Chinese numeral run; 点 only between digits (十二点五, not 十点); 几 as a vague digit (十几万,
 * 几十); 数 / 好几 before a unit (数十亿, 好几百); 个 before 亿 / 万 (两个亿). Spaces may stand
 * between its characters (一 百 五 十, text from PDFs and web pages).
 */
const CN_RUN = `(?:(?:好几|数)(?=[十拾百佰千仟万亿]))?[${CN_ALL}几廿卅卌](?: {0,3}[${CN_ALL}几廿卅卌]| {0,3}点(?= {0,3}[${CN_DIGIT_CHARS}])|\\d{1,4}(?=[十拾百佰千仟万亿])){0,31}`;
/** An Arabic number with its scales: 3.5万, 1亿2000万, 1千零5, 1万5000 (four digits fill the 万), 2万5 (= 25000);
 *  k and w for 千 and 万 before 元 / 块, as salaries and prices are written informally (15k元, 1.2w元; not 4K电视, 5W充电);
 *  English scale words, as Hong Kong and business writing mixes them in (US$3 million, US$2.5bn). */
const ARABIC = `(?:${ARABIC_NUMBER})(?:[kKwW](?=[元块])| ?(?:${Object.keys(ENGLISH_SCALES).join('|')})(?![A-Za-z])| ?${SCALE}(?:零?\\d{1,5}(?:\\.\\d{1,4})?${SCALE}|零\\d{1,5}|(?<=万)\\d{4}(?![\\d.])|(?<=[万亿])\\d(?![\\d.]))?)?`;
/**
 * A number as written, with 个 before 亿 (两个亿, 一个半亿; 半个亿 alone), 多/余 between the number and a further scale, 把 after
 * a scale (千把 = about 1000), 来 after one (十来万 = about 100000, 二十来个), and 几 after Arabic
 * tens, as informal writing mixes them (10几万 = 十几万, 20几家).
 */
export const NUMBER = `(?:半个亿|(?:${ARABIC}|${CN_RUN})(?:个半?多?[万亿])?)(?:[多余](?:${SCALE})?|(?<=[百千万])把|(?<=[十百千万])来(?:${SCALE})?|(?<=(?<![\\d.])[1-9]0)几(?:${SCALE})?)?`;

const NUMBER_AT = pattern(NUMBER, 'y');
/** What a NUMBER match starts with: an Arabic digit, a Chinese numeral character, 几, 数, 好(几) or 半 (半个亿). */
const NUMBER_START = charTable(`0123456789${CN_ALL}几数好廿卅卌半`);
/** Range separators: 1万-5万, 3万至5万, 10%—15%, 两到三万, 5~8, and 1万(含)-5万 (the low end included). */
export const RANGE_SEP = pattern(' ?(?:[(（]含[)）])? ?(?:[-—–~～]{1,2}|至|到) ?', 'y');
const VAGUE_BEFORE = pattern('(?:若干|成百上|成千上)$');
/** 第五届; and the later items of a list of ordinals: 第五、六位, 第3至5名. */
const ORDINAL_BEFORE = pattern('(?:第|No\\.|NO\\.|no\\.|#|第[0-9一二三四五六七八九十]{1,3}[、和至到-])$');
/** 前 makes a rank (前二十, 前10家), except in words that end in 前 (目前, 此前 …). */
const RANK_BEFORE = pattern('(?:^|[^目此之日当提空以年眼面史月天周节会赛先早战])前$');
/** The last characters of the words of VAGUE_BEFORE, ORDINAL_BEFORE and RANK_BEFORE. */
const VAGUE_LAST = charTable('干上');
const ORDINAL_LAST = charTable('第.#、和至到-');
const RANK_LAST = charTable('前');

export interface NumberToken {
  start: number;
  /** end of the number, including 多/余 and a trailing scale */
  end: number;
  value: number;
  valueMax: number | null;
  /** over when 多/余 or a vague digit is inside (3万多, 百余, 数十, 十几) */
  approx: Approx;
  /** written in Chinese numerals only */
  chinese: boolean;
  /** only scale characters (百, 千万, 万): a figure only with 上/超/近/余/多 or in a range */
  bare: boolean;
  /** the single numeral 一 / 壹 (一个, 一家 are articles, not counts) */
  one: boolean;
  /** holds 兆: 万亿 in money (1.5兆新台币), a prefix of units elsewhere (兆瓦) */
  zhao: boolean;
  /** right after `digit-`: only the high end of a range (2-3家), else part of a code or date */
  afterDash?: boolean;
}

const BARE = /^[百佰千仟万亿兆]{1,4}$/;

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** Before a number, these make it part of a code, a decimal or a longer number: [0-9A-Za-z.,_]. */
const CODE_BEFORE = charTable('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.,_');
const DASH = charTable('-—–~～');

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDigitCode(s.charCodeAt(i))) return true;
  return false;
}

/** `123`, `12.5`: what parseArabic reads without commas (a fast path, same value). */
function isPlainArabic(s: string): boolean {
  let i = 0;
  while (i < s.length && isDigitCode(s.charCodeAt(i))) i++;
  if (i === 0 || i > 20) return false;
  if (i === s.length) return true;
  if (s.charCodeAt(i) !== 46) return false;
  const j = i + 1;
  i = j;
  while (i < s.length && isDigitCode(s.charCodeAt(i))) i++;
  return i === s.length && i - j >= 1 && i - j <= 12;
}

export interface ParsedNumber {
  value: number;
  valueMax: number | null;
  approx: Approx;
}

/**
 * A vague numeral's lower bound: 数 / 好几 / 几 before a unit stand for 一 (数十亿 = 十亿, 几百 = 一百),
 * 几 after a unit for nothing (十几万 = 十万, 二十几 = 二十). Null when it holds no vague digit.
 */
function vagueLowerBound(t: string): string | null {
  if (!/[几数]/.test(t)) return null;
  const low = t
    .replace(/^(?:好几|数|几)(?=[十拾百佰千仟万亿])/, '一')
    .replace(/([万亿])几(?=[十拾百佰千仟])/g, '$1一')
    .replace(/几/g, '');
  return low === '' || /[数好]/.test(low) ? null : low;
}

const NEIGHBOUR_DIGITS = '一两二三四五六七八九';
/**
 * Two neighbouring digits are a range: 八九亿 = 8亿–9亿, 三四十 = 30–40, 十七八 = 17–18, 两三万,
 * and the customary 三五 (三五百 = 300–500). Not the plan names 十三五 / 十四五.
 */
function neighbourRange(t: string): ParsedNumber | null {
  if (/^十[三四]五/.test(t)) return null;
  for (let i = 0; i + 1 < t.length; i++) {
    const x = t.charAt(i);
    const y = t.charAt(i + 1);
    const da = DIGITS[x];
    const db = DIGITS[y];
    // every NEIGHBOUR_DIGITS is one of DIGITS: past this, da and db are numbers
    if (!NEIGHBOUR_DIGITS.includes(x) || !NEIGHBOUR_DIGITS.includes(y) || da === undefined || db === undefined) continue;
    if (!(db === da + 1 || (da === 3 && db === 5))) return null;
    const low = parseNumeral(t.slice(0, i) + x + t.slice(i + 2));
    const high = parseNumeral(t.slice(0, i) + y + t.slice(i + 2));
    if (low === null || high === null || !(low < high)) return null;
    return { value: low, valueMax: high, approx: 'exact' };
  }
  return null;
}

/**
 * Parses one number as written: `3万多` → 30000 over, `十多万` → 100000 over, `1.69万亿`, `两个亿`,
 * `数十亿` → 1e9 over, `十几万` → 100000 over, `八九亿` → 8e8 to 9e8.
 */
export function parseNumber(text: string): ParsedNumber | null {
  if (isPlainArabic(text)) return { value: Number(text), valueMax: null, approx: 'exact' };
  // 半个亿 = 0.5亿, 一个半亿 = 1.5亿
  const half = /^(.*?)个?半个?([万亿])$/.exec(text);
  if (half && (half[1] === '' ? text === '半个亿' : text.includes('个半'))) {
    const head = half[1] ? parseNumeral(half[1]) : 0;
    return head === null ? null : { value: round((head + 0.5) * (half[2] === '亿' ? 1e8 : 1e4)), valueMax: null, approx: 'exact' };
  }
  const [, english = '', word = ''] = /^([\d.,，]+) ?([a-z]+)$/.exec(text) ?? [];
  const englishScale = ENGLISH_SCALES[word];
  if (englishScale !== undefined) {
    const v = parseNumeral(english);
    return v === null ? null : { value: round(v * englishScale), valueMax: null, approx: 'exact' };
  }
  const t = text
    .replace(/\s/g, '')
    .replace(/个(?=多?[万亿])/, '')
    .replace(/(?<=\d)[kK]$/, '千')
    .replace(/(?<=\d)[wW]$/, '万');
  const about = t.match(/^(.{1,16}?)(?:把|来(.{0,3}))$/);
  if (about) {
    // 千把块钱, 万把人, 十来万, 二十来个: about a thousand, ten thousand, a hundred thousand, twenty
    const [, amount = '', scaleWord] = about;
    const v = parseNumeral(amount);
    const scale = scaleWord ? parseNumeral(scaleWord) : 1;
    return v === null || scale === null ? null : { value: round(v * scale), valueMax: null, approx: 'about' };
  }
  const vague = vagueLowerBound(t);
  if (vague !== null) {
    const p = parseNumber(vague);
    return p && p.valueMax === null ? { value: p.value, valueMax: null, approx: 'over' } : null;
  }
  const k = t.search(/[多余]/);
  if (k < 0) {
    const v = parseNumeral(t);
    if (v !== null) return { value: v, valueMax: null, approx: 'exact' };
    return neighbourRange(t);
  }
  const head = parseNumeral(t.slice(0, k));
  const tail = t.slice(k + 1);
  const scale = tail === '' ? 1 : parseNumeral(tail);
  if (head === null || scale === null) return null;
  return { value: round(head * scale), valueMax: null, approx: 'over' };
}

/** Rounds away floating noise (1.69 * 1e12). */
export const round = (v: number, digits = 15): number =>
  // an integer of at most 15 digits is its own rounding (一万亿零一 keeps its 1; -0 rounds to 0, as toPrecision does)
  Number.isInteger(v) && v < 1e15 && v > -1e15 ? v + 0 : Number(v.toPrecision(Math.min(15, Math.max(digits, 12))));

/** Scale characters a unit may start with: the number gives them back when it does not parse with them (3万千米). */
const GIVE_BACK = /[千兆百十]$/;

function tokenAt(s: string, m: RegExpExecArray): NumberToken | null {
  let text = m[0];
  const start = m.index;
  const prev = s.charCodeAt(start - 1); // NaN at the start
  // inside a longer digit run, a code (A300, 5G-…), a decimal or a date/phone (2023/1/3, 0571-…)
  if (CODE_BEFORE[prev] === 1 || isDigitCode(s.charCodeAt(start + text.length))) return null;
  if ((prev === 47 || prev === 58) && isDigitCode(s.charCodeAt(start - 2))) return null; // / :
  if (text.charCodeAt(0) === 48 && isDigitCode(text.charCodeAt(1))) return null; // 0571, 007: codes, not quantities
  const chinese = !hasDigit(text);
  // a lone 零 starts a word (零售, 零部件, 零组件, 零关税, 零距离): zero as a figure is written 0
  if (chinese && /^[零〇○] ?$/.test(text)) return null;
  const w = before(s, start, 5);
  // each test below needs a word that ends right before the number: its last character first
  const last = w.charCodeAt(w.length - 1);
  if (chinese && VAGUE_LAST[last] === 1 && VAGUE_BEFORE.test(w)) return null; // 若干, 成百上千: vague, not a fact
  if ((ORDINAL_LAST[last] === 1 && ORDINAL_BEFORE.test(w)) || (RANK_LAST[last] === 1 && RANK_BEFORE.test(w))) return null; // 第五届, 前二十
  let parsed = parseNumber(text);
  // 3万千米, 1.2亿千克: the scale that starts the unit is not the number's
  for (let k = 0; !parsed && k < 2 && GIVE_BACK.test(text); k++) {
    text = text.slice(0, -1);
    parsed = parseNumber(text);
  }
  if (!parsed) return null;
  const end = start + text.length;
  const core = chinese ? text.replace(/[多余].{0,3}$/, '') : text;
  return {
    start,
    end,
    value: parsed.value,
    valueMax: parsed.valueMax,
    approx: parsed.approx,
    chinese,
    bare: chinese && BARE.test(core),
    one: chinese && /^[一壹]$/.test(core),
    zhao: text.includes('兆'),
    afterDash: DASH[prev] === 1 && isDigitCode(s.charCodeAt(start - 2)),
  };
}

let cacheKey: string | null = null;
let cacheTokens: NumberToken[] = [];

/** The number tokens of a sentence's match view, ranges joined. Cached for the last sentence seen. */
export function numberTokens(s: string): NumberToken[] {
  if (s === cacheKey) return cacheTokens;
  const raw: NumberToken[] = [];
  for (const m of matchAllAt(NUMBER_AT, s, NUMBER_START)) {
    const t = tokenAt(s, m);
    if (t) raw.push(t);
  }
  const out: NumberToken[] = [];
  for (let i = 0; i < raw.length; i++) {
    const a = raw[i]!; // i < raw.length
    const b = raw[i + 1];
    const sep = b ? matchAt(RANGE_SEP, s, a.end) : null;
    // -8.2亿至-12.7亿: when the low end is signed, the high end's own sign follows the separator
    const signed = sep && minusBefore(s, a.start) > 0 && minusBefore(s, a.end + sep[0].length + 1) > 0 ? 1 : 0;
    if (b && sep && a.end + sep[0].length + signed === b.start) {
      const joined = joinRange(a, b);
      if (joined) {
        out.push(joined);
        i++;
        continue;
      }
    }
    if (!a.afterDash) out.push(a); // 0571-88888888, 2023-11-11: not quantities
  }
  cacheKey = s;
  cacheTokens = out;
  return out;
}

/** 1万-5万 → 10000..50000; 两到三万, 1-5万 → the low end takes the high end's scale. */
function joinRange(a: NumberToken, b: NumberToken): NumberToken | null {
  let low = a.value;
  if (a.valueMax !== null || b.valueMax !== null) return null;
  if (low < b.value / 10) {
    const scale = [1e8, 1e4, 1e3, 100].find((k) => b.value >= k && low * k <= b.value);
    if (scale && low * scale >= b.value / 10) low *= scale;
  }
  if (!(low < b.value)) return null;
  return {
    start: a.start,
    end: b.end,
    value: round(low),
    valueMax: b.value,
    approx: b.approx,
    chinese: a.chinese && b.chinese,
    bare: false,
    one: false,
    zhao: a.zhao || b.zhao,
  };
}

/**
 * The length of a minus sign right before index i (0 when none): `-5.2%`, `−3%`, and 负 (增速为负2.1%).
 * A dash after a digit or % is a range (5-8%), not a sign.
 */
export function minusBefore(s: string, i: number): number {
  const c = s[i - 1] ?? '';
  if (c === '负') return s[i - 2] === '正' ? 0 : 1; // 正负2% is a tolerance
  if ((c === '-' || c === '−') && !/[0-9%]/.test(s[i - 2] ?? '')) return 1;
  return 0;
}

/** Parses a number sticky at index i of s (used by the word forms below). */
export function numberAt(s: string, i: number): { end: number; value: number } | null {
  const m = matchAt(NUMBER_AT, s, i);
  if (!m) return null;
  const p = parseNumber(m[0]);
  return p ? { end: i + m[0].length, value: p.value } : null;
}

// ---- percent word forms ----------------------------------------------------------------------

/** Spaces a PDF or web page may leave between the characters of a word form (百 分 之 五, 陆 点 五 折). */
const SP = ' {0,3}';
const CN_SMALL_CHARS = '[零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]';
const CN_FRACTION_DIGIT = '[零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖]';
const SMALL_CN = `${CN_SMALL_CHARS}(?:${SP}${CN_SMALL_CHARS}){0,9}(?:${SP}点${SP}${CN_FRACTION_DIGIT}(?:${SP}${CN_FRACTION_DIGIT}){0,5})?`;
const SMALL_NUM = `(?:${ARABIC_NUMBER}|${SMALL_CN})`;
const CN1 = '[一二两三四五六七八九壹贰叁肆伍陆柒捌玖]';
/**
 * Percent written in words: `百分之十二点五` (a fraction over 百), `三分之一`, `千分之五`; tenths
 * `七成`, `九成五`, `9.5成`, `八点五成`, `半成`; discounts `七五折`, `9.9折`, `五折`, `对折`;
 * halves `一半`, `半数`, `过半`.
 */
export const PERCENT_WORDS = pattern(
  `(${SMALL_NUM})${SP}分${SP}之${SP}(负?${SMALL_NUM})` +
    `|(\\d{1,2}(?:\\.\\d{1,2})?|十|半|${CN1}(?:${SP}点${SP}${CN1})?)${SP}成(${CN1}|半)?` +
    // a range of tenths: 3至4成, 三到四成, 2-3成, and neighbouring digits 两三成, 七八成
    `|(\\d|${CN1})(?:至|到|-|~|～|—)?(\\d|十|${CN1})成` +
    `|(\\d{1,2}(?:\\.\\d{1,2})?|\\d \\d|${CN1}(?:${SP}点${SP}${CN1}|${SP}${CN1})?)${SP}折` +
    '|(一半|半数|过半|对折|半折|百分百)',
  'y',
);
/** What a PERCENT_WORDS match starts with; and the characters one of which every match holds. */
const PERCENT_WORDS_START = charTable(`0123456789零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟半过对`);
const PERCENT_WORDS_NEED = charTable('分成折半');
/** After 百分之N, the high end of a range written bare (百分之五到十, 百分之二十至三十), where the clause ends. */
const PER_HUNDRED_TAIL = pattern(`${SP}(?:至|到|[-—–~～])${SP}(${SMALL_NUM})(?=$|[，,。；;、）)”"\\s]|的|之间|左右|以上|以下|不等)`, 'y');
/** Two word forms joined as a range: 百分之五十到百分之七十. */
const WORDS_RANGE = /^ ?(?:[-—–~～]{1,2}|至|到) ?$/;
/** After 成, these make a word: 成为, 成立, 成功, 成交, 成本, 成员, 成果 … */
const NOT_PERCENT_AFTER_CHENG = /^(?:不变|为|立|功|交|本|员|果|就|熟|型|品|长|都|绩|效|败|年|人|才|像|群|套|批|片|分|份|材|色|因|行|语|事|家|形|全)/;
/** After 折, these make a word: 折合, 折算, 折旧, 折叠 … */
const NOT_PERCENT_AFTER_ZHE = /^(?:合|算|旧|射|叠|扣|腾|返|服|价|线|痕|损|现|抵|中|价)/;

export interface PercentWord {
  start: number;
  end: number;
  value: number;
  /** the high end of a range of tenths (3至4成), else absent */
  valueMax?: number;
  approx: Approx;
  /** 一成 with no bound around it: a figure only where its context makes it one (减少一成), as it may be a word (一成不变) */
  lone?: boolean;
}

/** 九五 → 95 (digit by digit, for discounts), else the numeral's value. */
function cnValue(t: string): number | null {
  const [tens, ones] = /^[一二两三四五六七八九]{2}$/.test(t) ? [...t].map((c) => DIGITS[c]) : [];
  return tens !== undefined && ones !== undefined ? tens * 10 + ones : parseNumeral(t);
}

/** Percent word forms in s. A fraction that is not exact in two decimals is `about` (三分之一 = 33.33). */
export function percentWords(s: string): PercentWord[] {
  if (s === wordsKey) return wordsCache;
  const out = hasAny(s, PERCENT_WORDS_NEED) ? readPercentWords(s) : [];
  wordsKey = s;
  wordsCache = out;
  return out;
}

// percent and growth both read the word forms of a sentence: cached for the last sentence seen
let wordsKey: string | null = null;
let wordsCache: PercentWord[] = [];

function readPercentWords(s: string): PercentWord[] {
  const out: PercentWord[] = [];
  for (const found of matchAllAt(PERCENT_WORDS, s, PERCENT_WORDS_START)) {
    const start = found.index;
    const end = start + found[0].length;
    const m = found.map((g) => g?.replace(/ /g, '')); // 陆 点 五 折 reads as 陆点五折
    const prev = s[start - 1] ?? '';
    const next = after(s, end, 1);
    if (m[1] !== undefined && m[2] !== undefined) {
      // 分之 and its numerator come together
      const den = parseNumeral(m[1]);
      const negative = m[2].startsWith('负'); // 百分之负五 = -5
      const num = parseNumeral(negative ? m[2].slice(1) : m[2]);
      if (den === null || num === null || den === 0 || num > den * 100) continue;
      if (/[0-9]/.test(prev) || (!/\d/.test(m[1]) && VAGUE_BEFORE.test(before(s, start, 4)))) continue;
      const exact = (num / den) * 100;
      const value = Math.round(exact * 100) / 100;
      const tail = den === 100 && !negative ? matchAt(PER_HUNDRED_TAIL, s, end) : null;
      const high = tail?.[1] === undefined ? null : parseNumeral(tail[1].replace(/ /g, ''));
      if (tail && high !== null && high > num && high <= 100) {
        // 百分之五到十: the high end written without 百分之 again
        out.push({ start, end: end + tail[0].length, value, valueMax: high, approx: 'exact' });
        continue;
      }
      out.push({ start, end, value: negative ? -value : value, approx: Math.abs(value - exact) > 1e-9 ? 'about' : 'exact' });
      continue;
    }
    // not inside a longer numeral (二十成) nor a word (一成不变, 成为, 折合)
    if (/[0-9.零〇一二两三四五六七八九十百千万亿几数]/.test(prev)) continue;
    if (m[3] !== undefined) {
      if (m[4] === undefined && NOT_PERCENT_AFTER_CHENG.test(after(s, end, 2))) continue;
      // 一成 alone may be a word (一成不变): a figure with a bound around it, else the caller decides (lone)
      const lone = m[3] === '一' && m[4] === undefined && !approxBefore(s, start) && !/^(?:以上|以下|左右|多)/.test(after(s, end, 2));
      const base = m[3] === '半' ? 0.5 : /\d/.test(m[3]) ? Number(m[3]) : parseNumeral(m[3]);
      if (base === null || base > 10) continue;
      const ones = m[4] === undefined ? 0 : m[4] === '半' ? 5 : DIGITS[m[4]]!; // else m[4] is one CN1 digit
      out.push({ start, end, value: round(base * 10 + ones), approx: 'exact', ...(lone && { lone }) });
    } else if (m[5] !== undefined && m[6] !== undefined) {
      // 3至4成 = 30 to 40 (the two ends come together)
      const tenth = (x: string) => (/\d/.test(x) ? Number(x) : parseNumeral(x));
      const low = tenth(m[5]);
      const high = tenth(m[6]);
      const joined = end - start === m[5].length + m[6].length + 1; // 两三成: no separator, so neighbours only
      if (low === null || high === null || !(low < high) || high > 10 || (joined && high !== low + 1)) continue;
      out.push({ start, end, value: low * 10, valueMax: high * 10, approx: 'exact' });
    } else if (m[7] !== undefined) {
      // 一折 is 10% (打一折); 一折腾 / 折合 are words
      if (NOT_PERCENT_AFTER_ZHE.test(next)) continue;
      const v = /\d/.test(m[7]) ? Number(m[7]) : cnValue(m[7]);
      if (v === null || v <= 0 || v >= 100) continue;
      out.push({ start, end, value: round(v < 10 ? v * 10 : v), approx: 'exact' });
    } else {
      // 过半 is over half; 一半 / 半数 / 对折 are half, bounded by the words around
      if (m[8] === '过半' && /^[年月天]/.test(next)) continue;
      if (m[8] === '对折' && !/打$/.test(before(s, start, 1))) continue;
      out.push({ start, end, value: m[8] === '百分百' ? 100 : 50, approx: m[8] === '过半' ? 'over' : 'exact' });
    }
  }
  return joinWordRanges(s, out);
}

/** 百分之五十到百分之七十 → 50 to 70: two word forms with a range separator between them. */
function joinWordRanges(s: string, words: PercentWord[]): PercentWord[] {
  const out: PercentWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!; // i < words.length
    const b = words[i + 1];
    if (b && a.valueMax === undefined && b.valueMax === undefined && b.value > a.value && WORDS_RANGE.test(s.slice(a.end, b.start))) {
      out.push({ start: a.start, end: b.end, value: a.value, valueMax: b.value, approx: b.approx });
      i++;
    } else {
      out.push(a);
    }
  }
  return out;
}

/** A small Arabic fraction `1/3` (not a date such as 2023/1/3): percent, `about` when not exact. */
const ARABIC_FRACTION = pattern('(\\d{1,2})/(\\d{1,2})', 'g');
export function arabicFractions(s: string): PercentWord[] {
  const out: PercentWord[] = [];
  if (!s.includes('/')) return out;
  for (const m of matchAll(ARABIC_FRACTION, s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/[0-9./\-:]/.test(s[start - 1] ?? '') || /[0-9./\-:]/.test(s[end] ?? '')) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b < 2 || b > 10 || a < 1 || a >= b) continue;
    const exact = (a / b) * 100;
    const value = Math.round(exact * 100) / 100;
    out.push({ start, end, value, approx: Math.abs(value - exact) > 1e-9 ? 'about' : 'exact' });
  }
  return out;
}
