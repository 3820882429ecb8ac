import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/zhfacts.js', import.meta.url));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI (npm test compiles first) from the repo root. Asynchronous on purpose: a
 * synchronous spawn would block the test worker's event loop for as long as jieba loads.
 */
export function zhfacts(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; command?: string[]; cwd?: string } = {}): Promise<Run> {
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
// registered while the importing test file is collected (a hook added from inside a running test
// would be ignored); each test file gets its own copy of this module
afterAll(() => {
  for (const dir of madeDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new folder under the system's temporary folder, removed when the test file ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}
