import * as z from 'zod';
import { FactSchema } from './fact.js';
import { OutputSchema } from './document.js';

// JSON Schema files in schemas/ are generated from the zod schemas, never edited by hand.
const generate = (schema: z.ZodType, id: string, title: string) => ({
  $id: id,
  title,
  ...z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }),
});

export const factJsonSchema = () => generate(FactSchema, 'https://zhfacts.dev/schemas/fact.schema.json', 'zhfacts fact');
export const outputJsonSchema = () => generate(OutputSchema, 'https://zhfacts.dev/schemas/output.schema.json', 'zhfacts output');
