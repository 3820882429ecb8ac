import type { Approx } from '../../schema/fact.js';
import type { Candidate, ExtractContext, Extractor, Sentence } from '../types.js';
import { keepDisjoint } from '../disjoint.js';
import { matchAll, pattern } from '../../numbers/patterns.js';
import { lunarLabel, solarTermDay, SOLAR_TERMS, type LunarPoint } from './lunar.js';
import { carryYears, lastYearOf } from './context.js';
import {
  CN_DIGIT,
  DAY,
  DAY_CN,
  DAY_NUM,
  MONTH,
  MONTH_CN,
  MONTH_NUM,
  SEP,
  SEP_DASHES,
  Y4,
  YEAR,
  YEAR_2,
  YEAR_ALONE,
  YEAR_JOIN,
  YEAR_REL,
  YEAR_ROC2_ALONE,
  YEAR_ROC3,
  YEAR_ROC3_ALONE,
  numberOf,
  yearPart,
} from './pieces.js';
import {
  ABS,
  END,
  NONE,
  REL,
  type Reading,
  daysIn,
  dateRangeOf,
  isValidLabel,
  isoWeekLabel,
  labelOf,
  nextAfter,
  nthWeekday,
  stretchLabel,
  type Stretch,
  quarterLabel,
  rangeLabel,
  resolvePoint,
  resolveRange,
  weekLabel,
  type Part,
  type Point,
} from './resolve.js';

// Date rules: each a named regex over the match view plus a builder that reads its groups into
// one point or a range of two (or a week, a quarter counted from the reference, a lunar date, a
// weekday holiday, a solar term). The extractor keeps the longest of overlapping date spans, then
// joins two dates around a range connector (`12月4日至6日`, `2021年—2025年`), then resolves
// labels, from and to against ctx.refDate, reading the sentence for whether it looks ahead; a
// date without a year then takes the year stated before it in the sentence (context.ts, which
// the pipeline runs again over each passage).
//
// Not dates, by design: durations (`5天内`, `3个月`, `将近5年`, `3年来`), vague offsets (`近年来`,
// `日前`, `10多年前`), clock times alone, ordinals (`第五届`), comparison bases (`去年同期`,
// `上年同期`), and `同年`/`同月`/`当年`, which the linker reads as the period in force. A lunar
// date is converted to its Gregorian day through the lunar calendar, or gives no date at all.

interface Found {
  a: Point;
  b?: Point;
  approx?: Approx;
  /** a week relative to the reference's (Monday to Sunday): 0 this week, -1 last week */
  week?: number;
  /** the days of that week (Monday = 0) when not all of it: [2, 2] 周三, [5, 6] 周末 */
  weekDays?: [number, number];
  /** the end of a range that is not two plain points (下周二到下周四, 春节到元宵节, 上季度至本季度):
   *  the range runs from the first day of this span's label to the last day of that one's */
  to?: Found;
  /** the n-th weekday of the month `a` (Monday = 0), `plus` days after it: 母亲节, 6月第3个星期日 */
  nth?: { n: number; weekday: number; plus: number };
  /** an ISO week (Monday to Sunday, week 1 holding the first Thursday) of the year of `a`: 2026年第5周 */
  isoWeek?: number;
  /** the day or month after the date before it (次日, 次月); `a` is the one after the reference */
  after?: 'day' | 'month';
  /** a solar term (清明, 冬至) in the year of the month `a` */
  term?: string;
  /** a date only the reference date gives (3年前): none without one, where every part would be X */
  needsRef?: boolean;
  /** a quarter relative to the reference's (0 this quarter, -1 the last), or its first or last month */
  quarter?: { offset: number; edge: 'first' | 'last' | null };
  /** a lunar date (then `a` holds only the year it wrote, for the dates after it) */
  lunar?: LunarPoint;
  /** a day that only continues a list of days after a date with its month (8号 in 3月5日、8号和12号) */
  listed?: boolean;
  /** the N calendar years or months counted back or on from the reference (过去五年, 近三个月, 未来五年): stretchLabel */
  stretch?: Stretch;
  /** span inside the match when it is not the whole match */
  start?: number;
  end?: number;
}

interface Rule {
  name: string;
  re: RegExp;
  /** reads a match; `text` is the sentence, for a bounded look at what follows the match */
  build(m: RegExpExecArray, text: string): Found | null;
  /** trigger groups (bits of TRIGGER) that must all be present in a sentence for the rule to match */
  need: number;
  /** a further test a sentence must pass for the rule to match (a word the rule cannot match without) */
  test?: RegExp;
}

interface Span extends Found {
  start: number;
  end: number;
  approx: Approx;
  rule: string;
}

// Triggers: groups of characters, one of which every match of a rule holds. A sentence's
// triggers are read in one pass (triggersOf); a rule runs only on a sentence that holds all of
// its groups (and passes its `test`), so most sentences run only a few rules, or none.
// A group lists every character its rule's regex could match there: it must be a necessary
// condition, never a guess.
const T = {
  NIAN: 1 << 0, // 年
  YUE: 1 << 1, // 月
  RI: 1 << 2, // 日
  RIHAO: 1 << 3, // 日 号
  JI: 1 << 4, // 季 (季度)
  XUN: 1 << 5, // 旬
  Q: 1 << 6,
  H: 1 << 7,
  DOT: 1 << 8, // ·
  PAREN: 1 << 9, // ( （
  RELDAY: 1 << 10, // 今 昨 明 前 后 (今天 昨日 明晚 前天 后天 …)
  FIRST: 1 << 11, // 前 首 头 (前11个月, 首四个月, 头两个月)
  SHOU: 1 << 12, // 首
  WEEK: 1 << 13, // 周 星 礼 (周, 星期, 礼拜)
  BAN: 1 << 14, // 半 (半年)
  DAI: 1 << 15, // 代 (年代)
  SEP: 1 << 16, // 至 到 and SEP_DASHES
  EDGE: 1 << 17, // 初 底 末
  DIGIT: 1 << 18, // 0-9
  ISO_SEP: 1 << 19, // - / .
  HOLIDAY: 1 << 20, // 双 旦 一 节 庆 诞 6 · 权 夜: one is in every HOLIDAY word
  WEEKDAY_HOLIDAY: 1 << 21, // 黑 节 (黑色星期五, 感恩节 …)
  LUNAR: 1 << 22, // 农 阴 夏 正 腊 冬 初 (农历八月十五, 正月初八, 腊月, 八月初三)
  LUNAR_HOLIDAY: 1 << 23, // 春 除 宵 端 秋 阳 夕 腊 龙 元 新 大 三: one is in every lunar holiday word
  CENTURY: 1 << 24, // 世 (世纪)
  AGO: 1 << 25, // 前 后 (3年前, 5天后)
  DAYS: 1 << 26, // 天 日 年 周 星 月 (the unit of 3天后, 今明两年)
  SEASON: 1 << 27, // 春 夏 秋 冬
  PLAN: 1 << 28, // 五 (十四五)
} as const;

const TRIGGER_CHARS: [string, number][] = [
  ['年', T.NIAN],
  ['月', T.YUE],
  ['日', T.RI | T.RIHAO],
  ['号', T.RIHAO],
  ['季', T.JI],
  ['旬', T.XUN],
  ['Q', T.Q],
  ['H', T.H],
  ['·', T.DOT],
  ['(（', T.PAREN],
  ['今昨明', T.RELDAY],
  ['前', T.RELDAY | T.FIRST],
  ['首', T.FIRST | T.SHOU],
  ['头', T.FIRST],
  ['周星礼', T.WEEK],
  ['半', T.BAN],
  ['代', T.DAI],
  [`至到${SEP_DASHES}`, T.SEP],
  ['-/.', T.ISO_SEP],
  ['初底末', T.EDGE],
  ['0123456789', T.DIGIT],
  ['双旦一节庆诞6·权夜', T.HOLIDAY],
  ['黑节', T.WEEKDAY_HOLIDAY],
  ['农阴夏正腊冬初', T.LUNAR],
  ['春除宵端秋阳夕腊龙元新大三', T.LUNAR_HOLIDAY],
  ['世', T.CENTURY],
  ['前后', T.AGO],
  ['后', T.RELDAY],
  ['天日年周星月', T.DAYS],
  ['春夏秋冬', T.SEASON],
  ['五', T.PLAN],
];
/** Trigger groups by UTF-16 code unit (every trigger is in the BMP). */
const TRIGGER = new Int32Array(0x10000);
// a UTF-16 code unit is below 0x10000, the table's length: every index below is in it
for (const [chars, bits] of TRIGGER_CHARS) for (const c of chars) TRIGGER[c.charCodeAt(0)]! |= bits;

/** The trigger groups present in a text. */
function triggersOf(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) bits |= TRIGGER[text.charCodeAt(i)]!;
  return bits;
}

const rule = (name: string, need: number | [number, RegExp], source: string, build: Rule['build']): Rule => {
  const [bits, test] = typeof need === 'number' ? [need, undefined] : need;
  return { name, re: pattern(source, 'gd'), build, need: bits, test };
};

const inRange = (v: number | null, lo: number, hi: number): v is number => v !== null && v >= lo && v <= hi;

// The readers of a rule's groups (numberOf, yearPart, monthPart, dayPoint, …) take the group as
// the match gives it, string or undefined, and read undefined as nothing there (null).

/** A day point when month and day are valid (Feb 29 only in a leap or unknown year). */
function dayPoint(year: Part, month: Part, dayText: string | undefined): Point | null {
  const d = numberOf(dayText);
  if (!inRange(d, 1, 31)) return null;
  if (month.kind === 'abs' && d > daysIn(year.kind === 'abs' ? year.value : null, month.value)) return null;
  return { unit: 'day', year, month, day: ABS(d) };
}

function monthPart(s: string | undefined): Part | null {
  const m = numberOf(s);
  return inRange(m, 1, 12) ? ABS(m) : null;
}

const monthPoint = (year: Part, month: Part): Point => ({ unit: 'month', year, month });
const lastDay = (year: Part, month: Part): number => (month.kind === 'abs' ? daysIn(year.kind === 'abs' ? year.value : null, month.value) : 31);

/** Days of a month as a range: 上旬 1–10, 中旬 11–20, 下旬 21–end; two in a row (中下旬) from the
 *  first's first day to the second's last. */
function tenDays(year: Part, month: Part, which: string | undefined): Found | null {
  if (which === undefined) return null;
  const first = '上中下'.indexOf(which.charAt(0));
  const last = which.length > 1 ? '上中下'.indexOf(which.charAt(1)) : first;
  if (last !== first + (which.length > 1 ? 1 : 0)) return null;
  return { a: { unit: 'day', year, month, day: ABS(first * 10 + 1) }, b: { unit: 'day', year, month, day: last === 2 ? END : ABS((last + 1) * 10) } };
}

const WORDS_ENDING_IN_NIAN = '十百千万几数多半青少成童中老新拜往近历连逐每当同周长隔常学财会元旧晚早丰荒流经终跨整全去今明前后上本次翌个';

/** 今年初, 去年底, 年末: the year's first or last month, about. */
const yearEdge = (yearText: string | undefined, edge: string | undefined): Found => ({
  a: monthPoint(yearPart(yearText), ABS(edge === '初' ? 1 : 12)),
  approx: 'about',
});

