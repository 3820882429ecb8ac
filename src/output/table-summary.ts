import stringWidth from 'string-width';
import type { InputError } from '../schema/document.js';
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

/** One row's line: type, key, value, then `3 docs ✓` (agree) or `3 docs ≠` (they disagree). */
export function tableRowLine(r: TableRow, style: SummaryStyle): string {
  const tally = `${r.documents} doc${r.documents === 1 ? '' : 's'} ${r.agree ? '✓' : '≠'}`;
  const keyWidth = Math.max(10, style.width - 2 - TYPE_COLUMN - 1 - VALUE_COLUMN - 1 - stringWidth(tally) - 1);
  const key = padWidth(fitWidth(rowKeyLabel(r), keyWidth), keyWidth);
  const value = padWidth(fitWidth(rowValueLabel(r), VALUE_COLUMN), VALUE_COLUMN);
  return `  ${style.type(r.type, padWidth(r.type, TYPE_COLUMN))} ${key} ${value} ${r.agree ? style.dim(tally) : style.bold(tally)}`;
}

export function tableSummary(rows: readonly TableRow[], errors: readonly InputError[], withoutMetric: number, style: SummaryStyle): string {
  const conflicts = rows.filter((r) => !r.agree).length;
  const lines = rows.map((r) => tableRowLine(r, style));
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
