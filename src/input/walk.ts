import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { describeError } from './errors.js';
import type { InputProblem } from '../schema/document.js';

// Command-line PATHs → the list of documents to read, in a deterministic order that does
// not depend on what order the file system lists entries in.

export interface InputRef {
  /** display path: the path as given joined with the relative path inside a folder, '/' separators */
  path: string;
  /** the file to read, or null for '-' (standard input) */
  file: string | null;
}

export interface ExpandOptions {
  /** extensions taken inside folders (case-insensitive, with or without the dot) */
  extensions?: readonly string[];
}

export interface Expanded {
  inputs: InputRef[];
  errors: InputProblem[];
}

export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm'];

export const STDIN = '-';

function normalizeExtensions(extensions: readonly string[]): Set<string> {
  return new Set(extensions.map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase()));
}

function hasExtension(name: string, extensions: ReadonlySet<string>): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && extensions.has(name.slice(dot).toLowerCase());
}

function isHidden(name: string): boolean {
  return name.startsWith('.');
}

/** `dir` as given + `name`, with '/' separators and no doubled separator. */
export function displayJoin(dir: string, name: string): string {
  const base = dir.replace(/\\/g, '/');
  return base.endsWith('/') ? `${base}${name}` : `${base}/${name}`;
}

/** Code-unit order, as the contract asks: not locale order, which differs between machines. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An input with the real path that identifies it: `x`, `./x`, `/abs/x` and `dir/x` are one file. */
interface Found extends InputRef {
  real: string;
  /** which command-line PATH it was found under (the first one named wins) */
  given: number;
}

interface Walk {
  given: number;
  extensions: ReadonlySet<string>;
  inputs: Found[];
  errors: InputProblem[];
}

function realPathOrNull(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/**
 * Walks a folder. `ancestors` holds the real paths of the folders above, so that a symlink
 * back to one of them is reported once instead of being followed forever.
 */
function walkFolder(file: string, display: string, real: string, ancestors: ReadonlySet<string>, walk: Walk): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(file, { withFileTypes: true });
  } catch (error) {
    walk.errors.push({ path: display, error: describeError(error) });
    return;
  }
  for (const entry of entries) {
    const { name } = entry;
    if (isHidden(name)) continue;
    const childFile = join(file, name);
    const childDisplay = displayJoin(display, name);
    if (entry.isFile()) {
      // not a link: its real path is its name in the real folder (no system call per file)
      if (hasExtension(name, walk.extensions)) walk.inputs.push({ path: childDisplay, file: childFile, real: join(real, name), given: walk.given });
      continue;
    }
    let stats: Stats | Dirent = entry;
    if (!entry.isDirectory()) {
      // A symlink (or a file system that does not report types): look at what it points to.
      try {
        stats = statSync(childFile);
      } catch (error) {
        // A dangling symlink or a vanished entry matters only if it would have been an input.
        if (hasExtension(name, walk.extensions) || (error as NodeJS.ErrnoException).code === 'ELOOP') walk.errors.push({ path: childDisplay, error: brokenEntryReason(childFile, error) });
        continue;
      }
    }
    const childReal = entry.isDirectory() ? join(real, name) : realPathOrNull(childFile);
    if (stats.isDirectory()) {
      if (childReal === null) walk.errors.push({ path: childDisplay, error: 'cannot resolve folder' });
      else if (ancestors.has(childReal)) walk.errors.push({ path: childDisplay, error: 'symlink loop, not followed' });
      else walkFolder(childFile, childDisplay, childReal, new Set([...ancestors, childReal]), walk);
    } else if (stats.isFile() && hasExtension(name, walk.extensions)) {
      walk.inputs.push({ path: childDisplay, file: childFile, real: childReal ?? resolve(childFile), given: walk.given });
    }
  }
}

function brokenEntryReason(file: string, error: unknown): string {
  try {
    if (lstatSync(file).isSymbolicLink() && (error as NodeJS.ErrnoException).code === 'ENOENT') return 'broken symbolic link';
  } catch {
    // fall through to the original error
  }
  return describeError(error);
}

/** One PATH from the command line: '-', a file (any extension), or a folder. */
function expandOne(given: string, walk: Walk): void {
  if (given === STDIN) {
    walk.inputs.push({ path: STDIN, file: null, real: STDIN, given: walk.given });
    return;
  }
  let stats: Stats;
  try {
    stats = statSync(given);
  } catch (error) {
    walk.errors.push({ path: given.replace(/\\/g, '/'), error: brokenEntryReason(given, error) });
    return;
  }
  if (stats.isDirectory()) {
    const real = realPathOrNull(given) ?? resolve(given);
    walkFolder(given, given, real, new Set([real]), walk);
  } else {
    // Named explicitly: taken whatever its extension; FIFOs such as <(cmd) are readable too.
    walk.inputs.push({ path: given.replace(/\\/g, '/'), file: given, real: realPathOrNull(given) ?? resolve(given), given: walk.given });
  }
}

function uniqueSorted<T extends { path: string }>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return [...items].sort((a, b) => compareCodeUnits(a.path, b.path)).filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}

/**
 * Each file once, under its first spelling: that of the first command-line PATH it was found
 * under, and the first display path in order under that PATH (never readdir order). Sorted by
 * display path.
 */
function uniqueFiles(found: readonly Found[]): InputRef[] {
  const seen = new Set<string>();
  const first: InputRef[] = [];
  const byFirstSpelling = [...found].sort((a, b) => a.given - b.given || compareCodeUnits(a.path, b.path));
  for (const { path, file, real } of byFirstSpelling) {
    if (seen.has(real)) continue;
    seen.add(real);
    first.push({ path, file });
  }
  return first.sort((a, b) => compareCodeUnits(a.path, b.path));
}

/**
 * Expands command-line PATHs into inputs sorted by display path (each file once, identified
 * by its real path) and the paths that could not be listed, with plain-words reasons. Never
 * throws for a bad path.
 */
export function expandPaths(paths: readonly string[], options: ExpandOptions = {}): Expanded {
  const walk: Walk = { given: 0, extensions: normalizeExtensions(options.extensions ?? DEFAULT_EXTENSIONS), inputs: [], errors: [] };
  paths.forEach((given, i) => {
    walk.given = i;
    expandOne(given, walk);
  });
  return {
    inputs: uniqueFiles(walk.inputs),
    errors: uniqueSorted(walk.errors, (e) => `${e.path}\u0000${e.error}`),
  };
}

/**
 * Why output to `output` would read or overwrite an input, or null: it is one of the files given,
 * or it lies inside a folder given, where a walk would take it (an input extension, no hidden
 * part). Paths that do not exist yet are compared by where they would be created.
 */
export function outputClash(output: string, paths: readonly string[], options: ExpandOptions = {}): string | null {
  const extensions = normalizeExtensions(options.extensions ?? DEFAULT_EXTENSIONS);
  const out = realPathOrNull(output) ?? (realPathOrNull(dirname(resolve(output))) ?? dirname(resolve(output))) + sep + basename(output);
  for (const given of paths) {
    if (given === STDIN) continue;
    const real = realPathOrNull(given);
    if (real === null) continue;
    if (real === out) return `-o ${output} is also an input (${given}); write the output elsewhere`;
    const inside = out.startsWith(real.endsWith(sep) ? real : real + sep) ? out.slice(real.length).split(sep).filter(Boolean) : null;
    const last = inside?.at(-1);
    if (inside && last !== undefined && !inside.some(isHidden) && hasExtension(last, extensions)) {
      return `-o ${output} lies inside the input folder ${given} and would be read as an input; write it elsewhere or give it another extension`;
    }
  }
  return null;
}
