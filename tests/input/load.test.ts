import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import { InputError, loadDocument, type LoadedDocument } from '../../src/input/load.js';

const ROOT = new URL('../../', import.meta.url);
const read = (relative: string) => new Uint8Array(readFileSync(new URL(relative, ROOT)));

describe('seeds: the plain text equals the gold plain text the facts were annotated on', () => {
  const seeds = readdirSync(new URL('seeds/', ROOT))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const expected: Record<string, Pick<LoadedDocument, 'format' | 'title' | 'date'>> = {
    '000_0bb6aa92c107ea85.txt': { format: 'text', title: null, date: null }, // pinyin readings removed
    '001_0e7297f94b8dfdd4.txt': { format: 'text', title: null, date: null },
    '002_329565d9c714d630.txt': { format: 'html', title: '5年增长近10倍 跨境电商迎来快速发展期', date: '2021-09-04' }, // front matter + HTML
    '003_fd8020b3ddeac71c.txt': { format: 'html', title: null, date: null }, // a title line, then HTML
    '004_4accd2de92464d52.txt': { format: 'markdown', title: '跨境电商开启“加速跑”', date: null },
  };

  it('covers every seed', () => {
    expect(seeds).toEqual(Object.keys(expected));
  });

  it.each(seeds)('%s', (seed) => {
    const doc = loadDocument(read(`seeds/${seed}`), `seeds/${seed}`);
    expect(doc.plain).toBe(readFileSync(new URL(`fixtures/gold/plain/${seed}`, ROOT), 'utf8'));
    expect({ format: doc.format, title: doc.title, date: doc.date }).toEqual(expected[seed]);
    expect(doc.warnings).toEqual([]);
  });
});

