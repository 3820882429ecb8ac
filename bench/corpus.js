// Builds a deterministic benchmark corpus from the seeds' plain text (fixtures/gold/plain/,
// else seeds/): sentences shuffled and recombined, numbers varied, many files of 2–16 KB.
// Generated into bench/out/ (gitignored); reused when its manifest matches.
//
//   node bench/corpus.js [--mb 20] [--out bench/out/corpus] [--seed 7]

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
const VERSION = 2;
const FILES_PER_DIR = 500;

/** mulberry32: a small seeded PRNG, so the corpus is the same bytes on every machine. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sourceTexts() {
  const plainDir = join(ROOT, 'fixtures/gold/plain');
  const dir = existsSync(plainDir) ? plainDir : join(ROOT, 'seeds');
  return readdirSync(dir)
    .filter((f) => /\.(txt|md|html?)$/.test(f))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, ''));
}

/** Sentences (with their closing punctuation) of every source, without markup-looking lines. */
function sentencePool() {
  const pool = [];
  for (const text of sourceTexts()) {
    for (const line of text.split(/\r?\n/)) {
      if (/^\s*$/.test(line) || /[<>]|^---|^\w+:/.test(line)) continue;
      const parts = line.match(/[^。！？!?；]+[。！？!?；]*[”’」）)]*/g) ?? [];
      for (const p of parts) {
        const s = p.trim();
        if (s.length >= 4) pool.push(s);
      }
    }
  }
  return pool;
}

const CN_DIGITS = '一二三四五六七八九';

/** Varies the figures of a sentence: same shape (digits, decimals), different values; years stay plausible. */
function vary(sentence, rand) {
  let s = sentence.replace(/\d+(?:\.\d+)?/g, (num) => {
    const [int, frac] = num.split('.');
    if (int.length === 4 && /^(19|20)/.test(int) && !frac) return String(2010 + Math.floor(rand() * 16));
    if (rand() < 0.2) return num;
    let out = String(1 + Math.floor(rand() * 9));
    for (let i = 1; i < int.length; i++) out += Math.floor(rand() * 10);
    if (frac) {
      out += '.';
      for (let i = 0; i < frac.length; i++) out += Math.floor(rand() * 10);
    }
    return out;
  });
  // a Chinese numeral before a classifier or 成/倍 now and then
  s = s.replace(/[一二三四五六七八九](?=[成倍个家万亿])/g, (d) => (rand() < 0.5 ? CN_DIGITS[Math.floor(rand() * 9)] : d));
  return s;
}

/** Now and then splices the clauses of two sentences at a comma. */
function recombine(a, b, rand) {
  const ca = a.split('，');
  const cb = b.split('，');
  if (ca.length < 2 || cb.length < 2) return a;
  const cut = 1 + Math.floor(rand() * (ca.length - 1));
  const from = Math.floor(rand() * (cb.length - 1)) + 1;
  return [...ca.slice(0, cut), ...cb.slice(from)].join('，');
}

const pad = (n, w) => String(n).padStart(w, '0');

/** One document of about `size` UTF-8 bytes. */
function documentText(pool, rand, size) {
  const pick = () => pool[Math.floor(rand() * pool.length)];
  const lines = [];
  const title = pick()
    .replace(/[。！？!?；”’」）)]+$/, '')
    .slice(0, 30);
  lines.push(title);
  if (rand() < 0.5) {
    const y = 2015 + Math.floor(rand() * 11);
    lines.push(`发布时间：${y}-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}`);
  }
  let bytes = Buffer.byteLength(lines.join('\n'));
  while (bytes < size) {
    const n = 1 + Math.floor(rand() * 5);
    let para = '';
    for (let i = 0; i < n; i++) {
      let s = pick();
      if (rand() < 0.25) s = recombine(s, pick(), rand);
      para += vary(s, rand);
    }
    lines.push(para);
    bytes += Buffer.byteLength(para) + 1;
  }
  return lines.join('\n') + '\n';
}

/**
 * Makes (or reuses) a corpus of at least `mb` MB under `out`; returns its manifest:
 * { files, bytes, chars, dir }.
 */
export function buildCorpus({ mb = 20, out = join(ROOT, 'bench/out/corpus'), seed = 7, log = () => {} } = {}) {
  const manifestPath = join(out, '..', `${out.split('/').pop()}.manifest.json`);
  const want = { version: VERSION, mb, seed };
  if (existsSync(manifestPath) && existsSync(out)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (m.version === VERSION && m.mb === mb && m.seed === seed) return m;
  }
  rmSync(out, { recursive: true, force: true });
  const rand = rng(seed);
  const pool = sentencePool();
  if (pool.length === 0) throw new Error('no source sentences in fixtures/gold/plain or seeds');
  const target = mb * 1024 * 1024;
  let bytes = 0;
  let chars = 0;
  let files = 0;
  const t0 = Date.now();
  while (bytes < target) {
    const size = 2048 + Math.floor(rand() * 14 * 1024);
    const text = documentText(pool, rand, size);
    const dir = join(out, pad(Math.floor(files / FILES_PER_DIR), 3));
    if (files % FILES_PER_DIR === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `doc-${pad(files, 6)}.txt`), text);
    bytes += Buffer.byteLength(text);
    chars += text.length;
    files++;
  }
  const manifest = { ...want, dir: out, files, bytes, chars, sentences: pool.length, seconds: (Date.now() - t0) / 1000 };
  mkdirSync(dirname(manifestPath), { recursive: true });
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  log(`corpus: ${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${out} (${manifest.seconds.toFixed(1)} s)`);
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const m = buildCorpus({ mb: Number(opt('--mb', 20)), out: opt('--out', undefined), seed: Number(opt('--seed', 7)), log: console.log });
  console.log(JSON.stringify(m));
}
