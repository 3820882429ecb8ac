import { describe, expect, it } from 'vitest';
import { htmlToPlain, htmlWork, MAX_DEPTH, parseHtml } from '../../src/plain/html.js';

// HTML reading is linear in nesting depth (issue 17, part 5): doubling the depth at most doubles
// and a half the work counted (tags scanned weighted by the parser's stack depth, nodes visited,
// table text assembled), from 2,500 to 5,000 levels, five and ten times MAX_DEPTH (a quadratic
// reading would give four times the work there as well); the text test below reads 100,000 levels.

function work(html: string): number {
  htmlWork.steps = 0;
  htmlToPlain(html);
  return htmlWork.steps;
}

const nested = (open: string, close: string, n: number) => open.repeat(n) + '正文2.5亿元' + close.repeat(n);

describe('linear-time HTML reading', () => {
  it.each([
    ['<div>', '</div>'],
    ['<span>', '</span>'],
    ['<aside>', '</aside>'],
    ['<table><tr><td>', '</td></tr></table>'],
    ['<p><b>', '</b></p>'],
  ])(
    'nesting %s: work(2n) <= 2.5 work(n) at 5,000 levels',
    (open, close) => {
      expect(2_500).toBeGreaterThan(4 * MAX_DEPTH);
      const a = work(nested(open, close, 2_500));
      const b = work(nested(open, close, 5_000));
      expect(b).toBeLessThanOrEqual(2.5 * a);
    },
    120_000,
  );

  it('keeps the text of tags nested deeper than browsers nest', () => {
    const html = nested('<div>', '</div>', 100_000);
    expect(htmlToPlain(html)).toBe('正文2.5亿元');
    let depth = 0;
    for (let node = parseHtml(html).root()[0] as { children?: unknown[] }; node.children?.length; node = node.children[0] as typeof node) depth++;
    expect(depth).toBeLessThanOrEqual(MAX_DEPTH + 4);
  }, 60_000);

  it('a long line and many numbers in one line: work(2n) <= 2.5 work(n)', () => {
    const line = (n: number) => `<p>${'出口12.5亿元，增长3.1%；'.repeat(n)}</p>`;
    expect(work(line(40_000))).toBeLessThanOrEqual(2.5 * work(line(20_000)));
    const row = (n: number) => `<table><tr>${'<td>地区</td>'.repeat(n)}</tr><tr>${'<td>12.5</td>'.repeat(n)}</tr></table>`;
    expect(work(row(20_000))).toBeLessThanOrEqual(2.5 * work(row(10_000)));
  }, 60_000);
});