function failure(bytes: Uint8Array): string {
  try {
    loadDocument(bytes, 'x.txt');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).not.toContain('x.txt');
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('fixtures/bad: each committed bad input gives its exact outcome', () => {
  const bad = (name: string) => read(`fixtures/bad/${name}`);
  const loaded = (name: string) => loadDocument(bad(name), `fixtures/bad/${name}`);

  it('lists exactly the fixtures tested here', () => {
    expect(readdirSync(new URL('fixtures/bad/', ROOT)).sort()).toEqual([
      'README.md',
      'big5-no-declaration.txt',
      'broken-meta-unclosed.html',
      'empty.txt',
      'gbk-no-declaration.txt',
      'image-png.txt',
      'invalid-utf8-middle.txt',
      'invalid-yaml-front-matter.md',
      'make.mjs',
      'nul-inside.txt',
      'utf16be-bom.txt',
      'utf16le-bom.txt',
      'whitespace-only.txt',
    ]);
  });

  it('empty.txt: read, no text, a warning', () => {
    expect(loadDocument(bad('empty.txt'), 'empty.txt')).toEqual({ format: 'text', plain: '', tables: [], headings: [], title: null, date: null, warnings: ['empty document'] });
  });

  it('whitespace-only.txt: read, no text, a warning', () => {
    expect(loadDocument(bad('whitespace-only.txt'), 'whitespace-only.txt')).toEqual({ format: 'text', plain: '', tables: [], headings: [], title: null, date: null, warnings: ['empty document'] });
  });

  it('image-png.txt: binary file, not text', () => {
    expect(failure(bad('image-png.txt'))).toBe('binary file, not text');
  });

  it('nul-inside.txt: NULs removed, with a warning', () => {
    expect(loaded('nul-inside.txt')).toEqual({
      format: 'text',
      tables: [],
      headings: [],
      plain: '2023年，福州跨境电商进出口额达到120亿元，同比增长15.2%。\n今年以来新增企业300家。',
      title: null,
      date: null,
      warnings: ['2 NUL characters removed'],
    });
  });

  it('invalid-utf8-middle.txt: bad bytes replaced, with a warning', () => {
    const doc = loaded('invalid-utf8-middle.txt');
    expect(doc.plain).toBe('第一段：跨境电商进出口规模达1.69万亿元。\n第二段：\uFFFD\uFFFD\uFFFD海外仓数量1800个，同比增长31.1%。');
    expect(doc.warnings).toEqual(['3 invalid byte sequences replaced with U+FFFD (not valid UTF-8)']);
  });

  it('gbk-no-declaration.txt and big5-no-declaration.txt: detected', () => {
    expect(loaded('gbk-no-declaration.txt').plain).toBe('今年一季度，中国跨境电商进出口5776亿元，增长9.6%；其中，出口4480亿元，进口1296亿元。');
    expect(loaded('big5-no-declaration.txt').plain).toBe('今年一季度，中國跨境電商進出口5776億元，增長9.6%；其中，出口4480億元，進口1296億元。');
    expect(loaded('gbk-no-declaration.txt').warnings).toEqual([]);
  });

  it('utf16le-bom.txt and utf16be-bom.txt: decoded, CRLF normalized', () => {
    expect(loaded('utf16le-bom.txt').plain).toBe('2020年跨境电商进出口规模达1.69万亿元，同比增长31.1%。\n海外仓数量1800个。');
    expect(loaded('utf16be-bom.txt').plain).toBe('2020年跨境電商進出口規模達1.69萬億元，同比增長31.1%。\n海外倉數量1800個。');
  });

  it('broken-meta-unclosed.html: the lying charset is ignored, unclosed tags read like a browser', () => {
    expect(loaded('broken-meta-unclosed.html')).toEqual({
      format: 'html',
      tables: [],
      headings: [],
      plain: '前三季度出口额达4480亿元\n同比增长12.5%\n未闭合的段落展览面积10万平方米',
      title: '坏掉的页面',
      date: null,
      warnings: [],
    });
  });

  it('invalid-yaml-front-matter.md: body kept, metadata ignored, with a warning', () => {
    const doc = loaded('invalid-yaml-front-matter.md');
    expect(doc.plain).toBe('正文标题\n2023年，中国跨境电商出口总额超过1.8万亿元，增长19.6%。');
    expect(doc.format).toBe('markdown');
    expect(doc.title).toBe('正文标题');
    expect(doc.date).toBeNull();
    expect(doc.warnings).toEqual(['front matter is not valid YAML (missed comma between flow collection entries at line 3, column 1); metadata ignored']);
  });
});

describe('loadDocument', () => {
  const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

  it('decides the format by content: a .txt with front matter and Markdown', () => {
    const doc = loadDocument(utf8('---\ntitle: 标题\ndate: 2022-03-15\n---\n## 小标题\n\n**出口**增长5%。\n'), 'a.txt');
    expect(doc).toEqual({ format: 'markdown', plain: '小标题\n出口增长5%。', title: '标题', date: '2022-03-15', tables: [], headings: [{ start: 0, level: 2 }], warnings: [] });
  });

  it('reads the date from HTML meta, else from a publication line near the top', () => {
    const html = '<html><head><meta name="publishdate" content="2023-11-20"><title>标题</title></head><body><p>正文</p></body></html>';
    expect(loadDocument(utf8(html), 'a.html')).toMatchObject({ format: 'html', title: '标题', date: '2023-11-20', plain: '正文' });
    expect(loadDocument(utf8('标题\n发布时间：2024-08-02\n今年出口增长5%。'), 'a.txt').date).toBe('2024-08-02');
    expect(loadDocument(utf8('标题\n2019年12月4日，大会举行。'), 'a.txt').date).toBeNull();
  });

  it('front matter wins over HTML meta', () => {
    const text = '---\ndate: 2021/7/9 10:00\n---\n<head><meta name="pubdate" content="2020-01-01"><title>页面</title></head><p>正文</p><p>二</p>';
    expect(loadDocument(utf8(text), 'a.txt')).toMatchObject({ date: '2021-07-09', title: '页面' });
  });

  it('takes the date from the file name or folders when the document gives none', () => {
    expect(loadDocument(utf8('今年出口增长5%。'), 'news/20250714.md').date).toBe('2025-07-14');
    expect(loadDocument(utf8('今年出口增长5%。'), 'site/2025/07/14/trade.html').date).toBe('2025-07-14');
    expect(loadDocument(utf8('标题\n发布时间：2024-08-02\n今年出口增长5%。'), '2025-07-14-trade.txt').date).toBe('2024-08-02');
    expect(loadDocument(utf8('今年出口增长5%。'), 'news/trade.txt').date).toBeNull();
  });

  it('reads GBK bytes from a file with a Chinese publication line', () => {
    const doc = loadDocument(new Uint8Array(iconv.encode('标题\n2023年11月20日 来源：人民日报\n正文。', 'gbk')), 'a.txt');
    expect(doc.date).toBe('2023-11-20');
    expect(doc.plain).toBe('标题\n2023年11月20日 来源：人民日报\n正文。');
  });

  it('reads markup without text as a document without text, with a warning', () => {
    expect(loadDocument(utf8('<html><body><script>x()</script><p>&nbsp;</p></body></html>'), 'a.html')).toMatchObject({ format: 'html', plain: '', warnings: ['no text in the document'] });
    expect(loadDocument(utf8('---\ntitle: 只有元数据\n---\n'), 'a.md')).toMatchObject({ plain: '', title: '只有元数据', warnings: ['empty document'] });
  });

  it('keeps Traditional characters and full-width digits as written', () => {
    expect(loadDocument(utf8('出口增長１２％，國(guó)內'), 'a.txt').plain).toBe('出口增長１２％，國內');
  });

  it('reads a 10 MB line without newlines', { timeout: 120_000 }, () => {
    const unit = '2023年，中国跨境电商进出口2.38万亿元，增长15.6%。';
    const line = unit.repeat(Math.ceil((10 << 20) / Buffer.byteLength(unit)));
    const doc = loadDocument(utf8(line), 'long.txt');
    expect(doc.plain.length).toBe(line.length);
    expect(doc.format).toBe('text');
  });
});

describe('fixtures/inputs: small good samples', () => {
  it('page-with-chrome.html: article text only, og:title, article:published_time', () => {
    expect(loadDocument(read('fixtures/inputs/page-with-chrome.html'), 'page-with-chrome.html')).toEqual({
      format: 'html',
      tables: [],
      headings: [{ start: 0, level: 1 }],
      plain: '一季度跨境电商进出口增长9.6%\n　　海关总署统计数据显示，今年一季度，中国跨境电商进出口5776亿元，增长9.6%。\n　　其中，出口4480亿元，进口1296亿元。',
      title: '一季度跨境电商进出口增长9.6%',
      date: '2024-04-18',
      warnings: [],
    });
  });

  it('front-matter-markdown.txt: a .txt holding front matter and Markdown', () => {
    expect(loadDocument(read('fixtures/inputs/front-matter-markdown.txt'), 'front-matter-markdown.txt')).toEqual({
      format: 'markdown',
      tables: [],
      headings: [{ start: 0, level: 2 }],
      plain: '促进外贸新动能\n2023年，中国跨境电商出口总额超过1.8万亿元，增长19.6%。详见海关总署。\n跨境电商主体已超10万家\n海外仓已经超过1800个',
      title: '跨境电商开启“加速跑”',
      date: '2024-05-13',
      warnings: [],
    });
  });

  it('publication-line.txt: the date from the publication line under the title', () => {
    expect(loadDocument(read('fixtures/inputs/publication-line.txt'), 'publication-line.txt')).toEqual({
      format: 'text',
      tables: [],
      headings: [],
      plain: '福州跨境电商加速发展\n发布时间：2024-08-02 09:15　来源：福建日报\n　　今年以来，福州跨境电商本地口岸单月出口规模屡创新高，同比增幅始终高于50%。',
      title: null,
      date: '2024-08-02',
      warnings: [],
    });
  });
});