const QUARTER = '[一二三四1-4]';
const HOLIDAY_DAYS: [RegExp, number, number][] = [
  [/^双(?:11|十一)$/, 11, 11],
  [/^双(?:12|十二)$/, 12, 12],
  [/^元旦/, 1, 1], // 元旦 and 元旦节
  [/^(?:五一|劳动节)/, 5, 1],
  [/^国庆/, 10, 1],
  [/^圣诞/, 12, 25],
  [/^情人节$/, 2, 14],
  [/^(?:三八)?妇女节$/, 3, 8],
  [/^(?:六一)?儿童节$/, 6, 1],
  [/^618$/, 6, 18],
  [/^十一$/, 10, 1],
  [/^(?:3·15|消费者权益日)/, 3, 15],
  [/^植树节$/, 3, 12],
  [/^愚人节$/, 4, 1],
  [/^青年节$/, 5, 4],
  [/^建军节$/, 8, 1],
  [/^教师节$/, 9, 10],
  [/^万圣节$/, 10, 31],
  [/^平安夜$/, 12, 24],
  [/^光棍节$/, 11, 11],
  [/^女生节$/, 3, 7],
];
// Holiday names. 五一 is not the tail of a numeral; 国庆 and 618 need a holiday context, since
// 国庆 is also a given name and 618 a plain number.
const HOLIDAY = [
  '双(?:11|十一|12|十二)(?!\\d)',
  '元旦节?',
  '(?<![零〇一二两三四五六七八九十百千万])五一(?:国际)?(?:劳动节)?(?![路街村号])',
  '劳动节',
  '国庆节?(?=节|假|长假|小长假|黄金周|期间|当天|前后|前夕|档|[”"’\'」])',
  '国庆节',
  '圣诞节?',
  '情人节',
  '(?:三八)?妇女节',
  '(?:六一)?儿童节',
  '(?<![\\d.])618(?=[”"’\'」]?(?:大促|购物节|年中|期间|当天|前夕|活动|促销|电商节|狂欢|预售|开门红))',
  '(?<=[“"‘\'「])618(?=[”"’\'」])',
  // 十一 is National Day only before a holiday word
  '(?<![零〇一二两三四五六七八九十百千万第])十一(?=[”"’\'」]?(?:黄金周|假期|长假|小长假|期间|档))',
  '3·15|消费者权益日',
  '植树节|愚人节|青年节|建军节|教师节|万圣节|平安夜|光棍节|女生节',
].join('|');
/** A word every HOLIDAY match holds (its trigger test). */
const HOLIDAY_WORD = /双1|双十|元旦|五一|劳动节|国庆|圣诞|情人节|妇女节|儿童节|618|十一|3·15|消费者权益日|植树节|愚人节|青年节|建军节|教师节|万圣节|平安夜|光棍节|女生节/;

/** Acts a bare two-digit year dates at a clause's start: founding, schooling, launch (98年成立, 03年毕业, 12年上市). */
const DATED_ACT = '(?:成立|创立|创办|创建|建成|竣工|投产|开业|开通|上市|挂牌|出生|毕业|入学|入职|参军|退休|回国|下海)';
/** Events a bare two-digit year dates: games and fairs, crises and disasters (08年奥运会, 98年洪水). */
const DATED_EVENT = '(?:奥运会|冬奥会|亚运会|世博会|世界杯|全运会|大运会|金融危机|经济危机|危机|洪水|洪灾|地震|雪灾|非典|疫情)';

// Lunar dates: months 正 (1), 冬 (11), 腊 (12) or numbered; days 初一…初十, 十一…, 廿X, 三十.
const LUNAR_MONTH = '正|腊|冬|十[一二]?|[一二三四五六七八九]';
const LUNAR_DAY = '初(?:[一二三四五六七八九十]|10|[1-9](?!\\d))|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十';
const LUNAR_MONTHS: Record<string, number> = { 正: 1, 冬: 11, 腊: 12 };
const lunarMonthOf = (s: string | undefined): number | null => (s === undefined ? null : (LUNAR_MONTHS[s] ?? numberOf(s)));
function lunarDayOf(s: string | undefined): number | null {
  if (!s) return null;
  if (s.startsWith('初')) return numberOf(s.slice(1));
  if (s.startsWith('廿')) return 20 + numberOf(s.slice(1))!;
  return numberOf(s);
}
function lunarFound(yearText: string | undefined, leap: string | undefined, month: number | null, day: number | null, whole: boolean): Found | null {
  if (!inRange(month, 1, 12) || (!whole && !inRange(day, 1, 30))) return null;
  const year = yearPart(yearText);
  return { a: { unit: 'year', year }, lunar: { year, month, leap: !!leap, day: whole ? null : day } };
}
// Lunar holidays: [name, lunar month, day] (month 0: 除夕, the eve of the lunar new year).
// 元宵, 重阳, 腊八 alone are also foods or words: a holiday word must follow them.
const LUNAR_HOLIDAYS: [RegExp, number, number][] = [
  [/^(?:春节|农历新年|大年初一)$/, 1, 1],
  ...[...'二三四五六七八九十'].map((c, i): [RegExp, number, number] => [new RegExp(`^大年初${c}$`), 1, i + 2]),
  [/^(?:除夕|大年三十|年三十)$/, 0, 0],
  [/^元宵/, 1, 15],
  [/^龙抬头$/, 2, 2],
  [/^端[午阳]/, 5, 5],
  [/^七夕/, 7, 7],
  [/^中元/, 7, 15],
  [/^中秋/, 8, 15],
  [/^重阳/, 9, 9],
  [/^腊八/, 12, 8],
];
const HOLIDAY_CONTEXT = '(?=节|佳节|假|期间|当天|当日|前后|前夕|小长假|长假|黄金周|档|国庆|晚会|之夜|[前后”"’\'」])';
const LUNAR_HOLIDAY = [
  '春节|农历新年|大年初[一二三四五六七八九十]|除夕|大年三十|(?<!大)年三十(?=晚|夜)|龙抬头|七夕节?|中元节',
  `元宵节|端午节|端阳节|中秋节|重阳节|腊八节|(?:元宵|重阳|腊八)${HOLIDAY_CONTEXT}|(?<=农历)(?:元宵|端午|中秋|重阳|腊八)`,
  // 中秋, 端午 name only the holiday; not its food (中秋月饼, 端午粽子) or its culture
  '中秋(?!月饼|月|诗|文化|习俗)|端午(?!粽|诗|文化|习俗)',
].join('|');
const LUNAR_HOLIDAY_WORD = /春节|农历新年|大年|除夕|年三十|龙抬头|七夕|中元|元宵|端午|端阳|中秋|重阳|腊八/;

const REL_DAYS: Record<string, number> = { 前天: -2, 大前天: -3, 后天: 2, 大后天: 3 };
/** A century's number: `17`, `十九`, `二十一`. */
const CENTURY_NUM = '\\d{1,2}|[一二三四五六七八九十]{1,3}';
/** A week counted from the reference's: 上上周 -2 … 下下周 +2. */
const WEEK_OFFSET = '上上|下下|上一|下一|本|这|上|下';
const WEEK_OFFSETS: Record<string, number> = { 上上: -2, 上一: -1, 上: -1, 本: 0, 这: 0, 下: 1, 下一: 1, 下下: 2 };
const WEEKDAYS = '一二三四五六日天';

