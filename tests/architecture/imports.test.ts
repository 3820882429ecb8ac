import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Stages only look down: a module imports its own stage or a stage below it, never one above or
// beside it. The ranks are the layering the imports of src/ already follow, bottom first:
//
//   0 schema chars            the contract (zod); what a Han character is, word lists as regexes:
//                             neither imports anything of src, every stage uses them
//   1 plain numbers text      HTML/Markdown → plain text; the number parser; folding, sentences, jieba
//   2 input extract           bytes → a loaded document; the fact-type rules over a sentence
//   3 link                    metric, region, partner, period, basis of extracted candidates
//   4 pipeline table          one document end to end; the cross-document table
//   5 output eval             writers; scoring against gold facts
//   6 drivers                 above the pipeline: many files (walk, then this thread or the pool),
//                             one input at a time, the worker thread, the ndjson input mode
//   7 cli library             the command line; index.ts, the library entry
//
// Stages of one rank are peers and import each other neither. Inside extract/, a fact-type
// folder imports extract's shared modules only (not another fact type, not the registry, which
// gathers them all). Above the fact types sit the modules that gather them or read with all of
// them: the registry (every type's rules), corpora.ts (every type's corpus, for the tests) and
// table/ (a cell is read with the prose rules of every type). No module but a corpus imports a
// corpus (corpora.ts counts as one): the corpora are tests' data and stay out of the bundle.
// Type-only imports count: a type declared in the wrong stage is a dependency on that stage.

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

const RANK: Record<string, number> = {
  schema: 0,
  chars: 0,
  plain: 1,
  numbers: 1,
  text: 1,
  input: 2,
  extract: 2,
  link: 3,
  pipeline: 4,
  table: 4,
  output: 5,
  eval: 5,
  drivers: 6,
  cli: 7,
  library: 7,
};

/** The stage of a module path relative to src/ (posix): its folder, or for a file at the top its role. */
function stageOf(path: string): string {
  const slash = path.indexOf('/');
  if (slash >= 0) return path.slice(0, slash);
  const top: Record<string, string> = { 'pipeline.ts': 'pipeline', 'index.ts': 'library' };
  return top[path] ?? `unknown top-level module ${path}`;
}

const FACT_FOLDER = /^extract\/([^/]+)\//;
const isCorpus = (path: string) => /^extract\/(?:[^/]+\/)?corpus\.ts$/.test(path) || /^link\/corpus(?:-[a-z-]+)?\.ts$/.test(path) || path === 'extract/negatives.ts' || path === 'extract/corpora.ts';
const isAboveFactTypes = (path: string) => path === 'extract/registry.ts' || path === 'extract/corpora.ts' || path.startsWith('extract/table/');

function rankOf(stage: string): number {
  const rank = RANK[stage];
  if (rank === undefined) throw new Error(`${stage}: give it a rank in tests/architecture/imports.test.ts`);
  return rank;
}

/** Why `from` may not import `to` (both relative to src/), or null when it may. */
function violation(from: string, to: string): string | null {
  const a = stageOf(from);
  const b = stageOf(to);
  const rankA = rankOf(a);
  const rankB = rankOf(b);
  if (a !== b) {
    if (rankB > rankA) return `${a} imports ${b}, a stage above it`;
    if (rankB === rankA) return `${a} imports ${b}, a stage beside it`;
  }
  if (isCorpus(to) && !isCorpus(from)) return 'a module imports a corpus (the corpora are test data, not code)';
  if (a === 'extract' && !isAboveFactTypes(from)) {
    const own = FACT_FOLDER.exec(from)?.[1] ?? null;
    const theirs = FACT_FOLDER.exec(to)?.[1] ?? null;
    if (to === 'extract/registry.ts') return 'a module of extract imports the registry, which gathers every fact type';
    if (theirs !== null && theirs !== own) return own === null ? `a shared module of extract imports the ${theirs} fact type` : `the ${own} fact type imports the ${theirs} fact type`;
  }
  return null;
}

