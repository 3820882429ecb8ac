import type { Basis } from '../schema/fact.js';
import type { Candidate, ExtractContext } from '../extract/types.js';
import { isYearDay, isYearMonth, isYearQuarter, type Table } from '../plain/table.js';
import type { CellContext } from '../extract/table/rules.js';
import { cleanLabel, rateKind } from '../extract/table/rules.js';
import { extractDates } from '../extract/date/rules.js';
import { sentenceOf } from '../text/sentences.js';
import { foldText } from '../text/fold.js';
import { parseNumeral } from '../numbers/numerals.js';
import { findPlaces, governingPlaces, type PlaceMention } from './region.js';
import { findFlows } from './partner.js';
import type { Links } from './index.js';

// Links of the facts in table cells, read from the table rather than from the prose around it:
// metric from the row label and the column header (`出口总额` × `比上年增长（%）` → 出口总额;
// `美国` × `出口 金额（亿美元）` → 出口), region or partner from a row label that is a place (a
// table of trade by country gives partners; the reporting side comes from the caption or the
// lead), period from the column header, the row label, the caption or the lead. The prose linker
// never sees table rows, so the prose after a table inherits nothing from them.

/** Words of a header that say how a figure is given, not what it measures. */
const HOW_GIVEN = new RegExp(
  [
    '[（(][^（）()]*[）)]',
    '单位[:：]\\S*',
    '比上年同期|比去年同期|较上年同期|较去年同期|上年同期|去年同期|(?:比|较)(?:上年|去年|上月|上季)(?:末|底)|比年初|较年初|比上年|比去年|较上年|较去年|按年|按月|同比|环比|環比',
    '年增率|增率|增长率|增长速度|增速|增幅|涨幅|升幅|跌幅|降幅|變幅|变幅|变化率|变动|變動|增减|增減|增长|增長|下降|减少|提高|降低|上升|回落|升跌|升降|±|[+]/-',
    '[%％]',
    '占比|比重|份额|份額',
    '(?:年末|年初|期末|期初|月末)(?:数|余额)?|绝对值|绝对数|绝对额|金额|数值|数据|数额|总量|数量|实绩|规模|指标值|本期|上期|前期|本次|上次|当期|最新|当月|本月|上月|累计|累积|全年|合计|总计|上年|本年|去年|今年|年度|年份|时间|指标|项目|名称|类别',
    '各?(?:县市区|县区|区县|市县|地市|城市|省区市|省份|国家和地区|国家或地区|国别|地区|经济体)',
  ].join('|'),
  'g',
);
// besides dates, a span of years as reports abbreviate it: YoY, 2Y, 10Y (two, ten years)
const DATE_WORDS =
  /(?:19|20)\d{2}([.\-/])(?:1[0-2]|0?[1-9])\1(?:3[01]|[12]\d|0?[1-9])(?!\d)|(?:19|20)\d{2}\s?[-/]?\s?[QH][1-4](?!\d)|(?:19|20)\d{2}[.\-/](?:1[0-2]|0?[1-9])(?![\d.])|(?:19|20)\d{2}年?(?:\d{1,2}[-—–~至]\d{1,2}月|\d{1,2}月|[一二三四1-4]季度|上半年|下半年|前三季度)?|\d{1,2}\s*(?:[-—–~至]|→|->)\s*(?:隔年\s*)?\d{1,2}\s*月|\d{1,2}\s?月(?:份)?|[一二三四1-4]季度|前三季度|上半年|下半年|1—\d{1,2}月|\b(?:YoY|QoQ|MoM|\d{1,2}Y)\b/g;
/** What is left between cut dates: `2019→2021` leaves an arrow. */
const LEFT_BETWEEN = /^[\s\-—–~→⇒>]+|[\s\-—–~→⇒>]+$/g;

