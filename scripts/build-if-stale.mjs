// npm test: `npm run build` unless nothing it reads has changed since its last success. A build
// with nothing to do still costs tsc about 3 CPU-seconds (it parses every file to find that out),
// before any test can start. What the build reads: src/ (a file's mtime changes when it is
// edited, a folder's when a file in it is added, removed or renamed; git checkout writes the
// files it changes), the tsconfig, package.json and the installed packages (esbuild bundles
// them; npm rewrites node_modules/.package-lock.json on every install).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const STAMP = join(ROOT, 'dist/.build-ok');
const OUTPUTS = ['dist/index.js', 'dist/index.d.ts', 'dist/bundle/main.js', 'dist/bundle/worker.js'];
const INPUTS = ['tsconfig.json', 'package.json', 'node_modules/.package-lock.json'];

/** The newest mtime of a path and, for a folder, of everything in it. */
function newest(path) {
  const stat = statSync(path);
  let time = stat.mtimeMs;
  if (stat.isDirectory()) for (const name of readdirSync(path)) time = Math.max(time, newest(join(path, name)));
  return time;
}

function stale() {
  if (!existsSync(STAMP) || OUTPUTS.some((p) => !existsSync(join(ROOT, p)))) return true;
  const built = statSync(STAMP).mtimeMs;
  return [join(ROOT, 'src'), ...INPUTS.map((p) => join(ROOT, p))].some((p) => !existsSync(p) || newest(p) >= built);
}

if (stale()) {
  try {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  } catch (err) {
    process.exit(typeof err.status === 'number' ? err.status : 1); // tsc or esbuild has said why; no stamp
  }
  // written after a successful build only, so a failed one runs again next time
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}
