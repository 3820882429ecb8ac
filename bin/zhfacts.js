#!/usr/bin/env node
import('../dist/cli/main.js').then((m) => m.main(process.argv)).catch((err) => {
  process.stderr.write(`zhfacts: ${err && err.message ? err.message : err}\n`);
  process.exitCode = 2;
});