/** Weekday holidays: [month, n-th, weekday (Monday = 0), days after]. */
const WEEKDAY_HOLIDAYS: Record<string, [number, number, number, number]> = {
  母亲节: [5, 2, 6, 0],
  父亲节: [6, 3, 6, 0],
  感恩节: [11, 4, 3, 0],
  黑色星期五: [11, 4, 3, 1],
};
const SOLAR_TERM_WORD = new RegExp(SOLAR_TERMS.join('|'));
const SOLAR_TERM_CONTEXT = /^(?:节气|当天|当日|前后|时节|期间|假期|假|小长假|之日|[”"’'」])/;

/** What follows 号 when it numbers a thing, not a day: 12号楼, 3号馆, 2号航站楼, 5号停车场 (在 before it). */
const HAO_THING = '[楼线院馆车门台位房厅路街场码口机窗球室柜床座桥站牌区栋层库仓道航公展停地组舱包厢箱店铺摊]';

/** What follows a day written with 号 alone in spoken news: a time of day, a clause break, or the
 *  adverb, preposition or reporting verb of the event it dates. */
const DAY_HAO_NEXT = [
  '晚上?|夜间?|凌晨|上午|下午|中午|早上|早晨|傍晚|当天|当晚|[，,]',
  '在|于|已|也|又|还|再|将|就|正式|起|开始|同|与|向|对|分别',
  '表示|宣布|发布|公布|证实|透露|指出|强调|指责|批评|呼吁|警告|否认|确认|重申|表态|通报|召见|发表|举行|召开|会见|会晤|会谈|抵达|到达|访|发生|签署|通过|援引|报道|出席|结束|宣称|称|说|决定|起诉|举办|启动|致电|回应|谴责|批准|进行|开幕|闭幕|播出|出台|印发',
  // incidents: 冒出浓烟, 出现故障, 遭遇袭击, 坠毁
  '冒出|冒烟|出现|遭遇|遭到|遭受|遭|爆发|爆炸|起火|坠毁|失事|发射|去世|逝世|遇难|当选|就职|辞职',
].join('|');

/** What follows a bare weekday that dates an event: what follows a day with 号 (DAY_HAO_NEXT), or
 *  a trading session (周五早盘, 周一收盘). */
const WEEKDAY_NEXT = pattern(`^(?:${DAY_HAO_NEXT}|早盘|午盘|尾盘|盘中|开盘|收盘|晚间|早间)`);
/** Before a weekday that continues a list or a range (周一至周五, 周一、周三): not a date of its own. */
const WEEKDAY_LISTED = /[至到、和及与或~\-—]$/;
/** Before a bare weekday that ends a range from a day of a named week (本周一至周五): that week's. */
const WEEKDAY_RANGE_BEFORE = pattern(`(?:${WEEK_OFFSET})个?(?:周|星期|礼拜)[一二三四五六日天](?:至|到|[${SEP_DASHES}])$`);
const datesAnEvent = (text: string, start: number, end: number): boolean =>
  (WEEKDAY_NEXT.test(text.slice(end, end + 6)) && !WEEKDAY_LISTED.test(text.slice(Math.max(0, start - 1), start))) || WEEKDAY_RANGE_BEFORE.test(text.slice(Math.max(0, start - 8), start));

/** A bare 年中 where a clause names when; the 年 is the one before 中 in the rule. */
const MID_YEAR_BARE = '(?:^|(?<=[，,。；;：:（(“"\\s]|至|到|截至|截止|于|在|从|自|等到))年';
/** After 年中 with no doubled 年: a clause break or a word of time (年中前, 年中以来, 年中的). */
const MID_YEAR_NEXT = '[，,。；;、）)]|$|前|以前|之前|后|以后|之后|时|左右|开始|起|至|到|以来|的|期间';

/** Seasons as the weather service counts them: first and last month (冬 runs into the next year). */
const SEASON_MONTHS: Record<string, [number, number]> = { 春: [3, 5], 夏: [6, 8], 秋: [9, 11], 冬: [12, 2] };
const SEASON_ORDER = '春夏秋冬春';
/** One season or two in a row (秋冬, 冬春) from the first's first month to the second's last, about. */
function seasons(yearA: Part, first: string | undefined, second: string | undefined, yearB: Part = NONE): Found | null {
  if (first === undefined) return null;
  if (second && !SEASON_ORDER.includes(first + second)) return null;
  const from = SEASON_MONTHS[first];
  const to = SEASON_MONTHS[second ?? first];
  if (from === undefined || to === undefined) return null;
  return {
    a: monthPoint(yearA, ABS(from[0])),
    b: monthPoint(yearB, ABS(to[1])),
    approx: 'about',
  };
}
/** A sentence where a day may continue a list of days. */
const LISTED_DAY_TEST = /[日号] ?(?:、|和|及|与|以及|或)/;
const SHORT_YEAR: Record<string, Part> = { 今: REL(0), 去: REL(-1), 明: REL(1) };

/** The last character of a verb a duration follows (住院近2个月, 历时近三年, 持续近一周, 用了近5天, 为期近一个月): 近 N then says how long, not when. */
const DURATION_VERB_END = '达时续院了作活职住期过';
/** After a count of years or months, the rest of a rough range of counts (1年至2年, 3个月到6个月): no stretch of the calendar. */
const COUNT_RANGE = String.raw`[至到~-] ?(?:\d{1,2}|[一两二三四五六七八九十]{1,3}) ?(?:年|个月|天|周|个?星期)`;
/** The unit a stretch counts (未来三天, 未来一周, 未来两个星期). */
const STRETCH_UNITS: Record<string, Stretch['unit']> = { 年: 'year', 月: 'month', 天: 'day', 周: 'week', 星期: 'week' };

/** A month number in a list of months (1、3、5月份), Arabic or Chinese. */
const LISTED_MONTH_NUM = String.raw`(?:1[0-2]|0?[1-9])(?!\d)`;
const LISTED_MONTH_CN = '(?:十[一二]?|[一二三四五六七八九])';

/** Months counted from the reference's: 上上个月 -2, 上个月 / 上一个月 -1, 本月 0, 下个月 +1, 下下个月 +2. */
const REL_MONTH_WORDS: Record<string, number> = { 上上: -2, 上一: -1, 上: -1, 本: 0, 这个: 0, 下: 1, 下一: 1, 下下: 2 };

const RULES: Rule[] = [
  // 农历八月十五, 2023年农历腊月二十三, 阴历闰四月初一, 农历正月 (a whole month)
  rule('date.lunar', T.LUNAR | T.YUE, `(?:(${YEAR})度? ?)?(?:农历|阴历|夏历) ?(?:(${YEAR}) ?)?(闰)?(${LUNAR_MONTH}|1[0-2]|[1-9])月(?:(${LUNAR_DAY})|(30|[12]\\d|[1-9])(?!\\d))?日?`, (m) =>
    lunarFound(m[1] ?? m[2], m[3], lunarMonthOf(m[4]), lunarDayOf(m[5]) ?? (m[6] ? Number(m[6]) : null), !m[5] && !m[6]),
  ),
  // 正月初八, 腊月二十三, 腊月, 冬月 (months that only the lunar calendar names)
  rule('date.lunar-month', T.LUNAR | T.YUE, `(?:(${YEAR})度? ?)?(闰)?(?<![真公纠反修端拨])(正|腊|冬)月(${LUNAR_DAY})?`, (m) => lunarFound(m[1], m[2], lunarMonthOf(m[3]), lunarDayOf(m[4]), !m[4])),
  // 闰四月, 闰4月初一: a leap month exists only in the lunar calendar
  rule('date.lunar-leap', [T.YUE, /闰/], `(?:(${YEAR})度? ?)?闰(${LUNAR_MONTH}|1[0-2]|[1-9])月(${LUNAR_DAY})?`, (m) => lunarFound(m[1], '闰', lunarMonthOf(m[2]), lunarDayOf(m[3]), !m[3])),
  // 八月初三, 八月十五: a Chinese-numeral month with a day 初X, or a day without 日/号, is lunar
  rule('date.lunar-chu', T.YUE, `(?:(${YEAR})度? ?)?(${MONTH_CN})月(${LUNAR_DAY})(?![日号\\d一二三四五六七八九十])`, (m) => lunarFound(m[1], undefined, numberOf(m[2]), lunarDayOf(m[3]), false)),
  // 春节, 除夕, 中秋节, 2024年端午节, 今年元宵节期间
  rule('date.lunar-holiday', [T.LUNAR_HOLIDAY, LUNAR_HOLIDAY_WORD], `(?:(${YEAR})度? ?)?(?:农历)?(${LUNAR_HOLIDAY})`, (m) => {
    const hit = LUNAR_HOLIDAYS.find(([re]) => re.test(m[2] ?? ''));
    if (!hit) return null;
    const year = yearPart(m[1]);
    const lunar: LunarPoint = hit[1] === 0 ? { year, month: 12, leap: false, day: null, eve: true } : { year, month: hit[1], leap: false, day: hit[2] };
    return { a: { unit: 'year', year }, lunar };
  }),
  // 2024-04-11, 2024/4/11, 2024.4.11 (the same separator twice)
  rule('date.iso', T.DIGIT | T.ISO_SEP, String.raw`(?<![\d.\-/])(${Y4})([-/.])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?![\d]|[.\-/]\d)`, (m) => {
    const a = dayPoint(ABS(Number(m[1])), ABS(Number(m[3])), m[4]);
    return a && { a };
  }),
  // 2023/24年度, 2023-24财年, 1999/2000榨季, 2019-20赛季: a fiscal, crop or season year over two
  // calendar years, as the span of both (the second year is the next, written in two digits or four)
  rule('date.split-year', T.DIGIT | T.ISO_SEP, `(?<![\\d.\\-/])(${Y4})[-/](\\d{2}|${Y4}) ?(财政年度|会计年度|财年|年度|赛季|榨季|学年|产季|年)`, (m) => {
    const [, firstText, secondText = ''] = m; // both years always take part
    const first = Number(firstText);
    const second = secondText.length === 2 ? first - (first % 100) + Number(secondText) + (Number(secondText) < first % 100 ? 100 : 0) : Number(secondText);
    return second === first + 1 ? { a: { unit: 'year', year: ABS(first) }, b: { unit: 'year', year: ABS(second) } } : null;
  }),
  // 2022财年, 2021财政年度, FY2023: a fiscal year of one year number is that year
  rule('date.fiscal-year', T.DIGIT, `(?<![\\d.\\-/])(${Y4}) ?(?:财政年度|会计年度|财年)|(?<![A-Za-z])FY ?(${Y4})(?![\\dA-Za-z])`, (m) => ({
    a: { unit: 'year', year: ABS(Number(m[1] ?? m[2])) },
  })),
  // 2018/1/10-2018/7/10, 10/1/2018-10/7/2018: two numeric dates joined by a dash (one match, as the
  // single-date rules refuse a date glued to a dash)
  rule(
    'date.iso-range',
    T.DIGIT | T.ISO_SEP,
    String.raw`(?<![\d.\-/])(${Y4})([-/.])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])${SEP}(${Y4})\2(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?![\d]|[.\-/]\d)`,
    (m) => {
      const a = dayPoint(ABS(Number(m[1])), ABS(Number(m[3])), m[4]);
      const b = dayPoint(ABS(Number(m[5])), ABS(Number(m[6])), m[7]);
      return a && b ? { a, b } : null;
    },
  ),
  rule('date.mdy-range', T.DIGIT | T.ISO_SEP, String.raw`(?<![\d.\-/])(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])/(${Y4})${SEP}(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])/(${Y4})(?![\d]|[.\-/]\d)`, (m) => {
    const a = dayPoint(ABS(Number(m[3])), ABS(Number(m[1])), m[2]);
    const b = dayPoint(ABS(Number(m[6])), ABS(Number(m[4])), m[5]);
    return a && b ? { a, b } : null;
  }),
  // 1999.08-2002.02, 2008.03-2009: year.month ranges as résumés and tables write them (a year.month
  // alone could be a decimal, so only in a range)
  rule('date.ym-range', T.DIGIT | T.ISO_SEP, String.raw`(?<![\d.\-/])(${Y4})[./](0[1-9]|1[0-2])${SEP}(${Y4})(?:[./](0[1-9]|1[0-2]))?(?![\d]|[.\-/]\d)`, (m) => ({
    a: monthPoint(ABS(Number(m[1])), ABS(Number(m[2]))),
    b: m[4] ? monthPoint(ABS(Number(m[3])), ABS(Number(m[4]))) : { unit: 'year', year: ABS(Number(m[3])) },
  })),
  // 2010 01 29: a year, month and day apart by spaces, month and day in two digits
  rule('date.iso-space', T.DIGIT, String.raw`(?<![\d.\-/ ])(${Y4}) (1[0-2]|0[1-9]) (3[01]|[12]\d|0[1-9])(?![\d]| \d)`, (m) => {
    const a = dayPoint(ABS(Number(m[1])), ABS(Number(m[2])), m[3]);
    return a && { a };
  }),
  // 10/7/2018: month, day, year as English writes them
  rule('date.mdy', T.DIGIT | T.ISO_SEP, String.raw`(?<![\d.\-/])(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])/(${Y4})(?![\d]|[.\-/]\d)`, (m) => {
    const a = dayPoint(ABS(Number(m[3])), ABS(Number(m[1])), m[2]);
    return a && { a };
  }),
  // 13.5.2015: day, month, year with dots, as European documents write them (not a version, V3.10.2000)
  rule('date.dmy', T.DIGIT | T.ISO_SEP, String.raw`(?<![\d.\-/A-Za-z])(3[01]|[12]\d|0?[1-9])\.(1[0-2]|0?[1-9])\.(${Y4})(?![\d]|[.\-/]\d|版)`, (m) => {
    const a = dayPoint(ABS(Number(m[3])), ABS(Number(m[2])), m[1]);
    return a && { a };
  }),
  // 2024年4月11日, 4月11号, 二〇二四年四月十一日, 今年4月11日
  rule('date.ymd', T.YUE | T.RIHAO, `(?:(${YEAR})${YEAR_JOIN})?(${MONTH}) ?月 ?(${DAY}) ?[日号](?![元内均线])`, (m) => {
    const month = monthPart(m[2]);
    const a = month && dayPoint(yearPart(m[1]), month, m[3]);
    return a && { a };
  }),
  // 2024年4月, 4月份, 今年7月
  rule('date.ym', T.YUE, `(?:(${YEAR})${YEAR_JOIN})?(${MONTH}) ?月份?`, (m) => {
    const month = monthPart(m[2]);
    return month && { a: monthPoint(yearPart(m[1]), month) };
  }),
  // 18日 (a day alone; not 5日内 / 日元 / 5日均线 / 第3日 / 近3日 / 为期3日)
  rule('date.day', T.DIGIT | T.RI, `(?<![\\d./月第期续时历近连每数约超达前后])(${DAY_NUM}) ?日(?![元内均线游])`, (m) => {
    const a = dayPoint(NONE, NONE, m[1]);
    return a && { a };
  }),
  // 12号晚上, 外长10号表示, 9号在日内瓦举行, 9号，… (spoken news writes a day with 号): only before
  // a time of day, the verb or preposition of the event it dates, or a clause break, since 号 alone
  // also numbers halls, lines, units, fuels and documents (1号馆, 3号线, 2号机组, 92号汽油, 1号文件);
  // after 于 only at a clause's end (拍摄于2号; not 位于3号楼)
  rule(
    'date.day-hao',
    T.DIGIT | T.RIHAO,
    `(?<![\\d./月第期续时历近连每数约超达前后的是为编穿])(?:(${DAY_NUM})号(?=${DAY_HAO_NEXT})|(?<=于)(${DAY_NUM})号(?=[。，,；;]|$)|(?<=当地时间|北京时间|在)(${DAY_NUM})号(?!${HAO_THING}))`,
    (m) => {
      const a = dayPoint(NONE, NONE, m[1] ?? m[2] ?? m[3]);
      return a && { a };
    },
  ),
  // 2019年12月4-5日, 4-5日
  rule('date.day-range', T.DIGIT | T.RIHAO | T.SEP, `(?:(${YEAR})${YEAR_JOIN})?(?:(${MONTH}) ?月 ?)?(?<![\\d.\\-/])(${DAY_NUM})[日号]?${SEP}(${DAY_NUM}) ?[日号](?![元内])`, (m) => {
    const year = yearPart(m[1]);
    const month = m[2] ? monthPart(m[2]) : NONE;
    // a year needs its month; 号 alone is also a building or line number (1号至3号)
    if (!month || (!m[2] && (m[1] || m[0].includes('号')))) return null;
    const a = dayPoint(year, month, m[3]);
    const b = dayPoint(NONE, month, m[4]);
    if (!a || !b || numberOf(m[3])! >= numberOf(m[4])!) return null;
    return { a, b };
  }),
  // 1-10月, 1至10月, 2019年1-7月, 一至三月
  rule('date.month-range', T.YUE | T.SEP, `(?:(${YEAR})${YEAR_JOIN})?(${MONTH})${SEP}(${MONTH}) ?月份?`, (m) => {
    const [ma, mb] = [numberOf(m[2]), numberOf(m[3])];
    if (!inRange(ma, 1, 12) || !inRange(mb, 1, 12) || ma >= mb) return null;
    return { a: monthPoint(yearPart(m[1]), ABS(ma)), b: monthPoint(NONE, ABS(mb)) };
  }),
  // 前11个月, 今年前两个月, 首四个月 (Hong Kong, Taiwan), 头两个月 = January to the N-th month (not
  // 提前3个月 / 此前3个月 / 3个月前 / 带头三个月)
  rule(
    'date.first-months',
    T.YUE | T.FIRST,
    `(?:(${YEAR})${YEAR_JOIN})?(?:(?<![提之此以目日])前|(?<![为居列])首|(?<![带领牵回低抬点摇接冲出个码])头) ?(1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九]) ?个?月`,
    (m) => {
      const n = numberOf(m[2]);
      if (!inRange(n, 2, 12)) return null;
      return { a: monthPoint(yearPart(m[1]), ABS(1)), b: monthPoint(NONE, ABS(n)) };
    },
  ),
  // 2021年后三个月, 二零二三年后两个月: the last N months of the year written (a year is needed, as
  // 后三个月 alone is three months later)
  rule('date.last-months', T.YUE | T.NIAN, `(${YEAR})${YEAR_JOIN}后 ?(1[01]|[2-9]|十[一]?|[二两三四五六七八九]) ?个?月(?![内后以])`, (m) => {
    const n = numberOf(m[2]);
    if (!inRange(n, 2, 11)) return null;
    return { a: monthPoint(yearPart(m[1]), ABS(13 - n)), b: monthPoint(NONE, ABS(12)) };
  }),
  // 1、2、3月份, 七、八、九月: three or four neighbouring months listed, the span of them all
  rule(
    'date.month-run',
    T.YUE,
    String.raw`(?:(${YEAR})${YEAR_JOIN})?((?<![\d.])${LISTED_MONTH_NUM}(?: ?、 ?${LISTED_MONTH_NUM}){2,3}|(?<![零〇一二两三四五六七八九十百千万几数多个半第])${LISTED_MONTH_CN}(?: ?、 ?${LISTED_MONTH_CN}){2,3})(?![一二]) ?月份?`,
    (m) => {
      const months = (m[2] ?? '').split('、').map((x) => numberOf(x.trim()));
      if (months.some((x, i) => x === null || (i > 0 && x !== (months[i - 1] ?? 0) + 1))) return null;
      const [first, last] = [months[0] ?? null, months.at(-1) ?? null];
      return inRange(first, 1, 10) && inRange(last, 3, 12) ? { a: monthPoint(yearPart(m[1]), ABS(first)), b: monthPoint(NONE, ABS(last)) } : null;
    },
  ),
  // 1、2月份, 七八月份, 今年5、6月: two neighbouring months listed together, the span of both
  rule(
    'date.month-pair',
    T.YUE,
    `(?:(${YEAR})${YEAR_JOIN})?(?:(${MONTH_NUM}) ?[、和] ?(${MONTH_NUM})|(${MONTH_CN}) ?[、和] ?(${MONTH_CN})|(?<![零〇一二两三四五六七八九十百千万几数多个半第])([一二三四五六七八九])([二三四五六七八九十]))(?![一二]) ?月份?`,
    (m) => {
      const [ma, mb] = [numberOf(m[2] ?? m[4] ?? m[6]), numberOf(m[3] ?? m[5] ?? m[7])];
      if (!inRange(ma, 1, 11) || mb !== ma + 1) return null;
      return { a: monthPoint(yearPart(m[1]), ABS(ma)), b: monthPoint(NONE, ABS(mb)) };
    },
  ),
  // 1、3月份, 2023年1、3、5月份, 一、三月: a month listed apart before the month that ends the list
  // (which the month rules read), its 月 shared; each item later than the one before. The first
  // after a year or inside a clause, as 1、 opening a sentence or line may number an item
  rule(
    'date.month-listed',
    T.YUE,
    String.raw`(?:(${YEAR})${YEAR_JOIN}|(?<=[^\d.、\s，,。；;：:（(“"第]|${LISTED_MONTH_NUM} ?[、和及] ?))(${MONTH_NUM})(?=(?: ?[、和及] ?${LISTED_MONTH_NUM}){1,3} ?月)` +
      String.raw`|(?:(${YEAR})${YEAR_JOIN}|(?<=[^零〇一二两三四五六七八九十百千万几数多个半第、\s，,。；;：:（(“"]|${LISTED_MONTH_CN} ?、 ?))(${MONTH_CN})(?=(?: ?、 ?${LISTED_MONTH_CN}){1,3} ?月)`,
    (m, text) => {
      const month = numberOf(m[2] ?? m[4]);
      const next = /^ ?[、和及] ?(十[一二]?|[一二三四五六七八九]|1[0-2]|0?[1-9])/.exec(text.slice(m.index + m[0].length));
      const after = next ? numberOf(next[1]) : null;
      if (!inRange(month, 1, 11) || after === null || after <= month) return null;
      return { a: monthPoint(yearPart(m[1] ?? m[3]), ABS(month)) };
    },
  ),
  // 一、二季度, 二三季度, 第三、四季度: two neighbouring quarters listed together, the span of both
  rule('date.quarter-pair', T.JI, `(?:(${YEAR})度? ?)?(?:第 ?|(?<![零〇一二两三四五六七八九十]))(?:(${QUARTER}) ?(?:季度)? ?[、和] ?(?:第 ?)?(${QUARTER})|([一二三])([二三四])) ?季度`, (m) => {
    const [qa, qb] = [numberOf(m[2] ?? m[4]), numberOf(m[3] ?? m[5])];
    if (!inRange(qa, 1, 3) || qb !== qa + 1) return null;
    return { a: { unit: 'quarter', year: yearPart(m[1]), quarter: qa }, b: { unit: 'quarter', year: NONE, quarter: qb } };
  }),
  // 一季度, 第三季度, 2024年Q1, 今年一季度, 三季度末 / 三季度初 (the quarter's last or first month, about)
  rule('date.quarter', T.JI, `(?:(${YEAR})度? ?)?(?:第 ?|(?<![零〇一二两三四五六七八九十]))(${QUARTER}) ?季度([末初](?![步次衷心期]))?`, (m) => quarter(m[1], m[2], m[3])),
  // 2016年最后一个月, 今年最后一天, 2016年第一天, 2023年最后一个季度: a year's first or last month,
  // day or quarter (only after a year: 第一天 alone is the first day of anything)
  rule('date.year-first-last', T.NIAN, `(${YEAR})${YEAR_JOIN}(最后|第|头)一(个月|天|个?季度)`, (m) => {
    const year = yearPart(m[1]);
    const last = m[2] === '最后';
    if (m[3] === '个月') return { a: monthPoint(year, ABS(last ? 12 : 1)) };
    if (m[3] === '天') return { a: { unit: 'day', year, month: ABS(last ? 12 : 1), day: ABS(last ? 31 : 1) } };
    return { a: { unit: 'quarter', year, quarter: last ? 4 : 1 } };
  }),
  // 2024年第1季, 去年第4季 (Taiwan, Hong Kong): 度 left out, only after a year, as 第2季 alone is a show's season
  rule('date.quarter-short', T.JI | T.NIAN, `(${YEAR})度? ?第 ?(${QUARTER}) ?季(?![度节目剧])`, (m) => quarter(m[1], m[2], undefined)),
  rule('date.quarter-q', T.Q | T.DIGIT, `(?:(${YEAR}) ?|(?<![A-Za-z\\d])(${Y4}) ?)?(?<![A-Za-z])Q([1-4])(?![A-Za-z\\d])`, (m) => quarter(m[1] ?? (m[2] && `${m[2]}年`), m[3], undefined)),
  rule('date.half-h', T.H | T.DIGIT, `(?<![A-Za-z\\d])(${Y4}) ?H([12])(?![A-Za-z\\d])`, (m) => ({
    a: { unit: 'half', year: ABS(Number(m[1])), half: m[2] === '1' ? 1 : 2 },
  })),
  // 2005年首月, 今年首月: the year's first month (首月 alone is the first month of anything)
  rule('date.first-month', T.SHOU | T.YUE, `(${YEAR})${YEAR_JOIN}首月份?`, (m) => ({ a: monthPoint(yearPart(m[1]), ABS(1)) })),
  rule('date.first-quarter', T.SHOU | T.JI, `(?:(${YEAR})度? ?)?首季度?(?![节])`, (m) => quarter(m[1], '1', undefined)),
  // 前三季度 = Q1..Q3; 一至三季度; 首三季 (Hong Kong, Taiwan: 首 for 前, 度 left out)
  rule('date.quarter-range', T.JI, `(?:(${YEAR})度? ?)?(?:(?:(?<![提之此以目日])前|(?<![为居列])首) ?([二两三四2-4]) ?个?季度?|(?:第)?(${QUARTER}) ?(?:季度)?${SEP}(?:第)?(${QUARTER}) ?季度)`, (m) => {
    const year = yearPart(m[1]);
    const from = m[2] ? 1 : numberOf(m[3])!;
    const to = numberOf(m[2] ?? m[4])!;
    if (!(from < to && to <= 4)) return null;
    return { a: { unit: 'quarter', year, quarter: from }, b: { unit: 'quarter', year: NONE, quarter: to } };
  }),
  // “十四五”, 十三五期间: the N-th five-year plan, from the 3rd (1966–1970) on five years apart;
  // in quotes, or before a word that names the plan or its time (十四五个 is fourteen or fifteen)
  rule(
    'date.five-year-plan',
    T.PLAN,
    `(?:(?<=[“"‘'「])(十[一二三四五六]?|[六七八九])五(?=[”"’'」])|(?<![零〇一二两三四五六七八九十百千万第])(十[一二三四五六]?|[六七八九])五(?=规划|期间|时期|计划))`,
    (m) => {
      const n = numberOf(m[1] ?? m[2]);
      if (!inRange(n, 6, 16)) return null;
      const first = 1966 + 5 * (n - 3);
      return { a: { unit: 'year', year: ABS(first) }, b: { unit: 'year', year: ABS(first + 4) } };
    },
  ),
  // 2022年夏天, 今年春季, 2023年秋冬季: a season of the year written (not 2022年冬季奥运会)
  rule('date.season', T.SEASON, `(${YEAR})${YEAR_JOIN}([春夏秋冬])([春夏秋冬])?[季天](?!奥|运动|达沃斯|学期)`, (m) => seasons(yearPart(m[1]), m[2], m[3])),
  // 今春, 去冬, 今冬明春, 去冬今春: a season of a year counted from the reference, or two
  rule('date.season-short', T.SEASON, `(?<![至如迄而当])([今去明])([春夏秋冬])季?(?:([今明])([春夏秋冬])季?)?(?![风光色节雨水运装])`, (m) => {
    const [, yearA = '', first, yearB, second] = m; // the first year and season always take part
    const a = SHORT_YEAR[yearA];
    if (a === undefined) return null;
    if (!yearB) return seasons(a, first, undefined);
    const b = SHORT_YEAR[yearB];
    return b === undefined ? null : seasons(a, first, second, b);
  }),
  // 上半年 = H1, 下半年 = H2; 上半年末 = June, about
  rule('date.half', T.BAN | T.NIAN, `(?:(${YEAR})度? ?)?(?<![以])([上下])半年(末)?`, (m) => {
    const year = yearPart(m[1]);
    if (m[3]) return { a: monthPoint(year, ABS(m[2] === '上' ? 6 : 12)), approx: 'about' };
    return { a: { unit: 'half', year, half: m[2] === '上' ? 1 : 2 } };
  }),
  // 2023年, 今年, 去年 (not 去年同期 / 2000年来 / 1990年代)
  rule('date.year', T.NIAN, `(${YEAR_ALONE})(?!同期|同月|代|来)`, (m) => {
    return { a: { unit: 'year', year: yearPart(m[1]) } };
  }),
  // 98年，… / 在08年: a two-digit year alone only where a sentence or clause names when
  // (after a clause break, 在, 于, 自, 从, 到), and before a clause break, a starting word, 全年, an act or an
  // event it dates (08年奥运会, 98年洪水); after 于 or 在 also at the clause's end (成立于98年。)
  rule(
    'date.year-2',
    T.NIAN,
    String.raw`(?:^|(?<=[，,。；;、：:（(“"\s]|在|于|自|从|到|至|是|他|她|我|们|你))(${YEAR_2})(?=[，,、：:]|起|开始|以前|以后|之前|之后|那年|时|全年|[至到-]\d{2}年|${DATED_EVENT}|${DATED_ACT})|(?<=于|在)(${YEAR_2})(?=[。；;）)]|$)`,
    (m) => ({ a: { unit: 'year', year: yearPart(m[1] ?? m[2]) } }),
  ),
  // 113年出口成長: a Republic year alone (YEAR_ROC3 is hidden outside a Taiwan source)
  rule('date.year-roc', T.NIAN, `(${YEAR_ROC3_ALONE})`, (m) => ({ a: { unit: 'year', year: yearPart(m[1]) } })),
  // 年内 (within the year) = this year; not after a count or a word that names another year (半年内, 3年内, 当年内)
  rule('date.within-year', [T.NIAN, /年内/], '(?<![\\d〇零一二三四五六七八九十两半几多数百千个周整全当同该本去明今前后上下近每翌次])年内(?![外部容])', () => ({ a: { unit: 'year', year: REL(0) } })),
  // 今年以来 = this year
  rule('date.this-year-since', [T.NIAN | T.RELDAY, /今年以来/], '(?<![目当提之此以日])今年以来', () => ({ a: { unit: 'year', year: REL(0) } })),
  // 2018-2019, 2024—2026年: a bare range of two years, clear from the pairing
  rule('date.year-range', T.DIGIT | T.SEP, `(?<![\\d.\\-/])((?:19|20)\\d{2})${SEP}((?:19|20)\\d{2})(?![\\d.%])(?:(年)(?!代)|(?=$|[\\s(（)）》”"’,，、。;；:：]))`, (m) => {
    const [ya, yb] = [Number(m[1]), Number(m[2])];
    if (!(ya < yb && yb - ya <= 50)) return null;
    return { a: { unit: 'year', year: ABS(ya) }, b: { unit: 'year', year: ABS(yb) } };
  }),
  // (2024.8), （2025.10）: a year and month alone in brackets (outside them, a decimal)
  rule('date.ym-bracket', T.PAREN | T.DIGIT | T.ISO_SEP, `(?<=[(（])(${Y4})[./](1[0-2]|0?[1-9])(?=[)）])`, (m) => ({
    a: monthPoint(ABS(Number(m[1])), ABS(Number(m[2]))),
  })),
  // (2026): a bare year alone in brackets, or before a colon or comma in them ((2024: -0.5%), (2024，World Bank)),
  // or before a source in brackets (2024（World Bank 年度資料）)
  rule('date.year-bracket', T.PAREN | T.DIGIT, `(?<=[(（])((?:19|20)\\d{2})(?=[)）:：，,])|(?<![\\d.,\\-/])((?:19|20)\\d{2})(?=[(（][A-Za-z])`, (m) => ({
    a: { unit: 'year', year: ABS(Number(m[1] ?? m[2])) },
  })),
  // 2025-04: a year and month with a dash, the month in two digits (as reports label periods)
  rule('date.ym-dash', T.DIGIT | T.ISO_SEP, String.raw`(?<![\d.\-/])(${Y4})-(0[1-9]|1[0-2])(?![\d]|[.\-/:]\d)`, (m) => ({
    a: monthPoint(ABS(Number(m[1])), ABS(Number(m[2]))),
  })),
  // 9/2, 3/1起, 在2/20前: month/day with a slash, where a date word stands around it (自 3/1 起) or the
  // month is past the day (9/2 is no fraction, which puts the smaller number first: 1/3的企业)
  rule(
    'date.md-slash',
    T.DIGIT | T.ISO_SEP,
    String.raw`(?<![\d.\-/:A-Za-z])((?<=(?:于|在|自|从|至|到|截至|截止) ?))?(1[0-2]|[1-9])/(3[01]|[12]\d|[1-9])(?![\d%]|[.\-/:]\d)(?=( ?(?:起|前|后|收盘|开盘|公布|止|[（(]周))?)`,
    (m) => {
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (m[1] === undefined && !m[4] && !(month > day)) return null;
      const a = dayPoint(NONE, ABS(month), m[3]);
      return a && { a };
    },
  ),
  // 今年初, 去年底, 2027年年底, 年末 (the year's first or last month, about)
  rule('date.year-edge', T.NIAN | T.EDGE, `(${YEAR}) ?年?([初底末])(?![蕴步次衷心期])`, (m) => yearEdge(m[1], m[2])),
  // 2024年年中, 今年年中, 2023年中, 截至年中: June to July, about; after a year written once
  // (2023年中) only before a clause break or a word of time, as 2025年中国 is a year and a country
  rule('date.mid-year', [T.NIAN, /年中/], `(?:(${YEAR}) ?年|(${YEAR})|${MID_YEAR_BARE})中(?:(?<=年年中|年 年中)(?![国央方华心间期报旬无])|(?=${MID_YEAR_NEXT}))`, (m) => ({
    a: monthPoint(yearPart(m[1] ?? m[2]), ABS(6)),
    b: monthPoint(NONE, ABS(7)),
    approx: 'about',
  })),
  // 次日, 翌日, 次月, 翌月: the day or month after the date before them (context.ts), else after the
  // reference date (not 次日达 / 次日送达, next-day delivery)
  rule('date.next', [0, /[次翌][日月]/], '(?<![每之当])[次翌](日|月)(?![达送到配内])', (m) =>
    m[1] === '日' ? { a: { unit: 'day', year: NONE, month: NONE, day: REL(1) }, after: 'day' } : { a: { unit: 'month', year: NONE, month: REL(1) }, after: 'month' },
  ),
  // 2022年伊始, 新年伊始 is not (no year): the year's first month, about
  rule('date.year-start', [T.NIAN, /伊始/], `(${YEAR}) ?伊始`, (m) => yearEdge(m[1], '初')),
  // a bare 年初/年底 is not the tail of a word ending in 年 (青年初创, 多年底蕴)
  rule('date.year-edge-bare', T.NIAN | T.EDGE, `(?<![\\d${CN_DIGIT.slice(1, -1)}${WORDS_ENDING_IN_NIAN}])年([初底末])(?![蕴步次衷心期])`, (m) => yearEdge(undefined, m[1])),
  // 4月上旬, 2024年4月下旬
  rule('date.ten-days', T.YUE | T.XUN, `(?:(${YEAR})${YEAR_JOIN})?(${MONTH}) ?月份? ?([上中下][中下]?)旬`, (m) => {
    const month = monthPart(m[2]);
    return month && tenDays(yearPart(m[1]), month, m[3]);
  }),
  // 4月初, 6月底, 6月末: the month's first or last day, about (as 年底 is the year's last month)
  rule('date.month-edge', T.YUE | T.EDGE, `(?:(${YEAR})${YEAR_JOIN})?(${MONTH}) ?月份? ?([初底末])(?![步次衷心期])`, (m) => {
    const month = monthPart(m[2]);
    if (!month) return null;
    return { a: { unit: 'day', year: yearPart(m[1]), month, day: m[3] === '初' ? ABS(1) : END }, approx: 'about' };
  }),
  // 本月, 上月, 上个月, 下月, 上上个月, 上一个月; 本月18日; 本月上旬; 上月底; 去年本月 (this month of a year counted
  // from the reference: twelve months back)
  rule(
    'date.rel-month',
    T.YUE,
    `(?:(${YEAR_REL}) ?的?(?=本月|这个月))?(?<![以线网晚早马路海天地台会面场日基成资根版样账文])(本|上上|下下|上一|下一|上|下|这个)个?月(?:份)?(?:(?:的? ?(${DAY}) ?[日号])|([上中下][中下]?)旬|([初底末])(?![步次衷心期]))?`,
    (m) => {
      const year = yearPart(m[1]);
      const months = year.kind === 'rel' ? 12 * year.offset : 0;
      const month = REL(months + (REL_MONTH_WORDS[m[2] ?? ''] ?? 0));
      if (m[3]) {
        const d = numberOf(m[3]);
        return inRange(d, 1, 31) ? { a: { unit: 'day', year: NONE, month, day: ABS(d) } } : null;
      }
      // 本月下旬 ends on day 31, which resolution clamps to the month's last day
      if (m[4]) return tenDays(NONE, month, m[4]);
      if (m[5]) return { a: { unit: 'day', year: NONE, month, day: ABS(m[5] === '初' ? 1 : 31) }, approx: 'about' };
      return { a: { unit: 'month', year: NONE, month } };
    },
  ),
  // 去年的今天, 上个月的今天, 上月今日: the reference's day in a year or month counted from it
  rule('date.same-day', [T.RELDAY, /今[天日]/], `(?:(${YEAR_REL})|(上|下)个?月)的?今[天日]`, (m) => {
    const year = yearPart(m[1]);
    const months = m[1] ? (year.kind === 'rel' ? 12 * year.offset : null) : m[2] === '上' ? -1 : 1;
    return months === null ? null : { a: { unit: 'day', year: NONE, month: REL(months), day: REL(0) } };
  }),
  // 2020年元月, 元月份: January (not the 元 of an amount before 月: 100元月租, 单元月)
  rule('date.first-month-yuan', [T.YUE, /元月/], `(?:(${YEAR})${YEAR_JOIN}|(?<![\\d${CN_DIGIT.slice(1, -1)}十百千万亿美日欧港澳台币单纪公多几块每]))元月(份)?`, (m) =>
    m[1] || m[2] ? { a: monthPoint(yearPart(m[1]), ABS(1)) } : null,
  ),
  // 今天 今日 昨天 昨日 明天 明日 前天
  // 今晚 昨晚 今晨 …: the day, without the time of day
  rule('date.rel-day', T.RELDAY, '(?<![当每提之目以然最先])(今天|今日(?!头条)|昨天|昨日|明天|明日(?!之星)|大前天|前天|大后天|后天(?![性的])|今晨|今早|今晚(?!报)|昨晚|昨夜|明早|明晚)', (m) => {
    const [, word = ''] = m; // the word always takes part
    const offset = REL_DAYS[word] ?? (word.startsWith('今') ? 0 : word.startsWith('昨') ? -1 : 1);
    return { a: { unit: 'day', year: NONE, month: NONE, day: REL(offset) } };
  }),
  // 上世纪90年代 / 90年代 / 1990年代 / 八十年代 = 199X …; 本世纪20年代 = 202X; 十九世纪八十年代 = 188X
  rule(
    'date.decade',
    T.NIAN | T.DAI,
    `(?:(上个?世纪)|(本世纪)|(${CENTURY_NUM})世纪)? ?(?:(?<![\\d.])(1[5-9]\\d|20\\d)0|(?<![\\d.])(\\d)0|([一二三四五六七八九])([一二三四五六七八九])?十)年代`,
    (m) => {
      if (m[4]) return { a: { unit: 'decade', decade: Number(m[4]) } };
      const tens = m[5] ? Number(m[5]) : numberOf(m[6])!;
      const written = m[3] ? numberOf(m[3]) : null;
      if (m[3] && !inRange(written, 1, 21)) return null;
      // the N-th century is the hundreds N-1; a decade alone is the 20th century's, or this one's for 00 and 10
      const hundreds = written !== null ? written - 1 : m[2] ? 20 : m[1] ? 19 : tens <= 1 ? 20 : 19;
      const a: Point = { unit: 'decade', decade: hundreds * 10 + tens };
      // 八九十年代 = the 1980s and 1990s
      const next = m[7] ? numberOf(m[7])! : null;
      if (next === null) return { a };
      return next === tens + 1 ? { a, b: { unit: 'decade', decade: hundreds * 10 + next } } : null;
    },
  ),
  // 17世纪 = 16XX, 十九世纪 = 18XX, 上世纪 = 19XX, 本世纪 = 20XX (not 21世纪经济报道, a newspaper);
  // 世纪初 / 世纪末 its first or last decade, about (十九世纪末 = 189X)
  rule('date.century', T.CENTURY, `(?:(上个?|本)世纪|(?<![\\d.])(${CENTURY_NUM})世纪)(?!经济报道|海上丝绸之路)(?:([初末])期?)?`, (m) => {
    const written = m[2] ? numberOf(m[2]) : null;
    if (m[2] && !inRange(written, 1, 21)) return null;
    const century = written !== null ? written - 1 : m[1] === '本' ? 20 : 19;
    if (m[3]) return { a: { unit: 'decade', decade: century * 10 + (m[3] === '初' ? 0 : 9) }, approx: 'about' };
    return { a: { unit: 'century', century } };
  }),
  // 双11, 五一, 国庆节, 2023年“双11” (the quotes belong to the text only when a year precedes)
  rule('date.holiday', [T.HOLIDAY, HOLIDAY_WORD], `(?:(${YEAR}) ?([“"‘'「]?))?(${HOLIDAY})([”"’'」]?)`, (m) => {
    const name = m[3] ?? '';
    const hit = HOLIDAY_DAYS.find(([re]) => re.test(name));
    if (!hit) return null;
    const year = yearPart(m[1]);
    const idx = m.indices!; // rule() compiles every rule with the d flag
    const nameSpan = idx[3];
    if (nameSpan === undefined) return null; // the name always takes part
    // a group that took part has its span: the year's when written, the closing quote's after a year and an opening one
    const start = (m[1] ? idx[1] : undefined) ?? nameSpan;
    const end = (m[1] && m[2] && m[4] ? idx[4] : undefined) ?? nameSpan;
    return { a: { unit: 'day', year, month: ABS(hit[1]), day: ABS(hit[2]) }, start: start[0], end: end[1] };
  }),
  // 7·20, 6·18: a month and day joined by a middle dot, as events and sales are named
  rule('date.dot', T.DOT | T.DIGIT, '(?<![\\d.·])(1[0-2]|[1-9])·(3[01]|[12]\\d|[1-9])(?![\\d.·])', (m) => {
    const a = dayPoint(NONE, ABS(Number(m[1])), m[2]);
    return a && { a };
  }),
  // 本周 上周 下周 上上周 (这周, 上个星期 …): Monday to Sunday of the reference's week
  rule('date.week', T.WEEK, `(?<![以线网晚早马路海天地台会面场日基成资根版样账文])(${WEEK_OFFSET})(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天末\\d])`, (m) => ({
    a: { unit: 'day', year: NONE, month: NONE, day: REL(0) },
    week: WEEK_OFFSETS[m[1] ?? ''],
  })),
  // 本周三, 下周一, 上星期五, 星期三, 下周末: a day of the reference's week or one near it; a bare
  // 周三 only where it dates an event (周三，… / 周五早盘 / 周一发布), since 周一至周五 are opening
  // hours and 周一、周三 a schedule
  rule(
    'date.weekday',
    T.WEEK,
    `(?:(?<=[\\d一二三四五六七八九十][日号])|(?<![以线网晚早马路海天地台会面场日基成资根版样账文每逢]))(${WEEK_OFFSET})?(?:个)?(?:周(?=周))?(周|星期|礼拜)([一二三四五六日天]|末)(?![\\d一二三四五六七八九十])`,
    (m, text) => {
      if (!m[1] && m[2] === '周' && !datesAnEvent(text, m.index, m.index + m[0].length)) return null;
      const day = WEEKDAYS.indexOf(m[3] ?? '');
      return {
        a: { unit: 'day', year: NONE, month: NONE, day: REL(0) },
        week: m[1] ? WEEK_OFFSETS[m[1]] : 0,
        weekDays: m[3] === '末' ? [5, 6] : [Math.min(day, 6), Math.min(day, 6)],
      };
    },
  ),
  // 2026年第5周, 今年第10周: an ISO week of the year (a week number alone is a league's or a pregnancy's)
  rule('date.year-week', T.NIAN | T.WEEK, `(${YEAR})度? ?第 ?(\\d{1,2}|[一二三四五六七八九十]{1,3}) ?个?(?:周|星期)(?![一二三四五六日天末年岁])`, (m) => {
    const n = numberOf(m[2]);
    const year = yearPart(m[1]);
    // a written year without that week leaves the year alone (2024年第53周: 2024 has 52)
    if (!inRange(n, 1, 53) || (year.kind === 'abs' && isoWeekLabel(year.value, n) === null)) return null;
    return { a: { unit: 'year', year }, isoWeek: n };
  }),
  // 3月第三周, 2024年5月第2周: the N-th seven days of the month
  rule('date.month-week', T.YUE | T.WEEK, `(?:(${YEAR})度? ?)?(${MONTH}) ?月(?:份)?(?:的)?第([一二三四五1-5])(?:个)?(?:周|星期)`, (m) => {
    const month = monthPart(m[2]);
    const n = numberOf(m[3]);
    if (!month || !inRange(n, 1, 5)) return null;
    const year = yearPart(m[1]);
    const last = Math.min(n * 7, lastDay(year, month));
    if ((n - 1) * 7 + 1 > last) return null;
    return { a: { unit: 'day', year, month, day: ABS((n - 1) * 7 + 1) }, b: { unit: 'day', year: NONE, month, day: ABS(last) } };
  }),
  // 本季度 上季度 下个季度 上一季度, 上季度末, 本季度初; 季度初 季末 (this quarter's)
  rule('date.rel-quarter', T.JI, '(?<![以换四旺淡雨])(?:(本|这|上|下)(?:一|个)?季度|季度?(?=[初末]))([初末])?(?![节])', (m) => ({
    a: { unit: 'year', year: NONE },
    quarter: { offset: m[1] === '上' ? -1 : m[1] === '下' ? 1 : 0, edge: m[2] === '初' ? 'first' : m[2] === '末' ? 'last' : null },
    approx: m[2] ? 'about' : 'exact',
  })),
  // 3年前, 5天后, 3个月前, 两周前, 半年前, 半个月前: counted from the reference date, so no date without
  // one (not 10多年前, 提前3个月)
  rule(
    'date.ago',
    T.AGO | T.DAYS,
    `(?<![\\d.多几数余近约每第提])((?!0)\\d{1,3}|[一两二三四五六七八九十]{1,3}|半)(年半|年|个月|天|日|周|个星期|星期|个礼拜)(?:以|之)?([前后])(?![期年天日后前台端])`,
    (m) => {
      const n = m[1] === '半' ? 0.5 : numberOf(m[1]);
      if (n === null || n <= 0) return null;
      const sign = m[3] === '前' ? -1 : 1;
      const counted = (a: Point, week?: number): Found => ({ a, week, needsRef: true });
      // 三年半后: forty-two months on
      if (m[2] === '年半') return n === 0.5 ? null : counted({ unit: 'month', year: NONE, month: REL(sign * (n * 12 + 6)) });
      if (m[2] === '年') return counted(n === 0.5 ? { unit: 'month', year: NONE, month: REL(sign * 6) } : { unit: 'year', year: REL(sign * n) });
      // 半个月前: fifteen days back, about
      if (n === 0.5) return m[2] === '个月' ? { ...counted({ unit: 'day', year: NONE, month: NONE, day: REL(sign * 15) }), approx: 'about' } : null;
      if (m[2] === '个月') return counted({ unit: 'month', year: NONE, month: REL(sign * n) });
      if (m[2] === '天' || m[2] === '日') return counted({ unit: 'day', year: NONE, month: NONE, day: REL(sign * n) });
      return counted({ unit: 'day', year: NONE, month: NONE, day: REL(0) }, sign * n);
    },
  ),
  // 今明两年, 今明两天, 明后两天, 明后天: two days or years counted from the reference
  rule('date.rel-pair', [T.RELDAY, /今明|明后|昨今/], '(?<![当每提之目])(今明|明后|昨今)(?:两|二)?(年|天|日)', (m) => {
    const first = m[1] === '今明' ? 0 : m[1] === '明后' ? 1 : -1;
    if (m[2] === '年') return { a: { unit: 'year', year: REL(first) }, b: { unit: 'year', year: REL(first + 1) } };
    return { a: { unit: 'day', year: NONE, month: NONE, day: REL(first) }, b: { unit: 'day', year: NONE, month: NONE, day: REL(first + 1) } };
  }),
  // 过去五年, 过去的一年, 近三年(来), 最近两年: a stretch of calendar years counted back from the
  // reference, so no date without one (as 3年前): stretchLabel. Not a duration of about N years (将近五年, 近一年的时间, 近5年时间),
  // nor a vague one (过去几年, 过去一年多, 过去两年半, 近百年)
  rule(
    'date.past-years',
    [T.NIAN, /过去|近/],
    `(?<![将接靠附${DURATION_VERB_END}])(过去(?:的)?|最?近)((?!0)\\d{1,2}|[一两二三四五六七八九十]{1,3})年(?![半多余前后度级代龄轻头终底初末份]|的?(?:时间|光景|工夫|功夫)|${COUNT_RANGE})`,
    (m) => {
      const n = numberOf(m[2]);
      if (!inRange(n, 1, 50)) return null;
      return { a: { unit: 'year', year: REL(-1) }, stretch: { n, unit: 'year', ahead: false } };
    },
  ),
  // 近三个月, 过去6个月, 最近两个月(来): the N full months before the reference month (stretchLabel);
  // not a duration or a vague stretch (将近三个月, 近三个月的时间, 过去几个月, 一个多月, 两个半月)
  rule(
    'date.past-months',
    [T.YUE, /过去|近/],
    `(?<![将接靠附${DURATION_VERB_END}])(过去(?:的)?|最?近)((?!0)\\d{1,2}|[一两二三四五六七八九十]{1,3})个月(?![份度底初末]|的?(?:时间|光景|工夫|功夫)|${COUNT_RANGE})`,
    (m) => {
      const n = numberOf(m[2]);
      return inRange(n, 1, 36) ? { a: { unit: 'month', year: NONE, month: REL(-1) }, stretch: { n, unit: 'month', ahead: false } } : null;
    },
  ),
  // 近7天, 过去三天, 近一周, 最近两周: the days before the reference day, the full weeks before its
  // week (stretchLabel); not 将近7天, 近几天, 近一周的时间, 两天多
  rule(
    'date.past-days',
    [0, /过去|近/],
    `(?<![将接靠附${DURATION_VERB_END}])(过去(?:的)?|最?近)((?!0)\\d{1,2}|[一两二三四五六七八九十]{1,3})(天|日|周|个?星期)(?![半多余前后度级代龄轻头终底初末份]|的?(?:时间|光景|工夫|功夫)|${COUNT_RANGE})`,
    (m) => {
      const n = numberOf(m[2]);
      const unit = m[3] === '天' || m[3] === '日' ? 'day' : 'week';
      return inRange(n, 1, unit === 'day' ? 90 : 12) ? { a: { unit: 'day', year: NONE, month: NONE, day: REL(-1) }, stretch: { n, unit, ahead: false } } : null;
    },
  ),
  // 未来五年, 今后五年, 在未来的十年里, 未来三个月: the N years or months from the reference on
  // (stretchLabel); not a vague or rough stretch (未来几年, 未来5年时间, 未来一年多)
  rule(
    'date.next-stretch',
    [0, /未来|今后/],
    `(未来(?:的)?|今后)((?!0)\\d{1,2}|[一两二三四五六七八九十]{1,3})(年|个月|天|周|个?星期)(?![半多余前后度级代龄轻头终底初末份]|的?(?:时间|光景|工夫|功夫)|${COUNT_RANGE})`,
    (m) => {
      const n = numberOf(m[2]);
      const unit = STRETCH_UNITS[(m[3] ?? '').replace('个', '')] ?? 'week';
      return inRange(n, 1, unit === 'year' ? 50 : 36) ? { a: { unit: 'year', year: REL(1) }, stretch: { n, unit, ahead: true } } : null;
    },
  ),
  // 上半月 下半月, 本月下半月, 3月上半月: days 1–15 or 16 to the month's end
  rule('date.half-month', T.BAN | T.YUE, `(?:(本|这个|上个?|下个?)月|(?:(${YEAR})度? ?)?(${MONTH}) ?月份?)?([上下])半月`, (m) => {
    const year = m[3] ? yearPart(m[2]) : NONE;
    const month = m[3] ? monthPart(m[3]) : REL(m[1]?.startsWith('上') ? -1 : m[1]?.startsWith('下') ? 1 : 0);
    if (!month) return null;
    const [lo, hi] = m[4] === '上' ? [ABS(1), ABS(15)] : [ABS(16), END];
    return { a: { unit: 'day', year, month, day: lo }, b: { unit: 'day', year: NONE, month, day: hi } };
  }),
  // 月初 月底 月末 alone: the reference month's first or last day, about (where a clause names when)
  rule('date.month-edge-bare', T.YUE | T.EDGE, '(?:^|(?<=[，,。；;、：:\\s“"（(]|至|到|截至|截止|于|在|从|自|前|等到))月([初底末])(?![步次衷心期])', (m) => ({
    a: { unit: 'day', year: NONE, month: REL(0), day: ABS(m[1] === '初' ? 1 : 31) },
    approx: 'about',
  })),
  // 八日, 十五号 after a range connector (从三月五日到八日): a day of the month before it
  rule('date.day-cn', T.RIHAO | T.SEP, `(?<=(?:至|到|[${SEP_DASHES}]) ?)(${DAY_CN})[日号](?![楼线院馆车门元])`, (m) => {
    const a = dayPoint(NONE, NONE, m[1]);
    return a && { a };
  }),
  // holidays on a weekday of a month (黑色星期五, 感恩节, 母亲节, 父亲节): the month, about
  // (母亲节 the 2nd Sunday of May, 父亲节 the 3rd Sunday of June, 感恩节 the 4th Thursday of
  // November, 黑色星期五 the day after): the day when the year is known, else the month, about
  rule('date.weekday-holiday', [T.WEEKDAY_HOLIDAY, /黑色星期五|感恩节|母亲节|父亲节/], `(?:(${YEAR})度? ?)?(黑色星期五|感恩节|母亲节|父亲节)`, (m) => {
    const holiday = WEEKDAY_HOLIDAYS[m[2] ?? ''];
    if (holiday === undefined) return null; // the group is one of its names
    const [month, n, weekday, plus] = holiday;
    return { a: monthPoint(yearPart(m[1]), ABS(month)), nth: { n, weekday, plus }, approx: 'about' };
  }),
  // 6月第3个星期日, 八月份的第一个周二: the n-th weekday of a month
  rule('date.nth-weekday', T.YUE | T.WEEK, `(?:(${YEAR})度? ?)?(${MONTH}) ?月(?:份)?(?:的)?第([一二三四五1-5])个(?:周|星期|礼拜)([一二三四五六日天])`, (m) => {
    const month = monthPart(m[2]);
    const n = numberOf(m[3]);
    if (!month || !inRange(n, 1, 5)) return null;
    return { a: monthPoint(yearPart(m[1]), month), nth: { n, weekday: Math.min(WEEKDAYS.indexOf(m[4] ?? ''), 6), plus: 0 } };
  }),
  // 清明, 冬至, 2017年大寒: a solar term's day in its year; a term alone only before a word that
  // makes it a date (清明节, 冬至当天, 立春前后), as 大雪 and 雨水 are also weather
  rule('date.solar-term', [0, SOLAR_TERM_WORD], `(?:(${YEAR})度? ?)?(${SOLAR_TERMS.join('|')})(节(?!约|省|能|目|点|奏|制|拍))?`, (m, text) => {
    if (!m[1] && !m[3] && !SOLAR_TERM_CONTEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
    const i = SOLAR_TERMS.indexOf(m[2] ?? '');
    return { a: monthPoint(yearPart(m[1]), ABS(Math.floor(i / 2) + 1)), term: m[2] };
  }),
  // 8号, 五日 after a day and a list word (3月5日、8号和12号, 十月三日和五日): a day of the list,
  // kept only when a date with its month opens the list (carryListMonth), as 1号、2号文件 are
  // numbers; last, so that a day another rule reads keeps that rule
  rule('date.day-listed', [T.RIHAO, LISTED_DAY_TEST], `(?<=[日号] ?(?:、|和|及|与|以及|或) ?)(${DAY}) ?[日号](?!${HAO_THING}|[元内均线])`, (m) => {
    const a = dayPoint(NONE, NONE, m[1]);
    return a && { a, listed: true };
  }),
];

/** Rules for a Taiwan source only. 99年外銷訂單: a two-digit Republic year alone where a sentence or clause names when (not in a table cell or brackets, where `40 年` counts years). */
const TAIWAN_RULES: Rule[] = [
  rule('date.year-roc2', T.NIAN, String.raw`(?:^|(?<=[，,。；;、：:“"]|在|于|自|从|到|至|是))(${YEAR_ROC2_ALONE})`, (m) => ({ a: { unit: 'year', year: yearPart(m[1]) } })),
];

/**
 * Rules for a Hong Kong, Macau or Taiwan source only. 第三季 alone (度 left out) is a quarter where
 * its press writes quarters so; elsewhere 第2季 alone is more often a show's season. Not before
 * 度 / 节目 / 剧, nor after a title (《…》第二季).
 */
const LOCAL_PRESS_RULES: Rule[] = [rule('date.quarter-bare', T.JI, `(?<![》」』\\d年度])第 ?(${QUARTER}) ?季(?![度节目剧節劇])`, (m) => quarter(undefined, m[1], undefined))];

/** In a Taiwan source a two-digit year that can be the Republic's is (rocOfTwoDigits). */
const rocPart = (p: Part): Part => (p.kind === 'abs' && p.roc !== undefined ? ABS(p.roc) : p);
const rocPoint = (p: Point): Point => (p.unit === 'decade' || p.unit === 'century' ? p : { ...p, year: rocPart(p.year) });
function rocYears<S extends Found>(s: S): S {
  return { ...s, a: rocPoint(s.a), ...(s.b && { b: rocPoint(s.b) }), ...(s.to && { to: rocYears(s.to) }) };
}

function quarter(yearText: string | undefined, q: string | undefined, end: string | undefined): Found | null {
  const n = numberOf(q);
  if (!inRange(n, 1, 4)) return null;
  const year = yearPart(yearText);
  // 三季度末: its last month, 三季度初 its first, about
  if (end) return { a: monthPoint(year, ABS(end === '初' ? n * 3 - 2 : n * 3)), approx: 'about' };
  return { a: { unit: 'quarter', year, quarter: n } };
}

/** Every rule's matches in one sentence. */
function spansOf(text: string, taiwan = false, localPress = false): Span[] {
  const spans: Span[] = [];
  const triggers = triggersOf(text);
  for (const r of [...RULES, ...(taiwan ? TAIWAN_RULES : []), ...(localPress ? LOCAL_PRESS_RULES : [])]) {
    if ((triggers & r.need) !== r.need || (r.test && !r.test.test(text))) continue;
    for (const m of matchAll(r.re, text)) {
      if (m[0] === '') continue;
      const found = r.build(m, text);
      if (!found) continue;
      let end = found.end;
      if (end === undefined) {
        // the match without trailing spaces
        end = m.index + m[0].length;
        while (end > m.index && text.charCodeAt(end - 1) === 32) end--;
      }
      spans.push({ ...found, start: found.start ?? m.index, end, approx: found.approx ?? 'exact', rule: r.name });
    }
  }
  return spans;
}

/** Keeps the longest of overlapping spans (then the earlier, then the first rule). */
const longest = (spans: Span[]): Span[] => keepDisjoint(spans, (x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);

/** Joins two single dates around a range connector: `12月4日至6日`, `2021年—2025年`, `2月到4月`. */
function joinRanges(spans: Span[], text: string): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && isDay(prev) && s.week === 0 && s.weekDays && s.weekDays[0] === s.weekDays[1] && WEEKDAY_AFTER.test(text.slice(prev.end, s.start))) {
      // 10月12号，星期一: the weekday names the date before it again
      out[out.length - 1] = { ...prev, end: s.end + (/^[（(]$/.test(text.slice(prev.end, s.start)) && /[)）]/.test(text[s.end] ?? '') ? 1 : 0) };
    } else if (prev && !prev.to && !s.to && !(plain(prev) && plain(s)) && !prev.b && !s.b && JOIN_SEP.test(text.slice(prev.end, s.start))) {
      // 下周二到下周四, 春节到元宵节, 上季度至本季度; 本周一至周五 (the bare weekday in the week before it)
      const bare = prev.week !== undefined && s.week !== undefined && WEEKDAY_RANGE_BEFORE.test(text.slice(Math.max(0, s.start - 8), s.start)) && /^周/.test(text.slice(s.start));
      const to = bare ? { ...s, week: prev.week } : s;
      out[out.length - 1] = { ...prev, end: s.end, to, approx: prev.approx === s.approx ? prev.approx : 'about', rule: `${prev.rule}+range` };
    } else if (prev && !prev.b && !s.b && plain(prev) && plain(s) && JOIN_SEP.test(text.slice(prev.end, s.start)) && joinable(prev.a, s.a)) {
      out[out.length - 1] = { ...prev, end: s.end, b: s.a, approx: prev.approx === s.approx ? prev.approx : 'about', rule: `${prev.rule}+range` };
    } else {
      out.push(s);
    }
  }
  return out;
}

/** Between two days of a list: 、 和 及 与 以及 或. */
const LIST_SEP = pattern('^ ?(?:、|和|及|与|以及|或) ?$');

/** The day points of a span when it names only days of no written month or year (8日, 8日至10日). */
function bareDays(s: Found): boolean {
  return plain(s) && [s.a, s.b].every((p) => !p || (p.unit === 'day' && p.month.kind === 'none' && p.year.kind === 'none' && p.day.kind === 'abs'));
}

/**
 * Gives a day listed after a date with its month that month and year (3月5日、8日和12日 are all
 * of March; 4月1日至3日、8日至10日), when it comes later in the month than the day before it.
 * A day only a list makes a date (`listed`) is dropped when no such date opens the list.
 */
function carryListMonth(spans: Span[], text: string): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const opened = prev && plain(prev) && prev.a.unit === 'day' ? listMonth(prev.a, prev.b) : null;
    const day = s.a.unit === 'day' && s.a.day.kind === 'abs' ? s.a.day.value : 0;
    if (prev && opened && bareDays(s) && day > opened.day && LIST_SEP.test(text.slice(prev.end, s.start))) {
      const { year, month } = opened;
      out.push({ ...s, a: { ...s.a, year, month } as Point, b: s.b && ({ ...s.b, month } as Point), listed: false });
    } else if (!s.listed) {
      out.push(s);
    }
  }
  return out;
}

