import type { Candidate, Sentence } from '../types.js';
import type { Table, TableCell } from '../../plain/table.js';
import { asTableSays, cellContext, headerLines, leadingFigure, readCell, type CellContext } from './rules.js';
import { cellLines, cellOf } from '../../plain/table.js';
import { round } from '../../numbers/parse.js';

// Where tables meet the sentence pipeline: a table row is cut into one sentence per cell (so a
// prose rule reads one cell, never a label and the next cell's number together); then every data
// cell's bare number becomes a candidate of its cell's sentence, and a figure the prose rules found
// in a data cell is read as its column says (a rate under `增幅` is a growth).

/** Where a candidate in a table cell was read. */
export interface CellOrigin {
  table: Table;
  row: number;
  col: number;
  context: CellContext;
}

/** The sentences of the plain text with those inside table rows cut at the cell separators. */
export function cutAtCells(sentences: Sentence[], tables: Table[]): Sentence[] {
  if (tables.length === 0) return sentences;
  const out: Sentence[] = [];
  let t = 0;
  for (const s of sentences) {
    let table = tables[t];
    while (table && table.end < s.start) table = tables[++t];
    if (!table || s.start < table.start || !s.text.includes('\t')) {
      out.push(s);
      continue;
    }
    let from = 0;
    for (let i = 0; i <= s.text.length; i++) {
      if (i < s.text.length && s.text.charAt(i) !== '\t') continue;
      let a = from;
      let b = i;
      while (a < b && /\s/.test(s.text.charAt(a))) a++;
      while (b > a && /\s/.test(s.text.charAt(b - 1))) b--;
      if (b > a) out.push({ start: s.start + a, end: s.start + b, text: s.text.slice(a, b), match: s.match.slice(a, b) });
      from = i + 1;
    }
  }
  return out;
}

export interface TableItem {
  sentence: Sentence;
  candidates: Candidate[];
}

