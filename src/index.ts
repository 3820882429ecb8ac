// zhfacts as a library: the same functions the command line uses, and every type they take or
// return (tests/library/surface.test.ts fails on one that is not exported here).
import { extractDocument, type DocumentExtraction, type ExtractOptions } from './pipeline.js';

export { extractFiles } from './drivers/extract-files.js';
export type { ExtractFilesOptions, FileResult, FileExtraction, FileFailure } from './drivers/extract-input.js';
export { extractDocument, extractFromPlain, type ExtractOptions, type DocumentExtraction, type PlainExtraction, type CellLabels, type InvalidFact } from './pipeline.js';
export { loadDocument, type LoadedDocument, type DocumentSource } from './input/load.js';
export { InputError } from './input/errors.js';
export type { Table, TableCell, TextSpan, UnitException } from './plain/table.js';
export type { MarkupHeading } from './plain/html.js';
export { FactSchema, FACT_TYPES, type Fact, type FactType, type Approx, type Basis } from './schema/fact.js';
export { DocumentSchema, OutputSchema, InputProblemSchema, type DocumentResult, type DocumentFormat, type Script, type InputProblem, type Output } from './schema/document.js';
export { factJsonSchema, outputJsonSchema } from './schema/json-schema.js';
export { score, formatScore, type ScoreReport, type ScoredFact, type TypeScore } from './eval/score.js';
export { TableAccumulator, type TableRow, type RowKey, type Source, type PartialRow, type ValueGroup, type TableOptions } from './table/rows.js';
export { metricKey, type Aliases } from './table/metric-key.js';

/** What extractText takes: the pipeline's options, and the path written as `doc` on every fact (default '-'). */
export interface TextOptions extends ExtractOptions {
  path?: string;
}

/**
 * Extracts the facts of one document given as a string (plain text, HTML, Markdown or front
 * matter + body: the content decides): the document with its facts, its plain text (which fact
 * offsets point into), the table cell of each fact, warnings about the input, and the facts
 * that failed the schema (a bug in a rule; never in `document.facts`).
 */
export function extractText(content: string, options: TextOptions = {}): DocumentExtraction {
  const { path = '-', ...rest } = options;
  return extractDocument(new TextEncoder().encode(content), path, rest);
}