/** Every import (static, dynamic, type-only, re-export) of every module in src/, as [from, to] relative to src/. */
function imports(): [string, string][] {
  const edges: [string, string][] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        const from = relative(SRC, full).split('\\').join('/');
        for (const { fileName } of ts.preProcessFile(readFileSync(full, 'utf8'), true, true).importedFiles) {
          if (!fileName.startsWith('.')) continue; // a package, not a stage
          const to = posix.normalize(posix.join(posix.dirname(from), fileName)).replace(/\.js$/, '.ts');
          edges.push([from, to]);
        }
      }
    }
  };
  walk(SRC);
  return edges;
}

describe('stages only look down', () => {
  it('no module imports a stage above or beside it', () => {
    const found: string[] = [];
    for (const [from, to] of imports()) {
      const why = violation(from, to);
      if (why !== null) found.push(`${from} -> ${to}: ${why}`);
    }
    expect(found, 'imports against the layering').toEqual([]);
  });

  it('reads every kind of relative import', () => {
    const edges = imports().map(([from, to]) => `${from} -> ${to}`);
    expect(edges).toContain('pipeline.ts -> extract/registry.ts'); // a value import at the top
    expect(edges).toContain('link/passage.ts -> text/sentences.ts'); // a type-only import
    expect(edges).toContain('extract/date/lunar.ts -> extract/date/resolve.ts'); // inside a folder
  });

  it('tells an import down from one up, beside, across fact types and into a corpus', () => {
    expect(violation('link/metric.ts', 'extract/types.ts')).toBeNull();
    expect(violation('extract/money/rules.ts', 'numbers/parse.ts')).toBeNull();
    expect(violation('extract/money/rules.ts', 'extract/types.ts')).toBeNull();
    expect(violation('extract/date/rules.ts', 'extract/date/resolve.ts')).toBeNull();
    expect(violation('extract/count/corpus.ts', 'extract/negatives.ts')).toBeNull();
    expect(violation('drivers/worker.ts', 'drivers/extract-input.ts')).toBeNull();
    expect(violation('drivers/ndjson.ts', 'pipeline.ts')).toBeNull();
    expect(violation('numbers/parse.ts', 'link/lexicon.ts')).toBe('numbers imports link, a stage above it');
    expect(violation('plain/html.ts', 'text/fold.ts')).toBe('plain imports text, a stage beside it');
    expect(violation('output/json.ts', 'drivers/extract-files.ts')).toBe('output imports drivers, a stage above it');
    expect(violation('input/ndjson.ts', 'pipeline.ts')).toBe('input imports pipeline, a stage above it');
    expect(violation('extract/money/rules.ts', 'extract/count/rules.ts')).toBe('the money fact type imports the count fact type');
    expect(violation('extract/boundaries.ts', 'extract/date/rules.ts')).toBe('a shared module of extract imports the date fact type');
    expect(violation('link/metric.ts', 'extract/money/corpus.ts')).toBe('a module imports a corpus (the corpora are test data, not code)');
    expect(violation('extract/registry.ts', 'extract/money/corpus.ts')).toBe('a module imports a corpus (the corpora are test data, not code)');
    expect(violation('pipeline.ts', 'extract/corpora.ts')).toBe('a module imports a corpus (the corpora are test data, not code)');
    expect(violation('extract/corpora.ts', 'extract/money/corpus.ts')).toBeNull();
    expect(violation('link/corpus-frames.ts', 'link/corpus.ts')).toBeNull();
    expect(violation('link/index.ts', 'link/corpus-passages.ts')).toBe('a module imports a corpus (the corpora are test data, not code)');
    expect(violation('extract/table/rules.ts', 'extract/registry.ts')).toBeNull();
    expect(violation('extract/overlaps.ts', 'extract/registry.ts')).toBe('a module of extract imports the registry, which gathers every fact type');
    expect(() => violation('newstage/x.ts', 'schema/fact.ts')).toThrow('newstage: give it a rank');
  });
});
