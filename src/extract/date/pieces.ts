import { parseNumeral } from '../../numbers/numerals.js';
import { ABS, NONE, REL, type Part } from './resolve.js';

// Shared regex pieces for date rules (sources, not RegExps, so rules can compose them) and the
// small parsers that read what they matched. All pieces are non-capturing: a rule wraps what it
// needs to read in its own groups. Input is the match view (Simplified, ASCII digits).

export const CN_DIGIT = '[〇零○一二三四五六七八九]';
/** A plausible four-digit year: 1500–2199. */
export const Y4 = String.raw`(?:1[5-9]|2[01])\d{2}`;
/** Absolute year with 年: `2024年`, `2024 年`, `二〇二四年`. Not glued to a longer number. */
export const YEAR_ABS = String.raw`(?<![\d.])${Y4} ?年|(?<!${CN_DIGIT})${CN_DIGIT}{4}年`;
/** Relative year: 今年 去年 前年 明年 本年 上年. Not the tail of 目前/当前/提前/此前/以上. */
export const YEAR_REL =
  '(?<![目当提之此以日如过聪光文清透黎阐])(?:今|去|前|明|本)年|(?<![以])上年|(?<![此之以然其往最今前日随过先落])后年';
export const YEAR = `(?:${YEAR_ABS}|${YEAR_REL})`;

/** A month number, Arabic (not glued to a longer number) or Chinese (not the tail of a numeral). */
export const MONTH_NUM = String.raw`(?<![\d.])(?:1[0-2]|0?[1-9])(?!\d)`;
export const MONTH_CN = '(?<![零〇一二两三四五六七八九十百千万几数多个半第])(?:十[一二]?|[一二三四五六七八九])';
export const MONTH = `(?:${MONTH_NUM}|${MONTH_CN})`;
/** A day of the month. */
export const DAY_NUM = String.raw`(?:3[01]|[12]\d|0?[1-9])(?!\d)`;
export const DAY_CN = '(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
export const DAY = `(?:${DAY_NUM}|${DAY_CN})`;
/** A range connector: 至 到 and the dash family (- — – ~ 〜 ―), with optional spaces around. */
export const SEP_DASHES = '-—–~〜―';
export const SEP = ` ?(?:至|到|[${SEP_DASHES}]{1,2}) ?`;
export const SEP_RE = new RegExp(`^${SEP}$`);

/** A number written in Arabic or Chinese digits (`11`, `十一`, `两`). */
export function numberOf(s: string): number | null {
  const v = parseNumeral(s.replace(/^0+(?=\d)/, ''));
  return v !== null && Number.isInteger(v) ? v : null;
}

const DIGIT_VALUE: Record<string, number> = { 〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const REL_YEARS: Record<string, number> = { 今: 0, 本: 0, 去: -1, 上: -1, 前: -2, 明: 1, 后: 2 };

/** The year part of a matched YEAR piece (`2024年`, `二〇二四年`, `去年`), or NONE when absent. */
export function yearPart(s: string | undefined): Part {
  if (!s) return NONE;
  const t = s.replace(/[ 年]/g, '');
  if (/^\d{4}$/.test(t)) return ABS(Number(t));
  if (t.length === 4 && [...t].every((c) => c in DIGIT_VALUE)) return ABS(Number([...t].map((c) => DIGIT_VALUE[c]).join('')));
  return t in REL_YEARS ? REL(REL_YEARS[t]) : NONE;
}
