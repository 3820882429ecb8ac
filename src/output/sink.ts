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

/** Writes to a temporary file beside FILE and renames it over FILE on commit (atomic on one file system). */
export function fileSink(file: string): Sink {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  const fd = openSync(temp, 'w');
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: async (chunk) => {
      if (chunk !== '') writeSync(fd, chunk);
    },
    commit: async () => {
      close();
      renameSync(temp, file);
    },
    abort: () => {
      close();
      rmSync(temp, { force: true });
    },
  };
}
