import type { DocumentResult, InputError } from '../schema/document.js';
import { csvHeader, csvRows } from './csv.js';
import { jsonClose, jsonDocument, jsonOpen, ndjsonLines } from './json.js';
import { htmlWriter } from './html.js';

export type OutputFormat = 'json' | 'ndjson' | 'csv' | 'html';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'ndjson', 'csv', 'html'];

/** Formats that show each document's plain text (extract with `keepPlain` for them). */
export const needsPlain = (format: OutputFormat): boolean => format === 'html';

/** Turns a stream of finished documents (in output order) into the chunks of one output format. */
export interface FormatWriter {
  begin(): string;
  /** `plain`: the document's plain text, used by formats that show it (html) */
  document(d: DocumentResult, plain?: string): string;
  end(errors: readonly InputError[]): string;
}

export function formatWriter(format: OutputFormat, options: { bom?: boolean } = {}): FormatWriter {
  switch (format) {
    case 'ndjson':
      return { begin: () => '', document: (d) => ndjsonLines(d.facts), end: () => '' };
    case 'csv':
      return { begin: () => csvHeader(options.bom ?? false), document: (d) => csvRows(d.facts), end: () => '' };
    case 'json': {
      let first = true;
      return {
        begin: jsonOpen,
        document: (d) => {
          const chunk = jsonDocument(d, first);
          first = false;
          return chunk;
        },
        end: (errors) => jsonClose(errors, !first),
      };
    }
    case 'html':
      return htmlWriter();
  }
}
