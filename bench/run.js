// npm run bench — zhfacts against its own segmenter (the floor) and against Microsoft
// Recognizers-Text, on one generated corpus; prints a table and the targets, and writes
// bench/out/results.json. Runs the built CLI (npm run build when dist/bundle is missing).
//
//   node bench/run.js [--big] [--mb 20] [--jobs N] [--repeat 3] [--rec-seconds 45]
//                     [--rec-bytes 1048576] [--no-rec] [--cold-runs 5]
//                     [--no-steady] [--steady-mb 2] [--steady-rounds 15]
//
// --big also builds a 200 MB corpus and compares zhfacts' peak resident memory on it with the
// 20 MB one (several minutes on 2 cores). The memory check generates (fixtures/bad/make.mjs --big,
// in a temporary folder) a 100 MB single file and a 5 MB line dense with figures and measures
// zhfacts' peak resident memory on each with --jobs 1 (issue 17: under 450 MB; about 7 minutes
// of CPU for the 100 MB file); --no-memory leaves it out.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus, ROOT } from './corpus.js';
import { numberOption as opt } from './util.js';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);

const OUT = join(ROOT, 'bench/out');
const BIN = join(ROOT, 'bin/zhfacts.js');
const MB = 1e6; // MB/s are decimal megabytes of UTF-8 input per second
const cores = availableParallelism();
const jobsAll = opt('--jobs', cores);
const log = (s) => process.stderr.write(`bench: ${s}\n`);

// ---------------------------------------------------------------- helpers

const TIME = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p) && spawnSync(p, ['-f', '%M', 'true']).status === 0) ?? null;

/**
 * Runs a command; resolves to { status, seconds, peakMB, stdout, stderr }. Peak resident memory
 * comes from GNU time's %M when it exists, else from sampling /proc/PID/status VmHWM.
 */
function measured(cmd, argv, { stdinFile = null } = {}) {
  return new Promise((resolve, reject) => {
    const timeOut = join(OUT, `.time.${process.pid}`);
    const [file, fileArgs] = TIME ? [TIME, ['-f', '%M %U %S', '-o', timeOut, cmd, ...argv]] : [cmd, argv];
    const started = process.hrtime.bigint();
    const child = spawn(file, fileArgs, { cwd: ROOT, stdio: [stdinFile ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    if (stdinFile) createReadStream(stdinFile).pipe(child.stdin);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout.length < 1 << 20 ? (stdout += d) : null));
    child.stderr.on('data', (d) => (stderr.length < 1 << 16 ? (stderr += d) : null));
    let hwm = 0;
    const sampler = TIME
      ? null
      : setInterval(() => {
          try {
            const m = readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/);
            if (m) hwm = Math.max(hwm, Number(m[1]));
          } catch {
            // the child has exited between two samples
          }
        }, 20);
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (sampler) clearInterval(sampler);
      let peakKB = hwm;
      let cpuSeconds = null;
      if (TIME && existsSync(timeOut)) {
        const lines = readFileSync(timeOut, 'utf8').trim().split('\n');
        const [kb, user, sys] = lines[lines.length - 1].split(' ').map(Number);
        peakKB = kb || 0;
        cpuSeconds = user + sys;
        rmSync(timeOut, { force: true });
      }
      resolve({ status, seconds, cpuSeconds, peakMB: peakKB / 1024, stdout, stderr });
    });
  });
}

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function countLines(file) {
  const buf = readFileSync(file);
  let n = 0;
  for (let i = 0; i < buf.length; i++) if (buf[i] === 10) n++;
  return n;
}

