import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';

// The whole pipeline — reading, sentences, rules, segmentation-gated candidates, linking, facts —
// is linear in the input (issue 17, part 5): doubling a line's length, the figures in one line or
// one sentence, or HTML nesting depth at most doubles and a half the work counted. The work is
// what regular expressions scan (every test, match, replace and split goes through
// RegExp.prototype.exec, which is counted here: one per call plus the characters between where a
// search starts and where it stops), not time. A sticky search (String.prototype.split tries its
// separator at each position through one) looks only where it starts: a failed one counts one.

let scanned = 0;
// the original method, called with an explicit receiver below
const exec: (this: RegExp, input: string) => RegExpExecArray | null = RegExp.prototype.exec; // eslint-disable-line @typescript-eslint/unbound-method

function countedExec(this: RegExp, input: string): RegExpExecArray | null {
  const from = this.global || this.sticky ? this.lastIndex : 0;
  const m = exec.call(this, input);
  const stop = m ? m.index + m[0].length : this.sticky ? from : input.length;
  scanned += 1 + Math.max(0, stop - from);
  return m;
}

function work(text: string, path = 'x.txt'): { steps: number; facts: number } {
  const bytes = new TextEncoder().encode(text);
  scanned = 0;
  RegExp.prototype.exec = countedExec;
  try {
    const { document } = extractDocument(bytes, path);
    return { steps: scanned, facts: document.facts.length };
  } finally {
    RegExp.prototype.exec = exec;
  }
}

/** work(2n) over work(n), with the facts found at both sizes (which must double too). */
function growth(make: (n: number) => string, n: number, path?: string): number {
  const a = work(make(n), path);
  const b = work(make(2 * n), path);
  expect(a.facts).toBeGreaterThan(0);
  expect(b.facts).toBeGreaterThanOrEqual(2 * a.facts - 2);
  return b.steps / a.steps;
}

const figures = (n: number, unit: (i: number) => string) => Array.from({ length: n }, (_, i) => unit(i)).join('');

describe('linear-time pipeline', () => {
  it('counts regular expression work at all', () => {
    expect(work('2023年，浙江出口增长5%。').steps).toBeGreaterThan(10);
  }, 60_000);

  it('a line of sentences twice as long: at most 2.5 times the work', () => {
    const line = (n: number) => figures(n, (i) => `${2000 + (i % 20)}年，浙江出口${(i % 900) + 100}亿元，增长${(i % 30) + 1}%。`);
    expect(growth(line, 400)).toBeLessThanOrEqual(2.5);
  }, 120_000);

  it('a line of figures separated by commas only, twice as long: at most 2.5 times the work', () => {
    const line = (n: number) => figures(n, (i) => `第${i + 1}项出口额${(i % 9000) + 100}亿元，增长${(i % 50) / 10 + 1}%，`);
    expect(growth(line, 600)).toBeLessThanOrEqual(2.5);
  }, 120_000);

  it('twice the figures in one sentence (listed with 、): at most 2.5 times the work', () => {
    const sentence = (n: number) => `今年各地出口分别增长${figures(n, (i) => `${(i % 90) + 1}.${i % 10}%、`)}同比均有提高。`;
    expect(growth(sentence, 300)).toBeLessThanOrEqual(2.5);
  }, 120_000);

  it('twice the amounts in one sentence without punctuation: at most 2.5 times the work', () => {
    const sentence = (n: number) => `出口${figures(n, (i) => `${(i % 900) + 100}亿元 `)}。`;
    expect(growth(sentence, 300)).toBeLessThanOrEqual(2.5);
  }, 120_000);

  it('HTML nested twice as deep: at most 2.5 times the work', () => {
    const page = (n: number) => `<html><body>${'<div>'.repeat(n)}<p>2023年，浙江出口增长5%。</p>${'</div>'.repeat(n)}</body></html>`;
    const a = work(page(20_000), 'x.html');
    const b = work(page(40_000), 'x.html');
    expect(a.facts).toBe(2);
    expect(b.facts).toBe(2);
    expect(b.steps / a.steps).toBeLessThanOrEqual(2.5);
  }, 120_000);
});
