import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Fact } from '../schema/fact.js';
import { extractDocument, extractFromPlain, type ExtractOptions, type InvalidFact } from '../pipeline.js';
import { describeError } from '../input/errors.js';
import { loaderPath, parseDocumentLine, type NdjsonDocument } from '../input/ndjson.js';

// `zhfacts extract --input ndjson`: documents as JSON lines, facts as JSON lines. Each line is
// processed on its own (no state carries from one line to the next), so an archive can be split
// anywhere between lines and the pieces run by Spark (RDD.pipe), Hadoop Streaming, Beam or GNU
// parallel with zhfacts as the mapper; the union of the pieces' output is the whole's output.

export type NdjsonLineResult = { ok: true; line: number; path: string; facts: Fact[]; warnings: string[]; invalid: InvalidFact[] } | { ok: false; line: number; path: string | null; error: string };

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
