import { FACT_TYPES, type Approx, type Basis, type Fact, type FactType } from '../schema/fact.js';
import { allAgree, consensus, writtenStep, type Voter } from './agree.js';
import { metricKey, type Aliases } from './metric-key.js';
import { comparePeriods, documentYear, hasUnknownYear, withYear } from './periods.js';
import { BucketWriter, LineSpill } from './spill.js';

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

/** The readings of one value in a partial row: the documents that gave it. */
export interface ValueGroup {
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
  /** bytes of per-fact state held in memory before it goes to a temporary file (tests set it low) */
  spillBytes?: number;
  /** facts read back at once when rows are written: keys are taken in order until their facts reach this */
  bucketFacts?: number;
}

const keyString = (k: RowKey): string => JSON.stringify([k.type, k.metric, k.region, k.partner, k.period, k.basis, k.unit, k.scope]);
/** Reports of one value at one precision form one group. */
export const groupKey = (value: number, step: number, approx: Approx): string => `${value}|${step}|${approx}`;

/** What stays in memory for a key: the key, its wordings, how many facts it has. */
interface KeyState {
  key: RowKey;
  wordings: Set<string>;
  facts: number;
}
/** A key's number (its place in the spill's lines) and its state. */
type NumberedKey = readonly [number, KeyState];

/** A spilled line is `key index TAB [groups, sources]`: the index is read without parsing the rest. */
type SpillGroups = Array<[value: number, step: number, approx: Approx, docs: string[]]>;
const lineKey = (line: string): number => Number(line.slice(0, line.indexOf('\t')));
const lineBody = (line: string): [SpillGroups, Source[]] => JSON.parse(line.slice(line.indexOf('\t') + 1)) as [SpillGroups, Source[]];

const SPILL_BYTES = 8 << 20;
const BUCKET_FACTS = 20_000;
/** Files open at once while facts are sorted into buckets. */
const MAX_BUCKETS = 256;

/**
 * Partial rows by key: the reducer's state. Only the keys and their wordings stay resident; each
 * fact's vote and source is appended to a spill (memory, then a temporary file past a few MB) and
 * read back when rows are written: keys in row order are cut into buckets of about `bucketFacts`
 * facts, the spill is split into one file per bucket, and one bucket at a time is rebuilt.
 */
export class TableAccumulator {
  private readonly keys: KeyState[] = [];
  private readonly index = new Map<string, number>();
  private readonly spill: LineSpill;
  /** figures left out because nothing says what they measure */
  withoutMetric = 0;

  constructor(private readonly options: TableOptions = {}) {
    this.spill = new LineSpill(options.spillBytes ?? SPILL_BYTES);
  }

  /** How many rows there are. */
  get size(): number {
    return this.keys.length;
  }

  /** True once per-fact state went to a temporary file. */
  get spilled(): boolean {
    return this.spill.spilled;
  }

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
      const source: Source = { doc: f.doc, start: f.start, end: f.end, text: f.text, value: f.value, ...(this.options.sentences ? { sentence: f.sentence } : {}) };
      this.add(key, [f.metric], [[f.value, writtenStep(f.text, f.value), f.approx, [f.doc]]], [source]);
    }
  }

  /** Folds a partial row (from this run or another) into the state. */
  merge(row: PartialRow): void {
    this.add(
      row.key,
      row.wordings,
      [...row.values.values()].map((v) => [v.value, v.step, v.approx, [...v.docs]]),
      row.sources,
    );
  }

  private add(key: RowKey, wordings: Iterable<string>, groups: SpillGroups, sources: Source[]): void {
    const ks = keyString(key);
    let k = this.index.get(ks);
    if (k === undefined) {
      k = this.keys.length;
      this.index.set(ks, k);
      this.keys.push({ key, wordings: new Set(), facts: 0 });
    }
    const state = this.keys[k]!; // the index holds only places of this.keys
    for (const w of wordings) state.wordings.add(w);
    state.facts += sources.length;
    this.spill.append(`${k}\t${JSON.stringify([groups, sources])}\n`);
  }

  /** The partial rows in row order, rebuilt one bucket of keys at a time. */
  *partialRows(): Generator<PartialRow> {
    const order = [...this.keys.entries()].sort(([, a], [, b]) => compareKeys(a.key, b.key));
    const buckets = this.buckets(order);
    if (buckets.length <= 1) {
      yield* this.rebuild(order, this.spill.lines());
      return;
    }
    const paths = buckets.map((_, i) => this.spill.bucketPath(`bucket-${i}.ndjson`) ?? '');
    const bucketOf = new Int32Array(this.keys.length);
    buckets.forEach((keys, i) => keys.forEach(([k]) => (bucketOf[k] = i)));
    const writer = new BucketWriter(paths);
    try {
      // a spilled line holds the number of a key of this.keys, and bucketOf has one entry per key
      for (const line of this.spill.lines()) writer.append(bucketOf[lineKey(line)]!, line + '\n');
      for (const [i, keys] of buckets.entries()) yield* this.rebuild(keys, writer.read(i));
    } finally {
      writer.close();
    }
  }

  /** Keys in row order cut where their facts pass the bucket size; one bucket while nothing is on disk. */
  private buckets(order: readonly NumberedKey[]): NumberedKey[][] {
    if (!this.spill.spilled) return [[...order]];
    const total = this.keys.reduce((n, s) => n + s.facts, 0);
    const limit = Math.max(this.options.bucketFacts ?? BUCKET_FACTS, Math.ceil(total / MAX_BUCKETS));
    const out: NumberedKey[][] = [];
    let bucket: NumberedKey[] = [];
    let facts = Infinity;
    for (const numbered of order) {
      const [, state] = numbered;
      if (facts + state.facts > limit) {
        bucket = [];
        out.push(bucket);
        facts = 0;
      }
      bucket.push(numbered);
      facts += state.facts;
    }
    return out;
  }

  /** The partial rows of `keys` (in that order) from the spilled lines that hold them. */
  private *rebuild(keys: readonly NumberedKey[], lines: Iterable<string>): Generator<PartialRow> {
    const rows = new Map<number, PartialRow>(keys.map(([k, state]) => [k, { key: state.key, wordings: state.wordings, values: new Map(), sources: [] }]));
    for (const line of lines) {
      const row = rows.get(lineKey(line));
      if (row === undefined) continue;
      const [groups, sources] = lineBody(line);
      for (const [value, step, approx, docs] of groups) {
        const g = groupKey(value, step, approx);
        const group = row.values.get(g);
        if (group === undefined) row.values.set(g, { value, step, approx, docs: new Set(docs) });
        else for (const d of docs) group.docs.add(d);
      }
      for (const s of sources) row.sources.push(s);
    }
    for (const [k] of keys) {
      const row = rows.get(k);
      if (row === undefined) continue;
      rows.delete(k); // a written row's sources are not kept while the next ones are
      yield row;
    }
  }

  /** The finished rows in row order: consensus, agreement, sorted sources. */
  *finishedRows(): Generator<TableRow> {
    for (const row of this.partialRows()) yield finishRow(row);
  }

  /** The partial rows in a fixed order (for --partial output), all at once. */
  partials(): PartialRow[] {
    return [...this.partialRows()];
  }

  /** The finished rows, sorted, all at once. */
  finish(): TableRow[] {
    return [...this.finishedRows()];
  }

  /** Removes the temporary file, if any. */
  dispose(): void {
    this.spill.dispose();
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
