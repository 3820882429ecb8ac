import stringWidth from 'string-width';
import type { InputProblem } from '../schema/document.js';
import type { TableRow } from '../table/rows.js';
import { groupDigits, placeLabel } from './labels.js';
import { fitWidth, padWidth, type SummaryStyle } from './summary.js';

// What `zhfacts table` shows a person at a terminal when no format was asked for: one line per row
// — type, what it measures (metric · region → partner · period · basis), the consensus value, how
// many documents report it and whether they agree — then how to get the data. A pipe or a file
// gets JSON as before.

const TYPE_COLUMN = 7;
const VALUE_COLUMN = 24;

/** `1,800,000,000,000 CNY`, or `36.1 % (35–36.1)` when the reports spread. */
export function rowValueLabel(r: TableRow): string {
  const n = (v: number) => groupDigits(v).replace(/^-/, '−');
  const spread = r.min === r.max ? '' : ` (${n(r.min)}–${n(r.max)})`;
  return `${n(r.value)}${r.unit ? ` ${r.unit}` : ''}${spread}`;
}

export function rowKeyLabel(r: TableRow): string {
  return [r.metric, placeLabel(r.region, r.partner), r.period, r.basis].filter((x) => x !== null).join(' · ');
}

const tallyOf = (r: TableRow): string => `${r.documents} doc${r.documents === 1 ? '' : 's'} ${r.agree ? '✓' : '≠'}`;

/**
 * One row's line: type, key, value, then `3 docs ✓` (agree) or `3 docs ≠` (they disagree), right
 * aligned in `tallyWidth` columns so that every line of a summary has its columns in one place.
 */
export function tableRowLine(r: TableRow, style: SummaryStyle, tallyWidth = stringWidth(tallyOf(r))): string {
  const tally = tallyOf(r).padStart(tallyWidth);
  const keyWidth = Math.max(10, style.width - 2 - TYPE_COLUMN - 1 - VALUE_COLUMN - 1 - stringWidth(tally) - 1);
  const key = padWidth(fitWidth(rowKeyLabel(r), keyWidth), keyWidth);
  const value = padWidth(fitWidth(rowValueLabel(r), VALUE_COLUMN), VALUE_COLUMN);
  return `  ${style.type(r.type, padWidth(r.type, TYPE_COLUMN))} ${key} ${value} ${r.agree ? style.dim(tally) : style.bold(tally)}`;
}

/** Lines shown per fact type; the rest are counted (the data formats have every row). */
export const SUMMARY_ROWS_PER_TYPE = 25;

/**
 * The rows a person reads first: per type, those most documents report (a figure many articles
 * repeat is what the table is for; one-off figures, where odd metrics gather, come last), in row
 * order among equals, at most SUMMARY_ROWS_PER_TYPE of each type.
 */
function shownRows(rows: readonly TableRow[]): { shown: TableRow[]; hidden: Map<TableRow['type'], number> } {
  const byType = new Map<TableRow['type'], TableRow[]>();
  for (const r of rows) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  const shown: TableRow[] = [];
  const hidden = new Map<TableRow['type'], number>();
  for (const [type, list] of byType) {
    const ordered = [...list].sort((a, b) => b.documents - a.documents); // stable: row order among equals
    shown.push(...ordered.slice(0, SUMMARY_ROWS_PER_TYPE));
    if (ordered.length > SUMMARY_ROWS_PER_TYPE) hidden.set(type, ordered.length - SUMMARY_ROWS_PER_TYPE);
  }
  return { shown, hidden };
}

export function tableSummary(rows: readonly TableRow[], errors: readonly InputProblem[], withoutMetric: number, style: SummaryStyle): string {
  const conflicts = rows.filter((r) => !r.agree).length;
  const { shown, hidden } = shownRows(rows);
  const tallyWidth = Math.max(0, ...shown.map((r) => stringWidth(tallyOf(r))));
  const lines: string[] = [];
  for (const [i, r] of shown.entries()) {
    lines.push(tableRowLine(r, style, tallyWidth));
    const more = hidden.get(r.type);
    if (more !== undefined && shown[i + 1]?.type !== r.type) lines.push(style.dim(`  … ${more} more ${r.type} row${more === 1 ? '' : 's'} (--format csv has every row)`));
  }
  const head = `${rows.length} row${rows.length === 1 ? '' : 's'}${conflicts ? `, ${conflicts} where documents disagree (≠)` : ''}`;
  const left = withoutMetric > 0 ? `; ${withoutMetric} figures without a metric left out` : '';
  lines.push('', style.bold(`${head}${left}.`));
  for (const e of errors) lines.push(`  ${e.path}: ${e.error}`);
  lines.push(
    style.dim('This is a summary for reading. For data: --format json | ndjson | csv (add -o FILE), or pipe the output;'),
    style.dim('only the disagreements: --conflicts; one column per period: --pivot period; to check them: --format html -o table.html'),
  );
  return lines.join('\n') + '\n';
}
