import { DIGITS, parseNumeral } from '../../numbers/numerals.js';
import { ABS, ABS2, CTX, NONE, REL, type Part } from './resolve.js';

// Shared regex pieces for date rules (sources, not RegExps, so rules can compose them) and the
// small parsers that read what they matched. All pieces are non-capturing: a rule wraps what it
// needs to read in its own groups. Input is the match view (Simplified, ASCII digits).

export const CN_DIGIT = '[〇零○一二三四五六七八九]';
/** A plausible four-digit year: 1500–2199. */
export const Y4 = String.raw`(?:1[5-9]|2[01])\d{2}`;
/** A year read as a number (两千零四年, 两千年八月): only before a month, as 两千年 alone is two thousand years. */
const YEAR_WORDS =
  '(?<![零〇一二两三四五六七八九十百千万])[一两二]千(?:零[一二三四五六七八九]|零?[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]百(?:零[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)?)?';
/** Absolute year with 年: `2024年`, `2024 年`, `二〇二四年`. Not glued to a longer number. */
export const YEAR_ABS = String.raw`(?<![\d.])${Y4} ?年|(?<!${CN_DIGIT})${CN_DIGIT}{4}年`;
/**
 * Two-digit year (`21年`, `98年`): this century's or the last. Only as the year of a month,
 * quarter, half or year's edge (the rules that use YEAR require one after it), never a year
 * alone: `5年`, `20年来` are durations. Not after a word that makes it a count of years.
 */
const NOT_YEARS = '(?!来|间|内|前|后|多|左|以[上下内来]|之[内久间]|期|代)';
/**
 * A year in two Chinese digits that cannot be a count (`九八年`, `零五年`, `三三年`): not after a
 * numeral, and not two neighbouring digits or 三五, which are a rough count (七八年 is seven or
 * eight years, 三五年 three to five). 一X and 二X only before a month (YEAR_2).
 */
export const YEAR_CN2 = String.raw`(?<![${CN_DIGIT.slice(1, -1)}十百千万第])(?!三四|四五|五六|六七|七八|八九|三五)(?:[零〇]${CN_DIGIT}|[三四五六七八九][零〇一二三四五六七八九]) ?年${NOT_YEARS}`;
export const YEAR_2 =
  String.raw`(?:(?:(?<![\d.第近约每超逾满达这那前后连再头整足历长经用花多几数])\d{2}) ?年${NOT_YEARS}|${YEAR_CN2}` +
  // 一七年, 二一年: only before a month, quarter, half or edge, as 一二年 is also one or two years and 一二年级 the first grades
  String.raw`|(?<![${CN_DIGIT.slice(1, -1)}十百千万第])[一二][零〇一二三四五六七八九] ?年(?=的? ?(?:(?:十[一二]?|[一二三四五六七八九]|1[0-2]|0?[1-9]) ?月|(?:第 ?)?[一二三四1-4] ?季度|[上下]半年|年?[初底末])))`;
/** The Gregorian year of 民国元年: a bare 112年 is a Republic year (Taiwan). */
const ROC_YEAR_ONE = 1912;
/** Era names and the Gregorian year of their first year (元年): Republic of China, Japanese eras,
 *  the best-known Tang and Song eras, Ming and Qing reigns. `民国112年` = 2023, `令和5年` = 2023, `光绪二十年` = 1894. */
