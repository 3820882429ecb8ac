import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

// The table's per-fact state (each report's source and vote) is written to a temporary NDJSON
// file once it passes a few megabytes, so what stays resident grows with the keys only. Lines are
// read back in the order written; a reader that wants them grouped splits them into bucket files.
// The folder is removed by dispose, on 'exit', and by the signal handlers (abandonSpills).

/** Spill folders still on disk: removed on every way out of the process. */
const folders = new Set<string>();

/** Removes every spill folder still on disk (synchronous: safe in signal and exit handlers). */
export function abandonSpills(): void {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  folders.clear();
}

let exitHooked = false;

/** Bytes of text held before they are written out. */
const WRITE_CHUNK = 1 << 20;
const READ_CHUNK = 1 << 20;

/** One append-only file of lines in a spill folder, buffered; lines held in memory until the first write. */
export class LineSpill {
  private dir: string | null = null;
  private fd: number | null = null;
  private pending: string[] = [];
  private pendingBytes = 0;

  /** `threshold`: bytes kept in memory before anything goes to disk (tests set it low). */
  constructor(private readonly threshold: number) {}

  append(line: string): void {
    this.pending.push(line);
    this.pendingBytes += line.length * 3; // UTF-8 bytes at most
    if (this.pendingBytes >= (this.fd === null ? this.threshold : WRITE_CHUNK)) this.flush();
  }

  /** True once lines went to disk. */
  get spilled(): boolean {
    return this.fd !== null;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    if (this.fd === null) {
      this.dir = mkdtempSync(join(tmpdir(), 'zhfacts-spill-'));
      folders.add(this.dir);
      if (!exitHooked) {
        exitHooked = true;
        process.on('exit', abandonSpills);
      }
      this.fd = openSync(join(this.dir, 'lines.ndjson'), 'w+', 0o600);
    }
    writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** Every line appended so far, in order (without its newline). */
  *lines(): Generator<string> {
    if (this.fd !== null) {
      this.flush();
      yield* readLines(this.fd);
    }
    for (const chunk of this.pending) yield* chunk.split('\n').filter((l) => l !== '');
  }

  /** A new file in this spill's folder (for buckets), or null when nothing went to disk. */
  bucketPath(name: string): string | null {
    return this.dir === null ? null : join(this.dir, name);
  }

  dispose(): void {
    if (this.fd !== null) closeSync(this.fd);
    if (this.dir !== null) {
      rmSync(this.dir, { recursive: true, force: true });
      folders.delete(this.dir);
    }
    this.fd = null;
    this.dir = null;
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/** The lines of an open file, read from its start in chunks. */
export function* readLines(fd: number): Generator<string> {
  const buffer = Buffer.alloc(READ_CHUNK);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for (let position = 0; ;) {
    const n = readSync(fd, buffer, 0, buffer.length, position);
    if (n === 0) break;
    position += n;
    const parts = (rest + decoder.write(buffer.subarray(0, n))).split('\n');
    rest = parts.pop() ?? '';
    for (const p of parts) if (p !== '') yield p;
  }
  rest += decoder.end();
  if (rest !== '') yield rest;
}

/** One bucket file and the lines waiting for it. */
interface Bucket {
  readonly path: string;
  readonly fd: number;
  pending: string[];
  bytes: number;
}

/** Writes lines to a few files at once, each buffered. */
export class BucketWriter {
  private readonly buckets: readonly Bucket[];
  constructor(paths: readonly string[]) {
    this.buckets = paths.map((path) => ({ path, fd: openSync(path, 'w+', 0o600), pending: [], bytes: 0 }));
  }
  private bucket(i: number): Bucket {
    const bucket = this.buckets[i];
    if (bucket === undefined) throw new RangeError(`no bucket ${i} of ${this.buckets.length}`);
    return bucket;
  }
  append(i: number, line: string): void {
    const bucket = this.bucket(i);
    bucket.pending.push(line);
    bucket.bytes += line.length;
    if (bucket.bytes >= 1 << 16) flush(bucket);
  }
  /** The lines of one bucket (all appends done); its file is removed once read. */
  *read(i: number): Generator<string> {
    const bucket = this.bucket(i);
    flush(bucket);
    try {
      yield* readLines(bucket.fd);
    } finally {
      closeSync(bucket.fd);
      rmSync(bucket.path, { force: true });
    }
  }
  /** Closes and removes the buckets not read (a reader that stopped early). */
  close(): void {
    for (const { fd, path } of this.buckets) {
      try {
        closeSync(fd);
      } catch {
        // already closed by read
      }
      rmSync(path, { force: true });
    }
  }
}

function flush(bucket: Bucket): void {
  if (bucket.pending.length === 0) return;
  writeSync(bucket.fd, bucket.pending.join(''));
  bucket.pending = [];
  bucket.bytes = 0;
}