/** The year, month and last day of a date (or range of days) with a month: what a listed day after it takes. */
function listMonth(a: Point & { unit: 'day' }, b: Point | undefined): { year: Part; month: Part; day: number } | null {
  const last = b ?? a;
  if (last.unit !== 'day' || last.day.kind !== 'abs') return null;
  const month = last.month.kind === 'none' ? a.month : last.month;
  return month.kind === 'none' ? null : { year: a.year, month, day: last.day.value };
}

/** A span that is one date read from its points alone (no week, quarter offset or lunar date). */
const plain = (s: Found) => s.week === undefined && s.quarter === undefined && !s.stretch && !s.lunar && !s.nth && !s.term && s.isoWeek === undefined && !s.after;

/** A single calendar day (12月4日), which a weekday after it can restate. */
const isDay = (s: Found) => plain(s) && !s.b && s.a.unit === 'day' && s.a.month.kind === 'abs' && s.a.day.kind === 'abs';
/** Between a date and the weekday that restates it: `，星期一`, ` 周一`, `（星期一）`. */
const WEEKDAY_AFTER = pattern('^(?:[，,] ?| |[（(])?$');

/** What joins two dates into a range: 至, 到, 直至, a dash; `起至` (`自3月1日起至6月30日止`). */
const JOIN_SEP = pattern(`^ ?(?:起 ?)?(?:至|到|直至|直到|[${SEP_DASHES}]{1,2}) ?$`);

