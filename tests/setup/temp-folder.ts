import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every test file and every CLI run it starts gets one temporary folder of its own for the run
// (TMPDIR, which os.tmpdir() and child processes follow). The run fails when anything is left in it:
// a test that creates a temporary file must remove it, also when its assertions fail.

let folder: string | null = null;

export function setup(): void {
  folder = mkdtempSync(join(tmpdir(), 'zhfacts-test-run-'));
  process.env.TMPDIR = folder;
}

export function teardown(): void {
  if (folder === null) return;
  const left = readdirSync(folder);
  rmSync(folder, { recursive: true, force: true });
  if (left.length > 0) throw new Error(`the tests left ${left.length} temporary files or folders behind: ${left.sort().join(', ')}`);
}
