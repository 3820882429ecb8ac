import * as z from 'zod';

// The output contract (CONTRACT.md, v1.1) in code. Everything written passes through these schemas.

export const FACT_TYPES = ['money', 'percent', 'growth', 'count', 'measure', 'date'] as const;
export const FactTypeSchema = z.enum(FACT_TYPES);
export type FactType = z.infer<typeof FactTypeSchema>;

export const ApproxSchema = z.enum(['exact', 'about', 'over', 'under']);
export type Approx = z.infer<typeof ApproxSchema>;

export const BasisSchema = z.enum(['yoy', 'mom']);
export type Basis = z.infer<typeof BasisSchema>;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date YYYY-MM-DD');
// A date label: 2023, 2022-09, 2024-04-11, 2024-Q1, 2024-H1, 196X, XXXX-04-11; ranges join two with '/'.
const dateLabelPart = '(?:[0-9X]{4}(?:-(?:Q[1-4X]|H[12X]|[0-9X]{2}(?:-[0-9X]{2})?))?|[0-9]{3}X)';
export const DATE_LABEL = new RegExp(`^${dateLabelPart}(?:/${dateLabelPart})?$`);
export const DateLabelSchema = z.string().regex(DATE_LABEL, 'date label such as 2024, 2024-Q1, 2024-04-11 or A/B');

export const FactSchema = z
  .object({
    doc: z.string().min(1).describe('the document path as given, joined with its path inside a folder'),
    type: FactTypeSchema,
    text: z.string().min(1).describe('exact characters of the expression: plainText.slice(start, end)'),
    start: z.int().nonnegative().describe('UTF-16 offset into the plain text, inclusive'),
    end: z.int().positive().describe('UTF-16 offset into the plain text, exclusive'),
    sentence: z.string().min(1).describe('the whole sentence that holds the expression'),
    value: z.union([z.number(), z.string()]).describe('normalized value; a date label for type date'),
    valueMax: z.number().nullable().describe('upper end of a range, else null'),
    unit: z.string().nullable(),
    approx: ApproxSchema,
    metric: z.string().nullable().describe('what the figure measures, as written'),
    region: z.string().nullable().describe('the place the figure is about; for a flow between two places, the reporting side'),
    partner: z.string().nullable().describe('the other side of a flow between two places (trade, investment, shipments, visitors), else null'),
    period: DateLabelSchema.nullable().describe('the time the figure is about, as a date label'),
    basis: BasisSchema.nullable().describe('growth only: yoy or mom'),
    from: isoDay.nullable().describe('date only: first day covered'),
    to: isoDay.nullable().describe('date only: last day covered'),
  })
  .strict()
  .superRefine((f, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (f.end - f.start !== f.text.length) issue('end - start must equal text.length');
    if (!f.sentence.includes(f.text)) issue('sentence must contain text');
    if (f.type === 'date') {
      if (typeof f.value !== 'string' || !DATE_LABEL.test(f.value)) issue('a date value is a date label');
      if (f.valueMax !== null) issue('a date has no valueMax');
    } else {
      if (typeof f.value !== 'number' || !Number.isFinite(f.value)) issue('value must be a finite number');
      if (f.from !== null || f.to !== null) issue('from/to are for dates only');
    }
    if (f.valueMax !== null && !Number.isFinite(f.valueMax)) issue('valueMax must be finite');
    if (f.basis !== null && f.type !== 'growth') issue('basis is for growth only');
    if ((f.type === 'percent' || f.type === 'growth') && f.unit !== '%' && f.unit !== 'pp') issue('percent and growth use unit % or pp');
  });

export type Fact = z.infer<typeof FactSchema>;

/** Field order of a fact, also the order of keys written to JSON. */
export const FACT_FIELDS = ['doc', 'type', 'text', 'start', 'end', 'sentence', 'value', 'valueMax', 'unit', 'approx', 'metric', 'region', 'partner', 'period', 'basis', 'from', 'to'] as const;
