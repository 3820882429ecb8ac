import { readFileSync } from 'node:fs';
import { availableParallelism, freemem } from 'node:os';
import { extractDocument, extractDocumentInPieces, type ExtractOptions, type InvalidFact, type PieceExtraction } from './pipeline.js';
import type { DocumentResult } from './schema/document.js';
import { expandPaths, type InputRef } from './input/walk.js';
import { InputError } from './input/load.js';
import { addUserDict } from './text/segment.js';
import { renderChunk, type ChunkFormat } from './output/writer.js';
import { documentJson, orderedFact } from './output/json.js';
import type { FactType } from './schema/fact.js';

// Many files → results in sorted path order, processed in this thread or in a pool of worker
// threads. The output order never depends on which worker finishes first.

export interface FilesOptions extends ExtractOptions {
  /** worker threads; 1 processes in this thread (default: defaultJobs()) */
  jobs?: number;
  /** extra jieba user dictionaries (validated before use) */
  userDicts?: string[];
  /** keep each document's plain text on the result (for review pages) */
  keepPlain?: boolean;
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

export type FileResult =
  | {
      ok: true;
      path: string;
      document: DocumentResult;
      warnings: string[];
      invalid: InvalidFact[];
      plain?: string;
      /** with the plain text: per fact, the labels of the table cell it was read from, or null */
      cells?: ({ row: string; column: string } | null)[];
      /** the document's output chunk, with `renderAs` */
      rendered?: string;
      /** facts by type, with `renderAs` */
      factCounts?: Partial<Record<FactType, number>>;
      /**
       * With `renderAs` in this thread: the rest of the document's output, rendered piece by piece
       * as it is read (`rendered` is then its beginning), so a long document is never whole in memory.
       */
      more?: Generator<RenderedPiece>;
    }
  | { ok: false; path: string; error: string };

/** How many facts of each type a document has. */
export function countFacts(document: DocumentResult): Partial<Record<FactType, number>> {
  const counts: Partial<Record<FactType, number>> = {};
  for (const f of document.facts) counts[f.type] = (counts[f.type] ?? 0) + 1;
  return counts;
}

/** Plain-words reason for a failed read, without the path. */
export function describeError(err: unknown): string {
  if (err instanceof InputError) return err.message;
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, not a file';
    case 'ELOOP': return 'symbolic link loop';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
  }
  const message = err instanceof Error ? err.message : String(err);
  return code ? `${message} (${code})` : message;
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

/**
 * Extracts one input in this thread, its output rendered piece by piece (FileResult.more); never
 * throws. For `renderAs` here, not in a worker: the writer takes each piece before the next is read.
 */
export function extractInputInPieces(input: InputRef, options: FilesOptions & { renderAs: ChunkFormat }): FileResult {
  try {
    // the bytes are read where they are decoded, so that they are not held while the document is read
    const file = input.file;
    const bytes = file === null ? (options.readStdin ?? (() => readFileSync(0))) : () => readFileSync(file);
    const { document, warnings, pieces } = extractDocumentInPieces(bytes, input.path, options);
    const writer = pieceWriter(options.renderAs, document);
    return { ok: true, path: input.path, document, warnings, invalid: [], rendered: writer.begin, factCounts: {}, more: renderedPieces(pieces, writer) };
  } catch (err) {
    return { ok: false, path: input.path, error: describeError(err) };
  }
}

/** Extracts one input in this thread; never throws. */
export function extractInput(input: InputRef, options: FilesOptions): FileResult {
  try {
    const file = input.file;
    const bytes = file === null ? (options.readStdin ?? (() => readFileSync(0))) : () => readFileSync(file);
    const { document, warnings, invalid, plain, cells } = extractDocument(bytes, input.path, options);
    const rendered = options.renderAs ? { rendered: renderChunk(options.renderAs, document), factCounts: countFacts(document) } : {};
    return { ok: true, path: input.path, document, warnings, invalid, ...(options.keepPlain ? { plain, cells } : {}), ...rendered };
  } catch (err) {
    return { ok: false, path: input.path, error: describeError(err) };
  }
}

/** Options that cross into a worker thread (functions cannot). */
export type WorkerOptions = Omit<FilesOptions, 'readStdin' | 'jobs' | 'onInputs'>;
export interface WorkerTask { input: InputRef; options: WorkerOptions }

let dictsAdded = false;
export function useUserDicts(paths: readonly string[] | undefined): void {
  if (dictsAdded || !paths?.length) return;
  for (const p of paths) addUserDict(p);
  dictsAdded = true;
}

/** Memory a pool worker needs: its own jieba with the core dictionary (~105 MB) and its heap. */
export const WORKER_MEMORY_BYTES = 150 * 2 ** 20;
/** The most workers started by default: beyond this, output and start-up outweigh more threads. */
export const MAX_DEFAULT_JOBS = 8;

/** Memory this process may still use: what the system (or its cgroup limit) has available. */
function availableMemory(): number {
  return typeof process.availableMemory === 'function' ? process.availableMemory() : freemem();
}

/**
 * Default worker threads: one per core, but no more than available memory holds at
 * WORKER_MEMORY_BYTES each, and no more than MAX_DEFAULT_JOBS; at least one.
 */
export function defaultJobs(cores = availableParallelism(), available = availableMemory()): number {
  return Math.max(1, Math.min(cores, Math.floor(available / WORKER_MEMORY_BYTES), MAX_DEFAULT_JOBS));
}

/** Below this many files, worker start-up (each loads jieba's dictionaries) costs more than it saves. */
const MIN_FILES_FOR_POOL = 8;

/**
 * Extracts every document under the given paths, yielding one result per input in sorted path
 * order (walk errors first). Memory stays bounded: only a window of documents is in flight.
 */
export async function* extractFiles(paths: string[], options: FilesOptions = {}): AsyncGenerator<FileResult> {
  const { inputs, errors } = expandPaths(paths);
  options.onInputs?.(inputs.length + errors.length);
  for (const e of errors) yield { ok: false, path: e.path, error: e.error };
  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  const fileInputs = inputs.filter((i) => i.file !== null).length;
  if (jobs === 1 || fileInputs < MIN_FILES_FOR_POOL) {
    useUserDicts(options.userDicts);
    const { renderAs } = options;
    for (const input of inputs) {
      yield renderAs ? extractInputInPieces(input, { ...options, renderAs }) : extractInput(input, options);
      // back to the event loop between documents: without it a run in this thread never lets a
      // signal handler (Ctrl-C: remove the temporary output) or a pipe's error event run
      await new Promise(setImmediate);
    }
    return;
  }
  yield* extractInPool(inputs, options, jobs);
}

async function* extractInPool(inputs: InputRef[], options: FilesOptions, jobs: number): AsyncGenerator<FileResult> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina<WorkerTask, FileResult>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    // V8's default young generation (16 MB semi-spaces) is far more than a document's short-lived
    // garbage needs: 4 MB semi-spaces measured as fast, and --jobs 2 peaked ~65 MB lower
    resourceLimits: { maxYoungGenerationSizeMb: 12 },
  });
  const { readStdin: _readStdin, jobs: _jobs, onInputs: _onInputs, ...workerOptions } = options;
  // Results are yielded in input order, so a long document holds back the ones after it; a deep
  // window of results keeps the workers busy meanwhile (documents in flight are the memory bound).
  // Only as many tasks as there are workers are handed to the pool at a time, so every task given
  // to it is running: when the run stops early (a closed pipe, a write error) the pool is shut down
  // after those few finish. Terminating a worker inside a native jieba call aborts the process.
  const window = jobs * 16;
  const results: Promise<FileResult>[] = [];
  let next = 0;
  let running = 0;
  let stopped = false;
  const fill = () => {
    while (!stopped && next < inputs.length && running < jobs && results.length < window) {
      const input = inputs[next++];
      if (input.file === null) {
        // standard input is read here, in this thread, which then needs the user dictionaries too
        useUserDicts(options.userDicts);
        results.push(Promise.resolve(extractInput(input, options)));
        continue;
      }
      running++;
      // a worker that dies (out of memory, a native crash) fails its document, not the run
      const task = pool.run({ input, options: workerOptions }).catch((err: unknown): FileResult => ({
        ok: false,
        path: input.path,
        error: `worker thread failed: ${err instanceof Error ? err.message : String(err)}`,
      }));
      const done = () => {
        running--;
        fill();
      };
      task.then(done, done);
      results.push(task);
    }
  };
  try {
    fill();
    while (results.length > 0) {
      const result = await results.shift()!;
      fill();
      yield result;
    }
  } finally {
    stopped = true;
    await Promise.allSettled(results);
    await pool.destroy();
  }
}
