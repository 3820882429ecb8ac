import { tidyLines } from './whitespace.js';

// Markdown → plain lines: the text a reader sees, one heading or paragraph per line.
// Line-based on purpose: news Markdown is simple, and a line scanner stays linear on huge input.

/** Characters between which a soft line break joins without a space (Chinese hard-wrapped text). */
const WIDE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201F\u2026]/u;

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^[ \t]{0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^[ \t]{0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LINK_DEFINITION = /^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const BLOCKQUOTE = /^[ \t]{0,3}(?:>[ \t]?)+/;
const BULLET = /^([ \t]*)[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/;
const ORDERED_ITEM = /^[ \t]{0,3}\d{1,9}[.)][ \t]+\S/;
const HARD_BREAK = /(?: {2,}|\\)$/;

/** Escaped punctuation is parked in private-use characters so inline rules leave it alone. */
const ESCAPE_BASE = 0xf0000;

function parkEscapes(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, (_, ch: string) => String.fromCodePoint(ESCAPE_BASE + ch.charCodeAt(0)));
}

function restoreEscapes(text: string): string {
  return text.replace(/[\u{F0000}-\u{F007F}]/gu, (ch) => String.fromCharCode(ch.codePointAt(0)! - ESCAPE_BASE));
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", mdash: '—', ndash: '–', hellip: '…',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', middot: '·', times: '×', yen: '¥', copy: '©',
};

/** Entities in Markdown text (HTML inside Markdown); unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED_ENTITIES[name] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Inline HTML: line-breaking tags become breaks, other tags vanish, text stays. */
export function stripInlineHtml(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|div|li|tr|h[1-6]|blockquote|section|article)\s*>/gi, '\n')
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g, '');
}

/** Inline Markdown: images dropped, links and emphasis reduced to their text. */
export function stripInline(text: string): string {
  return text
    .replace(/!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])/g, '')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1')
    .replace(/<((?:https?|ftp|mailto):[^>\s]+)>/g, '$1')
    .replace(/(`+)([^`\n]+?)\1/g, '$2')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/~~(?=\S)([^\n]*?\S)~~/g, '$1')
    // `*` may emphasise inside a word (Chinese has no spaces); `_` may not (snake_case).
    .replace(/(^|[^*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?!\*)/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2');
}

/** A table row's cells, separated by tabs like HTML table cells. */
function tableRow(line: string): string {
  return line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim()).join('\t');
}

function isTableRow(line: string): boolean {
  return line.includes('|');
}

interface Paragraph {
  lines: string[];
}

/** Joins the soft-wrapped lines of a paragraph: no space between Chinese characters. */
function joinSoftLines(lines: readonly string[]): string {
  let joined = '';
  for (const line of lines) {
    if (joined === '' || joined.endsWith('\n')) joined += line;
    else if (WIDE.test(joined.at(-1)!) && WIDE.test(line[0] ?? '')) joined += line;
    else joined += ` ${line}`;
  }
  return joined;
}

/** Removes HTML comments, which may span lines, before the line scan. */
function dropComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
}

/** The plain text of a Markdown document: headings and paragraphs each on one line. */
export function markdownToPlain(markdown: string): string {
  const lines = parkEscapes(dropComments(markdown)).split('\n');
  const out: string[] = [];
  let paragraph: Paragraph | null = null;
  let fence: string | null = null;
  let inTable = false;

  const flush = () => {
    if (paragraph) out.push(joinSoftLines(paragraph.lines));
    paragraph = null;
  };
  const addToParagraph = (text: string, hardBreak: boolean) => {
    paragraph ??= { lines: [] };
    paragraph.lines.push(hardBreak ? `${text}\n` : text);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== null) {
      // Code is kept verbatim: in news it holds data, not syntax.
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      else out.push(line);
      continue;
    }
    if (fenceMark) {
      flush();
      fence = fenceMark;
      continue;
    }
    if (line.trim() === '') {
      flush();
      inTable = false;
      continue;
    }
    const next = lines[i + 1] ?? '';
    if (!inTable && isTableRow(line) && TABLE_SEPARATOR.test(next) && next.includes('-')) {
      flush();
      out.push(tableRow(stripInline(line)));
      inTable = true;
      i++; // the separator row
      continue;
    }
    if (inTable && isTableRow(line)) {
      out.push(tableRow(stripInline(line)));
      continue;
    }
    inTable = false;
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      out.push(stripInline(heading[1] ?? ''));
      continue;
    }
    if (paragraph && SETEXT_UNDERLINE.test(line)) {
      flush(); // the paragraph was a heading
      continue;
    }
    if (THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line)) {
      flush();
      continue;
    }
    let text = line.replace(BLOCKQUOTE, '');
    const bullet = BULLET.exec(text);
    if (bullet) {
      flush(); // each list item is its own line
      text = text.slice(bullet[0].length);
    } else if (ORDERED_ITEM.test(text)) {
      flush(); // the number stays: Chinese news numbers its points as content
    }
    const hardBreak = HARD_BREAK.test(text);
    text = text.replace(HARD_BREAK, '').replace(/^[ \t]+|[ \t]+$/g, '');
    addToParagraph(stripInline(text), hardBreak);
  }
  flush();
  return tidyLines(restoreEscapes(decodeEntities(stripInlineHtml(out.join('\n')))), { trimLeadingAscii: true });
}
