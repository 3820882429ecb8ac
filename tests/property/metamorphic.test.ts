import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import type { Fact } from '../../src/schema/fact.js';

// Metamorphic properties: a change to a document that changes no figure must change no fact's value.
// Inputs are the heldout articles (read here as test inputs, never copied into a corpus): their
// paragraphs after the title and 发布时间 lines, with that date as the reference date.

const ARTICLES = ['h01_customs', 'h05_double11', 'h06_logistics_expo', 'h10_gdp', 'h11_ports_mixed', 'h12_consumer_prices', 'h13_trade_fair'];

interface Article {
  name: string;
  paragraphs: string[];
  refDate: string;
}

function article(name: string): Article {
  const lines = readFileSync(new URL(`../../fixtures/heldout/${name}.txt`, import.meta.url), 'utf8').split('\n');
  const dated = lines.findIndex((l) => /^发布时间：\d{4}-\d{2}-\d{2}/.test(l));
  expect(dated, `${name} has a 发布时间 line`).toBeGreaterThan(0);
  const refDate = /\d{4}-\d{2}-\d{2}/.exec(lines[dated] ?? '')?.[0] ?? '';
  return { name, refDate, paragraphs: lines.slice(dated + 1).filter((l) => l.trim() !== '') };
}

const facts = (text: string, refDate: string, path = 'a.txt') => extractText(text, { path, refDate }).document.facts;

/** What a fact says: its figure and its links, without where it stands. */
const said = (f: Fact) => ({ ...f, doc: undefined, start: undefined, end: undefined, sentence: undefined });

const FULL_WIDTH: Record<string, string> = { '.': '．', '%': '％', ',': '，' };
/** Arabic digits, and the decimal point, percent sign and thousands comma beside them, in full width. */
const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/(?<=[0-9０-９])[.%,](?=[0-9０-９]|)/g, (c) => FULL_WIDTH[c] ?? c);
const fromFullWidth = (s: string) => s.replace(/[０-９．％，]/g, (c) => (c === '．' ? '.' : c === '％' ? '%' : c === '，' ? ',' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

describe.each(ARTICLES)('%s', (name) => {
  const a = article(name);
  const text = a.paragraphs.join('\n');
  const original = facts(text, a.refDate);

  it('has facts to compare', () => expect(original.length).toBeGreaterThan(5));

  it('gives the same values and periods in Traditional characters', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const traditional = toTraditional(text);
    // a bare 元 in a Traditional text is the local money of the place it names, or TWD if none
    // (contract; tests/extract/locale.test.ts): only there may CNY become HKD, MOP or TWD
    const LOCAL = ['HKD', 'MOP', 'TWD'];
    // a counter is its word as written (个 / 個): the original's is compared in Traditional
    const unit = (f: Fact, local: string[]) => (f.unit === null ? null : local.includes(f.unit) ? 'CNY' : toTraditional(f.unit));
    const figures = (fs: Fact[], local: string[]) => fs.map((f) => [f.type, f.value, f.valueMax, unit(f, local), f.approx, f.period, f.basis, f.from, f.to]);
    expect(figures(facts(traditional, a.refDate), LOCAL)).toEqual(figures(original, []));
  });

  it('gives the same facts with full-width digits', () => {
    const wide = toFullWidth(text);
    expect(wide).not.toBe(text);
    // full-width characters stand one for one: offsets stay, and the wording folds back
    const back = facts(wide, a.refDate).map((f) => JSON.parse(fromFullWidth(JSON.stringify(f))) as Fact);
    expect(back).toEqual(original.map((f) => JSON.parse(fromFullWidth(JSON.stringify(f))) as Fact));
  });

  it('gives the same facts, values and links, when a sentence without figures is put between two others', () => {
    const inserted = '会上气氛热烈。';
    // after the first sentence end of each paragraph but the last
    for (let p = 0; p < a.paragraphs.length; p++) {
      const paragraph = a.paragraphs[p] ?? '';
      const cut = paragraph.indexOf('。') + 1;
      if (cut === 0 || cut === paragraph.length) continue;
      const before = a.paragraphs.slice(0, p).join('\n') + (p > 0 ? '\n' : '');
      const at = before.length + cut;
      const changed = text.slice(0, at) + inserted + text.slice(at);
      const shifted = facts(changed, a.refDate).map((f) => ({ ...f, start: f.start >= at ? f.start - inserted.length : f.start, end: f.end > at ? f.end - inserted.length : f.end }));
      expect(shifted.map(said), `inserted at ${at}`).toEqual(original.map(said));
      expect(
        shifted.map((f) => [f.start, f.end]),
        `inserted at ${at}`,
      ).toEqual(original.map((f) => [f.start, f.end]));
    }
  });

  it('gives the same facts as text, HTML and Markdown', () => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const html = `<!doctype html><html><body>${a.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</body></html>`;
    const markdown = a.paragraphs.join('\n\n') + '\n';
    expect(facts(html, a.refDate, 'a.html').map(said)).toEqual(original.map(said));
    expect(facts(markdown, a.refDate, 'a.md').map(said)).toEqual(original.map(said));
  });
});
