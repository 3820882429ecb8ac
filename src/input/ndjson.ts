import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Fact } from '../schema/fact.js';
import { extractDocument, extractFromPlain, type ExtractOptions, type InvalidFact } from '../pipeline.js';
import { describeError } from '../files.js';
import { isCalendarDate } from './meta.js';

// `zhfacts extract --input ndjson`: documents as JSON lines, facts as JSON lines. Each line is
// processed on its own (no state carries from one line to the next), so an archive can be split
// anywhere between lines and the pieces run by Spark (RDD.pipe), Hadoop Streaming, Beam or GNU
// parallel with zhfacts as the mapper; the union of the pieces' output is the whole's output.
//
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

export type NdjsonLineResult =
  | { ok: true; line: number; path: string; facts: Fact[]; warnings: string[]; invalid: InvalidFact[] }
  | { ok: false; line: number; path: string | null; error: string };

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
  if (keys.length !== 1) {
    throw new Error(keys.length === 0 ? 'expected one of "text", "html" or "markdown"' : `expected only one of "text", "html" or "markdown", got ${keys.map((k) => `"${k}"`).join(' and ')}`);
  }
  const key = keys[0];
  if (typeof obj[key] !== 'string') throw new Error(`"${key}" must be a string`);
  let date: string | null = null;
  if (obj.date !== undefined && obj.date !== null) {
    if (typeof obj.date !== 'string' || !isCalendarDate(obj.date)) throw new Error(`"date" must be a calendar date YYYY-MM-DD, not ${JSON.stringify(obj.date)}`);
    date = obj.date;
  }
  return { path: obj.path, key, content: obj[key], date };
}

/** The path the loader is given for a content key, so that Markdown is read as Markdown. */
function loaderPath(doc: NdjsonDocument): string {
  if (doc.key === 'markdown' && !/\.(md|markdown)$/i.test(doc.path)) return `${doc.path}.md`;
  if (doc.key === 'html' && !/\.html?$/i.test(doc.path)) return `${doc.path}.html`;
  return doc.path;
}

const encoder = new TextEncoder();

/** Extracts the facts of one input line (1-based `line` for error messages); never throws. */
export function extractLine(line: string, lineNumber: number, options: ExtractOptions = {}): NdjsonLineResult {
  let doc: NdjsonDocument;
  try {
    doc = parseDocumentLine(line);
  } catch (err) {
    let path: string | null = null;
    try {
      const p = (JSON.parse(line) as Record<string, unknown>)?.path;
      if (typeof p === 'string' && p !== '') path = p;
    } catch {
      // not JSON at all: the error names no path
    }
    return { ok: false, line: lineNumber, path, error: err instanceof Error ? err.message : String(err) };
  }
  try {
    const refDate = doc.date ?? options.refDate ?? null;
    if (doc.content.trim() === '') return { ok: true, line: lineNumber, path: doc.path, facts: [], warnings: [], invalid: [] };
    if (doc.key === 'text') {
      const { facts, invalid } = extractFromPlain(doc.content, doc.path, { ...options, refDate });
      return { ok: true, line: lineNumber, path: doc.path, facts, warnings: [], invalid };
    }
    const { document, warnings, invalid } = extractDocument(encoder.encode(doc.content), loaderPath(doc), { ...options, refDate });
    const facts = document.facts.map((f) => ({ ...f, doc: doc.path }));
    return { ok: true, line: lineNumber, path: doc.path, facts, warnings, invalid };
  } catch (err) {
    return { ok: false, line: lineNumber, path: doc.path, error: describeError(err) };
  }
}

/**
 * Reads JSON lines from `input` and yields one result per non-blank line, in input order,
 * as soon as each line is done (memory holds one line at a time).
 */
export async function* extractLines(input: Readable, options: ExtractOptions = {}): AsyncGenerator<NdjsonLineResult> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    yield extractLine(line, n, options);
  }
}
