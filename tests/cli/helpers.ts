import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/zhfacts.js', import.meta.url));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Buffer;
  env?: Record<string, string>;
  command?: [string, ...string[]];
  cwd?: string;
}

/** An output stream that keeps what is written, as a pipe to a reader that reads it all. */
class Collector extends Writable {
  readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk);
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

interface Bundle {
  run: (args: string[], io: { stdout: Writable; stderr: Writable; stdin: Readable }) => Promise<number>;
}
let bundle: Promise<Bundle> | null = null;

/**
 * Runs the built CLI (npm test compiles first) on `args`: in this process, through the bundle's
 * `run` with in-memory standard streams (the repo root is the test's working folder too), so a run
 * costs no new process and no new jieba. A run that sets its environment, its working folder or
 * its command goes to `zhfactsProcess`, as do the tests where the process itself is the point.
 */
export async function zhfacts(args: string[], options: RunOptions = {}): Promise<Run> {
  if (options.env || options.cwd || options.command) return zhfactsProcess(args, options);
  if (process.cwd() !== ROOT.replace(/\/$/, '')) throw new Error(`tests run from the repo root, not ${process.cwd()}`);
  // the bundle, not src: the code that ships, whose worker pool finds its dist/bundle/worker.js
  bundle ??= import(/* @vite-ignore */ pathToFileURL(join(ROOT, 'dist/bundle/main.js')).href) as Promise<Bundle>;
  const { run } = await bundle;
  const stdout = new Collector();
  const stderr = new Collector();
  const stdin = Readable.from(options.input === undefined ? [] : [Buffer.from(options.input)]);
  const status = await run(args, { stdout, stderr, stdin });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

/**
 * Runs the built CLI in a process of its own from the repo root. Asynchronous on purpose: a
 * synchronous spawn would block the test worker's event loop for as long as jieba loads.
 */
export function zhfactsProcess(args: string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const [cmd, ...pre] = options.command ?? [process.execPath, BIN];
    const child = spawn(cmd, [...pre, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => {}); // a child that exits before reading its input
    child.stdin.end(options.input ?? '');
  });
}

const madeDirs: string[] = [];

/** Removes the folders tempDir() made; tests/setup/temp-dirs.ts calls it when each test file ends. */
export function removeTempDirs(): void {
  for (const dir of madeDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A new folder under the system's temporary folder, removed when the test file ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}
