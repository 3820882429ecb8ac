import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { htmlTagCount, markdownScore, sniffFormat, splitFrontMatter } from '../../src/input/sniff.js';

describe('splitFrontMatter', () => {
  it('parses YAML front matter and returns the body after it', () => {
    const s = splitFrontMatter('---\ntitle: 标题\ntags:\n - 金融\n---\n正文第一行\n');
    expect(s.frontMatter?.data).toEqual({ title: '标题', tags: ['金融'] });
    expect(s.frontMatter?.raw).toBe('title: 标题\ntags:\n - 金融\n');
    expect(s.body).toBe('正文第一行\n');
    expect(s.warnings).toEqual([]);
  });

  it('accepts blank lines before the opening fence (seed 002) and a `...` closing fence', () => {
    const s = splitFrontMatter('\n\n---\ntitle: x\n...\n<p>正文</p>');
    expect(s.frontMatter?.data).toEqual({ title: 'x' });
    expect(s.body).toBe('<p>正文</p>');
  });

  it('keeps the body and warns when the YAML is invalid', () => {
    const s = splitFrontMatter('---\ntitle: [未闭合\ndate: : :\n---\n# 标题\n正文');
    expect(s.frontMatter?.data).toEqual({});
    expect(s.body).toBe('# 标题\n正文');
    expect(s.warnings).toHaveLength(1);
    expect(s.warnings[0]).toMatch(/^front matter is not valid YAML \(.+\); metadata ignored$/);
  });

  it('warns when the front matter is not a mapping', () => {
    const s = splitFrontMatter('---\n- a\n- b\n---\n正文');
    expect(s.frontMatter?.data).toEqual({});
    expect(s.warnings).toEqual(['front matter is not a YAML mapping; metadata ignored']);
    expect(s.body).toBe('正文');
  });

  it('finds no front matter without a closing fence or when text comes first', () => {
    expect(splitFrontMatter('---\n正文没有结束\n').frontMatter).toBeNull();
    expect(splitFrontMatter('正文\n---\ntitle: x\n---\n').frontMatter).toBeNull();
    expect(splitFrontMatter('---\ntitle: x\n---\n').body).toBe('');
  });
});

describe('sniffFormat', () => {
  it('reads a full HTML page and an HTML fragment as html', () => {
    expect(sniffFormat('<!DOCTYPE html><html><body>正文</body></html>')).toBe('html');
    expect(sniffFormat('<div>\n<p>第一段</p>\n<p>第二段</p>\n</div>')).toBe('html');
  });

  it('reads a .txt that starts with a plain title line and continues in HTML as html (seed 003)', () => {
    expect(sniffFormat('大会将于12月举行\n<div><span>第一段</span></div><div>&nbsp;</div>', 'a.txt')).toBe('html');
  });

  it('reads Markdown by its syntax, whatever the extension', () => {
    expect(sniffFormat('# 标题\n\n正文一段。\n\n## 小标题\n\n正文。', 'a.txt')).toBe('markdown');
    expect(sniffFormat('正文见[链接](https://example.com)。\n- 第一点\n- 第二点')).toBe('markdown');
  });

  it('keeps Markdown with a little inline HTML as markdown', () => {
    expect(sniffFormat('# 标题\n\n第一段<br>\n\n## 小标题\n\n- 一\n- 二\n')).toBe('markdown');
  });

  it('reads prose without markup as text, also when it has parentheses and hashes', () => {
    expect(sniffFormat('“今天福州氣溫很高。”18日上午,從美國(guó)趕來。\n#话题# 跨境电商(经济聚焦)')).toBe('text');
    expect(sniffFormat('出口增长5%<6%的预期')).toBe('text');
  });

  it('uses the extension only when the content leaves the choice open', () => {
    expect(sniffFormat('正文只有一段。', 'a.md')).toBe('markdown');
    expect(sniffFormat('正文<br>第二行', 'a.html')).toBe('html');
    expect(sniffFormat('正文<br>第二行', 'a.txt')).toBe('text');
    expect(sniffFormat('正文<b>加粗</b>', 'a.txt')).toBe('html');
    expect(sniffFormat('# 标题\n\n正文', 'a.html')).toBe('markdown');
  });
});

describe('format signals', () => {
  // markdownScore and htmlTagCount skip a pattern when the text lacks a string the pattern needs;
  // the score must be what running every pattern gives.
  const SIGNALS: [RegExp, number][] = [
    [/^#{1,6}[ \t]+\S/gm, 2],
    [/^[ \t]*(?:```|~~~)/gm, 2],
    [/!?\[[^\]\n]+\]\([^)\s]+(?:\s+"[^"]*")?\)/g, 2],
    [/^[ \t]{0,3}>[ \t]?\S/gm, 1],
    [/^[ \t]{0,3}[-*+][ \t]+\S/gm, 1],
    [/^[ \t]*\|.*\|[ \t]*$/gm, 1],
    [/(?:\*\*|__)\S[^*_\n]*\S(?:\*\*|__)/g, 1],
    [/^[ \t]{0,3}(?:=+|-{3,})[ \t]*$/gm, 1],
  ];
  const count = (text: string, re: RegExp, cap: number) => Math.min(cap, [...text.matchAll(re)].length);
  const HTML_TAG =
    /<\/?(?:p|div|br|span|a|img|table|tbody|tr|td|th|ul|ol|li|h[1-6]|meta|title|section|article|strong|em|b|i|u|font|center|blockquote|pre|script|style|iframe|dl|dt|dd|hr|figure|figcaption|header|footer|nav|main|aside)(?:\s[^<>]*)?\/?>/gi;
  const markup = fc
    .array(
      fc.constantFrom(
        '#',
        '# ',
        '```',
        '~~~',
        '[a](b)',
        '![x](y "t")',
        '>',
        '> q',
        '- ',
        '* ',
        '+ ',
        '|',
        '| a |',
        '**b**',
        '__c__',
        '===',
        '---',
        '<p>',
        '</div>',
        '<br/>',
        '<B>',
        '<html>',
        '\n',
        ' ',
        '\t',
        '出口',
        'x',
        ']',
        '(',
        '-',
        '=',
        '*',
        '_',
      ),
      { maxLength: 40 },
    )
    .map((a) => a.join(''));

  it('score as running every pattern would', () => {
    fc.assert(
      fc.property(markup, (text) => {
        expect(markdownScore(text)).toBe(SIGNALS.reduce((sum, [re, w]) => sum + w * count(text, re, 50), 0));
        expect(htmlTagCount(text)).toBe(count(text, HTML_TAG, 100));
      }),
      { numRuns: 1000 },
    );
  });
});
