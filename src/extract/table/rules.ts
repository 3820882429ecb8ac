import type { FactType } from '../../schema/fact.js';
import type { Candidate } from '../types.js';
import type { Table, TableCell } from '../../plain/table.js';
import { LEADING_NUMBER, cellOf, columnHeaderOf, joinLines, rowLabelOf } from '../../plain/table.js';
import { LINE_IN_CELL } from '../../plain/cells.js';
import { extractorsFor } from '../registry.js';
import { sentenceOf } from '../../text/sentences.js';
import { round } from '../../numbers/parse.js';
import { foldText } from '../../text/fold.js';

// Table cells: a bare number in a data cell is a fact when the table gives its unit (contract
// v1.1). The unit comes from the most specific place that states one — a growth or share column
// (its header says what a rate in it is), the row (its label `生猪出栏（万头）` or the unit
// column), the column header (`金额（亿元）`), the table's note (`单位：亿元`) — and value, unit
// and type are what the prose rules make of the number with that unit written after it.

/** What a column (or a row, in a transposed table) holds, from its header. */
export type RateKind = { kind: 'growth'; sign: 1 | -1; points: boolean } | { kind: 'percent' } | null;

// header cells are read as written (not folded), so Traditional forms are listed beside Simplified;
// 成长/成長 is Taiwan and Hong Kong's word for growth, and a 变化率 is a rate of change
const GROWTH_HEADER =
  /增长|增長|增速|增率|增幅|涨幅|漲幅|升幅|跌幅|降幅|下降|减少|減少|下跌|变幅|變幅|变动|變動|变化率|變化率|成长|成長|增减|增減|同比|环比|環比|按年|按月|比上年|比去年|较上年|較上年|±|[+]\/-|升跌|升降|涨跌|漲跌/;
