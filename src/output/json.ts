import { FACT_FIELDS, type Fact } from '../schema/fact.js';
import type { DocumentResult, InputError } from '../schema/document.js';

// JSON output is written incrementally: the opening, each document as it is finished, then the
// errors and the closing, so a large archive never sits in memory as one object.

/** A fact with its keys in the contract's order. */
export const orderedFact = (f: Fact): Fact => Object.fromEntries(FACT_FIELDS.map((k) => [k, f[k]])) as Fact;

export const ndjsonLines = (facts: readonly Fact[]): string => facts.map((f) => JSON.stringify(orderedFact(f)) + '\n').join('');

const documentJson = (d: DocumentResult): string =>
  JSON.stringify({ path: d.path, title: d.title, date: d.date, format: d.format, script: d.script, chars: d.chars, facts: d.facts.map(orderedFact) });

export const jsonOpen = (): string => '{"documents":[';
export const jsonDocument = (d: DocumentResult, first: boolean): string => (first ? '\n' : ',\n') + documentJson(d);
export const jsonClose = (errors: readonly InputError[], anyDocument: boolean): string =>
  (anyDocument ? '\n' : '') + '],"errors":' + JSON.stringify(errors.map((e) => ({ path: e.path, error: e.error }))) + '}\n';
