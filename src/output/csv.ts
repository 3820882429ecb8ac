import { stringify } from 'csv-stringify/sync';
import type { Fact } from '../schema/fact.js';

/** CSV columns in the contract's order. */
export const CSV_COLUMNS = ['doc', 'type', 'text', 'value', 'valueMax', 'unit', 'approx', 'metric', 'region', 'period', 'basis', 'from', 'to', 'start', 'end', 'sentence'] as const;

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
// C0 controls other than tab/LF/CR, DEL and C1 controls have no place in a spreadsheet cell
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * Makes a cell safe for spreadsheet programs: a cell that would start with = + - @ tab or CR is
 * read as a formula by Excel/LibreOffice, so it gets a leading apostrophe — except a plain number.
 */
export function defuseCell(cell: string): string {
  const clean = cell.replace(CONTROL, '\uFFFD');
  if (/^[=+\-@\t\r]/.test(clean) && !PLAIN_NUMBER.test(clean)) return `'${clean}`;
  return clean;
}

const cellOf = (v: unknown): string => (v === null || v === undefined ? '' : defuseCell(String(v)));

export const csvHeader = (bom: boolean): string => (bom ? '\uFEFF' : '') + stringify([[...CSV_COLUMNS]], { record_delimiter: '\r\n' });

/** CSV rows (RFC 4180, CRLF) for some facts, without header. */
export function csvRows(facts: readonly Fact[]): string {
  if (facts.length === 0) return '';
  const rows = facts.map((f) => CSV_COLUMNS.map((k) => cellOf(f[k])));
  return stringify(rows, { record_delimiter: '\r\n' });
}