/** Both ends of a range are calendar dates of one kind of precision, or years with wider periods. */
function joinable(a: Point, b: Point): boolean {
  if (a.unit === 'decade' || b.unit === 'decade' || a.unit === 'century' || b.unit === 'century') return a.unit === b.unit;
  if (b.unit === 'day' && b.day.kind === 'rel') return false;
  return true;
}

/**
 * A sentence that looks ahead (contract: 将, 预计, 计划, 目标, 到…年): its dates without a year
 * may lie after the reference date. The words of intent, forecast and schedule, and a deadline
 * (年底前, 月底前).
 */
export const LOOK_AHEAD = pattern('将|预计|预期|预测|计划|规划|目标|力争|争取|拟|有望|即将|届时|定于|起(?:施行|实施|执行|生效)|到(?:\\d{4}|今|明)?年|[年月][初底末]前');

/** A proposal before a date (建议大会3月3号召开, 提议5月举行): the date it proposes lies ahead; one
 *  after the date (3月5日，委员建议…) dates the proposal, so this is read per date, not per sentence. */
const PROPOSED_BEFORE = /建议|提议|倡议/;

/** The label of a span's dates as the reading gives them (the week, the range, the point). */
export function labelOfSpan(s: Found, refDate: string | null, reading: Reading): string | null {
  if (s.to) {
    const a = labelOfSpan({ ...s, to: undefined }, refDate, reading);
    // an end without a year takes the start's (去年春节到元宵节)
    const year = a === null ? null : lastYearOf(a);
    const b = labelOfSpan(s.to, refDate, writes(s.to.a) || year === null ? reading : { ...reading, contextYear: year });
    if (a === null || b === null) return null;
    const [first = ''] = a.split('/'); // split gives one part at least
    const last = b.slice(b.lastIndexOf('/') + 1);
    return first <= last || first.startsWith('X') || last.startsWith('X') ? `${first}/${last}` : null;
  }
  if (s.lunar) return lunarLabel(s.lunar, refDate, reading);
  if (s.needsRef && refDate === null) return null;
  if (s.nth || s.term) {
    const month = resolvePoint(s.a, refDate, reading);
    if (month.y === null || month.m === null) return s.term ? null : labelOf(month);
    const day = s.term ? solarTermDay(month.y, s.term) : nthWeekday(month.y, month.m, s.nth!.n, s.nth!.weekday, s.nth!.plus);
    return day && labelOf({ unit: 'day', ...day });
  }
  if (s.week !== undefined) return weekLabel(s.week, refDate, s.weekDays);
  if (s.after && reading.contextDate) {
    const next = nextAfter(reading.contextDate, s.after);
    if (next) return next;
  }
  if (s.isoWeek !== undefined) return isoWeekLabel(resolvePoint(s.a, refDate, reading).y, s.isoWeek);
  if (s.quarter) return quarterLabel(s.quarter.offset, s.quarter.edge, refDate);
  if (s.stretch) return stretchLabel(s.stretch, refDate);
  return s.b ? rangeLabel(...resolveRange(s.a, s.b, refDate, reading)) : rangeLabel(resolvePoint(s.a, refDate, reading));
}

