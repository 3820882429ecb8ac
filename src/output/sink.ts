import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where output goes: standard output, or a file that appears whole or not at all. */
export interface Sink {
  write(chunk: string): Promise<void>;
  /** finishes the output: for a file, renames the temporary file into place */
  commit(): Promise<void>;
  /** gives up: for a file, removes the temporary file and leaves any existing file untouched */
  abort(): void;
}

let pipeWatched = false;

/** A reader that stops early (`| head`) closes the pipe: that ends the run quietly, as it does for cat. */
function exitQuietlyOnClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

export function stdoutSink(): Sink {
  exitQuietlyOnClosedPipe();
  return {
    write: (chunk) =>
      new Promise((resolve, reject) => {
        if (chunk === '') return resolve();
        process.stdout.write(chunk, (err) => (err ? reject(err) : resolve()));
      }),
    commit: async () => {},
    abort: () => {},
  };
}

/** Bytes gathered before one write to a file: a few writes per megabyte instead of one per document. */
const FILE_BATCH_BYTES = 64 * 1024;

/**
 * Writes to a temporary file beside FILE and renames it over FILE on commit (atomic on one file
 * system). Chunks are encoded into one reused buffer, written whenever it fills and on commit.
 */
export function fileSink(file: string): Sink {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w');
  const encoder = new TextEncoder();
  const batch = new Uint8Array(FILE_BATCH_BYTES);
  let used = 0;
  let open = true;
  const flush = () => {
    for (let done = 0; done < used; ) done += writeSync(fd, batch, done, used - done);
    used = 0;
  };
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: async (chunk) => {
      // encodeInto stops before a character that does not fit: flush, go on from there
      for (let rest = chunk; rest !== ''; ) {
        const { read, written } = encoder.encodeInto(rest, batch.subarray(used));
        used += written;
        if (read === rest.length) break;
        flush();
        rest = rest.slice(read);
      }
    },
    commit: async () => {
      flush();
      close();
      renameSync(temp, file);
    },
    abort: () => {
      used = 0;
      close();
      rmSync(temp, { force: true });
    },
  };
}
