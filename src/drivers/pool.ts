import { availableParallelism, freemem } from 'node:os';
import type { InputRef } from '../input/walk.js';
import { extractInput, type DriverResult, type FilesOptions } from './extract-input.js';
import { useUserDicts } from './user-dicts.js';

// A pool of worker threads (worker.ts), each with its own jieba, extracting one input per task.
// Results come out in input order, whichever worker finishes first.
//
// Where the extra CPU of --jobs 2 goes (issue 17 part 4; per-thread CPU read from /proc, 2 vCPUs):
// a pool of ONE worker costs what the main thread does (within ~5%), and two separate --jobs 1
// processes at once cost what each does alone; but two workers in one process cost 1.5-2x. Most of
// the extra is in V8's shared platform threads (4 by default: concurrent compilation; they vanish
// with --no-concurrent-recompilation) and in the workers themselves. `node --v8-pool-size=1` cut
// the ratio from 1.6-2.0 to 1.3 (3.2 MB corpus). A start-up flag: it cannot be set from here.

/** Options that cross into a worker thread (functions cannot). */
export type WorkerOptions = Omit<FilesOptions, 'readStdin' | 'jobs' | 'onInputs'>;
export interface WorkerTask {
  input: InputRef;
  options: WorkerOptions;
}

/** Memory a pool worker needs: its own jieba with the core dictionary (~105 MB) and its heap. */
export const WORKER_MEMORY_BYTES = 150 * 2 ** 20;
/** The most workers started by default: beyond this, output and start-up outweigh more threads. */
export const MAX_DEFAULT_JOBS = 8;

/**
 * Input that pays for one more worker by default: starting one (its own bundle, jieba and compiled
 * code) costs 0.6-0.7 CPU-seconds, about what one thread takes to extract 1 MB. Below it, a pool
 * only spends CPU: 10 files of 9 KB cost 2.1 CPU-seconds in a pool of 2 against 1.0 in one thread.
 */
export const BYTES_PER_WORKER = 2 ** 20;

/**
 * Worker threads for a run: at most `jobs` and one per input file; when `jobs` is the default,
 * also at most one per BYTES_PER_WORKER of input (`bytes`, counted at least up to
 * jobs × BYTES_PER_WORKER), so that a few small files run in one thread. 1: no pool.
 */
export function poolSize(jobs: number, explicit: boolean, files: number, bytes: () => number): number {
  const n = Math.max(1, Math.min(jobs, files));
  return explicit || n === 1 ? n : Math.max(1, Math.min(n, Math.floor(bytes() / BYTES_PER_WORKER)));
}

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

/** Extracts the inputs in `jobs` worker threads, yielding their results in input order. */
export async function* extractInPool(inputs: InputRef[], options: FilesOptions, jobs: number): AsyncGenerator<DriverResult> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina<WorkerTask, DriverResult>({
    // worker.ts beside this module (dist/drivers/) or beside the bundled CLI (dist/bundle/)
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
  const results: Promise<DriverResult>[] = [];
  let next = 0;
  let running = 0;
  let stopped = false;
  const fill = () => {
    while (!stopped && next < inputs.length && running < jobs && results.length < window) {
      const input = inputs[next++]!; // next < inputs.length: the loop's condition
      if (input.file === null) {
        // standard input is read here, in this thread, which then needs the user dictionaries too
        useUserDicts(options.userDicts);
        results.push(Promise.resolve(extractInput(input, options)));
        continue;
      }
      running++;
      // a worker that dies (out of memory, a native crash) fails its document, not the run
      const task = pool.run({ input, options: workerOptions }).catch((err: unknown): DriverResult => ({
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
