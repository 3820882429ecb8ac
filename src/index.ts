// zhfacts as a library: the same functions the command line uses.
import { extractDocument, type ExtractOptions } from './pipeline.js';
import type { DocumentResult } from './schema/document.js';

export { extractFiles } from './drivers/extract-files.js';
export type { ExtractFilesOptions, FileResult, FileExtraction, FileFailure } from './drivers/extract-input.js';
export { extractDocument, extractFromPlain, type ExtractOptions, type InvalidFact } from './pipeline.js';
export { loadDocument, InputError, type LoadedDocument } from './input/load.js';
export { FactSchema, FACT_TYPES, type Fact, type FactType, type Approx, type Basis } from './schema/fact.js';
export { DocumentSchema, OutputSchema, type DocumentResult, type Output } from './schema/document.js';
export { factJsonSchema, outputJsonSchema } from './schema/json-schema.js';
export { score, formatScore, type ScoreReport } from './eval/score.js';
export { TableAccumulator, type TableRow, type RowKey, type Source, type PartialRow, type TableOptions } from './table/rows.js';
export { metricKey } from './table/metric-key.js';

/**
 * Extracts the facts of one document given as a string (plain text, HTML, Markdown or front
 * matter + body: the content decides). `path` is written as `doc` on every fact.
 */
export function extractText(content: string, options: ExtractOptions & { path?: string } = {}): DocumentResult {
  const { path = '-', ...rest } = options;
  return extractDocument(new TextEncoder().encode(content), path, rest).document;
}
