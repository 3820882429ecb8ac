import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/text/sentences.js';
import { enter, initialState, leave, roleOf, type Statement } from '../../src/link/passage.js';
import { isHeading } from '../../src/text/headings.js';
import { findFlows, partnerOfFigure } from '../../src/link/partner.js';
import { findPlaces } from '../../src/link/region.js';
import { extractDocument } from '../../src/pipeline.js';
import { splitSentences } from '../../src/text/sentences.js';

// The passage fold's pieces on their own: where a sentence stands, how frames combine, what a
// flow's partner is; and the title of a loaded document reaching the linker as its headline.

/** The plain text's sentences by the names the test gives them, one name each. */
function sentencesOf<K extends string>(plain: string, ...names: K[]): Record<K, Sentence> {
  const all = splitSentences(plain, plain);
  if (all.length !== names.length) throw new Error(`${all.length} sentences for ${names.length} names`);
  return Object.fromEntries(names.map((name, i) => [name, all[i]])) as Record<K, Sentence>;
}
const says = (over: Partial<Statement> = {}): Statement => ({ leadPeriod: undefined, leadRegion: undefined, periodAfter: null, regionAfter: null, region: undefined, ...over });
const nothing = { metric: null, partner: null, partOfFlow: false, named: [], figures: false };

describe('isHeading', () => {
  const plain = '2025年工作回顾\n一、外贸\n（二）跨境电商\n全市进出口增长5%。\n来源：某某日报\n出口\t2317.8';
  const { year, first, second, sentence, source, row } = sentencesOf(plain, 'year', 'first', 'second', 'sentence', 'source', 'row');
  it.each([
    ['a line with a period', year, true],
    ['a numbered heading', first, true],
    ['a bracketed heading', second, true],
    ['a sentence', sentence, false],
    ['a metadata line', source, false],
    ['a table row', row, false],
  ])('%s', (_, s, expected) => expect(isHeading(plain, s)).toBe(expected));
  it('needs the line breaks of the plain text', () => expect(isHeading(null, year)).toBe(false));
});

describe('roleOf', () => {
  const plain = '上半年，全省进出口1.9万亿元。\n其中，出口1.2万亿元。\n民营企业进出口1万亿元；外资企业进出口5000亿元。';
  const { lead, parts, own, next } = sentencesOf(plain, 'lead', 'parts', 'own', 'next');
  const after = (s: Sentence) => leave(initialState({ period: null, region: null }, null), 'paragraph', s, says(), nothing);
  it('starts with a paragraph', () => expect(roleOf(plain, initialState({ period: null, region: null }, null), lead)).toBe('paragraph'));
  it('goes on after 其中', () => expect(roleOf(plain, after(lead), parts)).toBe('continuation'));
  it('opens a paragraph without a continuation word', () => expect(roleOf(plain, after(parts), own)).toBe('paragraph'));
  it('stays in the paragraph after a semicolon', () => expect(roleOf(plain, after(own), next)).toBe('sentence'));
});

describe('frames', () => {
  const s: Sentence = { start: 0, end: 1, text: '。', match: '。' };
  const headline = initialState({ period: '2024-H1', region: '湖北' }, '湖北');
  it('a paragraph starts from the headline', () => expect(enter(headline, 'paragraph', says()).running).toEqual({ period: '2024-H1', region: '湖北' }));
  it('a heading with a period overrides the headline for its section', () => {
    const section = enter(headline, 'heading', says({ leadPeriod: '2023' }));
    expect(section.section).toEqual({ period: '2023', region: '湖北' });
    expect(enter(leave(section, 'heading', s, says({ leadPeriod: '2023' }), nothing), 'paragraph', says()).running.period).toBe('2023');
  });
  it('the section lead fills what the headline leaves open, for the paragraphs after it too (not a single day)', () => {
    const open = initialState({ period: null, region: null }, null);
    const led = leave(enter(open, 'paragraph', says()), 'paragraph', s, says({ leadPeriod: '2024-01/2024-05', leadRegion: '浙江' }), nothing);
    expect(enter(led, 'paragraph', says()).running).toEqual({ period: '2024-01/2024-05', region: '浙江' });
    const day = leave(enter(open, 'paragraph', says()), 'paragraph', s, says({ leadPeriod: '2024-10-31' }), nothing);
    expect(enter(day, 'paragraph', says()).running.period).toBeNull();
  });
  it('any other paragraph lead frames its own paragraph only', () => {
    const own = leave(enter(headline, 'paragraph', says()), 'paragraph', s, says({ leadPeriod: '2024-05', periodAfter: '2024-05' }), nothing);
    expect(enter(own, 'continuation', says()).running.period).toBe('2024-05');
    expect(enter(own, 'paragraph', says()).running.period).toBe('2024-H1');
  });
  it('a continuation keeps what the paragraph before established', () => {
    const mid = leave(enter(headline, 'paragraph', says()), 'paragraph', s, says({ periodAfter: '2024-06', regionAfter: '武汉' }), nothing);
    expect(enter(mid, 'continuation', says()).running).toEqual({ period: '2024-06', region: '武汉' });
    expect(enter(mid, 'paragraph', says()).running).toEqual({ period: '2024-H1', region: '湖北' });
  });
});

