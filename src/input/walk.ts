import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';

// Command-line PATHs → the list of documents to read, in a deterministic order that does
// not depend on what order the file system lists entries in.

export interface InputRef {
  /** display path: the path as given joined with the relative path inside a folder, '/' separators */
  path: string;
  /** the file to read, or null for '-' (standard input) */
  file: string | null;
}

export interface InputProblem {
  path: string;
  error: string;
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

/** A file-system error in plain words, without the path (it is reported beside it). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'symlink loop, not followed';
    case 'EISDIR': return 'is a folder, not a file';
    case 'ENOTDIR': return 'not a folder';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    case 'EIO': return 'input/output error';
    default: return error instanceof Error && code ? `cannot read (${code})` : 'cannot read';
  }
}

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

interface Walk {
  extensions: ReadonlySet<string>;
  inputs: InputRef[];
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
function walkFolder(file: string, display: string, ancestors: ReadonlySet<string>, walk: Walk): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(file, { withFileTypes: true });
  } catch (error) {
    walk.errors.push({ path: display, error: describeFsError(error) });
    return;
  }
  for (const entry of entries) {
    const { name } = entry;
    if (isHidden(name)) continue;
    const childFile = join(file, name);
    const childDisplay = displayJoin(display, name);
    if (entry.isFile()) {
      if (hasExtension(name, walk.extensions)) walk.inputs.push({ path: childDisplay, file: childFile });
      continue;
    }
    let stats: Stats | Dirent = entry;
    if (!entry.isDirectory()) {
      // A symlink (or a file system that does not report types): look at what it points to.
      try {
        stats = statSync(childFile);
      } catch (error) {
        // A dangling symlink or a vanished entry matters only if it would have been an input.
        if (hasExtension(name, walk.extensions) || (error as NodeJS.ErrnoException).code === 'ELOOP')
          walk.errors.push({ path: childDisplay, error: brokenEntryReason(childFile, error) });
        continue;
      }
    }
    if (stats.isDirectory()) {
      const real = realPathOrNull(childFile);
      if (real === null) walk.errors.push({ path: childDisplay, error: 'cannot resolve folder' });
      else if (ancestors.has(real)) walk.errors.push({ path: childDisplay, error: 'symlink loop, not followed' });
      else walkFolder(childFile, childDisplay, new Set([...ancestors, real]), walk);
    } else if (stats.isFile() && hasExtension(name, walk.extensions)) {
      walk.inputs.push({ path: childDisplay, file: childFile });
    }
  }
}

function brokenEntryReason(file: string, error: unknown): string {
  try {
    if (lstatSync(file).isSymbolicLink() && (error as NodeJS.ErrnoException).code === 'ENOENT') return 'broken symbolic link';
  } catch {
    // fall through to the original error
  }
  return describeFsError(error);
}

/** One PATH from the command line: '-', a file (any extension), or a folder. */
function expandOne(given: string, walk: Walk): void {
  if (given === STDIN) {
    walk.inputs.push({ path: STDIN, file: null });
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
    const real = realPathOrNull(given);
    walkFolder(given, given, new Set(real ? [real] : []), walk);
  } else {
    // Named explicitly: taken whatever its extension; FIFOs such as <(cmd) are readable too.
    walk.inputs.push({ path: given.replace(/\\/g, '/'), file: given });
  }
}

function uniqueSorted<T extends { path: string }>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return [...items]
    .sort((a, b) => compareCodeUnits(a.path, b.path))
    .filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}

/**
 * Expands command-line PATHs into inputs sorted by display path (each once) and the
 * paths that could not be listed, with plain-words reasons. Never throws for a bad path.
 */
export function expandPaths(paths: readonly string[], options: ExpandOptions = {}): Expanded {
  const walk: Walk = { extensions: normalizeExtensions(options.extensions ?? DEFAULT_EXTENSIONS), inputs: [], errors: [] };
  for (const given of paths) expandOne(given, walk);
  return {
    inputs: uniqueSorted(walk.inputs, (i) => i.path),
    errors: uniqueSorted(walk.errors, (e) => `${e.path}\u0000${e.error}`),
  };
}
