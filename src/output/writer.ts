import type { DocumentResult, InputProblem } from '../schema/document.js';
import { csvHeader, csvRows } from './csv.js';
import { documentJson, jsonClose, jsonListItem, jsonOpen, ndjsonLines } from './json.js';
import { htmlWriter, type CellOfFact } from './html.js';

export type OutputFormat = 'json' | 'ndjson' | 'csv' | 'html';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'ndjson', 'csv', 'html'];

/** Formats that show each document's plain text (extract with `keepPlain` for them). */
export const needsPlain = (format: OutputFormat): boolean => format === 'html';

/**
 * Formats in which a document's output depends on that document alone, so it can be rendered
 * where the document was extracted (a worker thread) and crosses to the writer as one string
 * instead of as structured-cloned facts.
 */
export type ChunkFormat = Exclude<OutputFormat, 'html'>;
export const isChunkFormat = (format: OutputFormat): format is ChunkFormat => format !== 'html';

/** One document's output in a chunk format, before the writer places it (see FormatWriter.chunk). */
export function renderChunk(format: ChunkFormat, d: DocumentResult): string {
  switch (format) {
    case 'ndjson':
      return ndjsonLines(d.facts);
    case 'csv':
      return csvRows(d.facts);
    case 'json':
      return documentJson(d);
  }
}

/** Turns a stream of finished documents (in output order) into the chunks of one output format. */
export interface FormatWriter {
  begin(): string;
  /** `plain`: the document's plain text, used by formats that show it (html); `cells`: per fact, the table cell it was read from */
  document(d: DocumentResult, plain?: string, cells?: readonly (CellOfFact | null)[]): string;
  /** a document already rendered with renderChunk (chunk formats only) */
  chunk(rendered: string): string;
  end(errors: readonly InputProblem[]): string;
}

export function formatWriter(format: OutputFormat, options: { bom?: boolean } = {}): FormatWriter {
  switch (format) {
    case 'ndjson':
    case 'csv': {
      const begin = format === 'csv' ? () => csvHeader(options.bom ?? false) : () => '';
      return { begin, document: (d) => renderChunk(format, d), chunk: (rendered) => rendered, end: () => '' };
    }
    case 'json': {
      let first = true;
      const chunk = (rendered: string) => {
        const placed = jsonListItem(rendered, first);
        first = false;
        return placed;
      };
      return { begin: jsonOpen, document: (d) => chunk(documentJson(d)), chunk, end: (errors) => jsonClose(errors, !first) };
    }
    case 'html':
      return {
        ...htmlWriter(),
        chunk: () => {
          throw new Error('html output is not rendered in chunks');
        },
      };
  }
}
