import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareCodeUnits, displayJoin, expandPaths, outputClash } from '../../src/input/walk.js';

const MAKE = fileURLToPath(new URL('../../fixtures/bad/make.mjs', import.meta.url));

let root: string;
const paths = (list: { path: string }[]) => list.map((i) => i.path.slice(root.length + 1));

function touch(relative: string, text = '正文') {
  const file = join(root, relative);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'zhfacts-walk-'));
  // Created in an order unlike the sorted one, so readdir order cannot pass for sorting.
  for (const f of ['docs/b.txt', 'docs/a.MD', 'docs/Z.html', 'docs/sub/c.htm', 'docs/a-b.markdown', 'docs/x.pdf', 'docs/.hidden.txt', 'docs/.git/config.txt', 'docs/notes']) touch(f);
  mkdirSync(join(root, 'docs/folder.txt/inner'), { recursive: true });
  touch('docs/folder.txt/inner/d.txt');
  symlinkSync('..', join(root, 'docs/sub/up')); // docs/sub/up → docs: a loop
  symlinkSync('missing.txt', join(root, 'docs/dangling.txt'));
  symlinkSync('b.txt', join(root, 'docs/link-to-b.txt'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('expandPaths', () => {
  it('walks folders recursively in code-unit order, skipping hidden entries and other extensions', () => {
    const { inputs, errors } = expandPaths([join(root, 'docs')]);
    expect(paths(inputs)).toEqual(['docs/Z.html', 'docs/a-b.markdown', 'docs/a.MD', 'docs/b.txt', 'docs/folder.txt/inner/d.txt', 'docs/sub/c.htm']); // docs/link-to-b.txt is b.txt: one file, under its first spelling
    expect(inputs.every((i) => i.file !== null && i.file.endsWith(i.path.slice(root.length + 1)))).toBe(true);
    expect(errors.map((e) => ({ ...e, path: e.path.slice(root.length + 1) }))).toEqual([
      { path: 'docs/dangling.txt', error: 'broken symbolic link' },
      { path: 'docs/sub/up', error: 'symlink loop, not followed' },
    ]);
  });

  it('takes explicitly named files whatever their extension, and walks a folder named x.txt', () => {
    const { inputs } = expandPaths([join(root, 'docs/x.pdf'), join(root, 'docs/.hidden.txt'), join(root, 'docs/folder.txt')]);
    expect(paths(inputs)).toEqual(['docs/.hidden.txt', 'docs/folder.txt/inner/d.txt', 'docs/x.pdf']);
  });

  it('reports a missing path and still returns the others', () => {
    const { inputs, errors } = expandPaths([join(root, 'nope'), join(root, 'docs/b.txt')]);
    expect(paths(inputs)).toEqual(['docs/b.txt']);
    expect(errors).toEqual([{ path: join(root, 'nope'), error: 'no such file or directory' }]);
  });

  it("reads '-' as standard input", () => {
    expect(expandPaths(['-'])).toEqual({ inputs: [{ path: '-', file: null }], errors: [] });
  });

  it('joins the path as given with the path inside the folder, once per document', () => {
    const given = `${join(root, 'docs/folder.txt/inner')}/`;
    const { inputs } = expandPaths([given, join(root, 'docs/folder.txt/inner/d.txt')]);
    expect(inputs).toEqual([{ path: `${given}d.txt`, file: join(root, 'docs/folder.txt/inner/d.txt') }]);
  });

  it('takes a file named as x, ./x, /abs/x and through its folder once, under the first spelling given', () => {
    const cwd = process.cwd();
    process.chdir(join(root, 'docs'));
    try {
      const spellings = ['b.txt', './b.txt', join(root, 'docs/b.txt'), join(root, 'docs'), 'link-to-b.txt'];
      const { inputs } = expandPaths(spellings);
      expect(inputs.filter((i) => i.file?.endsWith('b.txt')).map((i) => i.path)).toEqual(['b.txt']);
      expect(inputs.find((i) => i.path === 'b.txt')?.file).toBe('b.txt');
      // named later, the folder's spelling is not written; its other files still are
      expect(inputs.map((i) => i.path)).toContain(`${join(root, 'docs')}/a.MD`);
      const folderFirst = expandPaths([join(root, 'docs'), './b.txt', 'b.txt']).inputs;
      expect(folderFirst.filter((i) => i.file?.endsWith('b.txt')).map((i) => i.path)).toEqual([`${join(root, 'docs')}/b.txt`]);
      expect(expandPaths(['./b.txt', 'b.txt']).inputs).toEqual([{ path: './b.txt', file: './b.txt' }]);
    } finally {
      process.chdir(cwd);
    }
  });

  it('honours a custom extension list, case-insensitively, with or without the dot', () => {
    const { inputs } = expandPaths([join(root, 'docs')], { extensions: ['md', '.PDF'] });
    expect(paths(inputs)).toEqual(['docs/a.MD', 'docs/x.pdf']);
  });

  it('sorts across several PATHs', () => {
    const { inputs } = expandPaths([join(root, 'docs/folder.txt'), join(root, 'docs/b.txt')]);
    expect(paths(inputs)).toEqual(['docs/b.txt', 'docs/folder.txt/inner/d.txt']);
  });

  it('follows a symlink to the parent once and reports the loop where it closes', () => {
    const { inputs, errors } = expandPaths([join(root, 'docs/sub')]);
    expect(paths(inputs)).toContain('docs/sub/up/b.txt');
    expect(paths(inputs)).not.toContain('docs/sub/up/sub/c.htm');
    expect(errors.map((e) => e.path.slice(root.length + 1))).toEqual(['docs/sub/up/dangling.txt', 'docs/sub/up/sub']);
  });

  it.skipIf(process.getuid?.() === 0)('reports a folder it may not list', () => {
    const locked = join(root, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o000);
    try {
      expect(expandPaths([locked]).errors).toEqual([{ path: locked, error: 'permission denied' }]);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});

describe('outputClash', () => {
  const docs = () => join(root, 'docs');
  it('refuses an output that is one of the input files, however it is spelled or linked', () => {
    expect(outputClash(join(docs(), 'b.txt'), [join(docs(), 'b.txt')])).toBe(`-o ${join(docs(), 'b.txt')} is also an input (${join(docs(), 'b.txt')}); write the output elsewhere`);
    expect(outputClash(join(docs(), 'link-to-b.txt'), [join(docs(), 'sub/../b.txt')])).toMatch(/is also an input/);
    expect(outputClash(join(docs(), 'x.pdf'), [join(docs(), 'x.pdf')], { extensions: [] })).toMatch(/is also an input/);
  });

  it('refuses an output inside an input folder that a walk would read, new or not', () => {
    expect(outputClash(join(docs(), 'facts.txt'), [docs()])).toBe(
      `-o ${join(docs(), 'facts.txt')} lies inside the input folder ${docs()} and would be read as an input; write it elsewhere or give it another extension`,
    );
    expect(outputClash(join(docs(), 'sub/new.md'), [docs()])).toMatch(/lies inside the input folder/);
  });

  it('allows an output beside or inside the inputs that would not be read', () => {
    expect(outputClash(join(docs(), 'facts.csv'), [docs()])).toBeNull();
    expect(outputClash(join(docs(), '.cache/facts.txt'), [docs()])).toBeNull();
    expect(outputClash(join(root, 'facts.txt'), [docs(), '-'])).toBeNull();
    expect(outputClash(join(docs(), 'facts.txt'), [join(docs(), 'b.txt')])).toBeNull();
    expect(outputClash('/dev/null', [docs()])).toBeNull();
  });
});

describe('helpers', () => {
  it('compareCodeUnits is not locale order', () => {
    expect(['b', 'B', 'a', 'é', '中', '_'].sort(compareCodeUnits)).toEqual(['B', '_', 'a', 'b', 'é', '中']);
  });
  it('displayJoin uses / and never doubles it', () => {
    expect(displayJoin('seeds', 'a.txt')).toBe('seeds/a.txt');
    expect(displayJoin('seeds/', 'a.txt')).toBe('seeds/a.txt');
    expect(displayJoin('C:\\news', 'a.txt')).toBe('C:/news/a.txt');
  });
});

describe('fixtures/bad/make.mjs', () => {
  it('writes the unrepresentable fixtures, which the walker lists without hanging', { timeout: 120_000 }, () => {
    const target = join(root, 'generated');
    const run = spawnSync(process.execPath, [MAKE, target, '--skip-large', '--files', '200'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(target);
    const { inputs, errors } = expandPaths([target]);
    const listed = paths(inputs).map((p) => p.replace(/^generated\//, ''));
    expect(listed).toHaveLength(200 + 4);
    expect(listed.slice(0, 1)[0]).toMatch(/^deep\/(d\/){200}bottom\.txt$/);
    expect(listed.slice(1, 2)).toEqual(['loop/inner/article.txt']);
    expect(listed.slice(2, 4)).toEqual(['many/f000.txt', 'many/f001.txt']);
    expect(listed.slice(-2)).toEqual(['unreadable.txt', 'x.txt/inside.txt']);
    expect(errors.map((e) => ({ ...e, path: e.path.slice(target.length + 1) }))).toEqual([
      { path: 'dangling-link.txt', error: 'broken symbolic link' },
      { path: 'loop/inner/back-to-loop', error: 'symlink loop, not followed' },
    ]);
  });
});
