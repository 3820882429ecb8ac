import MarkdownIt from 'markdown-it';
import { htmlToPlain, markedHeadings, parseHtml, type MarkedHeading } from './html.js';

// Inline helpers for Markdown-ish text outside the document body (titles in front matter),
// and the document reader below.

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  mdash: '—',
  ndash: '–',
  hellip: '…',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  times: '×',
  yen: '¥',
  copy: '©',
};

/** Entities in Markdown text (HTML inside Markdown); unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Inline Markdown: images dropped, links and emphasis reduced to their text. */
export function stripInline(text: string): string {
  return (
    text
      .replace(/!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])/g, '')
      .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
      .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1')
      .replace(/<((?:https?|ftp|mailto):[^>\s]+)>/g, '$1')
      .replace(/(`+)([^`\n]+?)\1/g, '$2')
      .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
      .replace(/~~(?=\S)([^\n]*?\S)~~/g, '$1')
      // `*` may emphasise inside a word (Chinese has no spaces); `_` may not (snake_case).
      .replace(/(^|[^*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?!\*)/gu, '$1$2')
      .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
  );
}

// Markdown is read as CommonMark with GFM tables (markdown-it), rendered to HTML and read by
// the HTML reader: headings, links (their text), emphasis, lists, tables and HTML blocks all
// come out as a reader sees them, with one mechanism for tables and markup in both formats.

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });
// the number of an ordered item stays: Chinese news numbers its points as content
markdown.renderer.rules.list_item_open = (tokens, idx, options, _env, self) => {
  const t = tokens[idx]!; // markdown-it calls a rule with the index of the token it renders
  return self.renderToken(tokens, idx, options) + (t.info ? `${t.info}${t.markup} ` : '');
};

// a task list's box (`- [x] 丙`) is not text
markdown.core.ruler.push('task_boxes', (state) => {
  state.tokens.forEach((t, i) => {
    if (t.type !== 'inline' || state.tokens[i - 2]?.type !== 'list_item_open') return;
    const first = t.children?.[0];
    if (first?.type === 'text' && /^\[[ xX]\][ \t]+/.test(first.content)) first.content = first.content.replace(/^\[[ xX]\][ \t]+/, '');
  });
  return true;
});

const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const STARTS_ROW = /^[ \t]{0,3}\|/;
const ENDS_ROW = /(?<!\\)\|[ \t]*$/;
/** A closing block tag at the end of a line: news archives put Markdown right after such HTML. */
const ENDS_HTML_BLOCK = /<\/(?:p|div|table|section|article|blockquote|ul|ol|h[1-6]|figure|center)>[ \t]*$/i;
const WIDE_END = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]$/u;
const WIDE_START = /^[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;

/** A kramdown attribute list (`{: .key-answer data-question="…"}`): markup, alone on its line or ending a block. */
const KRAMDOWN_IAL = /(?:^|[ \t]+)\{:[^{}\n]{0,300}\}[ \t]*$/;
/** An HTML block whose content kramdown reads as Markdown: `<div class="x" markdown="1">`. */
const MARKDOWN_DIV_OPEN = /^[ \t]{0,3}<(div|section|aside|article)\b[^>]*\bmarkdown=["']?(?:1|block)["']?[^>]*>[ \t]*$/i;
const BLOCK_CLOSE = /^[ \t]{0,3}<\/(div|section|aside|article)>[ \t]*$/i;

/**
 * Line repairs before parsing, both for what writers and exporters do to CommonMark: kramdown's
 * attribute lines are dropped, and the tags of a `<div markdown="1">` stand apart by blank lines
 * (CommonMark would read its content as raw HTML up to the next blank line); a table row
 * whose cell wraps onto the next line (`| 金额` / `（亿元） |`) is joined into one row, and a line
 * after a closing HTML block tag starts a new block (CommonMark would keep it inside the HTML
 * block, so `[查看原文](…)` and the next `###` would stay raw).
 */
export function repairLines(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let inTable = false;
  let markdownDivs = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!; // i < lines.length
    if (KRAMDOWN_IAL.test(line)) line = line.replace(KRAMDOWN_IAL, '');
    if (MARKDOWN_DIV_OPEN.test(line) || (markdownDivs > 0 && BLOCK_CLOSE.test(line))) {
      markdownDivs += MARKDOWN_DIV_OPEN.test(line) ? 1 : -1;
      out.push('', line, '');
      inTable = false;
      continue;
    }
    if (line.trim() === '') inTable = false;
    if (STARTS_ROW.test(line) && !ENDS_ROW.test(line)) {
      // look ahead a few lines for the end of the row; only when a table is there
      let j = i + 1;
      let joined = line;
      while (j < lines.length && j - i <= 3) {
        const ahead = lines[j]!; // j < lines.length
        if (ahead.trim() === '' || STARTS_ROW.test(ahead)) break;
        const piece = ahead.trim();
        joined += WIDE_END.test(joined.trimEnd()) && WIDE_START.test(piece) ? piece : ` ${piece}`;
        if (ENDS_ROW.test(ahead)) break;
        j++;
      }
      if (j < lines.length && ENDS_ROW.test(joined) && (inTable || TABLE_SEPARATOR.test(lines[j + 1] ?? ''))) {
        line = joined;
        i = j;
      }
    }
    if (TABLE_SEPARATOR.test(line) && line.includes('-') && line.includes('|')) inTable = true;
    out.push(line);
    const next = lines[i + 1];
    if (ENDS_HTML_BLOCK.test(line) && next !== undefined && next.trim() !== '' && !/^[ \t]*</.test(next)) out.push('');
  }
  return out.join('\n');
}

/** The plain text of a Markdown document: headings, paragraphs and table rows each on one line. */
export function markdownToPlain(text: string): string {
  return htmlToPlain(markdown.render(repairLines(text)));
}

/** The plain text of a Markdown document and its headings (# … ######), read from one rendering. */
export function markdownToPlainAndHeadings(text: string): { plain: string; headings: MarkedHeading[] } {
  const $ = parseHtml(markdown.render(repairLines(text)));
  return { plain: htmlToPlain($), headings: markedHeadings($) };
}
