import { LINE_IN_CELL } from './cells.js';

// The table model beside the plain text. In the plain text every table row is a line whose cells
// are separated by tabs (each reader makes it so, spans resolved as empty fields), so the model is
// read from the plain text itself, with offsets into it: which lines form a table, its caption and
// unit notes, its header rows (levels joined, a header spanning columns carried over the empty
// fields it covers), its label columns and unit column, and each row's label.

export interface TableCell {
  row: number;
  col: number;
  /** offsets of the trimmed cell text in the plain text (start === end for an empty cell) */
  start: number;
  end: number;
  text: string;
}

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface Table {
  /** offsets of the first and past the last row line */
  start: number;
  end: number;
  /** rows × columns; every row has `columns` cells */
  cells: TableCell[][];
  columns: number;
  /** the title line before the table, or a title row inside it */
  caption: TextSpan | null;
  /** the line before the caption (or before the table): the passage that introduces it */
  lead: TextSpan | null;
  /** units stated for the whole table: `单位：万美元、%` → [`万美元`, `%`] */
  units: string[];
  /** rows or columns a note excepts from its units: `只有 Margin 為 %` → Margin is in % */
  unitExceptions: UnitException[];
  /** a note above the table that also governs the tables after it, each with only its caption between */
  sectionNote: string | null;
  /** rows that hold the column headers (caption and note rows excluded) */
  headerRows: number[];
  /** rows that hold data */
  dataRows: number[];
  /** columns that label the rows (the unit column and a numbering column excluded) */
  labelColumns: number[];
  /** the column that gives each row's unit (`单位`), if any */
  unitColumn: number | null;
  /** columns that hold data */
  dataColumns: number[];
  /** per column, the header levels from top to bottom (empty levels left out) */
  columnHeaders: string[][];
  /** per row, the label (label columns joined), `''` for header rows */
  rowLabels: string[];
}

/** `单位：亿元`, `（单位：万吨）`, `金额单位：万美元、%`: the units of a note. */
const UNIT_NOTE = /(?:^|[（(\s])(?:[\p{Script=Han}]{0,4})(?:单位|單位)[:：]\s*([^）)\t\n]{1,30})/u;
/** A number at the start of a cell: an optional bound, a sign, digits (full width folded by the caller or not). */
export const LEADING_NUMBER = /^(约|近|超过|超|逾|不足|不到|大于|小于|[>＞<＜≥≤])?\s*([-+−－]?)([0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)/u;
/** After a number, these make it a date or a label, not a figure: 2023年, 1-10月, 3季度, 8~10 月, and a span written with an arrow (7→3 月, 3→隔年 3 月, 2019→2021). */
const DATE_AFTER = /^\s*(?:[月日号季]|[-—–~至][0-9０-９]{1,2}\s*月|→|->|⇒)/;
/** 年 after a year (`2023年`, `98年`) makes a date; after a number set apart from it or too short to be a year (`28 年`, `5年`), a duration, which is a figure. */
const YEAR_AFTER = /^(?:[0-9０-９]{4}\s*|[0-9０-９]{2})年/;
/** A duration cell ends at 年 or goes on only with a note (`28 年 (1998-2025)`); `3年均` labels a column. */
const DURATION_END = /^\s*年\s*(?:$|[（(])/;
/** Headers of a leading column that labels the rows even when its labels start with digits (`2Y`, `2019→2021`). */
const LABEL_HEADER = /^(?:指标|指標|项目|項目|名称|名稱|期间|期間|区间|區間|年度|年份|年月|月份|时间|時間|时期|時期|日期)$/;
const NUMBERING_HEADER = /^(?:序号|编号|排名|名次|位次|序|No\.?)$/i;
const UNIT_HEADER = /^(?:计量单位|計量單位|单位|單位)$/;

/** Whether the cell is a figure: it starts with a number that is not a date or a year label. */
export function isNumericCell(text: string): boolean {
  if (/^[(（]\s*[0-9][0-9,，.]*\s*[)）]$/.test(text)) return true;
  const m = LEADING_NUMBER.exec(text);
  if (!m) return false;
  const [number, , , digits = ''] = m; // the digits always take part
  const rest = text.slice(number.length);
  if (/^\s*年/.test(rest)) return DURATION_END.test(rest) && !YEAR_AFTER.test(text.slice(m.index + number.length - digits.length));
  return !DATE_AFTER.test(rest);
}

const isYear = (text: string): boolean => /^(?:19|20)\d{2}$/.test(text.trim());
/** A year heading words in a header cell: `2024 GDP 成長`, `2023年 出口` is not (a date cell). */
const YEAR_HEADING = /^(?:19|20)\d{2} [A-Za-z\p{Script=Han}]/u;
/** A year and month written as a number (`2023.01`, `2023-01`): statistics tables label monthly rows so. */
export const isYearMonth = (text: string): boolean => /^(?:19|20)\d{2}[.\-/](?:0?[1-9]|1[0-2])$/.test(text.trim());
/** A day written as numbers (`2024-12-31`, `2024/06/30`): reports head the columns of their periods so. */
export const isYearDay = (text: string): boolean => /^(?:19|20)\d{2}([.\-/])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])$/.test(text.trim());
/** A quarter or half written the way reports head their columns: `2024Q4`, `2024 Q1`, `2024-H1`. */
export const isYearQuarter = (text: string): boolean => /^(?:19|20)\d{2}\s?[-/]?\s?(?:Q[1-4]|H[12])$/i.test(text.trim());
/** A header cell that is nothing but a period written as numbers. */
const isPeriodHeader = (text: string): boolean => (isYear(text) && text.trim().length === 4) || isYearDay(text) || isYearQuarter(text);