describe('partner', () => {
  const partnersOf = (text: string) => {
    const flows = findFlows(text, findPlaces(text, null));
    return flows.partners.map((p) => [p.partner, p.comparison]);
  };
  it.each([
    ['我国对东盟进出口4.9万亿元', [['东盟', false]]],
    ['出口到日本的金额', [['日本', false]]],
    ['自澳大利亚进口铁矿砂', [['澳大利亚', false]]],
    [
      '对美、日出口',
      [
        ['美国', false],
        ['日本', false],
      ],
    ],
    [
      '对日出口比对韩出口多50亿元',
      [
        ['日本', false],
        ['韩国', true],
      ],
    ],
    ['在华投资增长', [['中国', false]]],
    ['中俄贸易额', [['俄罗斯', false]]],
  ])('%s', (text, expected) => expect(partnersOf(text)).toEqual(expected));
  it.each([
    ['江苏与浙江两省', []],
    ['出口到美国、德国等40多个国家', []],
    ['对美好生活的向往', []],
    ['在新投资项目中', []],
  ])('no flow in %s', (text, expected) => expect(partnersOf(text)).toEqual(expected));
  it('gives each figure after 分别 its own partner, in order', () => {
    const text = '对巴西、智利进出口分别增长21.5%和8.3%';
    const flows = findFlows(text, findPlaces(text, null));
    const figures = ['21.5%', '8.3%'].map((t) => ({ type: 'growth', start: text.indexOf(t), end: text.indexOf(t) + t.length }));
    expect(figures.map((f) => partnerOfFigure(text, flows, figures, f))).toEqual(['巴西', '智利']);
  });
  it('keeps the partner into a clause that goes on with the flow, not into a new subject', () => {
    const text = '对东盟进出口4.9万亿元，增长5.4%，民营企业进出口3万亿元';
    const flows = findFlows(text, findPlaces(text, null));
    const figures = ['4.9万亿元', '5.4%', '3万亿元'].map((t) => ({ type: 'money', start: text.indexOf(t), end: text.indexOf(t) + t.length }));
    expect(figures.map((f) => partnerOfFigure(text, flows, figures, f))).toEqual(['东盟', '东盟', null]);
  });
});

describe('the title of a document is its headline', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('from front matter, without facts of its own', { timeout: 120_000 }, () => {
    const { document } = extractDocument(bytes('---\ntitle: 前10个月江西外贸进出口增长5.1%\ndate: 2024-11-20\n---\n外贸进出口4100亿元。\n'), 'a.md');
    expect(document.facts.filter((f) => f.type !== 'date').map((f) => [f.text, f.region, f.period])).toEqual([['4100亿元', '江西', '2024-01/2024-10']]);
  });
  it('from an HTML <title>', () => {
    const html = '<html><head><title>一季度福建外贸稳中有进</title><meta name="publishdate" content="2024-04-20"></head><body><p>全省进出口4800亿元。</p></body></html>';
    const { document } = extractDocument(bytes(html), 'b.html');
    expect(document.facts.map((f) => [f.text, f.region, f.period])).toEqual([['4800亿元', '福建', '2024-Q1']]);
  });
});

describe('markup headings nest the passages by their level', () => {
  const factsOf = (html: string) =>
    extractDocument(new TextEncoder().encode(html), 'feed.html', { refDate: '2025-11-12' })
      .document.facts.filter((f) => f.type !== 'date')
      .map((f) => [f.text, f.region, f.period]);

  it('sibling <h2> news items: the item before frames nothing of the next', () => {
    const html =
      '<html><body><h2>江苏前10个月外贸进出口增长6%</h2><p>今年前10个月，江苏外贸进出口4.5万亿元。</p>' +
      '<h2>广东10月社会消费品零售总额增长3%</h2><p>10月份，广东社会消费品零售总额4100亿元。</p>' +
      '<h2>多家银行下调存款利率</h2><p>三年期定期存款利率下调至1.75%。</p></body></html>';
    expect(factsOf(html)).toEqual([
      ['6%', '江苏', '2025-01/2025-10'],
      ['4.5万亿元', '江苏', '2025-01/2025-10'],
      ['3%', '广东', '2025-10'],
      ['4100亿元', '广东', '2025-10'],
      ['1.75%', null, null],
    ]);
  });

  it('an <h3> under an <h2> goes on with the <h2> section', () => {
    const html = '<html><body><h2>2024年浙江省外贸回顾</h2><p>全年进出口5.2万亿元。</p><h3>跨境电商</h3><p>跨境电商进出口增长18%。</p></body></html>';
    expect(factsOf(html)).toEqual([
      ['5.2万亿元', '浙江', '2024'],
      ['18%', '浙江', '2024'],
    ]);
  });
});