/** The table whose rows hold a plain-text offset, or -1. */
export function tableIndexAt(tables: Table[], offset: number): number {
  let lo = 0;
  let hi = tables.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const table = tables[mid]!; // 0 <= lo <= mid <= hi < tables.length
    if (offset < table.start) hi = mid - 1;
    else if (offset > table.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Adds the table's candidates to the items of the sentences inside tables (changed in place) and
 * says where each candidate of a data cell was read. `match` is the folded plain text.
 */
/** `localMoney`: the document's local currency, which a bare 元 in a unit note means (as in prose). */
export function readTables(items: TableItem[], tables: Table[], match: string, localMoney: string | null = null): Map<Candidate, CellOrigin> {
  const origins = new Map<Candidate, CellOrigin>();
  // the items of each cell, by the cell's start
  const itemAt = new Map<number, TableItem[]>();
  const finders = tables.map(cellFinder);
  for (const item of items) {
    const k = tableIndexAt(tables, item.sentence.start);
    if (k < 0) continue;
    const cell = finders[k]?.(item.sentence.start);
    if (!cell) continue;
    const key = cell.start;
    const list = itemAt.get(key);
    if (list) list.push(item);
    else itemAt.set(key, [item]);
  }
  for (const table of tables) {
    for (const row of table.dataRows) {
      for (const col of table.dataColumns) {
        const cell = cellOf(table, row, col);
        const cellItems = itemAt.get(cell.start) ?? [];
        if (cellItems.length === 0) continue;
        for (const { part, context } of cellParts(table, row, col)) readPart(part, context, cellItems, { table, row, col }, match, localMoney, origins);
      }
      // a column of notes (`备注`) holds prose, read as prose: only its scale-only amounts take the table's currency
      const [firstData] = table.dataColumns;
      const currency = firstData === undefined ? null : cellContext(table, row, firstData).currency;
      if (currency === null) continue;
      for (let col = 0; col < table.columns; col++) {
        if (table.dataColumns.includes(col) || table.labelColumns.includes(col) || col === table.unitColumn) continue;
        for (const item of itemAt.get(cellOf(table, row, col).start) ?? []) item.candidates = item.candidates.map((c) => inCurrency(c, item, currency, match));
      }
    }
  }
  return origins;
}

/**
 * The parts of a data cell read apart, each with its context: the cell itself, or, when its lines
 * (`<br>`) stand under a header of as many lines, each line under its header line.
 */
function cellParts(table: Table, row: number, col: number): { part: TableCell; context: CellContext }[] {
  const cell = cellOf(table, row, col);
  const lines = cellLines(cell);
  if (lines.length > 1 && lines.length === headerLines(table, col).length) return lines.map((part, k) => ({ part, context: cellContext(table, row, col, k) }));
  return [{ part: cell, context: cellContext(table, row, col) }];
}

/** Reads one part of a data cell: the prose facts in it as the table says, its scaled amounts, its bare number. */
function readPart(
  part: TableCell,
  context: CellContext,
  cellItems: TableItem[],
  at: { table: Table; row: number; col: number },
  match: string,
  localMoney: string | null,
  origins: Map<Candidate, CellOrigin>,
): void {
  const origin = { ...at, context };
  const inPart = (c: Candidate, item: TableItem) => item.sentence.start + c.start >= part.start && item.sentence.start + c.start < Math.max(part.end, part.start + 1);
  for (const item of cellItems) {
    item.candidates = item.candidates.map((c) => {
      if (!inPart(c, item)) return c;
      const said = asTableSays(c, context);
      // a sign the prose rules leave before a rate or a bare amount belongs to the cell's figure
      const minus =
        (said.type === 'percent' || said.type === 'growth' || said.rule.endsWith('+table-currency')) && c.type !== 'growth' && /[-−－]/.test(match[item.sentence.start + c.start - 1] ?? '');
      const read = minus ? { ...said, start: said.start - 1, value: -(said.value as number) } : said;
      const kept = read.type === 'growth' || minus || read.type !== c.type ? read : c;
      origins.set(kept, origin);
      return kept;
    });
  }
  if (context.currency !== null) {
    for (const amount of scaleAmounts(match, part, context.currency)) {
      const item = cellItems.find((it) => it.sentence.start <= amount.start && amount.end <= it.sentence.end);
      if (!item || item.candidates.some((c) => item.sentence.start + c.start < amount.end && item.sentence.start + c.end > amount.start)) continue;
      const candidate: Candidate = { ...amount, start: amount.start - item.sentence.start, end: amount.end - item.sentence.start };
      item.candidates = [...item.candidates, candidate].sort((a, b) => a.start - b.start);
      origins.set(candidate, origin);
    }
  }
  const figure = leadingFigure(match, part);
  if (!figure) return;
  const covered = cellItems.some((it) => it.candidates.some((c) => it.sentence.start + c.start <= figure.end - 1 && it.sentence.start + c.end > figure.start));
  if (covered) return;
  const read = readCell(match, part, context, localMoney);
  if (!read) return;
  const item = cellItems.find((it) => it.sentence.start <= read.start && read.end <= it.sentence.end);
  if (!item) return;
  const candidate: Candidate = {
    type: read.type,
    start: read.start - item.sentence.start,
    end: read.end - item.sentence.start,
    value: read.value,
    valueMax: read.valueMax,
    unit: read.unit,
    approx: read.approx,
    basis: read.basis,
    rule: read.rule,
  };
  item.candidates = [...item.candidates, candidate].sort((a, b) => a.start - b.start);
  origins.set(candidate, origin);
}

/** A bare scaled number (a count without a classifier, `35 亿`) as an amount of the currency, a minus before it kept. */
function inCurrency(c: Candidate, item: TableItem, currency: string, match: string): Candidate {
  if (c.type !== 'count' || c.unit !== null || typeof c.value !== 'number') return c;
  const minus = /[-−－]/.test(match[item.sentence.start + c.start - 1] ?? '') && !/[0-9]/.test(match[item.sentence.start + c.start - 2] ?? '');
  const sign = minus ? -1 : 1;
  return {
    ...c,
    type: 'money',
    unit: currency,
    start: minus ? c.start - 1 : c.start,
    value: sign * c.value,
    valueMax: c.valueMax === null ? null : sign * c.valueMax,
    rule: `${c.rule}+table-currency`,
  };
}

/** A number with a scale and nothing after it that says what is counted: `1,250 亿`, `-310 亿 (`, `90 亿 vs`. */
const SCALE_AMOUNT = /([-−－]?)([0-9][0-9,]*(?:\.[0-9]+)?)\s*(万亿|萬億|万|萬|亿|億)(?!\s*[\p{Script=Han}])/gu;
const SCALE: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 万亿: 1e12, 萬億: 1e12 };

/**
 * The amounts a cell writes with only a scale, in a table that names its currency (`出口额 (USD)`):
 * the prose rules read such a figure as a count, or not at all when words follow it inside the cell.
 * Offsets in the plain text.
 */
function scaleAmounts(match: string, cell: TableCell, currency: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of match.slice(cell.start, cell.end).matchAll(SCALE_AMOUNT)) {
    const [, minus, digits = '', scale = ''] = m; // every group takes part
    const sign = minus === '' ? 1 : -1;
    const value = round(sign * Number(digits.replace(/,/g, '')) * SCALE[scale]!); // SCALE_AMOUNT's scales are SCALE's words
    const start = cell.start + m.index;
    out.push({ type: 'money', start, end: start + m[0].length, value, valueMax: null, unit: currency, approx: 'exact', basis: null, rule: 'table.scale-currency' });
  }
  return out;
}

/** The cell holding an offset: the last filled cell starting at or before it (binary search). */
function cellFinder(table: Table): (offset: number) => TableCell | null {
  const filled = table.cells.flat().filter((c) => c.end > c.start);
  return (offset) => {
    let lo = 0;
    let hi = filled.length - 1;
    let found: TableCell | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const cell = filled[mid]!; // 0 <= lo <= mid <= hi < filled.length
      if (cell.start <= offset) {
        found = cell;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found && offset < found.end ? found : null;
  };
}
