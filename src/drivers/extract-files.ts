import { statSync } from 'node:fs';
import { expandPaths, type InputRef } from '../input/walk.js';
import { extractInput, extractInputInPieces, type DriverResult, type ExtractFilesOptions, type FileResult, type FilesOptions } from './extract-input.js';
import { BYTES_PER_WORKER, defaultJobs, extractInPool, poolSize } from './pool.js';
import { useUserDicts } from './user-dicts.js';

// Many paths → one result per input in sorted path order: the paths are walked, then the inputs
// extracted in this thread or in a pool of worker threads. The output order never depends on
// which worker finishes first.

/** Below this many files, worker start-up (each loads jieba's dictionaries) costs more than it saves. */
const MIN_FILES_FOR_POOL = 8;

/** The bytes of the input files, summed until `enough` (a file that cannot be read counts 0: its read says why). */
function inputBytes(inputs: readonly InputRef[], enough: number): number {
  let total = 0;
  for (const { file } of inputs) {
    if (total >= enough) break;
    if (file === null) continue;
    try {
      total += statSync(file).size;
    } catch {
      // reported when the file is read
    }
  }
  return total;
}

/**
 * Extracts every document under the given paths for the command line, yielding one result per
 * input in sorted path order (walk errors first). Memory stays bounded: only a window of
 * documents is in flight.
 */
export async function* runFiles(paths: string[], options: FilesOptions = {}): AsyncGenerator<DriverResult> {
  const { inputs, errors } = expandPaths(paths);
  options.onInputs?.(inputs.length + errors.length);
  for (const e of errors) yield { ok: false, path: e.path, error: e.error };
  const fileInputs = inputs.filter((i) => i.file !== null).length;
  const requested = options.jobs ?? defaultJobs();
  const jobs = fileInputs < MIN_FILES_FOR_POOL ? 1 : poolSize(requested, options.jobs !== undefined, fileInputs, () => inputBytes(inputs, requested * BYTES_PER_WORKER));
  if (jobs === 1) {
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

/**
 * Extracts every document under the given paths (files, folders, '-' for standard input),
 * yielding one result per input in sorted path order, inputs that cannot be read first.
 */
export async function* extractFiles(paths: string[], options: ExtractFilesOptions = {}): AsyncGenerator<FileResult> {
  yield* runFiles(paths, options);
}
