import { describe, expect, it } from 'vitest';
import { escapeHtml, highlightPlain, htmlWriter, nestRanges, type Piece } from '../../src/output/html.js';
import { groupDigits } from '../../src/output/labels.js';
import type { Fact } from '../../src/schema/fact.js';
import { extractDocument } from '../../src/pipeline.js';

const fact = (over: Partial<Fact>): Fact => ({
  doc: 'a.txt',
  type: 'money',
  text: 'x',
  start: 0,
  end: 1,
  sentence: 'x',
  value: 1,
  valueMax: null,
  unit: 'CNY',
  approx: 'exact',
  metric: null,
  region: null,
  partner: null,
  period: null,
  basis: null,
  from: null,
  to: null,
  ...over,
});

/** Renders pieces as a bracket string: [0 … ]0, continuation fragments as (0 … )0. */
function brackets(text: string, pieces: Piece[]): string {
  const first = new Map<number, boolean>();
  return pieces
    .map((p) => {
      if (p.kind === 'text') return text.slice(p.start, p.end);
      if (p.kind === 'open') {
        first.set(p.span, p.first);
        return p.first ? `[${p.span}` : `(${p.span}`;
      }
      return first.get(p.span) ? `]${p.span}` : `)${p.span}`;
    })
    .join('');
}

describe('nestRanges', () => {
  const text = 'abcdefghij';
  it('leaves text without ranges whole', () => expect(brackets(text, nestRanges(10, []))).toBe(text));
  it('keeps adjacent ranges apart', () => {
    expect(
      brackets(
        text,
        nestRanges(10, [
          { start: 1, end: 3 },
          { start: 3, end: 5 },
        ]),
      ),
    ).toBe('a[0bc]0[1de]1fghij');
  });
  it('nests a range inside another, the longer outside even when it comes second', () => {
    expect(
      brackets(
        text,
        nestRanges(10, [
          { start: 2, end: 4 },
          { start: 1, end: 6 },
        ]),
      ),
    ).toBe('a[1b[0cd]0ef]1ghij');
  });
  it('splits a range that crosses another into fragments that cover exactly its characters', () => {
    expect(
      brackets(
        text,
        nestRanges(10, [
          { start: 1, end: 5 },
          { start: 3, end: 8 },
        ]),
      ),
    ).toBe('a[0bc[1de]1]0(1fgh)1ij');
  });
  it('nests identical ranges and clips ranges outside the text', () => {
    expect(
      brackets(
        text,
        nestRanges(10, [
          { start: 0, end: 2 },
          { start: 0, end: 2 },
          { start: 8, end: 20 },
          { start: 12, end: 14 },
        ]),
      ),
    ).toBe('[0[1ab]1]0cdefgh[2ij]2');
  });
});

describe('html escaping', () => {
  it('escapes markup and both quotes', () => {
    expect(escapeHtml(`<script>alert("1")</script>&'`)).toBe('&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt;&amp;&#39;');
  });
  it('groups digits without locale data', () => {
    expect(groupDigits(1690000000000)).toBe('1,690,000,000,000');
    expect(groupDigits(-1234.5)).toBe('-1,234.5');
    expect(groupDigits(1e21)).toBe('1e+21');
  });
  it('highlights at the offsets and escapes text, tooltips and attributes', () => {
    const plain = '<b>"出口"</b>增长5%';
    const f = fact({ type: 'growth', text: '5%', start: 13, end: 15, value: 5, unit: '%', metric: '"出口"<b>' });
    const html = highlightPlain(plain, [f], ['f1']);
    expect(html).toContain('&lt;b&gt;&quot;出口&quot;&lt;/b&gt;增长<mark class="zf t-growth" id="f1"');
    expect(html).toContain('data-start="13" data-end="15"');
    expect(html).toContain('metric\t&quot;出口&quot;&lt;b&gt;');
    expect(html).not.toMatch(/<b>|<\/b>/);
  });
  it('writes a whole page whose only script is its own', () => {
    const w = htmlWriter();
    const f = fact({ doc: '<x>.txt', text: '5元', start: 8, end: 10, value: 5, sentence: '<script>5元' });
    const page =
      w.begin() +
      w.document({ path: '<x>.txt', title: '</title><script>alert(1)</script>', date: null, format: 'text', script: 'simplified', chars: 10, facts: [f] }, '<script>5元') +
      w.end([{ path: '"bad".txt', error: '<oops>' }]);
    expect(page.match(/<script[\s>]/g)).toHaveLength(1);
    expect(page).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('<code>&quot;bad&quot;.txt</code>: &lt;oops&gt;');
    expect(page).toContain('<tr id="row-f1" data-fact="f1" data-type="money"');
    expect(page).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
  });
  it('names, in the tooltip of a fact read in a table cell, the row and the column it was read from', () => {
    const source = `<p>2022年全省主要指标</p><p>单位：亿元</p>
<table><tr><td>指标</td><td>绝对数</td><td>比上年增长（%）</td></tr>
<tr><td>社会消费品零售总额</td><td>960.3</td><td>-1.8</td></tr></table>
<p>全年外贸进出口增长3%。</p>`;
    const r = extractDocument(new TextEncoder().encode(source), 'bulletin.html');
    const page = htmlWriter().document(r.document, r.plain, r.cells);
    const tipOf = (text: string) => {
      const k = r.document.facts.findIndex((f) => f.text === text);
      expect(k, text).toBeGreaterThanOrEqual(0);
      const f = r.document.facts[k]!; // found: asserted above
      const mark = new RegExp(`<mark [^>]*data-start="${f.start}" data-end="${f.end}"[^>]*data-tip="([^"]*)"`).exec(page);
      return mark?.[1] ?? '';
    };
    expect(tipOf('-1.8')).toContain('table row\t社会消费品零售总额\ntable column\t比上年增长（%）');
    expect(tipOf('960.3')).toContain('table row\t社会消费品零售总额\ntable column\t绝对数');
    expect(tipOf('3%')).not.toContain('table row');
  });
});
