// Steady-state cost per document, robust to a shared host whose speed changes from one second to
// the next: every document of a sample is processed once per round and timed on its own, and the
// sum of each document's fastest time is reported. A slow spell spoils a few documents of a round,
// not the measurement. Prints one JSON line.
//
//   node bench/steady.js floor|zhfacts DIR [--mb 2] [--rounds 15]

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { listFiles, numberOption as opt } from './util.js';

const require = createRequire(import.meta.url);
const [mode, dir] = process.argv.slice(2);
const sampleBytes = opt('--mb', 2) * 1e6;
const rounds = opt('--rounds', 15);

// an even sample across the corpus: every k-th file until the sample is full
const files = listFiles(dir);
const step = Math.max(1, Math.floor(files.length / Math.ceil(sampleBytes / 10_000)));
const sample = [];
let bytes = 0;
for (let i = 0; i < files.length && bytes < sampleBytes; i += step) {
  const buf = readFileSync(files[i]);
  sample.push({ path: files[i], buf });
  bytes += buf.length;
}

let work;
if (mode === 'floor') {
  const jieba = require('nodejieba');
  jieba.load();
  const texts = sample.map((d) => d.buf.toString('utf8'));
  work = texts.map((t) => () => jieba.cut(t));
} else {
  const { extractDocument } = await import('../dist/pipeline.js');
  work = sample.map((d) => () => extractDocument(d.buf, d.path));
}
work.forEach((w) => w()); // loads and warms up; not timed

const fastest = new Array(work.length).fill(Infinity);
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < work.length; i++) {
    const t = process.hrtime.bigint();
    work[i]();
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (ms < fastest[i]) fastest[i] = ms;
  }
}
const seconds = fastest.reduce((a, b) => a + b, 0) / 1000;
process.stdout.write(JSON.stringify({ mode, files: sample.length, bytes, rounds, seconds, mbps: bytes / 1e6 / seconds }) + '\n');