/** The year part of a point, when it has one. */
const yearOfPoint = (p: Point): Part | null => (p.unit === 'decade' || p.unit === 'century' ? null : p.year);
const writes = (p: Point | undefined) => {
  const y = p && yearOfPoint(p);
  // 今天, 昨天: a day counted from the reference date states its year as well
  return (!!y && y.kind !== 'none') || (p?.unit === 'day' && p.day.kind === 'rel');
};

/** Whether a span wrote no year but names months, quarters or days that a context year fits. */
function takesContextYear(s: Found): boolean {
  if (!plain(s) && !s.lunar && !s.nth && !s.term) return false;
  if (writes(s.a) || writes(s.b)) return false;
  if (s.lunar) return true;
  return [s.a, s.b].every((p) => {
    if (!p) return true;
    if (p.unit === 'decade' || p.unit === 'century' || p.unit === 'year') return false;
    if (p.unit === 'month') return p.month.kind === 'abs';
    if (p.unit === 'day') return p.month.kind === 'abs' && (p.day.kind === 'abs' || p.day.kind === 'end');
    return true;
  });
}

const ROC_YEAR = pattern(YEAR_ROC3, 'g');

/** Whether a span counts its year from the year before it (次年, 上一年). */
const countsFromContext = (s: Found): boolean => [s.a, s.b].some((p) => p && yearOfPoint(p)?.kind === 'ctx');

