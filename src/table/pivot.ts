import type { TableRow } from './rows.js';
import { comparePeriods } from './periods.js';

// `--pivot period`: the wide form for spreadsheets. One row per type × metric × region × partner
// (× basis × unit, which a value cannot be read without), one column per period in calendar order,
// each cell the consensus value of that period's row.

export interface PivotRow {
  type: TableRow['type'];
  metric: string;
  region: string | null;
  partner: string | null;
  basis: TableRow['basis'];
  unit: string | null;
  scope: string | null;
  /** period label ('' for no period) → consensus value */
  values: Record<string, number>;
}

export interface Pivot {
  /** period labels in calendar order; '' is the column of figures without a period */
  periods: string[];
  rows: PivotRow[];
}

export function pivotByPeriod(rows: Iterable<TableRow>): Pivot {
  const out = new Map<string, PivotRow>();
  const periods = new Set<string | null>();
  for (const r of rows) {
    const k = JSON.stringify([r.type, r.metric, r.region, r.partner, r.basis, r.unit, r.scope]);
    let p = out.get(k);
    if (p === undefined) {
      p = { type: r.type, metric: r.metric, region: r.region, partner: r.partner, basis: r.basis, unit: r.unit, scope: r.scope, values: {} };
      out.set(k, p);
    }
    p.values[r.period ?? ''] = r.value;
    periods.add(r.period);
  }
  // rows arrive sorted by key with period inside it, so first appearance keeps the row order
  const ordered = [...periods].sort(comparePeriods).map((p) => p ?? '');
  return { periods: ordered, rows: [...out.values()] };
}