export interface UnitException {
  /** a word of the row label or column header, as written (`Margin`) */
  label: string;
  unit: string;
}

/** An exception in a unit note: `只有 Margin 為 %`, `仅增速为%`, `除了占比用 %`. */
const EXCEPTION = /(?:只有|仅|僅|唯|除了?)\s*([^,，、;；]{1,20}?)\s*(?:為|为|是|以|用)\s*([%％]|[^\s,，、;；)）]{1,6})/gu;

/** The units of a unit note, or null when the text is none (its exceptions left out). */
export function unitNote(text: string): string[] | null {
  const m = UNIT_NOTE.exec(text);
  if (!m) return null;
  const [, units = ''] = m; // the group always takes part
  return units
    .replace(EXCEPTION, '')
    .split(/[、,，/；;和及]|\s+/)
    .map((u) => u.trim())
    .filter(Boolean);
}

/** The exceptions of a unit note: `(單位: 百萬台幣, 只有 Margin 為 %)` → Margin in %. */
export function unitExceptions(text: string): UnitException[] {
  const m = UNIT_NOTE.exec(text);
  if (!m) return [];
  // EXCEPTION's two groups always take part in a match
  return [...(m[1] ?? '').matchAll(EXCEPTION)].map((e) => ({ label: e[1]!.trim(), unit: e[2] === '％' ? '%' : e[2]! }));
}

interface Line {
  start: number;
  end: number;
}

function linesOf(plain: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= plain.length) {
    let end = plain.indexOf('\n', start);
    if (end === -1) end = plain.length;
    lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}

function cellsOfLine(plain: string, line: Line, row: number): TableCell[] {
  const cells: TableCell[] = [];
  let at = line.start;
  let col = 0;
  while (at <= line.end) {
    let stop = plain.indexOf('\t', at);
    if (stop === -1 || stop > line.end) stop = line.end;
    let s = at;
    let e = stop;
    while (s < e && /\s/.test(plain.charAt(s))) s++;
    while (e > s && /\s/.test(plain.charAt(e - 1))) e--;
    cells.push({ row, col, start: s, end: e, text: plain.slice(s, e) });
    col++;
    at = stop + 1;
  }
  return cells;
}