/** Reports' English abbreviations of a change, as a column header. */
const ABBREVIATED_CHANGE = /\b(?:YoY|MoM|QoQ)\b/i;
const FALL_HEADER = /跌幅|降幅|下降|减少|下跌|減少/;
const SHARE_HEADER = /占比|比重|份额|份額|占.{0,8}[%％]|构成|構成|[^增]率|率[（(]|^率/;

/** What a rate in a column with this header is: growth (with its sign), a share, or nothing said. */
export function rateKind(header: string): RateKind {
  if (GROWTH_HEADER.test(header)) return { kind: 'growth', sign: FALL_HEADER.test(header) ? -1 : 1, points: /百分点/.test(header) };
  if (SHARE_HEADER.test(header)) return { kind: 'percent' };
  return null;
}

// reports in Chinese also abbreviate in English: YoY, MoM, QoQ (a change against the quarter before)
const YOY = /同比|比上年|比去年|较上年|較上年|较去年|較去年|上年同期|去年同期|按年|\bYoY\b/i;
const MOM = /环比|環比|比上月|较上月|按月|上月|\b(?:MoM|QoQ)\b/i;

/** Words that say a label is a rate and nothing else: `同比增长（%）`, `占比`, `增长率`. */
const RATE_ONLY = new RegExp(`${GROWTH_HEADER.source}|占比|比重|份额|份額|构成|構成|速度|幅度|百分点|[%％率\\s]`, 'g');

/** Whether a row label names only a rate (`同比增长（%）`), so that it is the rate of the level row above; `股息率3年平均` names its own measure. */
const isRateOnly = (label: string): boolean => label.replace(PARENS_ANY, '').replace(RATE_ONLY, '') === '';
const PARENS_ANY = /[（(][^（）()]*[）)]/g;

/** yoy / mom from a header (`比上年增长（%）`, `按年變幅`), else null. */
export function basisOfHeader(header: string): 'yoy' | 'mom' | null {
  if (YOY.test(header)) return 'yoy';
  if (MOM.test(header)) return 'mom';
  return null;
}

const UNIT_TYPES: FactType[] = ['money', 'measure', 'count', 'percent'];
const unitExtractors = extractorsFor(UNIT_TYPES);

/** A currency written before the scale in a unit (`人民币亿元`, `港币千元`) is written after it, as prose does: `亿元人民币`, `千港币`. */
const CURRENCY_FIRST = /^(人民币|人民幣|港币|港幣|港元|美元|欧元|歐元|日元|新台币|新台幣|新臺幣|台币|台幣|臺幣|澳门元|澳門元|英镑|英鎊)([十百千万萬亿億]+)元?$/;

/** The fact the prose rules read in `1{unit}`-style text, when one covers the number and the unit. */
const proseUnit = (written: string): string => {
  const reordered = CURRENCY_FIRST.exec(written);
  return reordered ? `${reordered[2]}${reordered[1]}` : written;
};

function readWithUnit(number: string, written: string, localMoney: string | null = null): Candidate | null {
  const unit = proseUnit(written);
  const text = `${number}${unit}`;
  const s = sentenceOf(text, foldText(text));
  let best: Candidate | null = null;
  for (const x of unitExtractors) {
    for (const c of x.extract(s, { refDate: null, localMoney })) {
      if (c.start !== 0 || c.end < number.length + 1) continue;
      if (!best || c.end > best.end) best = c;
    }
  }
  return best;
}

const unitCache = new Map<string, boolean>();

/** Whether the text is a unit the rules know (`亿元`, `万美元`, `万吨`, `万头`, `%`), so that `1` followed by it is a figure. */
export function isUnit(text: string): boolean {
  const unit = text.trim();
  if (unit === '' || unit.length > 8) return false;
  let known = unitCache.get(unit);
  if (known === undefined) {
    const c = readWithUnit('1', unit);
    // a unit per something (元/人, 美元/吨) is read up to the slash
    const prose = proseUnit(unit);
    const stop = prose.indexOf('/');
    known = c !== null && c.end >= 1 + (stop > 0 ? stop : prose.length);
    unitCache.set(unit, known);
  }
  return known;
}

const PARENS = /[（(]([^（）()]{1,12})[）)]/g;

/** The unit a label states: in parentheses (`金额（亿元）`, `生猪出栏（万头）`), after a separator, or the label itself. */
export function unitOfLabel(label: string): string | null {
  for (const m of label.matchAll(PARENS)) {
    const [, paren = ''] = m; // the group always takes part
    const inner = paren.replace(/^(?:单位|單位)[:：]/, '').trim();
    // a scale alone qualifies the word before it: `人次（万）` is 万人次
    const word = label.slice(0, m.index).trim();
    if (/^[十百千万萬亿億]+$/.test(inner) && word !== '' && isUnit(inner + word.slice(-2))) return inner + word.slice(-2);
    if (isUnit(inner)) return inner;
    if (/^[%％]$/.test(inner)) return '%';
  }
  const [, tail] = /[:：/、]\s*([^:：/、]{1,6})$/.exec(label) ?? [];
  if (tail !== undefined && isUnit(tail)) return tail.trim();
  if (isUnit(label)) return label.trim();
  return null;
}

/** A label without its unit and numbering: `生猪出栏（万头）` → `生猪出栏`, `其中：出口` → `出口`. */
export function cleanLabel(label: string): string {
  return label
    .replace(PARENS, (whole, inner: string) => (isUnit(inner.replace(/^(?:单位|單位)[:：]/, '')) || /^[%％]$/.test(inner) || /^(?:单位|單位)/.test(inner) ? '' : whole))
    .replace(/^(?:其中|内|含|包括)[:：]?/, '')
    .replace(/^[#＃*·\s]+|[*＊\s]+$/g, '')
    .replace(/^(?:[一二三四五六七八九十]+、|\d+[.、．](?!\d)\s*|[（(][一二三四五六七八九十\d]+[）)])/, '')
    .trim();
}

export interface CellFigure {
  /** offsets in the plain text */
  start: number;
  end: number;
  type: FactType;
  value: number;
  valueMax: number | null;
  unit: string | null;
  approx: Candidate['approx'];
  /** growth: from the header, else null */
  basis: 'yoy' | 'mom' | null;
  rule: string;
}

/** What the table says about a data cell: the column header, the row label, the rate kind and the unit. */
export interface CellContext {
  columnHeader: string;
  rowLabel: string;
  kind: RateKind;
  unit: string | null;
  basis: 'yoy' | 'mom' | null;
  /** the currency a header or note of the table names (`出口额 (USD)`), for cells that write only a scale */
  currency: string | null;
  /** in a cell of several lines under a header of as many, the header's lines above this one's (`净利润(亿元)` above `同比增长(%)`) */
  linesAbove: string[];
}

/** The currency the table's headers or notes name, as an ISO code, or null. */
function tableCurrency(table: Table): string | null {
  for (const label of [...table.columnHeaders.flat(), ...table.units]) {
    const unit = unitOfLabel(label);
    const read = unit === null ? null : readWithUnit('1', unit);
    if (read?.type === 'money' && read.unit) return read.unit;
  }
  return null;
}

const APPROX_MARK: Record<string, Candidate['approx']> = {
  约: 'about',
  近: 'about',
  超过: 'over',
  超: 'over',
  逾: 'over',
  大于: 'over',
  '>': 'over',
  '＞': 'over',
  '≥': 'over',
  不足: 'under',
  不到: 'under',
  小于: 'under',
  '<': 'under',
  '＜': 'under',
  '≤': 'under',
};

/** The row whose label a growth row in a transposed table belongs to (`出口额` above `同比增长（%）`). */
function levelRowAbove(table: Table, row: number): number | null {
  const k = table.dataRows.indexOf(row);
  if (k < 0) return null;
  for (const r of table.dataRows.slice(0, k).reverse()) if (rateKind(rowLabelOf(table, r)) === null) return r;
  return null;
}

/** The lines of a column's lowest header cell (`营收(亿元)<br>毛利率(%)`): one for most headers. */
export const headerLines = (table: Table, c: number): string[] => (columnHeaderOf(table, c).at(-1) ?? '').split(LINE_IN_CELL).map((l) => l.trim());

/**
 * The context of the data cell at (row, col); `line`: of a cell whose lines stand under as many
 * header lines, the line read, which takes its header line in place of the whole header.
 */
export function cellContext(table: Table, row: number, col: number, line: number | null = null): CellContext {
  const lines = headerLines(table, col);
  const header = columnHeaderOf(table, col);
  // callers read a line only of a cell with as many lines as the header: lines[line] is there
  const levels = line === null ? header.map(joinLines) : [...header.slice(0, -1), lines[line] ?? ''];
  const columnHeader = levels.join(' ');
  const linesAbove = line === null ? [] : lines.slice(0, line);
  let rowLabel = rowLabelOf(table, row);
  // a column headed YoY / MoM / QoQ holds changes (a row so labelled is a span of a change table, read below)
  let kind = rateKind(levels.at(-1) ?? '') ?? rateKind(columnHeader) ?? (ABBREVIATED_CHANGE.test(columnHeader) ? ({ kind: 'growth', sign: 1, points: false } as const) : null);
  // a row of changes labelled YoY (a change table by span) is yoy like a column headed 同比
  let basis = basisOfHeader(columnHeader) ?? basisOfHeader(rowLabel);
  const columnUnit =
    [...levels]
      .reverse()
      .map(unitOfLabel)
      .find((u) => u !== null) ?? null;
  // a unit column gives the unit of the columns that name none (`计量单位 | 数量 | 金额（亿元）`: 万吨 is the 数量's)
  let rowUnit = table.unitColumn !== null && columnUnit === null ? cellOf(table, row, table.unitColumn).text || null : null;
  if (rowUnit !== null && !isUnit(rowUnit) && !/^[%％]$/.test(rowUnit)) rowUnit = null;
  rowUnit ??= unitOfLabel(rowLabel);
  // a transposed table: rows are measures (`出口额（亿元）`, `同比增长（%）`), columns are periods
  const rowKind = rateKind(rowLabel);
  if (kind === null && rowKind !== null) {
    kind = rowKind;
    basis = basisOfHeader(rowLabel) ?? basis;
    const above = isRateOnly(rowLabel) ? levelRowAbove(table, row) : null;
    if (above !== null) rowLabel = rowLabelOf(table, above);
  }
  const noteUnits = table.units.filter((u) => isUnit(u) || /^[%％]$/.test(u));
  let unit: string | null;
  if (kind !== null) unit = kind.kind === 'growth' && kind.points ? '个百分点' : '%';
  else if (rowUnit === '%' || columnUnit === '%') {
    unit = '%';
    kind = { kind: 'percent' };
  } else unit = rowUnit ?? columnUnit ?? noteUnits.find((u) => !/^[%％]$/.test(u)) ?? (noteUnits.length > 0 ? '%' : null);
  return { columnHeader, rowLabel, kind, unit, basis, currency: tableCurrency(table), linesAbove };
}

/** The number a data cell starts with, when nothing but a bound, a note in parentheses or a mark follows. */
export function leadingFigure(match: string, cell: TableCell): { start: number; end: number; sign: 1 | -1; approx: Candidate['approx']; number: string } | null {
  const text = match.slice(cell.start, cell.end);
  // accounts write a negative in parentheses: (12.5)
  const bracketed = /^[(（]\s*([0-9][0-9,，]*(?:\.[0-9]+)?)\s*[)）]$/.exec(text);
  if (bracketed) {
    const [, digits = ''] = bracketed; // the group always takes part
    return {
      start: cell.start + text.indexOf(digits),
      end: cell.start + text.indexOf(digits) + digits.length,
      sign: -1,
      approx: 'exact',
      number: digits.replace(/[,，]/g, ''),
    };
  }
  const m = LEADING_NUMBER.exec(text);
  if (!m) return null;
  const [whole, mark, signMark = '', digits = ''] = m; // the sign (maybe empty) and the digits always take part
  const rest = text.slice(whole.length).trim();
  // a note after the number (`（較2019年升12.4%）`), a footnote mark, or nothing
  if (rest !== '' && !/^(?:[（(［[]|[*＊①-⑳△▲#]+$|[注])/.test(rest)) return null;
  const numberStart = cell.start + m.index + whole.length - digits.length;
  const signed = signMark !== '';
  return {
    start: signed ? numberStart - 1 : numberStart,
    end: cell.start + m.index + whole.length,
    sign: /[-−－]/.test(signMark) ? -1 : 1,
    approx: mark ? (APPROX_MARK[mark] ?? 'exact') : 'exact',
    number: digits.replace(/[,，]/g, ''),
  };
}

/** The figure of a data cell (or of one line of it), or null when the table gives it no unit or the cell holds no bare number. */
export function readCell(match: string, cell: TableCell, ctx: CellContext, localMoney: string | null = null): CellFigure | null {
  const figure = leadingFigure(match, cell);
  if (!figure) return null;
  if (ctx.unit === null) return null;
  const base = { start: figure.start, end: figure.end, approx: figure.approx, valueMax: null };
  const n = Number(figure.number);
  if (!Number.isFinite(n)) return null;
  if (ctx.kind?.kind === 'growth') {
    const value = round(n * figure.sign * ctx.kind.sign);
    return { ...base, type: 'growth', value, unit: ctx.kind.points ? 'pp' : '%', basis: ctx.basis, rule: 'table.growth' };
  }
  if (ctx.kind?.kind === 'percent') return { ...base, type: 'percent', value: round(n * figure.sign), unit: '%', basis: null, rule: 'table.percent' };
  const read = readWithUnit(figure.number, ctx.unit, localMoney);
  if (!read || typeof read.value !== 'number') return null;
  return { ...base, type: read.type, value: round(read.value * figure.sign), unit: read.unit, basis: null, rule: `table.${read.type}` };
}

/**
 * A prose fact inside a data cell (the cell wrote its own unit, `6.5%`) read as the table says:
 * a rate in a growth column is a growth (a fall in `跌幅`), in a share column a percent.
 */
export function asTableSays(c: Candidate, ctx: CellContext): Candidate {
  // `1,250 亿` in a table of USD: a bare scale is a count to the prose rules, an amount to the table
  if (c.type === 'count' && c.unit === null && ctx.currency !== null) return { ...c, type: 'money', unit: ctx.currency, rule: `${c.rule}+table-currency` };
  if (c.type === 'percent' && ctx.kind?.kind === 'growth') {
    return { ...c, type: 'growth', value: round((c.value as number) * ctx.kind.sign), basis: ctx.basis, rule: `${c.rule}+table` };
  }
  if (c.type === 'growth' && c.basis == null && ctx.basis) return { ...c, basis: ctx.basis };
  return c;
}
