// The segmentation floor: nodejieba.cut over every file of a corpus, alone, in a fresh process.
// Prints one JSON line: dictionary load time and RSS, cut time, bytes, peak RSS.
// --core loads zhfacts' core dictionary and domain terms instead of jieba's full dictionary;
// --load-only stops after the load.
//
//   node bench/jieba-floor.js DIR [--tag] | node bench/jieba-floor.js --load-only [--core]

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { listFiles, hwmMB } from './util.js';

const require = createRequire(import.meta.url);
const dir = process.argv[2];
const alsoTag = process.argv.includes('--tag');
const loadOnly = process.argv.includes('--load-only');
const core = process.argv.includes('--core');
const lexicon = (name) => new URL(`../src/link/lexicon/${name}`, import.meta.url).pathname;
const coreOptions = {
  dict: lexicon('jieba-core.dict.utf8'),
  userDict: lexicon('user.dict.utf8'),
  idfDict: lexicon('idf.stub.utf8'),
  stopWordDict: lexicon('stop-words.stub.utf8'),
};

const rssBefore = process.memoryUsage().rss / 1048576;
let t = process.hrtime.bigint();
let cpu = process.cpuUsage();
const jieba = require('nodejieba');
jieba.load(core ? coreOptions : undefined);
const loadSeconds = Number(process.hrtime.bigint() - t) / 1e9;
const loadCpu = process.cpuUsage(cpu);
const loadCpuSeconds = (loadCpu.user + loadCpu.system) / 1e6;
const rssLoaded = process.memoryUsage().rss / 1048576;
if (loadOnly) {
  const words = core ? readFileSync(coreOptions.dict, 'utf8').split('\n').length - 1 : null;
  process.stdout.write(JSON.stringify({ loadSeconds, loadCpuSeconds, rssBeforeMB: rssBefore, rssLoadedMB: rssLoaded, words }) + '\n');
  process.exit(0);
}

const files = listFiles(dir);
let bytes = 0;
let tokens = 0;
let cutSeconds = 0;
let cutCpuSeconds = 0;
let readSeconds = 0;
for (const f of files) {
  let t0 = process.hrtime.bigint();
  const buf = readFileSync(f);
  const text = buf.toString('utf8');
  let t1 = process.hrtime.bigint();
  const c1 = process.cpuUsage();
  readSeconds += Number(t1 - t0) / 1e9;
  bytes += buf.length;
  tokens += jieba.cut(text).length;
  cutSeconds += Number(process.hrtime.bigint() - t1) / 1e9;
  const dc = process.cpuUsage(c1);
  cutCpuSeconds += (dc.user + dc.system) / 1e6;
}
let tagSeconds = null;
if (alsoTag) {
  t = process.hrtime.bigint();
  for (const f of files) jieba.tag(readFileSync(f, 'utf8'));
  tagSeconds = Number(process.hrtime.bigint() - t) / 1e9;
}
process.stdout.write(
  JSON.stringify({
    files: files.length,
    bytes,
    tokens,
    loadSeconds,
    loadCpuSeconds,
    cutCpuSeconds,
    rssBeforeMB: rssBefore,
    rssLoadedMB: rssLoaded,
    cutSeconds,
    readSeconds,
    tagSeconds,
    peakMB: hwmMB(),
  }) + '\n',
);
