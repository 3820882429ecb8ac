import { FACT_TYPES, type Approx, type Basis, type Fact, type FactType } from '../schema/fact.js';
import { allAgree, consensus, writtenStep, type Voter } from './agree.js';
import { metricKey, type Aliases } from './metric-key.js';
import { comparePeriods, documentYear, hasUnknownYear, withYear } from './periods.js';

// The table is a reduce over facts: each fact joins the partial row of its key; partial rows merge
// associatively and in any order (sets and sorted lists only), and a row is finished — consensus,
// agreement, sorted sources — only when it is written. One run and a merge of partial runs over
// the same documents therefore give the same bytes.

/** What a row is about. `scope` is set only for a period whose year stayed unknown: its document. */
export interface RowKey {
  type: Exclude<FactType, 'date'>;
  metric: string;
  region: string | null;
  partner: string | null;
  period: string | null;
  basis: Basis | null;
  unit: string | null;
  scope: string | null;
}

/** Where a value was read: enough to find it again (and, for the review page, to show it). */
export interface Source {
  doc: string;
  start: number;
  end: number;
  text: string;
  value: number;
  sentence?: string;
}

interface ValueGroup {
  value: number;
  step: number;
  approx: Approx;
  docs: Set<string>;
}

export interface PartialRow {
  key: RowKey;
  wordings: Set<string>;
  values: Map<string, ValueGroup>;
  sources: Source[];
}

export interface TableRow extends RowKey {
  value: number;
  min: number;
  max: number;
  documents: number;
  facts: number;
  agree: boolean;
  wordings: string[];
  sources: Source[];
}

export interface TableOptions {
  aliases?: Aliases;
  /** keep each source's sentence (the review page shows it) */
  sentences?: boolean;
}

const keyString = (k: RowKey): string => JSON.stringify([k.type, k.metric, k.region, k.partner, k.period, k.basis, k.unit, k.scope]);
/** Reports of one value at one precision form one group. */
export const groupKey = (value: number, step: number, approx: Approx): string => `${value}|${step}|${approx}`;

/** Partial rows by key: the reducer's state. */
export class TableAccumulator {
  readonly rows = new Map<string, PartialRow>();
  /** figures left out because nothing says what they measure */
  withoutMetric = 0;
  /** one string per document path, shared by its sources (a path is repeated once per fact otherwise) */
  private readonly paths = new Map<string, string>();

  constructor(private readonly options: TableOptions = {}) {}

  /**
   * Adds one document's facts. Its date gives unknown years their year;
   * dates are not rows (they are the periods of the figures).
   */
  addDocument(facts: readonly Fact[], date: string | null = null): void {
    const year = documentYear(date);
    for (const f of facts) {
      if (f.type === 'date' || typeof f.value !== 'number') continue;
      if (f.metric === null) {
        this.withoutMetric++;
        continue;
      }
      let period = f.period;
      let scope: string | null = null;
      if (period !== null && hasUnknownYear(period)) {
        if (year !== null) period = withYear(period, year);
        else scope = f.doc;
      }
      const key: RowKey = { type: f.type, metric: metricKey(f.metric, this.options.aliases), region: f.region, partner: f.partner, period, basis: f.basis, unit: f.unit, scope };
      const doc = this.paths.get(f.doc) ?? (this.paths.set(f.doc, f.doc), f.doc);
      const source: Source = { doc, start: f.start, end: f.end, text: f.text, value: f.value, ...(this.options.sentences ? { sentence: f.sentence } : {}) };
      const step = writtenStep(f.text, f.value);
      this.merge({ key, wordings: new Set([f.metric]), values: new Map([[groupKey(f.value, step, f.approx), { value: f.value, step, approx: f.approx, docs: new Set([doc]) }]]), sources: [source] });
    }
  }

  /** Folds a partial row (from this run or another) into the state. */
  merge(row: PartialRow): void {
    const k = keyString(row.key);
    const mine = this.rows.get(k);
    if (mine === undefined) {
      this.rows.set(k, { key: row.key, wordings: new Set(row.wordings), values: new Map([...row.values].map(([g, v]) => [g, { ...v, docs: new Set(v.docs) }])), sources: [...row.sources] });
      return;
    }
    for (const w of row.wordings) mine.wordings.add(w);
    for (const [g, v] of row.values) {
      const group = mine.values.get(g);
      if (group === undefined) mine.values.set(g, { ...v, docs: new Set(v.docs) });
      else for (const d of v.docs) group.docs.add(d);
    }
    for (const s of row.sources) mine.sources.push(s);
  }

  /** The partial rows in a fixed order (for --partial output). */
  partials(): PartialRow[] {
    return [...this.rows.values()].sort((a, b) => compareKeys(a.key, b.key));
  }

  /** The finished rows, sorted. */
  finish(): TableRow[] {
    return this.partials().map(finishRow);
  }
}

export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const nullsFirst = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? -1 : b === null ? 1 : byText(a, b));

/** Row order: type as in the contract, then metric, region, partner, period (calendar), basis, unit. */
export function compareKeys(a: RowKey, b: RowKey): number {
  return (
    FACT_TYPES.indexOf(a.type) - FACT_TYPES.indexOf(b.type) ||
    byText(a.metric, b.metric) ||
    nullsFirst(a.region, b.region) ||
    nullsFirst(a.partner, b.partner) ||
    comparePeriods(a.period, b.period) ||
    nullsFirst(a.basis, b.basis) ||
    nullsFirst(a.unit, b.unit) ||
    nullsFirst(a.scope, b.scope)
  );
}

export const compareSources = (a: Source, b: Source): number => byText(a.doc, b.doc) || a.start - b.start || a.end - b.end;

export function finishRow(row: PartialRow): TableRow {
  const voters: Voter[] = [...row.values.values()];
  const value = consensus(voters);
  const values = voters.map((v) => v.value);
  const docs = new Set(voters.flatMap((v) => [...v.docs]));
  return {
    ...row.key,
    value,
    min: Math.min(...values),
    max: Math.max(...values),
    documents: docs.size,
    facts: row.sources.length,
    agree: allAgree(voters, value),
    wordings: [...row.wordings].sort(byText),
    sources: [...row.sources].sort(compareSources),
  };
}
