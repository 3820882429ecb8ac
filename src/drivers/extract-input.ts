import { readFileSync } from 'node:fs';
import { extractDocument, extractDocumentInPieces, type ExtractOptions, type InvalidFact, type PieceExtraction } from '../pipeline.js';
import type { DocumentResult } from '../schema/document.js';
import type { InputRef } from '../input/walk.js';
import { describeError } from '../input/errors.js';
import { renderChunk, type ChunkFormat } from '../output/writer.js';
import { documentJson, orderedFact } from '../output/json.js';
import type { FactType } from '../schema/fact.js';

// One input (a file or standard input) → its result, in whichever thread runs it. Never throws:
// a file that cannot be read is a failed result naming the reason, and the run goes on.

/** What the library's extractFiles takes: the pipeline's options and how to run over many files. */
export interface ExtractFilesOptions extends ExtractOptions {
  /** worker threads; 1 processes in this thread (default: defaultJobs()) */
  jobs?: number;
  /** extra jieba user dictionaries (validated before use) */
  userDicts?: string[];
  /** keep each document's plain text on the result (for review pages) */
  keepPlain?: boolean;
}

/** The command line's extras on top of the library's options. */
export interface FilesOptions extends ExtractFilesOptions {
  /** bytes of standard input, for the path '-' */
  readStdin?: () => Uint8Array;
  /** told how many inputs there are once the paths are expanded (for a progress bar) */
  onInputs?: (count: number) => void;
  /**
   * Render each document's output chunk (output/writer.ts renderChunk) where it is extracted.
   * A result from a worker thread then carries the chunk and its facts' counts by type, and an
   * empty `document.facts`: one string crosses between threads instead of every fact.
   */
  renderAs?: ChunkFormat;
}

/** One document read and extracted. */
export interface FileExtraction {
  ok: true;
  path: string;
  document: DocumentResult;
  warnings: string[];
  invalid: InvalidFact[];
  /** with `keepPlain`: the document's plain text, which fact offsets point into */
  plain?: string;
  /** with `keepPlain`: per fact, the labels of the table cell it was read from, or null */
  cells?: ({ row: string; column: string } | null)[];
}

/** An input that could not be read: `error` says why, in plain words, without the path. */
export interface FileFailure {
  ok: false;
  path: string;
  error: string;
}

/** What the library's extractFiles yields for each input. */
export type FileResult = FileExtraction | FileFailure;

/** A document extracted for the command line, with `renderAs`. */
export interface RenderedExtraction extends FileExtraction {
  /** the document's output chunk */
  rendered?: string;
  /** facts by type */
  factCounts?: Partial<Record<FactType, number>>;
  /**
   * In this thread: the rest of the document's output, rendered piece by piece as it is read
   * (`rendered` is then its beginning), so a long document is never whole in memory.
   */
  more?: Generator<RenderedPiece>;
}

/** What the drivers yield for each input to the command line. */
export type DriverResult = RenderedExtraction | FileFailure;

/** How many facts of each type a document has. */
export function countFacts(document: DocumentResult): Partial<Record<FactType, number>> {
  const counts: Partial<Record<FactType, number>> = {};
  for (const f of document.facts) counts[f.type] = (counts[f.type] ?? 0) + 1;
  return counts;
}

/** A piece of a document's output, with the counts and schema failures of its facts. */
export interface RenderedPiece {
  rendered: string;
  factCounts: Partial<Record<FactType, number>>;
  invalid: InvalidFact[];
  /** a piece that failed (a bug): the document's output ends here, closed */
  error?: string;
}

/** How a chunk format writes one document in pieces: its beginning, the facts of each piece, its end. */
function pieceWriter(format: ChunkFormat, head: DocumentResult): { begin: string; facts: (facts: DocumentResult['facts']) => string; end: string } {
  if (format !== 'json') return { begin: '', facts: (facts) => renderChunk(format, { ...head, facts }), end: '' };
  // documentJson with no facts ends with `[]}`: the facts go between the brackets, comma-separated
  const empty = documentJson(head);
  let first = true;
  return {
    begin: empty.slice(0, -2),
    facts: (facts) => {
      let out = '';
      for (const f of facts) {
        out += (first ? '' : ',') + JSON.stringify(orderedFact(f));
        first = false;
      }
      return out;
    },
    end: empty.slice(-2),
  };
}

function* renderedPieces(pieces: Generator<PieceExtraction>, writer: ReturnType<typeof pieceWriter>): Generator<RenderedPiece> {
  try {
    for (const piece of pieces) {
      const counts: Partial<Record<FactType, number>> = {};
      for (const f of piece.facts) counts[f.type] = (counts[f.type] ?? 0) + 1;
      yield { rendered: writer.facts(piece.facts), factCounts: counts, invalid: piece.invalid };
    }
  } catch (err) {
    yield { rendered: writer.end, factCounts: {}, invalid: [], error: describeError(err) };
    return;
  }
  yield { rendered: writer.end, factCounts: {}, invalid: [] };
}

/** The input's bytes, read when asked for: where they are decoded, so that they are not held while the document is read. */
function bytesOf(input: InputRef, options: FilesOptions): () => Uint8Array {
  const file = input.file;
  return file === null ? (options.readStdin ?? (() => readFileSync(0))) : () => readFileSync(file);
}

/**
 * Extracts one input in this thread, its output rendered piece by piece (RenderedExtraction.more);
 * never throws. For `renderAs` here, not in a worker: the writer takes each piece before the next is read.
 */
export function extractInputInPieces(input: InputRef, options: FilesOptions & { renderAs: ChunkFormat }): DriverResult {
  try {
    const { document, warnings, pieces } = extractDocumentInPieces(bytesOf(input, options), input.path, options);
    const writer = pieceWriter(options.renderAs, document);
    return { ok: true, path: input.path, document, warnings, invalid: [], rendered: writer.begin, factCounts: {}, more: renderedPieces(pieces, writer) };
  } catch (err) {
    return { ok: false, path: input.path, error: describeError(err) };
  }
}

/** Extracts one input in this thread; never throws. */
export function extractInput(input: InputRef, options: FilesOptions): DriverResult {
  try {
    const { document, warnings, invalid, plain, cells } = extractDocument(bytesOf(input, options), input.path, options);
    const rendered = options.renderAs ? { rendered: renderChunk(options.renderAs, document), factCounts: countFacts(document) } : {};
    return { ok: true, path: input.path, document, warnings, invalid, ...(options.keepPlain ? { plain, cells } : {}), ...rendered };
  } catch (err) {
    return { ok: false, path: input.path, error: describeError(err) };
  }
}
