import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factJsonSchema, outputJsonSchema } from '../../src/schema/json-schema.js';
import { FactSchema } from '../../src/schema/fact.js';

// schemas/*.json are generated from the zod schemas (`npm run schemas`); this fails when they drift.
const checkedIn = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8'));

describe('JSON Schema files', () => {
  it('fact.schema.json matches the zod schema', () => expect(checkedIn('fact.schema.json')).toEqual(factJsonSchema()));
  it('output.schema.json matches the zod schema', () => expect(checkedIn('output.schema.json')).toEqual(outputJsonSchema()));
});

const base = {
  doc: 'a.txt',
  type: 'money',
  text: '5亿元',
  start: 2,
  end: 5,
  sentence: '出口5亿元。',
  value: 5e8,
  valueMax: null,
  unit: 'CNY',
  approx: 'exact',
  metric: '出口',
  region: null,
  partner: null,
  period: null,
  basis: null,
  from: null,
  to: null,
};

describe('FactSchema', () => {
  it('accepts a contract fact', () => expect(FactSchema.safeParse(base).success).toBe(true));
  it('rejects text whose length disagrees with the offsets', () => expect(FactSchema.safeParse({ ...base, end: 6 }).success).toBe(false));
  it('rejects a sentence that does not hold the text', () => expect(FactSchema.safeParse({ ...base, sentence: '进口' }).success).toBe(false));
  it('rejects basis on a non-growth fact', () => expect(FactSchema.safeParse({ ...base, basis: 'yoy' }).success).toBe(false));
  it('rejects a date value that is not a label', () => expect(FactSchema.safeParse({ ...base, type: 'date', value: '4月', unit: null }).success).toBe(false));
  it('accepts date labels with unknown parts and ranges', () => {
    for (const value of ['2023', '2022-09', 'XXXX-04-11', 'XXXX-XX-18', '2024-Q1', 'XXXX-Q1/XXXX-Q3', '196X', '2024/2026', '2019-12-04/2019-12-05']) {
      expect(FactSchema.safeParse({ ...base, type: 'date', value, unit: null }).success, value).toBe(true);
    }
  });
  it('rejects an unknown field', () => expect(FactSchema.safeParse({ ...base, extra: 1 }).success).toBe(false));
});