export const ERAS: Record<string, number> = {
  民国: ROC_YEAR_ONE,
  明治: 1868,
  大正: 1912,
  昭和: 1926,
  平成: 1989,
  令和: 2019,
  武德: 618,
  贞观: 627,
  永徽: 650,
  神龙: 705,
  开元: 713,
  天宝: 742,
  庆历: 1041,
  熙宁: 1068,
  元丰: 1078,
  洪武: 1368,
  永乐: 1403,
  宣德: 1426,
  成化: 1465,
  弘治: 1488,
  正德: 1506,
  嘉靖: 1522,
  万历: 1573,
  天启: 1621,
  崇祯: 1628,
  // names as the match view folds them: 乾隆 reads 干隆
  顺治: 1644,
  康熙: 1662,
  雍正: 1723,
  干隆: 1736,
  嘉庆: 1796,
  道光: 1821,
  咸丰: 1851,
  同治: 1862,
  光绪: 1875,
  宣统: 1909,
};
const ERA_NAMES = Object.keys(ERAS).join('|');
/** An era year: `民国112年`, `令和5年`, `光绪二十年`, `民国元年`. */
export const YEAR_ERA = String.raw`(?:${ERA_NAMES}) ?(?:元|\d{1,3}|[一二三四五六七八九十百零〇]{1,5}) ?年`;
/** Relative year: 今年 去年 前年 明年 本年 上年, 大前年 大后年 (three years off). Not the tail of 目前/当前/提前/此前/以上. */
export const YEAR_REL = '大[前后]年|(?<![目当提之此以日如过聪光文清透黎阐大])(?:今|去|前|明|本)年|(?<![以])上年|(?<![此之以然其往最今前日随过先落])后年';
/** A year counted from the date before it: 次年, 翌年, 下一年 (+1), 上一年, 前一年 (-1). */
export const YEAR_CTX = '(?<![之以])(?:次|翌|上一|前一|下一|后一)年';
/** A Republic of China year without 民國 (`113年` = 2024), as a Taiwan source writes it; the extractor hides it elsewhere. */
export const YEAR_ROC3 = String.raw`(?<![\d.]|民国 ?)1[0-2]\d ?年`;
/** Before a year alone that would make it a count of years (已有113年, 長達100年, 經營了60年). */
const COUNT_BEFORE = '(?<![\\d.第近约每超逾满达这那前后连再头整足历长经用花多几数有了过])';
/** After a year alone that makes it a count of years (60年来, 113年历史), or a comparison base (同期). */
const COUNT_AFTER = '(?!来|间|内|前|后|多|左|以[上下内来]|之[内久间]|期|代|的?历史|同期|同月)';
/** A Republic year alone in a Taiwan source: three digits (`113年`, hidden elsewhere like YEAR_ROC3), not a count of years. */
export const YEAR_ROC3_ALONE = `${COUNT_BEFORE}(?:${YEAR_ROC3})${COUNT_AFTER}`;
/** A Republic year alone in two digits (`99年`), for a Taiwan source only: from 38 (rocOfTwoDigits), written without a space (`40 年` is a count in a table). */
export const YEAR_ROC2_ALONE = String.raw`(?<![\d.])(?:3[89]|[4-9]\d)年${COUNT_AFTER}`;
/** A year before a month, quarter, half or edge (`2024年`, `两千零四年`, `21年`, `民国112年`, `113年`, `今年`, `次年`). */
export const YEAR = `(?:${YEAR_ABS}|${YEAR_ROC3}|${YEAR_WORDS}年|${YEAR_ERA}|${YEAR_2}|${YEAR_CTX}|${YEAR_REL})`;
/** Between a year and the month it dates: 度 (2019年度), 的 (去年的5月29日), a space. */
export const YEAR_JOIN = '(?:度|的|度的)? ?';
/** A year that stands alone (`2024年`, `九八年`, `民国112年`, `今年`, `次年`): no two-digit years in Arabic digits (`20年` is also a count). */
export const YEAR_ALONE = `(?:${YEAR_ABS}|${YEAR_CN2}|${YEAR_ERA}|${YEAR_CTX}|${YEAR_REL})`;

/** A month number, Arabic (not glued to a longer number) or Chinese (not the tail of a numeral). */
export const MONTH_NUM = String.raw`(?<![\d.])(?:1[0-2]|0?[1-9])(?!\d)`;
export const MONTH_CN = '(?<![零〇一二两三四五六七八九十百千万几数多个半第])(?:十[一二]?|[一二三四五六七八九])';
export const MONTH = `(?:${MONTH_NUM}|${MONTH_CN})`;
/** A day of the month. */
export const DAY_NUM = String.raw`(?:3[01]|[12]\d|0?[1-9])(?!\d)`;
export const DAY_CN = '(?:三十一?|卅一?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
export const DAY = `(?:${DAY_NUM}|${DAY_CN})`;
/** A range connector: 至 到 and the dash family (- — – ~ 〜 ―), with optional spaces around. */
export const SEP_DASHES = '-—–~〜―';
export const SEP = ` ?(?:至|到|[${SEP_DASHES}]{1,2}) ?`;
export const SEP_RE = new RegExp(`^${SEP}$`);

