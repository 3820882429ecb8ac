import type { CheerioAPI } from 'cheerio/slim';
import type { FrontMatter } from './sniff.js';
import { stripInline } from '../plain/markdown.js';
import { escapeRegExp } from '../chars/words.js';

// A document's title and its own publication date (ISO YYYY-MM-DD). The date is the
// calendar date as written: `2021-09-04 01:00 +08:00` is 2021-09-04 whatever the zone.

export interface DocumentMeta {
  title: string | null;
  date: string | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Full-width digits and separators as ASCII, so `２０２４年` reads like `2024年`. */
function asciiDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0D\uFF0F\uFF0E\uFF1A]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Year-month-day as Chinese or numeric separators write it: 2024-08-02, 2021/7/9, 2023年11月20日, 2022.03.15. */
const NUMERIC_DATE = /(?<!\d)(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)/;
/** RFC 2822 and English forms: `Sat, 04 Sep 2021 00:39:37 GMT`, `4 September 2021`. */
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})\\s+${MONTH_NAME}\\s+(\\d{4})(?!\\d)`, 'i');
/** `Sep 4, 2021`, `September 04 2021`. */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'i');
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:\d{4,6})?$/;

/** Whether `value` is a calendar date written YYYY-MM-DD (2024-02-30 and 2024-13-01 are not). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A date string in a common format → YYYY-MM-DD, or null. Time and zone are ignored. */
export function normalizeDateText(value: string): string | null {
  const text = asciiDigits(value).trim();
  let m = NUMERIC_DATE.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  // the month name is a group of its own in both English patterns, never optional
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return isoDate(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return isoDate(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  m = COMPACT_DATE.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** The scalar of `key:` as written in the YAML, so a timestamp is not shifted to UTC. */
function rawScalar(yaml: string, key: string): string | null {
  const m = new RegExp(`^${escapeRegExp(key)}[ \\t]*:[ \\t]*['"]?([^'"\\n#]+)`, 'm').exec(yaml);
  return m?.[1]?.trim() ?? null;
}

