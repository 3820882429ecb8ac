import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, zhfacts, zhfactsProcess } from './helpers.js';

// What -o and standard output do when things go wrong: outputs that are inputs, full disks,
// signals and closed pipes. The cases about a process — signals, a pipe's reader going away, a
// standard output that is a device or a path to the process's own descriptor — spawn the CLI; the
// others (the exit status and message of a refused or failed -o) run it in this process.

const isRoot = process.getuid?.() === 0;
let work: string;
/** 48 documents: enough for the worker pool to start (it needs 8), small enough to run quickly */
let corpus: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'zhfacts-output-'));
  corpus = join(work, 'corpus');
  for (let i = 0; i < 4; i++) cpSync(join(ROOT, 'fixtures/heldout'), join(corpus, `h${i}`), { recursive: true });
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const fresh = (name: string) => {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

describe('-o refuses to overwrite an input', () => {
  it('an input file given as output: exit 2, the file unchanged', async () => {
    const dir = fresh('clash');
    const article = join(dir, 'article.txt');
    writeFileSync(article, '2023年，中国跨境电商进出口2.38万亿元，增长15.6%。');
    const r = await zhfacts(['extract', article, '--format', 'csv', '-o', article]);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`error: -o ${article} is also an input (${article}); write the output elsewhere`);
    expect(readFileSync(article, 'utf8')).toBe('2023年，中国跨境电商进出口2.38万亿元，增长15.6%。');
    expect(readdirSync(dir)).toEqual(['article.txt']);
  });

  it('an output inside an input folder with an input extension: exit 2, nothing written', async () => {
    const dir = fresh('clash-folder');
    writeFileSync(join(dir, 'a.txt'), '出口增长5%。');
    const r = await zhfacts(['extract', dir, '-o', join(dir, 'facts.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`-o ${join(dir, 'facts.md')} lies inside the input folder ${dir}`);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});

describe('write errors are one plain line, exit 1, nothing left behind', () => {
  it.each(['1', '2'])('standard output on a full device (> /dev/full), --jobs %s', async (jobs) => {
    if (!existsSync('/dev/full')) return void console.log('skipped: this system has no /dev/full');
    const full = openSync('/dev/full', 'w');
    try {
      const r = await run(['extract', corpus, '--jobs', jobs], { stdout: full });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('zhfacts: cannot write standard output: no space left on device\n');
    } finally {
      closeSync(full);
    }
  });

  it('zhfacts text on a full device', async () => {
    if (!existsSync('/dev/full')) return void console.log('skipped: this system has no /dev/full');
    const full = openSync('/dev/full', 'w');
    try {
      const r = await run(['text', 'seeds/004_4accd2de92464d52.txt'], { stdout: full });
      expect(r).toEqual({ status: 1, signal: null, stderr: 'zhfacts: cannot write standard output: no space left on device\n' });
    } finally {
      closeSync(full);
    }
  });

  it('-o on a full file system, under the worker pool', async () => {
    const dir = fresh('tmpfs');
    if (!isRoot) return void console.log('skipped: mounting a small tmpfs needs root');
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
    if (mount.status !== 0) return void console.log(`skipped: cannot mount a tmpfs here (${mount.stderr.toString().trim()})`);
    try {
      const out = join(dir, 'facts.ndjson');
      const r = await zhfacts(['extract', corpus, '--format', 'ndjson', '--jobs', '2', '-o', out]);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`zhfacts: cannot write ${out}: no space left on device\n`);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      spawnSync('umount', [dir]);
    }
  });

  it('-o in a folder that does not exist', async () => {
    const out = join(work, 'no/such/folder/facts.json');
    const r = await zhfacts(['extract', 'seeds/000_0bb6aa92c107ea85.txt', '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`zhfacts: cannot write ${out}: no such folder\n`);
  });
});

describe('-o on special files', () => {
  it.skipIf(!isRoot)('-o /dev/null as root leaves /dev/null a character device', async () => {
    const before = statSync('/dev/null');
    const r = await zhfacts(['extract', 'seeds', '--jobs', '1', '-o', '/dev/null']);
    expect(r.status).toBe(0);
    const after = statSync('/dev/null');
    expect(after.isCharacterDevice()).toBe(true);
    expect([after.ino, after.rdev]).toEqual([before.ino, before.rdev]);
  });

  it('-o /dev/stdout writes to standard output as it is', async () => {
    const direct = await zhfacts(['extract', 'seeds/000_0bb6aa92c107ea85.txt', '--format', 'ndjson']);
    const viaPath = await zhfactsProcess(['extract', 'seeds/000_0bb6aa92c107ea85.txt', '--format', 'ndjson', '-o', '/dev/stdout']);
    expect(viaPath.status).toBe(0);
    expect(viaPath.stdout).toBe(direct.stdout);
    expect(direct.stdout.split('\n').length).toBeGreaterThan(10);
  });
});

describe('signals during a run with -o', () => {
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('%s: the old output stays, no temporary file, ended by the signal', async (signal) => {
    const dir = fresh(`signal-${signal}`);
    const out = join(dir, 'facts.json');
    writeFileSync(out, 'old');
    const child = spawn(process.execPath, [BIN, 'extract', corpus, '--jobs', '2', '-o', out], { cwd: ROOT });
    const ended = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('close', (code, sig) => resolve({ code, signal: sig })));
    // the temporary file appears when the run starts
    let exited = false;
    void ended.then(() => (exited = true));
    while (readdirSync(dir).length < 2 && !exited) await new Promise((r) => setTimeout(r, 20));
    child.kill(signal);
    expect(await ended).toEqual({ code: null, signal });
    expect(readdirSync(dir)).toEqual(['facts.json']);
    expect(readFileSync(out, 'utf8')).toBe('old');
  });

  it('SIGINT in a terminal shows the cursor the progress bar hid', async () => {
    const dir = fresh('cursor');
    if (spawnSync('script', ['--version']).status !== 0) return void console.log('skipped: no script(1) to give the run a terminal');
    const many = join(dir, 'many');
    for (let i = 0; i < 16; i++) cpSync(join(ROOT, 'fixtures/heldout'), join(many, `h${i}`), { recursive: true });
    const cmd = `${process.execPath} ${BIN} extract ${many} --jobs 1 -o ${join(dir, 'f.json')} & p=$!; while [ ! -e ${join(dir, 'started')} ]; do ls -a ${dir} | grep -q tmp && touch ${join(dir, 'started')}; sleep 0.1; done; sleep 0.5; kill -INT $p; wait $p`;
    const r = spawnSync('script', ['-qefc', cmd, '/dev/null'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    const hidden = r.stdout.indexOf('\x1b[?25l');
    expect(hidden).toBeGreaterThanOrEqual(0);
    expect(r.stdout.indexOf('\x1b[?25h', hidden)).toBeGreaterThan(hidden);
    expect(readdirSync(dir).sort()).toEqual(['many', 'started']);
  });
});

/** Runs the CLI with standard output on `stdout` (a descriptor), or a pipe whose reader stops after the first chunk. */
function run(args: string[], options: { stdout?: number } = {}): Promise<{ status: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'] });
    const err: Buffer[] = [];
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    // the reader goes away after the first chunk, as `| head -1` does
    child.stdout?.once('data', () => child.stdout!.destroy());
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stderr: Buffer.concat(err).toString('utf8') }));
  });
}

describe('a closed pipe (| head -1) ends the run quietly, exit 0, every time', () => {
  // Each run starts the worker pool, so a closed pipe often finds workers inside jieba. 4 runs by
  // default (each loads jieba three times: most of npm test's time went here at 12);
  // ZHFACTS_PIPE_RUNS=200 for the long loop (about 200 × 2 s on two cores).
  const runs = Number(process.env.ZHFACTS_PIPE_RUNS ?? 4);
  it(`${runs} runs under the worker pool, 3 at a time`, async () => {
    const outcomes: string[] = [];
    let next = 0;
    const lane = async () => {
      while (next < runs) {
        next++;
        const r = await run(['extract', corpus, '--format', 'ndjson', '--jobs', '2']);
        outcomes.push(`status ${r.status} signal ${r.signal} stderr ${JSON.stringify(r.stderr)}`);
      }
    };
    await Promise.all([lane(), lane(), lane()]);
    expect(outcomes.filter((o) => o !== 'status 0 signal null stderr ""')).toEqual([]);
    expect(outcomes).toHaveLength(runs);
  }, 1_800_000);

  it('in one thread too', async () => {
    const r = await run(['extract', corpus, '--format', 'csv', '--jobs', '1']);
    expect(r).toEqual({ status: 0, signal: null, stderr: '' });
  });
});