/** zhfacts extract DIR --format ndjson --jobs N -o FILE, measured. */
async function zhfacts(corpus, jobs, tag) {
  calibrate(`zhfacts --jobs ${jobs}`);
  const out = join(OUT, `facts.${tag}.ndjson`);
  log(`zhfacts extract --jobs ${jobs} on ${(corpus.bytes / MB).toFixed(0)} MB …`);
  const r = await measured(process.execPath, [BIN, 'extract', corpus.dir, '--format', 'ndjson', '--jobs', String(jobs), '--quiet', '-o', out]);
  if (r.status !== 0) log(`zhfacts --jobs ${jobs} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  const facts = existsSync(out) ? countLines(out) : 0;
  const hash = existsSync(out) ? sha256(out) : null;
  return {
    jobs,
    status: r.status,
    seconds: r.seconds,
    cpuSeconds: r.cpuSeconds,
    mbps: corpus.bytes / MB / r.seconds,
    cpuMbps: r.cpuSeconds ? corpus.bytes / MB / r.cpuSeconds : null,
    peakMB: r.peakMB,
    facts,
    sha256: hash,
    output: out,
  };
}

function node(script, argv) {
  calibrate(script);
  const r = spawnSync(process.execPath, [join(ROOT, 'bench', script), ...argv], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${script} failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

// A fixed CPU task timed before each measurement: on a shared machine whose speed varies during
// the run (other tenants, throttling), its spread says how far the wall-clock ratios can be trusted.
const CALIBRATION = 'let s=0;for(let i=0;i<1e8;i++)s=(s+i)|0;';
const calibrations = [];
function calibrate(before) {
  const t = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', CALIBRATION]);
  calibrations.push({ before, seconds: Number(process.hrtime.bigint() - t) / 1e9 });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));

// ---------------------------------------------------------------- run

mkdirSync(OUT, { recursive: true });
if (!existsSync(join(ROOT, 'dist/bundle/main.js'))) {
  log('dist/bundle missing: npm run build …');
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores,
  memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
  node: process.version,
  os: `${process.platform} ${release()}`,
  loadavgAtStart: loadavg().map((x) => +x.toFixed(2)),
};
log(`machine: ${machine.cpu}, ${cores} cores, node ${machine.node}, load average ${machine.loadavgAtStart.join(' ')}`);

const corpus = buildCorpus({ mb: opt('--mb', 20), out: join(OUT, 'corpus'), log });
log(`corpus: ${corpus.files} files, ${(corpus.bytes / MB).toFixed(1)} MB`);

// (a) the floor, (b) zhfacts, (c) Recognizers-Text, in interleaved rounds: on a shared machine
// whose speed drifts over minutes, each is measured --repeat times and its fastest run is kept
// (peak memory: the highest of its runs), so that one slow spell does not decide a ratio.
const repeat = Math.max(1, opt('--repeat', 3));
// what zhfacts itself loads: the core dictionary (src/text/core-dict.ts) with its domain terms
const coreLoad = node('jieba-floor.js', ['--load-only', '--core']);
const rounds = [];
for (let round = 0; round < repeat; round++) {
  log(`round ${round + 1} of ${repeat}`);
  log('nodejieba.cut over the whole corpus …');
  const floorRun = node('jieba-floor.js', [corpus.dir]);
  // --jobs 1 and --jobs N back to back, in turns first: their ratio within a round is what the
  // host's slow spells (minutes long) spoil least
  const jobs1First = round % 2 === 0;
  const jobs1Run = jobs1First ? await zhfacts(corpus, 1, 'jobs1') : null;
  const jobsNRun = await zhfacts(corpus, jobsAll, `jobs${jobsAll}`);
  const jobs1Later = jobs1First ? jobs1Run : await zhfacts(corpus, 1, 'jobs1');
  let recRun = null;
  if (!flag('--no-rec')) {
    log('Recognizers-Text (number, percentage, currency, datetime; zh-cn) on a sample …');
    recRun = node('recognizers.js', [corpus.dir, '--bytes', String(opt('--rec-bytes', 1 << 20)), '--seconds', String(opt('--rec-seconds', 45))]);
    recRun.mbps = recRun.bytes / MB / recRun.seconds;
  }
  rounds.push({ floor: floorRun, jobs1: jobs1Later, jobsN: jobsNRun, rec: recRun, jobsNOverJobs1: roundRatio(jobs1Later, jobsNRun) });
}
/** --jobs N against --jobs 1 in one round: speed (wall-clock) and CPU-seconds charged. */
function roundRatio(one, many) {
  return { speed: one.seconds / many.seconds, cpu: one.cpuSeconds && many.cpuSeconds ? many.cpuSeconds / one.cpuSeconds : null };
}
/** The fastest of a measurement's runs, with the highest peak memory among them. */
function fastest(runs, seconds) {
  const best = runs.reduce((a, b) => (seconds(b) < seconds(a) ? b : a));
  return { ...best, peakMB: Math.max(...runs.map((r) => r.peakMB ?? 0)), runSeconds: runs.map(seconds) };
}
const floor = fastest(
  rounds.map((r) => r.floor),
  (r) => r.cutSeconds,
);
floor.mbps = floor.bytes / MB / floor.cutSeconds;
floor.mbpsWithLoad = floor.bytes / MB / (floor.cutSeconds + floor.loadSeconds + floor.readSeconds);
floor.cpuMbps = floor.bytes / MB / floor.cutCpuSeconds;
floor.rssLoadedMB = Math.max(...rounds.map((r) => r.floor.rssLoadedMB));
const jobs1 = fastest(
  rounds.map((r) => r.jobs1),
  (r) => r.seconds,
);
const jobsN = fastest(
  rounds.map((r) => r.jobsN),
  (r) => r.seconds,
);
const identical = rounds.every((r) => r.jobs1.sha256 !== null && r.jobs1.sha256 === r.jobsN.sha256 && r.jobs1.sha256 === rounds[0].jobs1.sha256);
const rec = flag('--no-rec')
  ? null
  : fastest(
      rounds.map((r) => r.rec),
      (r) => 1 / r.mbps,
    );

// steady state in process, each document timed alone and its fastest of several rounds kept: the
// floor and zhfacts compared without the host's slow spells (nor load, I/O or output)
let steady = null;
if (!flag('--no-steady')) {
  log('steady state in process, per document (floor, then zhfacts) …');
  const sample = ['--mb', String(opt('--steady-mb', 2)), '--rounds', String(opt('--steady-rounds', 15))];
  steady = { floor: node('steady.js', ['floor', corpus.dir, ...sample]), zhfacts: node('steady.js', ['zhfacts', corpus.dir, ...sample]) };
  steady.ratio = steady.zhfacts.mbps / steady.floor.mbps;
}

// cold start: one small file, jieba load included
const small = join(ROOT, 'seeds', '002_329565d9c714d630.txt');
const coldFile = existsSync(small) ? small : join(corpus.dir, '000', 'doc-000000.txt');
const coldRuns = [];
calibrate('cold start');
for (let i = 0; i < opt('--cold-runs', 5); i++) {
  const r = await measured(process.execPath, [BIN, 'extract', coldFile, '--format', 'ndjson', '--quiet']);
  coldRuns.push(r.seconds);
}
const cold = { file: coldFile.replace(ROOT, ''), bytes: statSync(coldFile).size, runs: coldRuns, seconds: Math.min(...coldRuns), median: median(coldRuns) };

// zhfacts table over the facts of the --jobs 1 run: a reduce whose state is one entry per key
let tableRun = null;
if (jobs1.output && existsSync(jobs1.output)) {
  calibrate('zhfacts table');
  const tableOut = join(OUT, 'table.ndjson');
  log(`zhfacts table on ${jobs1.facts} facts …`);
  const r = await measured(process.execPath, [BIN, 'table', jobs1.output, '--format', 'ndjson', '--quiet', '-o', tableOut]);
  if (r.status !== 0) log(`zhfacts table exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  tableRun = { status: r.status, seconds: r.seconds, peakMB: r.peakMB, facts: jobs1.facts, rows: existsSync(tableOut) ? countLines(tableOut) : 0, factsPerSecond: jobs1.facts / r.seconds };
}

// --big: peak memory on a 200 MB corpus
let big = null;
if (flag('--big')) {
  const bigCorpus = buildCorpus({ mb: 200, out: join(OUT, 'corpus-big'), log });
  const b1 = await zhfacts(bigCorpus, 1, 'big-jobs1');
  const bN = await zhfacts(bigCorpus, jobsAll, `big-jobs${jobsAll}`);
  big = { files: bigCorpus.files, bytes: bigCorpus.bytes, jobs1: b1, jobsN: bN };
}
// peak memory on one 100 MB file and on a 5 MB line of figures, --jobs 1 (unless --no-memory)
let memory = null;
if (!flag('--no-memory')) {
  const dir = mkdtempSync(join(tmpdir(), 'zhfacts-bench-big-'));
  try {
    const made = spawnSync(process.execPath, [join(ROOT, 'fixtures/bad/make.mjs'), dir, '--big', '--mb', '100', '--dense-mb', '5', '--depth', '1000'], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`make.mjs failed: ${made.stderr}`);
    memory = {};
    for (const [key, name] of [
      ['big', 'big-100mb.txt'],
      ['dense', 'dense-line-5mb.txt'],
    ]) {
      const file = join(dir, name);
      log(`zhfacts extract ${name} --jobs 1 (peak memory) …`);
      const r = await measured(process.execPath, [BIN, 'extract', file, '--jobs', '1', '--quiet', '-o', join(dir, 'out.json')]);
      memory[key] = { file: name, bytes: statSync(file).size, status: r.status, seconds: r.seconds, cpuSeconds: r.cpuSeconds, peakMB: r.peakMB };
      rmSync(join(dir, 'out.json'), { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
machine.loadavgAtEnd = loadavg().map((x) => +x.toFixed(2));

// ---------------------------------------------------------------- report

const ratios = {
  jobs1OverFloor: jobs1.mbps / floor.mbps,
  jobs1OverFloorWithLoad: jobs1.mbps / floor.mbpsWithLoad,
  jobs1OverFloorCpu: jobs1.cpuMbps && floor.cpuMbps ? jobs1.cpuMbps / floor.cpuMbps : null,
  jobs1OverRecognizers: rec ? jobs1.mbps / rec.mbps : null,
  // the median of the rounds' own ratios: both runs of a round met the same host
  jobsNOverJobs1: median(rounds.map((r) => r.jobsNOverJobs1.speed)),
  jobsNOverJobs1Cpu: rounds.every((r) => r.jobsNOverJobs1.cpu !== null) ? median(rounds.map((r) => r.jobsNOverJobs1.cpu)) : null,
  jobsNOverJobs1Fastest: jobsN.mbps / jobs1.mbps,
};
const roundSpeeds = rounds.map((r) => f(r.jobsNOverJobs1.speed)).join(', ');
const roundCpus = rounds.map((r) => f(r.jobsNOverJobs1.cpu)).join(', ');
const memoryBudgetMB = floor.rssLoadedMB + 150;
const targets = [
  { target: '--jobs 1 at least as fast as nodejieba.cut (ratio ≥ 1)', value: f(ratios.jobs1OverFloor), met: ratios.jobs1OverFloor >= 1 },
  { target: 'at least 50× Recognizers-Text', value: rec ? f(ratios.jobs1OverRecognizers, 0) + '×' : 'skipped', met: rec ? ratios.jobs1OverRecognizers >= 50 : null },
  { target: `--jobs ${jobsAll} at least 1.7× --jobs 1 (median of rounds)`, value: f(ratios.jobsNOverJobs1) + '×', met: ratios.jobsNOverJobs1 >= 1.7 },
  { target: `peak RSS --jobs 1 ≤ loaded jieba + 150 MB (${f(memoryBudgetMB, 0)} MB)`, value: f(jobs1.peakMB, 0) + ' MB', met: jobs1.peakMB <= memoryBudgetMB },
  { target: `peak RSS --jobs ${jobsAll} ≤ loaded jieba + 150 MB (${f(memoryBudgetMB, 0)} MB)`, value: f(jobsN.peakMB, 0) + ' MB', met: jobsN.peakMB <= memoryBudgetMB },
  {
    target: 'peak RSS on 200 MB no higher than on 20 MB (+10% noise), --jobs 1',
    value: big ? `${f(big.jobs1.peakMB, 0)} vs ${f(jobs1.peakMB, 0)} MB` : 'run with --big',
    met: big ? big.jobs1.peakMB <= jobs1.peakMB * 1.1 : null,
  },
  {
    target: `peak RSS on 200 MB no higher than on 20 MB (+10% noise), --jobs ${jobsAll}`,
    value: big ? `${f(big.jobsN.peakMB, 0)} vs ${f(jobsN.peakMB, 0)} MB` : 'run with --big',
    met: big ? big.jobsN.peakMB <= jobsN.peakMB * 1.1 : null,
  },
  {
    target: `--jobs ${jobsAll} CPU-seconds within 10% of --jobs 1 (median of rounds)`,
    value: f(ratios.jobsNOverJobs1Cpu) + '×',
    met: ratios.jobsNOverJobs1Cpu === null ? null : ratios.jobsNOverJobs1Cpu <= 1.1,
  },
  {
    target: 'peak RSS, one 100 MB file, --jobs 1 < 450 MB',
    value: memory ? f(memory.big.peakMB, 0) + ' MB' : 'skipped (--no-memory)',
    met: memory ? memory.big.status === 0 && memory.big.peakMB < 450 : null,
  },
  {
    target: 'peak RSS, a 5 MB line of figures, --jobs 1 < 450 MB',
    value: memory ? f(memory.dense.peakMB, 0) + ' MB' : 'skipped (--no-memory)',
    met: memory ? memory.dense.status === 0 && memory.dense.peakMB < 450 : null,
  },
  { target: 'cold start, one small file ≤ 1.5 s', value: f(cold.seconds) + ' s', met: cold.seconds <= 1.5 },
  { target: `--jobs ${jobsAll} output byte-identical to --jobs 1`, value: identical ? 'identical' : 'DIFFERENT', met: identical },
];

const rows = [
  ['what', 'MB', 'seconds', 'MB/s', 'CPU s', 'MB/CPU-s', 'peak RSS MB', 'notes'],
  ['nodejieba dictionary load', '', f(floor.loadSeconds), '', f(floor.loadCpuSeconds), '', f(floor.rssLoadedMB, 0), `RSS ${f(floor.rssBeforeMB, 0)} MB before load`],
  ["  same, zhfacts' core dictionary", '', f(coreLoad.loadSeconds), '', f(coreLoad.loadCpuSeconds), '', f(coreLoad.rssLoadedMB, 0), `${coreLoad.words} words + domain terms`],
  [
    'nodejieba.cut (floor)',
    f(floor.bytes / MB, 1),
    f(floor.cutSeconds),
    f(floor.mbps),
    f(floor.cutCpuSeconds),
    f(floor.cpuMbps),
    f(floor.peakMB, 0),
    `${floor.tokens} tokens; ${f(floor.mbpsWithLoad)} MB/s with load+read`,
  ],
  [
    'zhfacts extract --jobs 1',
    f(corpus.bytes / MB, 1),
    f(jobs1.seconds),
    f(jobs1.mbps),
    f(jobs1.cpuSeconds),
    f(jobs1.cpuMbps),
    f(jobs1.peakMB, 0),
    `${jobs1.facts} facts; runs ${jobs1.runSeconds.map((x) => f(x, 1)).join(', ')} s`,
  ],
  [
    `zhfacts extract --jobs ${jobsAll}`,
    f(corpus.bytes / MB, 1),
    f(jobsN.seconds),
    f(jobsN.mbps),
    f(jobsN.cpuSeconds),
    f(jobsN.cpuMbps),
    f(jobsN.peakMB, 0),
    (identical ? 'same bytes as --jobs 1' : 'OUTPUT DIFFERS') + `; runs ${jobsN.runSeconds.map((x) => f(x, 1)).join(', ')} s`,
  ],
  rec
    ? ['Recognizers-Text zh-cn (sample)', f(rec.bytes / MB, 3), f(rec.seconds), f(rec.mbps, 4), '', '', '', `4 models; +${f(rec.initSeconds)} s model init`]
    : ['Recognizers-Text', '', '', '', '', '', '', 'skipped (--no-rec)'],
  ...(steady
    ? [
        [
          'steady state: nodejieba.cut',
          f(steady.floor.bytes / MB, 1),
          f(steady.floor.seconds),
          f(steady.floor.mbps),
          '',
          '',
          '',
          `per document, fastest of ${steady.floor.rounds} rounds; ${steady.floor.files} files`,
        ],
        ['steady state: zhfacts (in process)', f(steady.zhfacts.bytes / MB, 1), f(steady.zhfacts.seconds), f(steady.zhfacts.mbps), '', '', '', `same documents and method; ratio ${f(steady.ratio)}`],
      ]
    : []),
  ...(tableRun
    ? [
        [
          'zhfacts table (facts of --jobs 1 → rows)',
          '',
          f(tableRun.seconds),
          '',
          '',
          '',
          f(tableRun.peakMB, 0),
          `${tableRun.facts} facts → ${tableRun.rows} rows; ${f(tableRun.factsPerSecond, 0)} facts/s`,
        ],
      ]
    : []),
  ['cold start, one small file', f(cold.bytes / MB, 3), f(cold.seconds), '', '', '', '', `fastest of ${coldRuns.length}; median ${f(cold.median)} s`],
];
if (memory) {
  for (const [what, m] of [
    ['one 100 MB file, --jobs 1', memory.big],
    ['a 5 MB line of figures, --jobs 1', memory.dense],
  ])
    rows.push([
      what,
      f(m.bytes / MB, 1),
      f(m.seconds),
      f(m.bytes / MB / m.seconds),
      f(m.cpuSeconds),
      m.cpuSeconds ? f(m.bytes / MB / m.cpuSeconds) : '',
      f(m.peakMB, 0),
      m.status === 0 ? 'peak memory check' : `exited ${m.status}`,
    ]);
}
if (big) {
  rows.push([
    'zhfacts --jobs 1, 200 MB',
    f(big.bytes / MB, 1),
    f(big.jobs1.seconds),
    f(big.jobs1.mbps),
    f(big.jobs1.cpuSeconds),
    f(big.jobs1.cpuMbps),
    f(big.jobs1.peakMB, 0),
    `${big.jobs1.facts} facts`,
  ]);
  rows.push([
    `zhfacts --jobs ${jobsAll}, 200 MB`,
    f(big.bytes / MB, 1),
    f(big.jobsN.seconds),
    f(big.jobsN.mbps),
    f(big.jobsN.cpuSeconds),
    f(big.jobsN.cpuMbps),
    f(big.jobsN.peakMB, 0),
    big.jobs1.sha256 === big.jobsN.sha256 ? 'same bytes' : 'OUTPUT DIFFERS',
  ]);
}

function table(rs) {
  const widths = rs[0].map((_, i) => Math.max(...rs.map((r) => String(r[i]).length)));
  const line = (r) => '| ' + r.map((c, i) => (i === 0 || i === r.length - 1 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ') + ' |';
  return [line(rs[0]), '|' + widths.map((w, i) => (i === 0 || i === widths.length - 1 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|', ...rs.slice(1).map(line)].join('\n');
}

const mark = (m) => (m === null ? 'n/a' : m ? 'MET' : 'NOT MET');
console.log(`\nMachine: ${machine.cpu}, ${cores} cores, ${machine.memoryGB} GB, node ${machine.node}, ${machine.os}`);
console.log(`Load average at start ${machine.loadavgAtStart.join(' ')}, at end ${machine.loadavgAtEnd.join(' ')}`);
const busy = Math.max(...machine.loadavgAtStart.slice(0, 1), ...machine.loadavgAtEnd.slice(0, 1)) > cores * 1.25;
const speeds = calibrations.map((c) => c.seconds);
const speedSpread = Math.max(...speeds) / Math.min(...speeds);
console.log(`Machine speed: a fixed CPU task took ${f(Math.min(...speeds))}–${f(Math.max(...speeds))} s across the run (${f(speedSpread, 1)}× spread)`);
if (speedSpread > 1.5)
  console.log(
    `WARNING: the machine's speed varied ${f(speedSpread, 1)}× during the run (a shared or throttled host): the wall-clock figures and the ratios between measurements taken minutes apart are unreliable to that factor.`,
  );
if (busy)
  console.log(
    'WARNING: the machine was busy with other work (load average above the core count): wall-clock figures, and --jobs speed-up above all, are unreliable; the per-CPU-second column is the fairer comparison.',
  );
console.log(`Each of the floor, zhfacts and Recognizers-Text: the fastest of ${repeat} interleaved runs (every run is in results.json)`);
console.log(`Corpus: ${corpus.files} files, ${f(corpus.bytes / MB, 1)} MB (${corpus.chars} characters), generated from the seeds with seed ${corpus.seed}\n`);
console.log(table(rows));
console.log('\nRatios:');
console.log(`  zhfacts --jobs 1 / nodejieba.cut floor : ${f(ratios.jobs1OverFloor)} (${f(ratios.jobs1OverFloorWithLoad)} against the floor with its load time)`);
console.log(`  same, per CPU-second                    : ${f(ratios.jobs1OverFloorCpu)} (robust to a busy machine)`);
if (steady) console.log(`  same, steady state in process          : ${f(steady.ratio)} (each document's fastest of ${steady.floor.rounds} rounds: robust to a host whose speed changes)`);
console.log(`  zhfacts --jobs 1 / Recognizers-Text    : ${rec ? f(ratios.jobs1OverRecognizers, 0) + '×' : 'skipped'}`);
console.log(`  zhfacts --jobs ${jobsAll} / --jobs 1          : ${f(ratios.jobsNOverJobs1)}× speed, ${f(ratios.jobsNOverJobs1Cpu)}× CPU-seconds (median of rounds)`);
console.log(`    each round, the two runs back to back : speed ${roundSpeeds}; CPU-seconds ${roundCpus}`);
console.log(`    fastest run against fastest run      : ${f(ratios.jobsNOverJobs1Fastest)}× speed`);
console.log('\nTargets (issues 7 and 17):');
console.log(table([['target', 'measured', 'status'], ...targets.map((t) => [t.target, t.value, mark(t.met)])]));

const results = {
  date: new Date().toISOString(),
  machine,
  calibrations,
  repeat,
  rounds,
  corpus,
  floor,
  coreLoad,
  zhfacts: { jobs1, jobsN },
  steady,
  identical,
  recognizers: rec,
  cold,
  table: tableRun,
  big,
  memory,
  ratios,
  memoryBudgetMB,
  targets,
};
writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nResults written to ${join(OUT, 'results.json').replace(ROOT, '')}`);
