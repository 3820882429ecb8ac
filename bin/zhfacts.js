#!/usr/bin/env node
// The CLI runs from one bundled file (npm run build): resolving ~250 separate ES modules cost
// more start-up time than the work on a small article.
import('../dist/bundle/main.js').then((m) => m.main(process.argv)).catch((err) => {
  process.stderr.write(`zhfacts: ${err && err.message ? err.message : err}\n`);
  process.exitCode = 2;
});
