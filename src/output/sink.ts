import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, lstatSync, openSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Where output goes: standard output, or a file that appears whole or not at all. */
export interface Sink {
  write(chunk: string): Promise<void>;
  /** finishes the output: for a file, renames the temporary file into place */
  commit(): Promise<void>;
  /** gives up: for a file, removes the temporary file and leaves any existing file untouched */
  abort(): void;
}

/** Output could not be written: the message names the output as the user gave it and the reason. */
export class OutputError extends Error {
  constructor(
    readonly output: string,
    readonly reason: string,
  ) {
    super(`cannot write ${output}: ${reason}`);
  }
}

/** The reader of a pipe went away (`| head -1`): the run ends quietly, as `cat`'s does. */
export class ReaderGone extends Error {
  constructor() {
    super('the reader closed the pipe');
  }
}

/** A write error in plain words, without the path. */
export function describeWriteError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EIO':
      return 'input/output error';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'EPIPE':
      return 'broken pipe';
    case 'ENOENT':
      return 'no such folder';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EISDIR':
      return 'is a folder';
    case 'EFBIG':
      return 'file too large';
    case 'ELOOP':
      return 'symbolic link loop';
  }
  const message = err instanceof Error ? err.message : String(err);
  return code ? `${message} (${code})` : message;
}

function outputError(output: string, err: unknown): Error {
  if ((err as NodeJS.ErrnoException | null)?.code === 'EPIPE') return new ReaderGone();
  return err instanceof OutputError || err instanceof ReaderGone ? err : new OutputError(output, describeWriteError(err));
}

// Temporary files not yet renamed into place, removed on every way out of the process: the
// sinks' own abort, and abandonOutputs (signal handlers and the 'exit' event call it).
const temporaries = new Set<string>();

/** Removes every temporary output file still open (synchronous: safe in signal and exit handlers). */
export function abandonOutputs(): void {
  for (const temp of temporaries) rmSync(temp, { force: true });
  temporaries.clear();
}

let exitHooked = false;
function removeTemporariesOnExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', abandonOutputs);
}

/** Writes to a stream (standard output); a write error rejects the pending and every later write. */
function streamSink(stream: NodeJS.WritableStream, output: string): Sink {
  let failed: Error | null = null;
  // without a listener an asynchronous error event would be an uncaught exception with a stack trace
  stream.on('error', (err) => (failed ??= outputError(output, err)));
  return {
    write: (chunk) =>
      new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        if (chunk === '') return resolve();
        stream.write(chunk, (err) => (err ? reject((failed ??= outputError(output, err))) : resolve()));
      }),
    commit: async () => {
      if (failed) throw failed;
    },
    abort: () => {},
  };
}

/** Standard output: the process's, or the stream a caller running the CLI in-process gives. */
export function stdoutSink(stream: NodeJS.WritableStream = process.stdout): Sink {
  return streamSink(stream, 'standard output');
}

/** Bytes gathered before one write to a file: a few writes per megabyte instead of one per document. */
const FILE_BATCH_BYTES = 64 * 1024;

/** Writes strings to a file descriptor through one reused buffer of FILE_BATCH_BYTES. */
function batchedWriter(fd: number) {
  const encoder = new TextEncoder();
  const batch = new Uint8Array(FILE_BATCH_BYTES);
  let used = 0;
  const flush = () => {
    for (let done = 0; done < used;) done += writeSync(fd, batch, done, used - done);
    used = 0;
  };
  const write = (chunk: string) => {
    // encodeInto stops before a character that does not fit: flush, go on from there
    for (let rest = chunk; rest !== '';) {
      const { read, written } = encoder.encodeInto(rest, batch.subarray(used));
      used += written;
      if (read === rest.length) break;
      flush();
      rest = rest.slice(read);
    }
  };
  return { write, flush, discard: () => (used = 0) };
}

/** What an output path stands for once symbolic links are followed. */
export type OutputTarget =
  /** a regular file (existing, with its stats, or to be created) at its real path */
  | { kind: 'file'; real: string; stats: Stats | null }
  /** an open descriptor of this process: /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N */
  | { kind: 'descriptor'; fd: number }
  /** a character device, FIFO or socket: written in place, never replaced */
  | { kind: 'special' };

const OWN_DESCRIPTOR = /^\/(?:dev\/(?:std(in|out|err)|fd\/(\d+))|proc\/(?:self|thread-self|\d+)\/fd\/(\d+))$/;

/** The descriptor an output path names, when it is one of this process's own (see OWN_DESCRIPTOR). */
function ownDescriptor(path: string): number | null {
  const m = OWN_DESCRIPTOR.exec(resolve(path));
  if (!m) return null;
  if (m[1]) return { in: 0, out: 1, err: 2 }[m[1] as 'in' | 'out' | 'err'];
  const pid = /^\/proc\/(\d+)\//.exec(resolve(path))?.[1];
  if (pid !== undefined && Number(pid) !== process.pid) return null;
  return Number(m[2] ?? m[3]);
}