/** A front-matter date value: YAML turns `2022-03-15` into a Date at UTC midnight. */
function frontMatterDate(value: unknown, raw: string | null): string | null {
  if (raw) {
    const written = normalizeDateText(raw);
    if (written) return written;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : normalizeDateText(value.toISOString());
  if (typeof value === 'string') return normalizeDateText(value);
  if (typeof value === 'number' && /^\d{8}$/.test(String(value))) return normalizeDateText(String(value));
  return null;
}

const FRONT_MATTER_DATE_KEYS = ['date', 'pubdate', 'published', 'publishdate', 'publish_date', 'published_at', 'publishedat', 'created', 'time'];

function textValue(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

export function frontMatterMeta(frontMatter: FrontMatter): DocumentMeta {
  const keys = Object.keys(frontMatter.data);
  const byLowerName = (name: string) => keys.find((k) => k.toLowerCase() === name);
  let date: string | null = null;
  for (const name of FRONT_MATTER_DATE_KEYS) {
    const key = byLowerName(name);
    if (key === undefined) continue;
    date = frontMatterDate(frontMatter.data[key], rawScalar(frontMatter.raw, key));
    if (date) break;
  }
  const titleKey = byLowerName('title');
  return { title: titleKey === undefined ? null : textValue(frontMatter.data[titleKey]), date };
}

/** `<meta>` names and properties that carry the publication date, most specific first. */
const HTML_DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'publishdate',
  'pubdate',
  'publish_date',
  'og:release_date',
  'release_date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
  'weibo:article:create_at',
  'date',
];

function metaContents($: CheerioAPI): Map<string, string> {
  const found = new Map<string, string>();
  $('meta').each((_, el) => {
    const key = el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? el.attribs['http-equiv'];
    const content = el.attribs.content;
    if (key && content && !found.has(key.toLowerCase())) found.set(key.toLowerCase(), content);
  });
  return found;
}

export function htmlDate($: CheerioAPI): string | null {
  const metas = metaContents($);
  for (const name of HTML_DATE_META) {
    const value = metas.get(name);
    const date = value ? normalizeDateText(value) : null;
    if (date) return date;
  }
  const time = $('time[pubdate], time[itemprop="datePublished"]').first().attr('datetime');
  return time ? normalizeDateText(time) : null;
}

function collapse(text: string | undefined): string | null {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** og:title is usually the bare headline; <title> often carries the site's name. */
export function htmlTitle($: CheerioAPI): string | null {
  return collapse(metaContents($).get('og:title')) ?? collapse($('head > title, title').first().text()) ?? collapse($('h1').first().text());
}

export function htmlMeta($: CheerioAPI): DocumentMeta {
  return { title: htmlTitle($), date: htmlDate($) };
}

/** The first ATX or setext heading of a Markdown text. */
export function markdownTitle(markdown: string): string | null {
  const m = /^[ \t]{0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$|^([^\n]+)\n[ \t]{0,3}=+[ \t]*$/m.exec(markdown);
  // one of the two alternatives matched: an ATX heading (group 1) or a setext one (group 2)
  const heading = m?.[1] ?? m?.[2];
  return heading === undefined ? null : collapse(stripInline(heading));
}

/** Lines of the plain text searched for a publication line: the top only, never the body. */
const PUBLICATION_LINES = 10;

const DATE_TEXT = '\\d{4}\\s*(?:[-/.]|年)\\s*\\d{1,2}\\s*(?:[-/.]|月)\\s*\\d{1,2}\\s*日?';
const CLOCK = '(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?';
/** How far from the end a report's generation line is looked for. */
const FOOT_CHARS = 2000;
const GENERATED = '(?:报告|報告)?(?:生成|產生|产生)';
/** `发布时间：2024-08-02`, `發佈日期: 2024/8/2 10:00`, `时间：2024年8月2日`. */
const LABELLED_DATE = new RegExp(`(?:^|[\\s|｜丨])(?:发布|發布|發佈|发表|發表|发稿|發稿|更新|出版|刊发|刊發|${GENERATED})?(?:时间|時間|日期)\\s*[：:]\\s*(${DATE_TEXT})`);
/** `報告產生時間：2025-11-27`: a generated report's own time, which such reports print at their foot. */
const GENERATED_DATE = new RegExp(`(?:^|[\\s|｜丨*-])(?:${GENERATED})(?:时间|時間|日期)\\s*[：:*\\s]*(${DATE_TEXT})`);
/**
 * The day a report or speech was delivered, on its own line under the title:
 * `——2026年1月22日在湖南省第十四届人民代表大会第五次会议上`, `（2025年3月5日）`.
 */
const SPEECH_DATELINE = new RegExp(`^\\s*(?:[—－–-]{1,2}\\s*(${DATE_TEXT})\\s*在|[（(]\\s*(${DATE_TEXT})\\s*[)）]\\s*$)`);
/** A headline that ends in a day: `新闻联播 2025-03-07`, `每日简报（2025年3月7日）`. */
const HEADLINE_DAY = new RegExp(`(?:^|[\\s（(])(${DATE_TEXT})[）)]?\\s*$`);
/** A line that starts with the date and then names the source or author, or holds only the date. */
const DATELINE = new RegExp(`^\\s*(${DATE_TEXT})${CLOCK}\\s*(?:$|[|｜丨]|\\s(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|发布|發布|稿源|出处|出處)|(?:来源|來源|作者)[：:])`);

export function publicationLineDate(plain: string): string | null {
  const lines = plain
    .split('\n', PUBLICATION_LINES * 4)
    .filter((l) => l.trim() !== '')
    .slice(0, PUBLICATION_LINES);
  for (const [k, line] of lines.entries()) {
    const text = asciiDigits(line);
    // the first line may be a headline ending in the day it reports (新闻联播 2025-03-07)
    const found = LABELLED_DATE.exec(text) ?? DATELINE.exec(text) ?? SPEECH_DATELINE.exec(text) ?? (k === 0 ? HEADLINE_DAY.exec(text) : null);
    // each pattern holds the date in its one group, or (SPEECH_DATELINE) in one of its two
    const written = found?.[1] ?? found?.[2];
    const date = written === undefined ? null : normalizeDateText(written);
    if (date) return date;
  }
  // the foot only: a bounded tail, never the whole text split
  for (const line of plain.slice(-FOOT_CHARS).split('\n').slice(-PUBLICATION_LINES).reverse()) {
    const written = GENERATED_DATE.exec(asciiDigits(line))?.[1];
    const date = written === undefined ? null : normalizeDateText(written);
    if (date) return date;
  }
  return null;
}

/** A date in a file name: `20250714.md`, `2025-07-14-trade.html`, `news_2025_07_14.txt`. */
const NAME_DATE = /(?<![\d])((?:19|20)\d{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/g;
/** A date spread over folders: `2025/07/14/`, `2025/0714/`, `202507/14/`, `2025-07/14/`. */
const FOLDER_DATE = /(?:^|\/)((?:19|20)\d{2})(?:\/|-)?(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?=\/)|(?:^|\/)((?:19|20)\d{2})\/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\/)/g;

/**
 * The date a document's path gives (contract v1.1: the document's date when its metadata gives
 * none): the file name's, else the folders' nearest the file. Null when the path holds none or
 * what looks like one is no calendar date.
 */
export function pathDate(path: string): string | null {
  const parts = path.replace(/\\/g, '/');
  const name = parts.slice(parts.lastIndexOf('/') + 1);
  for (const m of [...name.matchAll(NAME_DATE)].reverse()) {
    const date = isoDate(Number(m[1]), Number(m[3]), Number(m[4]));
    if (date) return date;
  }
  const folders = parts.slice(0, parts.lastIndexOf('/') + 1);
  for (const m of [...folders.matchAll(FOLDER_DATE)].reverse()) {
    const date = m[1] ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : isoDate(Number(m[4]), Number(m[5]), Number(m[6]));
    if (date) return date;
  }
  return null;
}
