import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Minimal walker; to be replaced by the full one (hidden entries, loops, extensions).

export interface InputRef {
  path: string;
  file: string | null;
}

const EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

export function expandPaths(paths: string[]): { inputs: InputRef[]; errors: { path: string; error: string }[] } {
  const inputs: InputRef[] = [];
  const errors: { path: string; error: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (EXTENSIONS.some((e) => name.toLowerCase().endsWith(e))) inputs.push({ path: full, file: full });
    }
  };
  for (const p of paths) {
    if (p === '-') { inputs.push({ path: '-', file: null }); continue; }
    try {
      if (statSync(p).isDirectory()) walk(p);
      else inputs.push({ path: p, file: p });
    } catch {
      errors.push({ path: p, error: 'no such file or directory' });
    }
  }
  return { inputs, errors };
}
