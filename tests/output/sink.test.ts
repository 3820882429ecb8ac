import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { abandonOutputs, describeWriteError, fileSink, OutputError, outputTarget, ReaderGone, stdoutSink } from '../../src/output/sink.js';

// The file sink gathers chunks into 64 KiB writes; what lands in the file must be exactly the
// chunks in order, whatever their sizes and wherever a character falls on a buffer boundary.

const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhfacts-sink-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const isRoot = process.getuid?.() === 0;

describe('fileSink', () => {
  it('writes the chunks exactly, across buffer boundaries and around large chunks', async () => {
    const dir = tempDir();
    const file = join(dir, 'out.ndjson');
    const chunks: string[] = [];
    let seed = 7;
    const rand = (n: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const pieces = ['a', '出口', '😀', '\u00e9', '{"x":1}\n', '\r\n', '\ud800'];
    for (let i = 0; i < 150; i++) {
      const size = [0, 1, 7, 1000, 21_845, 21_846, 40_000, 70_000][rand(8)]!;
      let s = '';
      while (s.length < size) s += pieces[rand(pieces.length)];
      chunks.push(s);
    }
    expect(new Set(chunks.map((c) => c.length > 65_536 / 3)).size).toBe(2); // small and large chunks both
    const sink = fileSink(file);
    for (const c of chunks) await sink.write(c);
    expect(readdirSync(dir)).toHaveLength(1); // only the temporary file so far
    await sink.commit();
    expect(readdirSync(dir)).toEqual(['out.ndjson']);
    expect(readFileSync(file).equals(Buffer.from(chunks.join(''), 'utf8'))).toBe(true);
  });

  it('writes a chunk that ends on the last byte of the buffer, and one character past it', async () => {
    for (const fill of [65_536, 65_535, 65_534]) {
      const dir = tempDir();
      const file = join(dir, 'out.txt');
      const sink = fileSink(file);
      const chunks = ['x'.repeat(fill - 1), '出', '口', 'y'];
      for (const c of chunks) await sink.write(c);
      await sink.commit();
      expect(readFileSync(file, 'utf8')).toBe(chunks.join(''));
    }
  });

  it('leaves an existing file untouched and no temporary file on abort', async () => {
    const dir = tempDir();
    const file = join(dir, 'facts.csv');
    writeFileSync(file, 'old');
    const sink = fileSink(file);
    await sink.write('new'.repeat(50_000));
    sink.abort();
    expect(readdirSync(dir)).toEqual(['facts.csv']);
    expect(readFileSync(file, 'utf8')).toBe('old');
  });
});

describe('fileSink never destroys what is at the path', () => {
  it('writes through a symbolic link to its target and keeps the link', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.csv'), 'old');
    symlinkSync('real.csv', join(dir, 'link.csv'));
    const sink = fileSink(join(dir, 'link.csv'));
    await sink.write('new');
    await sink.commit();
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.csv'))).toBe('real.csv');
    expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link.csv', 'real.csv']);
  });

  it('creates the target of a dangling link, in the folder the link points into', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync('elsewhere/out.json', join(dir, 'out.json'));
    const sink = fileSink(join(dir, 'out.json'));
    await sink.write('{}');
    await sink.commit();
    expect(lstatSync(join(dir, 'out.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'elsewhere/out.json'), 'utf8')).toBe('{}');
  });

  it("keeps the replaced file's mode (and, as root, its owner)", async () => {
    const dir = tempDir();
    const file = join(dir, 'facts.csv');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    if (isRoot) chownSync(file, 4321, 4322);
    const sink = fileSink(file);
    await sink.write('new');
    await sink.commit();
    const stats = statSync(file);
    expect(stats.mode & 0o7777).toBe(0o640);
    if (isRoot) expect([stats.uid, stats.gid]).toEqual([4321, 4322]);
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it.skipIf(!isRoot)('writes /dev/null in place: it stays a character device (root could otherwise replace it)', async () => {
    const before = statSync('/dev/null');
    const sink = fileSink('/dev/null');
    await sink.write('facts'.repeat(100_000));
    await sink.commit();
    const after = statSync('/dev/null');
    expect(after.isCharacterDevice()).toBe(true);
    expect([after.ino, after.rdev, after.mode]).toEqual([before.ino, before.rdev, before.mode]);
    expect(readdirSync('/dev').filter((n) => n.startsWith('.null.'))).toEqual([]);
  });

  it('writes a FIFO in place, for the reader at its other end', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return void console.log('skipped: mkfifo is not available');
    const reader = spawn('cat', [fifo]);
    const got: Buffer[] = [];
    reader.stdout.on('data', (b: Buffer) => got.push(b));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const sink = fileSink(fifo);
    await sink.write('出口增长5%\n');
    await sink.commit();
    await closed;
    expect(Buffer.concat(got).toString('utf8')).toBe('出口增长5%\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe']);
  });

  it('names the path given, never the temporary file, when a write fails (/dev/full: no space)', async () => {
    if (!existsSync('/dev/full')) return void console.log('skipped: no /dev/full here');
    const sink = fileSink('/dev/full');
    await expect(async () => {
      await sink.write('x'.repeat(200_000));
      await sink.commit();
    }).rejects.toThrow(new OutputError('/dev/full', 'no space left on device'));
    expect(new OutputError('/dev/full', 'no space left on device').message).toBe('cannot write /dev/full: no space left on device');
  });

  it('refuses a folder, or a path in a folder that does not exist, before writing anything', () => {
    const dir = tempDir();
    expect(() => fileSink(dir)).toThrow(`cannot write ${dir}: is a folder`);
    expect(() => fileSink(join(dir, 'no/such/out.csv'))).toThrow(`cannot write ${join(dir, 'no/such/out.csv')}: no such folder`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.skipIf(isRoot)('refuses to replace a file the user may not write, as the shell does', () => {
    const dir = tempDir();
    const file = join(dir, 'locked.csv');
    writeFileSync(file, 'keep');
    chmodSync(file, 0o444);
    expect(() => fileSink(file)).toThrow(`cannot write ${file}: permission denied`);
    expect(readFileSync(file, 'utf8')).toBe('keep');
    expect(readdirSync(dir)).toEqual(['locked.csv']);
  });

  it('abandonOutputs (signals, exit) removes every temporary file still open and keeps the old output', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.csv'), 'old a');
    const a = fileSink(join(dir, 'a.csv'));
    const b = fileSink(join(dir, 'b.csv'));
    await a.write('new');
    await b.write('new');
    expect(readdirSync(dir)).toHaveLength(3);
    abandonOutputs();
    expect(readdirSync(dir)).toEqual(['a.csv']);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('old a');
  });

  it('tells apart the targets: a file at its real path, own descriptors, devices', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'f'), '');
    symlinkSync('f', join(dir, 'l'));
    expect(outputTarget(join(dir, 'l'))).toMatchObject({ kind: 'file', real: join(dir, 'f') });
    expect(outputTarget(join(dir, 'new'))).toEqual({ kind: 'file', real: join(dir, 'new'), stats: null });
    expect(outputTarget('/dev/stdout')).toEqual({ kind: 'descriptor', fd: 1 });
    expect(outputTarget('/dev/fd/2')).toEqual({ kind: 'descriptor', fd: 2 });
    expect(outputTarget(`/proc/self/fd/1`)).toEqual({ kind: 'descriptor', fd: 1 });
    expect(outputTarget('/dev/null')).toEqual({ kind: 'special' });
  });
});

describe('write errors in plain words', () => {
  it.each([
    ['ENOSPC', 'no space left on device'],
    ['EIO', 'input/output error'],
    ['EACCES', 'permission denied'],
    ['EPIPE', 'broken pipe'],
    ['EDQUOT', 'disk quota exceeded'],
  ])('%s: %s', (code, words) => {
    expect(describeWriteError(Object.assign(new Error('raw'), { code }))).toBe(words);
  });

  it('a closed pipe on standard output is ReaderGone, every later write too', async () => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept only to be put back on process.stdout
    const original = process.stdout.write;
    const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    process.stdout.write = ((_chunk: unknown, cb?: (err?: Error | null) => void) => {
      queueMicrotask(() => cb?.(epipe));
      return false;
    }) as typeof process.stdout.write;
    try {
      const sink = stdoutSink();
      await expect(sink.write('x')).rejects.toBeInstanceOf(ReaderGone);
      await expect(sink.write('y')).rejects.toBeInstanceOf(ReaderGone);
    } finally {
      process.stdout.write = original;
    }
  });
});
