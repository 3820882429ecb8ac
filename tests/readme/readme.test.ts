import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, zhfacts } from '../cli/helpers.js';
import { haveTool } from '../tools.js';

/**
 * The README's commands, run as written: every fenced `sh` block (one command per line) and every
 * untagged block that starts with a `$ ` command followed by its pasted output. A block preceded by
 * `<!-- not run by tests/readme: reason -->` is skipped, and the skip is printed.
 */
interface Block {
  info: string;
  lines: string[];
  skipReason: string | null;
  line: number;
}

function readmeBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i] ?? '');
    if (!open) continue;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j] !== '```') body.push(lines[j++] ?? '');
    let k = i - 1;
    while (k >= 0 && (lines[k] ?? '').trim() === '') k--;
    const skip = /<!-- not run by tests\/readme: (.*) -->/.exec(lines[k] ?? '');
    blocks.push({ info: open[1] ?? '', lines: body, skipReason: skip?.[1] ?? null, line: i + 1 });
    i = j;
  }
  return blocks;
}

const work = mkdtempSync(join(tmpdir(), 'zhfacts-readme-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
for (const dir of ['seeds', 'fixtures']) symlinkSync(join(ROOT, dir), join(work, dir));
// `npx zhfacts` is the project's own CLI, as after `npm install`; any other npx call is the real one
const shim = join(work, '.bin');
mkdirSync(shim);
const realNpx = execFileSync('sh', ['-c', 'command -v npx'], { encoding: 'utf8' }).trim();
writeFileSync(join(shim, 'npx'), `#!/bin/sh\nif [ "$1" = zhfacts ]; then shift; exec "${process.execPath}" "${BIN}" "$@"; fi\nexec "${realNpx}" "$@"\n`);
chmodSync(join(shim, 'npx'), 0o755);

/** Runs one README line with bash in the work folder, `npx zhfacts` being the project's CLI. */
const run = (command: string) => zhfacts([], { command: ['bash', '-o', 'pipefail', '-c', command], cwd: work, env: { PATH: `${shim}:${process.env.PATH ?? ''}`, NO_COLOR: '1' } });

/** Output must be what the command says it writes: JSON, NDJSON, CSV, an HTML page or text. */
function expectParses(output: string, what: string): void {
  const text = output.replace(/^\uFEFF/, '');
  expect(text.trim().length, `${what} is empty`).toBeGreaterThan(0);
  if (/\.csv$|--format csv/.test(what)) {
    const rows = parseCsv(text, { relax_column_count: false });
    expect(rows.length, what).toBeGreaterThan(1);
  } else if (/\.html$|--format html/.test(what)) {
    expect(text, what).toMatch(/^<!DOCTYPE html>/i);
  } else if (text.startsWith('{') || text.startsWith('[')) {
    try {
      JSON.parse(text);
    } catch {
      for (const line of text.trimEnd().split('\n')) JSON.parse(line); // NDJSON: every line is JSON
    }
  }
}

/** Files a command line writes: `-o FILE` and `> FILE`. */
const writtenFiles = (command: string): string[] => [...command.matchAll(/(?:-o|(?<![0-9&])>)\s+(\S+)/g)].map((m) => m[1] ?? '').filter((f) => f !== '/dev/null');

const blocks = readmeBlocks(readFileSync(join(ROOT, 'README.md'), 'utf8'));
const parallelMissing = !haveTool('parallel', 'the README lines that run GNU parallel');
const needs = (command: string): string | null => (/\bparallel\b/.test(command) && parallelMissing ? 'GNU parallel is not installed' : null);

describe('README commands run as written', () => {
  for (const block of blocks) {
    if (block.info === 'sh') {
      const commands = block.lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
      if (block.skipReason !== null) {
        console.warn(`skipped: README block at line ${block.line} (${commands[0] ?? ''}): ${block.skipReason}`);
        continue;
      }
      let skippedBefore: string | null = null; // a block's later lines read what its earlier ones wrote
      for (const command of commands) {
        const missing: string | null = needs(command) ?? (skippedBefore === null ? null : `it reads what the skipped line before it writes`);
        skippedBefore ??= missing;
        if (missing) console.warn(`skipped: README line "${command}": ${missing}`);
        it.skipIf(missing !== null)(`line ${block.line}: ${command}`, async () => {
          const result = await run(command);
          expect(result.status, `${command}\n${result.stderr}`).toBe(0);
          const files = writtenFiles(command);
          if (files.length === 0) expectParses(result.stdout, command);
          for (const file of files) {
            expect(existsSync(join(work, file)), `${command} writes ${file}`).toBe(true);
            if (file.endsWith('.jsonl')) continue; // an input the next command reads
            expectParses(readFileSync(join(work, file), 'utf8'), `${file} ${command}`);
          }
        });
      }
    } else if (block.info === '' && (block.lines[0] ?? '').startsWith('$ ')) {
      const command = (block.lines[0] ?? '').slice(2);
      it(`line ${block.line}: pasted output of ${command}`, async () => {
        const result = await run(command);
        expect(result.status, result.stderr).toBe(0);
        // CSV rows end in CRLF (RFC 4180); the README holds them as plain lines
        expect(result.stdout.replace(/\r\n/g, '\n')).toBe(`${block.lines.slice(1).join('\n')}\n`);
      });
    }
  }
});
