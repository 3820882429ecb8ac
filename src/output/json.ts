import type { Fact } from '../schema/fact.js';
import type { DocumentResult, InputProblem } from '../schema/document.js';

// JSON output is written incrementally: the opening, each document as it is finished, then the
// errors and the closing, so a large archive never sits in memory as one object.

/**
 * A fact with its keys in the contract's order (FACT_FIELDS; a test keeps the two equal). An
 * object literal rather than a loop over FACT_FIELDS: every fact gets the same shape, which
 * JSON.stringify serializes several times faster.
 */
export const orderedFact = (f: Fact): Fact => ({
  doc: f.doc,
  type: f.type,
  text: f.text,
  start: f.start,
  end: f.end,
  sentence: f.sentence,
  value: f.value,
  valueMax: f.valueMax,
  unit: f.unit,
  approx: f.approx,
  metric: f.metric,
  region: f.region,
  partner: f.partner,
  period: f.period,
  basis: f.basis,
  from: f.from,
  to: f.to,
});

export const ndjsonLines = (facts: readonly Fact[]): string => {
  let out = '';
  for (const f of facts) out += JSON.stringify(orderedFact(f)) + '\n';
  return out;
};

export const documentJson = (d: DocumentResult): string =>
  JSON.stringify({ path: d.path, title: d.title, date: d.date, format: d.format, script: d.script, chars: d.chars, facts: d.facts.map(orderedFact) });

export const jsonOpen = (): string => '{"documents":[';
/** A document's JSON (documentJson) placed in the list: after a comma unless it is the first. */
export const jsonListItem = (json: string, first: boolean): string => (first ? '\n' : ',\n') + json;
export const jsonDocument = (d: DocumentResult, first: boolean): string => jsonListItem(documentJson(d), first);
export const jsonClose = (errors: readonly InputProblem[], anyDocument: boolean): string =>
  (anyDocument ? '\n' : '') + '],"errors":' + JSON.stringify(errors.map((e) => ({ path: e.path, error: e.error }))) + '}\n';
