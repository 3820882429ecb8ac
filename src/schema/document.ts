import * as z from 'zod';
import { FactSchema } from './fact.js';

export const DocumentFormatSchema = z.enum(['text', 'html', 'markdown']);
export type DocumentFormat = z.infer<typeof DocumentFormatSchema>;
export const ScriptSchema = z.enum(['simplified', 'traditional']);
export type Script = z.infer<typeof ScriptSchema>;

export const DocumentSchema = z
  .object({
    path: z.string(),
    title: z.string().nullable(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .describe("the document's own publication date"),
    format: DocumentFormatSchema,
    script: ScriptSchema,
    chars: z.int().nonnegative().describe('length of the plain text in UTF-16 code units'),
    facts: z.array(FactSchema),
  })
  .strict();
export type DocumentResult = z.infer<typeof DocumentSchema>;

/** An input that could not be read, and why (in plain words, without the path). */
export const InputProblemSchema = z.object({ path: z.string(), error: z.string() }).strict();
export type InputProblem = z.infer<typeof InputProblemSchema>;

export const OutputSchema = z.object({ documents: z.array(DocumentSchema), errors: z.array(InputProblemSchema) }).strict();
export type Output = z.infer<typeof OutputSchema>;
