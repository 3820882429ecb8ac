// Helpers shared by the benchmark's child scripts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The corpus files below a folder, in sorted order. */
export function listFiles(d) {
  const out = [];
  for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isDirectory()) out.push(...listFiles(join(d, e.name)));
    else if (e.isFile() && e.name.endsWith('.txt')) out.push(join(d, e.name));
  }
  return out;
}

/** Peak resident memory of this process so far, in MiB. */
export function hwmMB() {
  const m = readFileSync('/proc/self/status', 'utf8').match(/VmHWM:\s+(\d+) kB/);
  return m ? Number(m[1]) / 1024 : process.memoryUsage().rss / 1048576;
}

/** The number after `name` on the command line, or `dflt` when the option is absent. */
export function numberOption(name, dflt) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}