const nonEmpty = (row: TableCell[]) => row.filter((c) => c.text !== '');
/** Whether a line is a table row (holds a tab); no line (past the text) is none. */
const isRowLine = (plain: string, line: Line | undefined): boolean => line !== undefined && plain.slice(line.start, line.end).includes('\t');
/** The text of a cell; every row is padded to `columns` cells, so only an index past them reads ''. */
const cellText = (cells: TableCell[][], row: number, col: number): string => cells[row]?.[col]?.text ?? '';
const span = (plain: string, line: Line): TextSpan => ({ start: line.start, end: line.end, text: plain.slice(line.start, line.end).trim() });

/** Every table of the plain text: runs of two or more lines holding a tab. */
export function tablesOf(plain: string): Table[] {
  if (!plain.includes('\t')) return [];
  const lines = linesOf(plain);
  const tables: Table[] = [];
  let i = 0;
  while (i < lines.length) {
    const isRow = (k: number) => isRowLine(plain, lines[k]);
    if (!isRow(i)) {
      i++;
      continue;
    }
    let j = i;
    while (isRow(j)) j++;
    for (const [from, to] of runsOfTables(plain, lines, i, j)) if (to - from >= 2) tables.push(buildTable(plain, lines, from, to, tables.at(-1) ?? null));
    i = j;
  }
  return tables;
}

const fieldsOf = (plain: string, line: Line): string[] =>
  plain
    .slice(line.start, line.end)
    .split('\t')
    .map((t) => t.trim());

/**
 * A run of row lines split where a second table starts: the plain text has no blank lines, so two
 * tables one after the other (two Markdown tables apart by a blank line) are one run. A row of two
 * or more words and no figure after data rows, with data rows under it, is a new header (not one
 * repeated from the top, as a page break repeats it); the title and note rows just above it
 * (one filled cell each) open the new table with it.
 */
function runsOfTables(plain: string, lines: Line[], from: number, to: number): [number, number][] {
  const fields = lines.slice(from, to).map((line) => fieldsOf(plain, line));
  const filled = (row: string[]) => row.filter((t) => t !== '');
  // no row (past the run) is no data row
  const isData = (row: string[] | undefined) => row !== undefined && filled(row).length >= 2 && row.slice(1).some((t) => isNumericCell(t));
  // a header's cells are words, or the periods of its columns (指标 | 2023 | 2024, 项目 | 2024-12-31),
  // with at least one word: a row of periods alone may be a data row labelled by a year
  const isWord = (t: string) => !isNumericCell(t) && /[\p{L}]/u.test(t);
  const isHeader = (row: string[]) => filled(row).length >= 2 && filled(row).some(isWord) && filled(row).every((t) => isWord(t) || isPeriodHeader(t) || YEAR_HEADING.test(t));
  const firstHeader = fields.find((row) => isHeader(row))?.join('\t');
  const runs: [number, number][] = [];
  let start = 0;
  let seenData = false;
  for (const [k, row] of fields.entries()) {
    if (seenData && isHeader(row) && isData(fields[k + 1]) && row.join('\t') !== firstHeader) {
      let cut = k;
      // start < cut - 1 < k: a row of the run
      while (cut - 1 > start && filled(fields[cut - 1]!).length <= 1) cut--;
      runs.push([from + start, from + cut]);
      start = cut;
      seenData = false;
    }
    if (isData(row)) seenData = true;
  }
  runs.push([from + start, to]);
  return runs;
}

