import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDocument, ndjsonLines, orderedFact } from '../../src/output/json.js';
import { FACT_FIELDS, FACT_TYPES, type Fact } from '../../src/schema/fact.js';
import { binaryUnit } from '../property/arbitraries.js';

// orderedFact is an object literal for speed; FACT_FIELDS stays the one statement of key order.

const text = fc.string({ unit: binaryUnit, maxLength: 40 });
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const factArb: fc.Arbitrary<Fact> = fc.record({
  doc: text,
  type: fc.constantFrom(...FACT_TYPES),
  text,
  start: fc.nat(),
  end: fc.nat(),
  sentence: text,
  value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), text),
  valueMax: nullable(fc.double({ noNaN: true, noDefaultInfinity: true })),
  unit: nullable(text),
  approx: fc.constantFrom('exact', 'about', 'over', 'under'),
  metric: nullable(text),
  region: nullable(text),
  partner: nullable(text),
  period: nullable(text),
  basis: nullable(fc.constantFrom('yoy', 'mom')),
  from: nullable(text),
  to: nullable(text),
});

/** The first orderedFact: keys copied in FACT_FIELDS order. */
const reference = (f: Fact) => Object.fromEntries(FACT_FIELDS.map((k) => [k, f[k]]));

describe('JSON output', () => {
  it('writes the keys of a fact in FACT_FIELDS order', () => {
    fc.assert(
      fc.property(factArb, (f) => {
        expect(Object.keys(orderedFact(f))).toEqual([...FACT_FIELDS]);
      }),
      { numRuns: 50 },
    );
  });

  it('writes the same bytes as copying the keys in FACT_FIELDS order, whatever order the input has', () => {
    fc.assert(
      fc.property(fc.array(factArb, { maxLength: 5 }), fc.boolean(), (facts, shuffle) => {
        const input = shuffle ? facts.map((f) => Object.fromEntries(Object.entries(f).reverse()) as Fact) : facts;
        expect(ndjsonLines(input)).toBe(facts.map((f) => JSON.stringify(reference(f)) + '\n').join(''));
        const doc = { path: 'a.txt', title: null, date: null, format: 'text' as const, script: 'simplified' as const, chars: 1, facts: input };
        expect(jsonDocument(doc, true)).toBe('\n' + JSON.stringify({ ...doc, facts: facts.map(reference) }));
      }),
      { numRuns: 300 },
    );
  });

  it('writes nothing for no facts', () => {
    expect(ndjsonLines([])).toBe('');
  });
});
