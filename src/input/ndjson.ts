import { isCalendarDate } from './meta.js';

// One line of `zhfacts extract --input ndjson` (drivers/ndjson.ts runs them) → a document.
// A line is {"path": P, "text": T} (plain text, taken as given), {"path": P, "html": H} (markup
// stripped by the normal loader) or {"path": P, "markdown": M}; an optional "date"
// (YYYY-MM-DD) is the reference date when the document has none of its own. Blank lines are
// skipped; a document whose content is empty or blank has no facts.

export const CONTENT_KEYS = ['text', 'html', 'markdown'] as const;
export type ContentKey = (typeof CONTENT_KEYS)[number];

export interface NdjsonDocument {
  path: string;
  key: ContentKey;
  content: string;
  date: string | null;
}

/** Parses one input line into a document; throws an Error with a plain-words reason. */
export function parseDocumentLine(line: string): NdjsonDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new Error(`not valid JSON (${err instanceof Error ? err.message : String(err)})`, { cause: err });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected a JSON object {"path": …, "text"|"html"|"markdown": …}');
  const obj = value as Record<string, unknown>;
  if (typeof obj.path !== 'string' || obj.path === '') throw new Error('"path" must be a non-empty string');
  const keys = CONTENT_KEYS.filter((k) => k in obj);
  const [key, ...others] = keys;
  if (key === undefined || others.length > 0) {
    throw new Error(key === undefined ? 'expected one of "text", "html" or "markdown"' : `expected only one of "text", "html" or "markdown", got ${keys.map((k) => `"${k}"`).join(' and ')}`);
  }
  const content = obj[key];
  if (typeof content !== 'string') throw new Error(`"${key}" must be a string`);
  let date: string | null = null;
  if (obj.date !== undefined && obj.date !== null) {
    if (typeof obj.date !== 'string' || !isCalendarDate(obj.date)) throw new Error(`"date" must be a calendar date YYYY-MM-DD, not ${JSON.stringify(obj.date)}`);
    date = obj.date;
  }
  return { path: obj.path, key, content, date };
}

/** The path the loader is given for a content key, so that Markdown is read as Markdown. */
export function loaderPath(doc: NdjsonDocument): string {
  if (doc.key === 'markdown' && !/\.(md|markdown)$/i.test(doc.path)) return `${doc.path}.md`;
  if (doc.key === 'html' && !/\.html?$/i.test(doc.path)) return `${doc.path}.html`;
  return doc.path;
}