function buildTable(plain: string, lines: Line[], from: number, to: number, prev: Table | null): Table {
  const raw = lines.slice(from, to).map((line, r) => ({ line, row: cellsOfLine(plain, line, r) }));
  const columns = Math.max(...raw.map(({ row }) => row.length));
  const cells = raw.map(({ line, row }, r) => {
    const padded = [...row];
    const end = line.end;
    while (padded.length < columns) padded.push({ row: r, col: padded.length, start: end, end, text: '' });
    return padded;
  });
  const units: string[] = [];
  const exceptions: UnitException[] = [];
  let caption: TextSpan | null = null;
  let lead: TextSpan | null = null;
  let sectionNote: string | null = null;
  const readNote = (text: string): void => {
    units.push(...(unitNote(text) ?? []));
    exceptions.push(...unitExceptions(text));
  };
  // before the table: unit notes, then the caption, then the lead
  for (const line of lines.slice(Math.max(0, from - 4), from).reverse()) {
    // a row of the table before ends the look back: its cells introduce nothing of this one, but a
    // section's note above it governs this one too (`財務概況 (單位: 百萬台幣)`, then captioned tables)
    if (isRowLine(plain, line)) {
      if (prev?.sectionNote && prev.end === line.end && units.length === 0) {
        sectionNote = prev.sectionNote;
        readNote(sectionNote);
      }
      break;
    }
    const s = span(plain, line);
    const note = unitNote(s.text);
    if (note && s.text.length <= 40) {
      sectionNote ??= s.text;
      readNote(s.text);
      continue;
    }
    if (lead !== null) break;
    if (caption === null && s.text.length <= 60 && !/[。；！？]$/.test(s.text)) {
      caption = s;
      continue;
    }
    lead = s;
    // a heading for a lead (no sentence ends it) may have the section's note above it
    if (/[。；！？]$/.test(s.text)) break;
  }
  // a note right after the table, unless a table follows it: then the note is that table's
  const below = lines[to];
  if (below && !isRowLine(plain, lines[to + 1])) {
    const note = unitNote(span(plain, below).text);
    if (note && span(plain, below).text.length <= 40) units.push(...note);
  }
  // title and note rows at the top: a single filled cell
  let top = 0;
  for (const row of cells) {
    const filled = nonEmpty(row);
    if (filled.length > 1) break;
    const [only] = filled;
    if (only) {
      const note = unitNote(only.text);
      if (note) units.push(...note);
      else caption ??= { start: only.start, end: only.end, text: only.text };
    }
    top++;
  }
  // a note inside a header cell (`指标（单位：亿元）`, a right-aligned `单位：亿元` cell)
  for (const row of cells.slice(top, top + 3))
    for (const c of row) {
      const note = unitNote(c.text);
      if (note) units.push(...note);
    }
  const isDataRow = (row: TableCell[]) => {
    const filled = nonEmpty(row);
    if (filled.length < 2) return false;
    const numbers = row.slice(1).filter((c) => isNumericCell(c.text));
    // a row of bare years, days or quarters is a header (2022 | 2023, 2024-12-31 | 2023-12-31, 2024Q4 | 2025Q1),
    // and so is one of years heading words (2024 GDP 成長 | 2023)
    return numbers.length > 0 && !numbers.every((c) => (isPeriodHeader(c.text) || YEAR_HEADING.test(c.text)) && c.row === top);
  };
  // the rows from top to the first data row hold the headers
  const headerRows: number[] = [];
  const dataRows: number[] = [];
  for (const [r, row] of cells.entries()) {
    if (r < top) continue;
    if (isDataRow(row)) dataRows.push(r);
    else if (dataRows.length === 0) headerRows.push(r);
  }
  if (dataRows.length === 0) headerRows.length = 0;

  const columnHeaders = resolveHeaders(cells, headerRows, columns);
  // label columns: from the left, columns whose data cells are not figures (years may label rows)
  const labelColumns: number[] = [];
  let unitColumn: number | null = null;
  const dataColumns: number[] = [];
  for (const [c, levels] of columnHeaders.entries()) {
    const values = dataRows.map((row) => cellText(cells, row, c)).filter((t) => t !== '');
    const numeric = values.filter(isNumericCell);
    const header = levels.join('');
    if (NUMBERING_HEADER.test(header)) continue;
    if (UNIT_HEADER.test(header)) {
      unitColumn = c;
      continue;
    }
    // a first column of 1, 2, 3 … numbers the rows
    const numbering = c === 0 && numeric.length >= 2 && numeric.every((t, k) => t.trim() === String(k + 1));
    if (numbering) continue;
    const labels = numeric.length === 0 || (c === 0 && (numeric.every(isYear) || numeric.every(isYearMonth))) || LABEL_HEADER.test(header);
    if (labels && dataColumns.length === 0) labelColumns.push(c);
    else if (numeric.length > 0) dataColumns.push(c);
  }
  const rowLabels = cells.map(() => '');
  const carried: string[] = [];
  for (const row of dataRows) {
    const parts = labelColumns.map((c, k) => {
      const text = cellText(cells, row, c);
      // a label spanning rows leaves its column empty below it; the next column still labels
      if (text === '' && k < labelColumns.length - 1) return carried[k] ?? '';
      carried[k] = text;
      return text;
    });
    rowLabels[row] = joinLines(parts.filter(Boolean).join(' '));
  }
  return {
    // from < to <= lines.length: a table has lines
    start: lines[from]!.start,
    end: lines[to - 1]!.end,
    cells,
    columns,
    caption,
    lead,
    units: [...new Set(units)],
    unitExceptions: exceptions,
    sectionNote,
    headerRows,
    dataRows,
    labelColumns,
    unitColumn,
    dataColumns,
    columnHeaders,
    rowLabels,
  };
}

