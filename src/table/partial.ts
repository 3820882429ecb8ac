import * as z from 'zod';
import { ApproxSchema, BasisSchema, FactSchema, type Fact } from '../schema/fact.js';
import { byText, compareSources, groupKey, type PartialRow } from './rows.js';

// The line formats `zhfacts table` reads: facts (NDJSON from `extract`) and partial rows (NDJSON
// from `table --partial`), told apart by the `zhfactsPartial` marker. A partial row carries its
// value groups with their documents, so merging keeps document counts exact.

const SourceSchema = z.object({ doc: z.string(), start: z.int(), end: z.int(), text: z.string(), value: z.number(), sentence: z.string().optional() }).strict();

const PartialSchema = z
  .object({
    zhfactsPartial: z.literal(1),
    key: z
      .object({
        type: z.enum(['money', 'percent', 'growth', 'count', 'measure']),
        metric: z.string(),
        region: z.string().nullable(),
        partner: z.string().nullable(),
        period: z.string().nullable(),
        basis: BasisSchema.nullable(),
        unit: z.string().nullable(),
        scope: z.string().nullable(),
      })
      .strict(),
    wordings: z.array(z.string()),
    values: z.array(z.object({ value: z.number(), step: z.number().positive(), approx: ApproxSchema, docs: z.array(z.string()) }).strict()),
    sources: z.array(SourceSchema),
  })
  .strict();

/** One partial row as a JSON line (sets written sorted, so equal states give equal bytes). */
export function partialLine(row: PartialRow): string {
  const sources = [...row.sources].sort(compareSources);
  return (
    JSON.stringify({
      zhfactsPartial: 1,
      key: row.key,
      wordings: [...row.wordings].sort(byText),
      values: [...row.values.values()]
        .map((v) => ({ value: v.value, step: v.step, approx: v.approx, docs: [...v.docs].sort(byText) }))
        .sort((a, b) => a.value - b.value || a.step - b.step || byText(a.approx, b.approx)),
      sources,
    }) + '\n'
  );
}

export type TableLine = { kind: 'fact'; fact: Fact } | { kind: 'partial'; row: PartialRow } | { kind: 'error'; reason: string };

const firstIssue = (e: z.ZodError): string => {
  const i = e.issues[0];
  return i ? `${i.path.join('.') || 'line'}: ${i.message}` : 'invalid';
};

/** Reads one line of `table` input: a fact, a partial row, or why it is neither. */
export function parseTableLine(line: string): TableLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { kind: 'error', reason: 'not JSON' };
  }
  if (typeof json === 'object' && json !== null && 'zhfactsPartial' in json) {
    const p = PartialSchema.safeParse(json);
    if (!p.success) return { kind: 'error', reason: `not a partial row (${firstIssue(p.error)})` };
    const { key, wordings, values, sources } = p.data;
    return {
      kind: 'partial',
      row: {
        key,
        wordings: new Set(wordings),
        values: new Map(values.map((v) => [groupKey(v.value, v.step, v.approx), { value: v.value, step: v.step, approx: v.approx, docs: new Set(v.docs) }])),
        sources,
      },
    };
  }
  // facts written before contract v1.1 have no partner: they had none
  const f = FactSchema.safeParse(typeof json === 'object' && json !== null && !('partner' in json) ? { ...json, partner: null } : json);
  return f.success ? { kind: 'fact', fact: f.data } : { kind: 'error', reason: `not a zhfacts fact (${firstIssue(f.error)})` };
}
