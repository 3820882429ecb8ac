import { stringify } from 'csv-stringify/sync';
import type { Fact } from '../schema/fact.js';

/** CSV columns in the contract's order. */
export const CSV_COLUMNS = ['doc', 'type', 'text', 'value', 'valueMax', 'unit', 'approx', 'metric', 'region', 'partner', 'period', 'basis', 'from', 'to', 'start', 'end', 'sentence'] as const;

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
// C0 controls other than tab/LF/CR, DEL and C1 controls have no place in a spreadsheet cell
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/**
 * Makes a cell safe for spreadsheet programs: a cell that would start with = + - @ tab or CR is
 * read as a formula by Excel/LibreOffice, so it gets a leading apostrophe — except a plain number.
 */
export function defuseCell(cell: string): string {
  const clean = CONTROL.test(cell) ? cell.replace(CONTROLS, '\uFFFD') : cell;
  switch (clean.charCodeAt(0)) {
    case 0x3d:
    case 0x2b:
    case 0x2d:
    case 0x40:
    case 0x09:
    case 0x0d: // = + - @ tab CR
      if (!PLAIN_NUMBER.test(clean)) return `'${clean}`;
  }
  return clean;
}

const cellOf = (v: string | number | boolean | null | undefined): string => (v === null || v === undefined ? '' : defuseCell(String(v)));

// csv-stringify quotes a field holding the record delimiter only as a whole (\r\n); a bare \r or \n
// in a path or a sentence would then break the row, so any line break asks for quotes.
const OPTIONS = { record_delimiter: '\r\n', quoted_match: /[\r\n]/ };

export const csvHeader = (bom: boolean): string => (bom ? '\uFEFF' : '') + stringify([[...CSV_COLUMNS]], OPTIONS);

/** CSV rows (RFC 4180, CRLF) for some facts, without header. */
export function csvRows(facts: readonly Fact[]): string {
  if (facts.length === 0) return '';
  return stringify(
    facts.map((f) => CSV_COLUMNS.map((k) => cellOf(f[k]))),
    OPTIONS,
  );
}