/**
 * The value, from, to and approx of a span's label, or null when it is not a valid label. A
 * weekday holiday (母亲节) is its month, about, until a year makes it its day.
 */
function valueOf(s: Found & { approx: Approx }, label: string | null): Pick<Candidate, 'value' | 'from' | 'to' | 'approx'> | null {
  if (label === null || !isValidLabel(label)) return null;
  const span = dateRangeOf(label);
  const approx = (s.nth || s.to?.nth) && label.split('/').every((part) => /^\d{4}-\d{2}-\d{2}$/.test(part)) ? 'exact' : s.approx;
  return { value: label, from: span?.from ?? null, to: span?.to ?? null, approx };
}

/** Before a date that recurs (每年3月, 每月5日, 每年的6月至8月, 逢周五): a schedule, not a dated fact. */
const RECURRING_BEFORE = /(?:每(?:年|个?月|周|星期)?|逢)的?$/;
const recurs = (text: string, s: Span): boolean => RECURRING_BEFORE.test(text.slice(Math.max(0, s.start - 4), s.start));

/** Words after a date that carry its span up to the present: 以来, 至今. */
const UP_TO_NOW = /^份?(?:以来|至今)/;

/** Builds the candidate of one span: label, from and to, and what the document pass needs. */
function candidateOf(s: Span, refDate: string | null, reading: Reading, upToNow = false): Candidate | null {
  const resolved = valueOf(s, labelOfSpan(s, refDate, reading));
  if (!resolved) return null;
  const candidate: Candidate = { type: 'date', start: s.start, end: s.end, ...resolved, valueMax: null, unit: null, rule: s.rule };
  if (writes(s.a) || writes(s.b) || s.after) candidate.statedYear = lastYearOf(resolved.value as string);
  if (s.after) candidate.follows = (last) => valueOf(s, labelOfSpan(s, refDate, { ...reading, contextDate: last }));
  // 1月份以来, 3月至今: a span that reaches the reference date is read against it, not a year stated before
  if (!upToNow && (takesContextYear(s) || countsFromContext(s))) candidate.yearless = (year) => valueOf(s, labelOfSpan(s, refDate, { ...reading, contextYear: year }));
  return candidate;
}