/** Follows symbolic links from `path`, even to a target that does not exist yet. */
function followLinks(path: string): string {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      if (!lstatSync(current).isSymbolicLink()) break;
      link = readlinkSync(current);
    } catch {
      break;
    }
    current = resolve(dirname(current), link);
  }
  return current;
}

/** Decides how an output path is written (throws OutputError for a folder or a missing folder). */
export function outputTarget(output: string): OutputTarget {
  const fd = ownDescriptor(output);
  if (fd !== null) return { kind: 'descriptor', fd };
  let stats: Stats | null = null;
  try {
    stats = statSync(output);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw outputError(output, err);
  }
  if (stats?.isDirectory()) throw new OutputError(output, 'is a folder');
  if (stats && !stats.isFile()) return { kind: 'special' };
  if (stats) return { kind: 'file', real: realpathSync(output), stats };
  // not there yet (or a dangling link): it is created where the links lead, inside a folder that must exist
  const target = followLinks(output);
  try {
    return { kind: 'file', real: join(realpathSync(dirname(target)), basename(target)), stats: null };
  } catch (err) {
    throw outputError(output, err);
  }
}

/**
 * Output to the path the user gave (`-o`). A regular file is written to a temporary file beside
 * its real path (symbolic links followed) and renamed over it on commit, keeping its mode and
 * owner: it appears whole or not at all. A device, FIFO or descriptor of this process
 * (`/dev/null`, `/dev/stdout`) is written in place and never replaced. Errors are OutputError,
 * naming `output` as given, never the temporary file.
 */
export function fileSink(output: string): Sink {
  const target = outputTarget(output);
  if (target.kind === 'file') return replacingSink(output, target.real, target.stats);
  // this process's own standard output and error go through their streams, as without -o
  if (target.kind === 'descriptor' && target.fd === 1) return streamSink(process.stdout, output);
  if (target.kind === 'descriptor' && target.fd === 2) return streamSink(process.stderr, output);
  let fd: number;
  try {
    fd = target.kind === 'descriptor' ? target.fd : openSync(output, 'w');
  } catch (err) {
    throw outputError(output, err);
  }
  return descriptorSink(output, fd, target.kind === 'special');
}

/** Writes to an open descriptor in place (closing it at the end when it was opened here). */
function descriptorSink(output: string, fd: number, owned: boolean): Sink {
  const out = batchedWriter(fd);
  let open = true;
  const close = () => {
    if (open && owned) closeSync(fd);
    open = false;
  };
  const guarded = (action: () => void) => {
    try {
      action();
    } catch (err) {
      out.discard();
      close();
      throw outputError(output, err);
    }
  };
  return {
    write: async (chunk) => guarded(() => out.write(chunk)),
    commit: async () => guarded(() => (out.flush(), close())),
    abort: () => {
      out.discard();
      try {
        close();
      } catch {
        // nothing more to do for a descriptor that cannot be closed
      }
    },
  };
}

function replacingSink(output: string, real: string, existing: Stats | null): Sink {
  if (existing) {
    // rename would replace a file the user may not write to: refuse, as the shell's `>` does
    try {
      accessSync(real, constants.W_OK);
    } catch (err) {
      throw outputError(output, err);
    }
  }
  removeTemporariesOnExit();
  const temp = join(dirname(real), `.${basename(real)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
  } catch (err) {
    throw outputError(output, err);
  }
  temporaries.add(temp);
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  const abort = () => {
    try {
      close();
    } catch {
      // the temporary file is removed all the same
    }
    rmSync(temp, { force: true });
    temporaries.delete(temp);
  };
  const guarded = (action: () => void) => {
    try {
      action();
    } catch (err) {
      abort();
      throw outputError(output, err);
    }
  };
  guarded(() => {
    if (!existing) return;
    fchmodSync(fd, existing.mode & 0o7777); // openSync's mode is filtered by the umask
    if (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.()) {
      try {
        fchownSync(fd, existing.uid, existing.gid);
      } catch {
        // only root may give a file away; an ordinary user's file keeps its own owner then
      }
    }
  });
  const out = batchedWriter(fd);
  return {
    write: async (chunk) => guarded(() => out.write(chunk)),
    commit: async () =>
      guarded(() => {
        out.flush();
        fsyncSync(fd); // the data is on disk before the name points at it
        close();
        renameSync(temp, real);
        temporaries.delete(temp);
      }),
    abort: () => {
      out.discard();
      abort();
    },
  };
}