/** Separators between a header's words; a slash before one last character is `per` and stays (`收益/股`, `产值/人`). */
const SEPARATORS = /(?:[\s:：、,，]|\/(?![\p{Script=Han}](?:$|[\s（(])))+/gu;

/** What a header says is measured, once how and when are taken out: `出口 金额（亿美元）` → `出口`. */
export function measuredIn(header: string): string {
  // matched on the folded view (Traditional as Simplified), cut from the text as written
  const folded = foldText(header);
  const cut = new Uint8Array(header.length);
  for (const re of [DATE_WORDS, HOW_GIVEN, SEPARATORS]) for (const m of folded.matchAll(re)) cut.fill(1, m.index, m.index + m[0].length);
  let out = '';
  for (let i = 0; i < header.length; i++) if (cut[i] === 0) out += header[i];
  return out.replace(LEFT_BETWEEN, '');
}

/** A row label without the dates in it: a row labelled `2021` or `1-10月出口` states its period, which is no part of its metric. */
export function labelMeasure(label: string): string {
  const clean = cleanLabel(label);
  const folded = foldText(clean);
  const cut = new Uint8Array(clean.length);
  for (const m of folded.matchAll(DATE_WORDS)) cut.fill(1, m.index, m.index + m[0].length);
  let out = '';
  for (let i = 0; i < clean.length; i++) if (cut[i] === 0) out += clean[i];
  // a year cut from its brackets (`经常账户（2023）`) leaves them empty
  return out
    .replace(/\s*[（(]\s*[)）]/g, '')
    .replace(LEFT_BETWEEN, '')
    .trim();
}

// A table has `columns` cells in every row and a list of header levels for every column, so
// the row and column indices it lists (dataRows, labelColumns, dataColumns) always find one.
const cellText = (table: Table, row: number, col: number): string => table.cells[row]?.[col]?.text ?? '';
const headerOf = (table: Table, col: number, join: string): string => (table.columnHeaders[col] ?? []).join(join);

/** Headers of a label column whose rows are the subjects the figures are about (a company, a strategy), not measures. */
const SUBJECT_HEADER = /^(?:策略|方案|情景|公司|企业|企業|机构|機構|股票|证券|證券|基金|银行|銀行)(?:名称|名稱)?$/;

/** Whether the table's row labels name subjects rather than what is measured or when (a strategy `1 月买入 → 6 月卖出`, the columns after it its details). */
const labelsSubjects = (table: Table): boolean => {
  const [first] = table.labelColumns;
  return first !== undefined && SUBJECT_HEADER.test(headerOf(table, first, '').trim());
};

/** A column of totals (`合计（元）`) measures the total when neither it nor the row names anything else. */
const TOTAL_WORD = /合计|合計|总计|總計/;

/** The words of a share column, kept as its metric when nothing else is named. */
const SHARE_WORD = /占比|佔比|比重|份额|份額/;

/** Columns holding the two ends of a change (`起始` | `结束`): each is dated by its end of the row's span of years. */
const SPAN_START = /起始|期初|开始|開始/;
const SPAN_END = /结束|結束|期末|终止|終止/;

/** Columns that are parts of a change rather than a level: its amount (变化, 增减额) or its ends (起始, 结束). */
const CHANGE_PART = /^(?:变化|变动|增减|增减额|增加额|差额|起始|期初|开始|结束|期末|终止)$/;

/** A span of years written with an arrow, `2019→2021`, is the range 2019/2021. */
const LATEST = /^(?:最新|最近)$/;
const YEAR_ARROW = /((?:19|20)\d{2})\s*(?:→|->|⇒)\s*((?:19|20)\d{2})/;

/** A year in parentheses after a cell's figure (`2.05 (2020)`) dates that figure. */
const CELL_YEAR = /[（(]\s*((?:19|20)\d{2})\s*(?:年|年度)?\s*[)）]/;

/** The place a label is, when the label is nothing but a place name (`美国`, `浙江省`, `其中：东盟`). */
export function placeOfLabel(label: string): PlaceMention | null {
  // a code or note in brackets after the name (`美國 (842)`, `越南（初步数）`) leaves the place as it is
  const clean = cleanLabel(label).replace(FLOW_PREFIX, '').replace(TRAILING_NOTE, '');
  if (clean === '' || clean.length > 12) return null;
  const match = foldText(clean);
  const mentions = findPlaces(match, null).filter((m) => m.kind === 'place' && m.region !== null);
  let [m] = mentions;
  if (m?.start !== 0) return null;
  // a chain of places names the last one: 中国香港 → 香港, 浙江省杭州市 → 杭州
  for (const next of mentions.slice(1)) {
    if (next.start !== m.end) break;
    m = next;
  }
  // only an administrative suffix or 地区 may follow the name
  return /^(?:省|市|区|县|自治区|特别行政区|地区|国)?$/.test(match.slice(m.end)) ? m : null;
}

/** Mentions that are no place of their own when they open a label: 国内生产总值 is a measure, not China's. */
const NOT_OPENING_PLACE = /^(?:国内|国外|境内|境外|全国|我国|本国|本省|本市|全省|全市|全区)/;

/**
 * The place a row label opens with when a measure follows (`德国经常账户`, `美國經常帳（2024）`):
 * the place the row is about and the rest of the label, or null.
 */
export function leadingPlace(label: string): { region: string; rest: string } | null {
  const clean = cleanLabel(label);
  const match = foldText(clean);
  if (NOT_OPENING_PLACE.test(match)) return null;
  const [m] = findPlaces(match, null).filter((p) => p.kind === 'place' && p.region !== null && !p.namesFacility);
  if (m?.start !== 0 || m.region === null || m.end - m.start < 2) return null;
  const rest = clean.slice(m.end).replace(/^(?:省|市|自治区|特别行政区)/, '');
  // what follows is a measure: words, not a place of its own or a bare note
  if (!/^[\p{Script=Han}A-Za-z]{2}/u.test(rest) || placeOfLabel(rest) !== null) return null;
  return { region: m.region, rest };
}

/** The other side a column header names, as prose would read it (`对美出口`, `對中貿易逆差` → 美国, 中国), or null. */
function partnerOfHeader(header: string): string | null {
  const folded = foldText(header);
  const partners = findFlows(folded, findPlaces(folded, null)).partners.filter((p) => !p.comparison);
  const [only] = partners;
  return only && partners.length === 1 ? only.partner : null;
}

/** A bracketed code or note closing a label. */
const TRAILING_NOTE = /\s*[（(][^（）()]*[)）]\s*$/;

/** A label cell that names places and nothing else: one (`墨西哥 (484)`) or a list (`中国、荷兰、美国`). */
function namesPlaces(text: string): boolean {
  const items = text
    .split(/[、，,/／]/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  return items.length > 0 && items.every((t) => placeOfLabel(t) !== null);
}

/**
 * The label column after the first that names places in some row (`经济体` | `最大进口来源`): the
 * first column then lists the reporting side and this one the other side, or null.
 */
function otherSideColumn(table: Table): number | null {
  for (const c of table.labelColumns.slice(1)) if (table.dataRows.some((r) => namesPlaces(cellText(table, r, c)))) return c;
  return null;
}

/**
 * A row whose first label cell is a place while a later label column names the other side: the
 * reporter, the other side's cell, and the label cells left to say what is measured.
 */
function reporterRow(table: Table, row: number): { reporter: PlaceMention; otherColumn: number; measure: string } | null {
  const other = otherSideColumn(table);
  if (other === null) return null;
  // otherSideColumn found a second label column, so there is a first
  const reporter = placeOfLabel(cellText(table, row, table.labelColumns[0]!));
  if (reporter === null) return null;
  const measure = table.labelColumns
    .slice(1)
    .filter((c) => c !== other && !namesPlaces(cellText(table, row, c)))
    .map((c) => cellText(table, row, c))
    .join(' ');
  return { reporter, otherColumn: other, measure };
}

/** Words before a place in a row label that make it the other side of a flow: `对美国`, `自日本`. */
const FLOW_PREFIX = /^(?:对|對|向|自|从|從|与|與|销往|銷往|出口到|进口自|進口自)/;
/** Rows that total the rows below them: their label measures nothing of its own. */
const TOTAL_ROW = /^(?:总计|總計|合计|合計|总值|總值|总额|總額|全部|总体|總體|全国|全國|全省|全市|全区|全區)$/;

/** The place a caption or lead names for its figures (the last strong one), or null. */
function placeOf(text: string | null): string | null {
  if (!text) return null;
  const named = governingPlaces(findPlaces(foldText(text), null)).filter((m) => m.kind === 'place' && m.region !== null);
  return named.at(-1)?.region ?? null;
}

/** A label column headed so lists the other side of flows: 国家（地区）, 贸易伙伴, 客源地 (matched folded). */
const PARTNER_HEADER = /国家|国别|伙伴|经济体|目的地|来源|客源|市场|洲别|partner/i;
/** A label column headed so lists the reporting side: 报告国, 进口国, Reporter (matched folded). */
const REPORTER_HEADER = /报告国|报告经济体|申报国|进口国|出口国|reporter/i;
/** A header of another column that speaks of the other side (前三大伙伴占比, 最大出口市场, 第一大来源): the rows are then the reporters. */
const OTHER_SIDE_WORD = /伙伴|市场|来源|目的地|partner/i;

/**
 * Whether the table's place rows are the reporting side: their label column is headed so
 * (报告国), or another column speaks of their partners (`国家 | 出口总额 | 前三大伙伴占比`).
 */
function rowsReport(table: Table): boolean {
  const [first] = table.labelColumns;
  if (first === undefined) return false;
  if (REPORTER_HEADER.test(foldText(headerOf(table, first, '')))) return true;
  return table.columnHeaders.some((_, c) => c !== first && OTHER_SIDE_WORD.test(foldText(headerOf(table, c, ''))));
}

/** A reporter header that names the flow (进口国 → 进口). */
const REPORTER_FLOW = /(进出口|进口|出口)(?:国|经济体|方)/;

/** The flow the reporters' label column names, as written, or ''. */
function reportedFlow(table: Table): string {
  const [first] = table.labelColumns;
  const header = first === undefined ? '' : headerOf(table, first, '');
  // folding keeps the length: the match's place in the folded text is its place as written
  const m = REPORTER_FLOW.exec(foldText(header));
  return m?.[1] ? header.slice(m.index, m.index + m[1].length) : '';
}

/** The place in the cell just before a data cell, when that cell is a label of its own (`第二大来源` | `金额`): the other side of the amount. */
function placeBefore(table: Table, row: number, col: number): string | null {
  const before = col - 1;
  if (before <= (table.labelColumns[0] ?? 0) || table.dataColumns.includes(before)) return null;
  return placeOfLabel(cellText(table, row, before))?.region ?? null;
}
/** Places that customs and trade tables list as partners beside countries. */
const TRADE_AREAS = new Set(['香港', '澳门', '台湾']);

const FLOW = /进出口|出口|进口|贸易|投资|外资|游客|访客|旅客|入境|出境|货运|运往|销往|进境|出境/;

/** A column of a trailing average over N years (3年均, 5年平均, 十年均). */
const TRAILING_AVERAGE = /(?:^|[^\d])(\d{1,2}|[二三四五六七八九十]{1,2})\s*年(?:平)?均(?!价)/;

/** The years an N-year average ends with (the reference date's year: the latest a report can give), or null. */
function averagePeriod(text: string, ctx: ExtractContext): string | null {
  const m = TRAILING_AVERAGE.exec(text);
  const year = ctx.refDate ? Number(ctx.refDate.slice(0, 4)) : NaN;
  const n = m ? parseNumeral(m[1]!) : null; // TRAILING_AVERAGE's group is not optional
  if (n === null || !(n >= 1) || Number.isNaN(year)) return null;
  return n === 1 ? String(year) : `${year - n + 1}/${year}`;
}

const MONTH_ARROW = /\d{1,2}\s*(?:→|->|⇒)\s*(?:隔年|次年|翌年)?\s*\d{1,2}\s*月/;

/** The period a text states (its first governing date label), or null. A header of a bare year (`2023`) is that year. */
function periodOf(text: string | null, ctx: ExtractContext): string | null {
  if (!text) return null;
  // a span of months written with an arrow (7→3 月, 3→隔年 3 月) is how long a position is held, no date of the figure
  if (MONTH_ARROW.test(text)) return null;
  const average = averagePeriod(text, ctx);
  if (average) return average;
  const year = /^\s*((?:19|20)\d{2})\s*$/.exec(text);
  // the groups of these patterns are not optional: a match has them
  if (year) return year[1]!;
  if (isYearMonth(text)) {
    const [y, m = ''] = text.trim().split(/[.\-/]/);
    return `${y}-${m.padStart(2, '0')}`;
  }
  const arrow = YEAR_ARROW.exec(text);
  if (arrow) return `${arrow[1]!}/${arrow[2]!}`;
  const match = foldText(text);
  // a date compared with (`比上月`, `vs 3月`) is not the figure's
  const dates = extractDates(sentenceOf(text, match), ctx).filter((c) => !/(?:比|较|相比|对比|vs\.?)\s*$/i.test(match.slice(Math.max(0, c.start - 4), c.start)));
  const [first] = dates;
  return first ? String(first.value) : null;
}

/** Days that end a quarter: a column headed by one holds the figures of the quarter (or the year) it closes. */
const QUARTER_ENDS: Record<string, number> = { '03-31': 1, '06-30': 2, '09-30': 3, '12-31': 4 };

/** A header day as `YYYY-MM-DD`. */
const isoDay = (text: string): string => {
  const [y = '', m = '', d = ''] = text.trim().split(/[.\-/]/);
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
};

/**
 * The period of a column headed by a number-written period, read with the table's other such
 * columns: days that all end a year (`2024-12-31 | 2023-12-31`) are those years, days that all end a
 * quarter (`2024-09-30 | 2024-06-30 | 2023-12-31`) those quarters; `2024Q4` is the quarter. Else null.
 */
function numberedPeriod(table: Table, col: number): string | null {
  const last = (c: number): string => (table.columnHeaders[c] ?? []).at(-1)?.trim() ?? '';
  const header = last(col);
  const quarter = /^(\d{4})\s?[-/]?\s?([QH])([1-4])$/i.exec(header);
  if (quarter && isYearQuarter(header)) return `${quarter[1]!}-${quarter[2]!.toUpperCase()}${quarter[3]!}`;
  if (!isYearDay(header)) return null;
  const days = table.dataColumns.map(last).filter(isYearDay).map(isoDay);
  const day = isoDay(header);
  if (days.every((d) => d.endsWith('-12-31'))) return day.slice(0, 4);
  const q = QUARTER_ENDS[day.slice(5)];
  return q !== undefined && days.every((d) => QUARTER_ENDS[d.slice(5)] !== undefined) ? `${day.slice(0, 4)}-Q${q}` : null;
}

/** A period without its year (`XXXX-01/XXXX-10`) takes the year of the one that frames it (`2023`). */
function withYear(period: string, frame: string | null): string {
  const year = frame ? /^(\d{4})/.exec(frame)?.[1] : undefined;
  return year && period.startsWith('XXXX') ? period.replaceAll('XXXX', year) : period;
}

/** How far back the prose before a table is read for the period it states. */
const PASSAGE_LINES = 15;

/**
 * The period the prose before a table last stated (a heading, a lead such as `1-8月，`), read line
 * by line backwards; a single day (a publication line) states no period of figures.
 */
export function passagePeriod(plain: string, before: number, ctx: ExtractContext): string | null {
  let end = before - 1;
  for (let k = 0; k < PASSAGE_LINES && end > 0; k++) {
    const start = plain.lastIndexOf('\n', end - 1) + 1;
    const line = plain.slice(start, end);
    end = start - 1;
    if (line.includes('\t')) continue;
    const period = periodOf(line, ctx);
    if (period !== null && !/^[\dX]{4}-[\dX]{2}-[\dX]{2}/.test(period)) return period;
  }
  return null;
}

/** The measure of the nearest row above that is neither a place nor a total nor a rate, or ''. */
function parentMeasure(table: Table, row: number): string {
  for (const r of table.dataRows.slice(0, Math.max(0, table.dataRows.indexOf(row))).reverse()) {
    const label = table.rowLabels[r] ?? '';
    if (placeOfLabel(label) || rateKind(label) !== null) continue;
    const measure = cleanLabel(label);
    return TOTAL_ROW.test(measure) ? '' : measure;
  }
  return '';
}

export interface TableLinkContext {
  ctx: ExtractContext;
  /** the document's title (HTML <title>, front matter), which names the place and time of a bulletin */
  title: string | null;
  /** the period the prose before each table states, by table start */
  passagePeriods: Map<number, string | null>;
  /** the region the document is about, when its prose says so */
  documentRegion: string | null;
}

/** The links of a fact read in a data cell, given what the table says about the cell. */
export function linkTableCell(table: Table, row: number, col: number, cell: CellContext, c: Candidate, link: TableLinkContext): Links {
  if (c.type === 'date') return { metric: null, region: null, partner: null, period: null, basis: null };
  const frame = [table.caption?.text ?? null, table.lead?.text ?? null];
  // a rate row measured by the level row above it keeps that row's labels (rules.ts); this row's own cells then say nothing
  const reporting = cell.rowLabel === table.rowLabels[row] ? reporterRow(table, row) : null;
  const rowPlace = reporting?.reporter ?? placeOfLabel(cell.rowLabel);
  const about = frame.map(placeOf).find((p) => p !== null) ?? link.documentRegion ?? placeOf(link.title);
  // a total row (`总值`, `合计`) measures what its column does
  const totalRow = TOTAL_ROW.test(cleanLabel(cell.rowLabel));
  // a row label opening with a place (`德国经常账户`) is about it and measures the rest
  const opening = reporting || rowPlace || totalRow || labelsSubjects(table) ? null : leadingPlace(cell.rowLabel);
  const rowMeasure = reporting ? labelMeasure(reporting.measure) : rowPlace || totalRow || labelsSubjects(table) ? '' : labelMeasure(opening?.rest ?? cell.rowLabel);
  let columnMeasure = measuredIn(cell.columnHeader);
  if (columnMeasure === '' && rowMeasure === '') columnMeasure = TOTAL_WORD.exec(cell.columnHeader)?.[0] ?? '';
  // a rate column that names nothing measures what the level column before it does (`县区` | `生产总值` | `增长(%)`)
  // (in a change table, `起始 | 结束 | 变化 | 变化率`, the columns before are the change's parts: the caption names what changed)
  // likewise a rate line under a header of lines names the level line above it (`净利润(亿元)<br>同比增长(%)`)
  if (columnMeasure === '' && cell.kind !== null && rowMeasure === '')
    columnMeasure =
      [...cell.linesAbove]
        .reverse()
        .filter((l) => rateKind(l) === null)
        .map(measuredIn)[0] ?? '';
  if (columnMeasure === '' && cell.kind !== null && rowMeasure === '') {
    for (const d of table.dataColumns.slice(0, Math.max(0, table.dataColumns.indexOf(col))).reverse()) {
      if (columnMeasure !== '') break;
      const header = headerOf(table, d, ' ');
      if (rateKind(header) !== null) continue;
      const measure = measuredIn(header);
      if (CHANGE_PART.test(foldText(measure))) break;
      columnMeasure = measure;
    }
  }
  const captionMeasure = measuredIn(
    cleanLabel(table.caption?.text ?? '')
      .replace(/^表\s*\d*[:：.]?\s*/, '')
      .replace(/(?:主要|情况|统计|分布|一览|构成|对比|变化|變化|分析|及|各|主要国家|国家|地区|和|与)/g, ''),
  );
  let metric = rowMeasure + (rowMeasure.includes(columnMeasure) ? '' : columnMeasure);
  // a place row under a measure row (`出口总额` / `其中：对美国`) is a part of that measure
  // (not in a table of reporters: the rows above are other reporters)
  if (metric === '' && rowPlace && !reporting && !rowsReport(table)) metric = parentMeasure(table, row);
  // a label column of reporters named by their flow (进口国, 出口国) says what the amounts are
  if (metric === '' && (reporting || rowsReport(table))) metric = reportedFlow(table);
  if (metric === '') metric = captionMeasure;
  // a share column that names nothing else (`国家 | 最大出口市场 | 占比`) measures the share
  if (metric === '') metric = SHARE_WORD.exec(cell.columnHeader)?.[0] ?? '';
  const isFlow = FLOW.test(foldText(`${table.caption?.text ?? ''}${cell.columnHeader}${table.lead?.text ?? ''}`));
  let region: string | null = opening?.region ?? about;
  let partner: string | null = null;
  if (reporting) {
    // the other side's cell is the partner of the columns about it (`最大进口来源` → `最大进口来源额`)
    region = reporting.reporter.region;
    const otherHeader = measuredIn(headerOf(table, reporting.otherColumn, ''));
    const aboutOther = otherHeader !== '' && foldText(cell.columnHeader).includes(foldText(otherHeader));
    const other = (aboutOther ? placeOfLabel(cellText(table, row, reporting.otherColumn))?.region : null) ?? placeBefore(table, row, col);
    partner = other && other !== region ? other : null;
  } else if (rowPlace && rowsReport(table)) {
    region = rowPlace.region;
  } else if (rowPlace) {
    const listsPartners = PARTNER_HEADER.test(foldText(table.labelColumns.map((c) => headerOf(table, c, '')).join('')));
    const abroad = rowPlace.level === 'country' || TRADE_AREAS.has(rowPlace.region ?? '');
    const flowWord = FLOW_PREFIX.test(cleanLabel(cell.rowLabel));
    if ((isFlow || flowWord) && (abroad || listsPartners || flowWord) && rowPlace.region !== about) partner = rowPlace.region;
    else region = rowPlace.region;
  }
  const named = partnerOfHeader(cell.columnHeader);
  if (named !== null && partner === null && named !== region) partner = named;
  const framing = frame.map((t) => periodOf(t, link.ctx)).find((p) => p !== null) ?? link.passagePeriods.get(table.start) ?? periodOf(link.title, link.ctx);
  // a rate column without a date of its own (`2022年 | 2023年 | 增减`) is the change to the latest period
  const latest =
    cell.kind === null
      ? null
      : (table.dataColumns
          .map((d) => periodOf(headerOf(table, d, ' '), link.ctx))
          .filter((p) => p !== null)
          .sort()
          .at(-1) ?? null);
  // a year in brackets after the cell's figure (`2.05 (2020)`) or after the row label (`经常账户（2023）`) dates the figure
  const cellYear = CELL_YEAR.exec(cellText(table, row, col))?.[1] ?? CELL_YEAR.exec(cell.rowLabel)?.[1] ?? null;
  // 最新 beside columns of trailing averages (最新 | 3年均 | 5年均) is the year they end with
  const newest =
    LATEST.test(cell.columnHeader.trim()) && table.dataColumns.some((d) => averagePeriod(headerOf(table, d, ' '), link.ctx) !== null) && link.ctx.refDate ? link.ctx.refDate.slice(0, 4) : null;
  const rowPeriod = labelsSubjects(table) ? null : periodOf(table.rowLabels[row] ?? '', link.ctx);
  let own = cellYear ?? newest ?? numberedPeriod(table, col) ?? periodOf(cell.columnHeader, link.ctx) ?? rowPeriod ?? latest;
  const span = own ? /^(\d{4})\/(\d{4})$/.exec(own) : null;
  if (span && SPAN_START.test(cell.columnHeader)) own = span[1]!;
  else if (span && SPAN_END.test(cell.columnHeader)) own = span[2]!;
  const period = own ? withYear(own, framing) : framing;
  const basis: Basis | null = c.type === 'growth' ? (c.basis ?? cell.basis) : null;
  return { metric: metric === '' ? null : metric, region, partner, period, basis };
}