/**
 * Header levels per column. A header cell spanning columns leaves the fields it covers empty:
 * an empty field takes the cell on its left when a lower header row has something under it.
 */
function resolveHeaders(cells: TableCell[][], headerRows: number[], columns: number): string[][] {
  const levels: string[][] = Array.from({ length: columns }, () => []);
  headerRows.forEach((row, h) => {
    let left = '';
    for (const [c, level] of levels.entries()) {
      let text = cellText(cells, row, c);
      const below = headerRows.slice(h + 1).some((r) => cellText(cells, r, c) !== '');
      if (text === '' && c > 0 && below) text = left;
      else left = text;
      if (text !== '' && level.at(-1) !== text) level.push(text);
    }
  });
  return levels;
}

/**
 * The cell at a row and column of the table: rows and columns come from its own lists (dataRows,
 * dataColumns, unitColumn …) and every row has `columns` cells, so a place outside it is a bug.
 */
export function cellOf(table: Table, row: number, col: number): TableCell {
  const cell = table.cells[row]?.[col];
  if (cell === undefined) throw new RangeError(`no cell at row ${row}, column ${col} of a ${table.cells.length}×${table.columns} table`);
  return cell;
}

/** A row's label (one per row, `''` for header rows); a row outside the table is a bug. */
export function rowLabelOf(table: Table, row: number): string {
  const label = table.rowLabels[row];
  if (label === undefined) throw new RangeError(`no row ${row} in a table of ${table.rowLabels.length}`);
  return label;
}

/** A column's header levels (one list per column, maybe empty); a column outside the table is a bug. */
export function columnHeaderOf(table: Table, col: number): string[] {
  const levels = table.columnHeaders[col];
  if (levels === undefined) throw new RangeError(`no column ${col} in a table of ${table.columns}`);
  return levels;
}

/** The table and cell that hold a plain-text offset, if any. */
export function cellAt(tables: Table[], offset: number): { table: Table; cell: TableCell } | null {
  for (const table of tables) {
    if (offset < table.start || offset > table.end) continue;
    for (const row of table.cells) for (const cell of row) if (offset >= cell.start && offset < Math.max(cell.end, cell.start + 1)) return { table, cell };
  }
  return null;
}

const WIDE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;

/** A cell's lines read as one text: joined as a wrapped line is, without a space between Chinese characters. */
export function joinLines(text: string): string {
  if (!text.includes(LINE_IN_CELL)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== LINE_IN_CELL) out += text[i];
    else if (!(WIDE.test(text[i - 1] ?? '') && WIDE.test(text[i + 1] ?? ''))) out += ' ';
  }
  return out;
}

/** The lines of a cell (a `<br>` between them), each with its offsets; one line for most cells. */
export function cellLines(cell: TableCell): TableCell[] {
  if (!cell.text.includes(LINE_IN_CELL)) return [cell];
  const out: TableCell[] = [];
  let from = 0;
  for (const piece of cell.text.split(LINE_IN_CELL)) {
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    out.push({ ...cell, start: cell.start + from + lead, end: cell.start + from + lead + text.length, text });
    from += piece.length + 1;
  }
  return out;
}