export function extractDates(sentence: Sentence, ctx: ExtractContext): Candidate[] {
  const text = sentence.match;
  // a year without 民國 (113年5月, 99年) is one only in a Taiwan source; elsewhere a three-digit one
  // is hidden from the rules (same length, so offsets hold) and the month stands alone, as before
  const localPress = ctx.localMoney === 'TWD' || ctx.localMoney === 'HKD' || ctx.localMoney === 'MOP';
  const spans =
    ctx.localMoney === 'TWD'
      ? spansOf(text, true, true).map(rocYears)
      : spansOf(
          text.replace(ROC_YEAR, (y) => '_'.repeat(y.length)),
          false,
          localPress,
        );
  if (spans.length === 0) return [];
  const reading: Reading = { ahead: LOOK_AHEAD.test(text) };
  const proposed: Reading = { ahead: true };
  const dates = carryListMonth(joinRanges(longest(spans), text), text)
    .filter((s) => !recurs(text, s))
    .flatMap((s) => candidateOf(s, ctx.refDate, reading.ahead || PROPOSED_BEFORE.test(text.slice(0, s.start)) ? proposed : reading, UP_TO_NOW.test(text.slice(s.end, s.end + 3))) ?? []);
  carryYears(dates);
  return dates;
}

export const dateExtractors: Extractor[] = [{ types: ['date'], name: 'date', extract: extractDates }];