/** A number written in Arabic or Chinese digits (`11`, `十一`, `两`); null for none (a group that did not take part), like yearPart. */
export function numberOf(s: string | undefined): number | null {
  if (s === undefined) return null;
  const v = parseNumeral(s.replace(/^0+(?=\d)/, ''));
  return v !== null && Number.isInteger(v) ? v : null;
}

/** The digits a year is written with digit by digit (二〇二四, 九八年): the numeral table's, without 两 and the formal ones. */
const DIGIT_VALUE: Record<string, number> = Object.fromEntries(Object.entries(DIGITS).filter(([c]) => '〇零○一二三四五六七八九'.includes(c)));
const CTX_YEARS: Record<string, number> = { 次: 1, 翌: 1, 下一: 1, 后一: 1, 上一: -1, 前一: -1 };
const REL_YEARS: Record<string, number> = { 今: 0, 本: 0, 去: -1, 上: -1, 前: -2, 明: 1, 后: 2, 大前: -3, 大后: 3 };

/** The value of a year written digit by digit (二〇二四 → 2024, 九八 → 98), or null when one character is no such digit. */
function byDigits(t: string): number | null {
  const digits = [...t].map((c) => DIGIT_VALUE[c]);
  return digits.every((d) => d !== undefined) ? Number(digits.join('')) : null;
}

/** A two-digit year without a reference date: 00–49 this century, 50–99 the last (a fixed pivot, so output never depends on today; absYear reads it against a reference). */
export const twoDigitYear = (yy: number): number => (yy < 50 ? 2000 + yy : 1900 + yy);

/**
 * The Republic's year two Arabic digits name in a Taiwan source (99年 = 民國99年 = 2010): from 38
 * (1949, when its government moved to Taiwan, whose press has dated by it since), never with a
 * leading zero (08年 is 2008), else undefined.
 */
export const rocOfTwoDigits = (t: string): number | undefined => (/^[3-9]\d$/.test(t) && Number(t) >= 38 ? ROC_YEAR_ONE + Number(t) - 1 : undefined);

/** The year part of a matched YEAR piece (`2024年`, `二〇二四年`, `去年`), or NONE when absent. */
export function yearPart(s: string | undefined): Part {
  if (!s) return NONE;
  const t = s.replace(/[ 年]/g, '');
  if (/^\d{4}$/.test(t)) return ABS(Number(t));
  if (/^\d{2}$/.test(t)) return ABS2(twoDigitYear(Number(t)), rocOfTwoDigits(t));
  if (/^1[0-2]\d$/.test(t)) return ABS(ROC_YEAR_ONE + Number(t) - 1);
  const digits = t.length === 2 || t.length === 4 ? byDigits(t) : null;
  if (t.length === 2 && digits !== null) return ABS2(twoDigitYear(digits));
  if (t.includes('千')) {
    const n = numberOf(t);
    return n !== null && n >= 1000 && n <= 2999 ? ABS(n) : NONE;
  }
  const [, eraName = '', eraYear = ''] = /^(\D{2})(.+)$/.exec(t) ?? [];
  const eraStart = ERAS[eraName];
  if (eraStart !== undefined) {
    const n = eraYear === '元' ? 1 : numberOf(eraYear);
    return n !== null && n >= 1 ? ABS(eraStart + n - 1) : NONE;
  }
  if (t.length === 4 && digits !== null) return ABS(digits);
  const ctx = CTX_YEARS[t];
  if (ctx !== undefined) return CTX(ctx);
  const rel = REL_YEARS[t];
  return rel !== undefined ? REL(rel) : NONE;
}
