// the slim build (htmlparser2 only) loads in a fraction of the full one's time, which pulls in parse5 and undici
import { load, type CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element, Text } from 'domhandler';
import { tidyLines } from './whitespace.js';
import { CELL_SEPARATOR, LINE_IN_CELL } from './cells.js';

// HTML → plain lines, as a reader sees the page: block elements on their own lines,
// whitespace collapsed as a browser does, and no scripts, styles or navigation chrome.

/** Elements whose content is never article text. */
const DROPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'nav',
  'map',
  'audio',
  'video',
]);

/** Page chrome when outside the article; inside <article>/<main> they belong to it. */
const CHROME_OUTSIDE_ARTICLE = new Set(['header', 'footer', 'aside']);

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'title',
]);

const TABLE_CELLS = new Set(['td', 'th']);

/** class/id words that mark navigation chrome (`main-nav`, `share_box`, `breadcrumb`). */
const CHROME_WORDS = new Set([
  'nav',
  'navbar',
  'navigation',
  'menu',
  'menubar',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'crumbs',
  'share',
  'sharing',
  'social',
  'footer',
  'sidebar',
  'topbar',
  'toolbar',
  'skiplink',
]);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar', 'search']);

/** Never dropped as chrome, whatever their class says (`<body class="has-nav">`). */
const NEVER_CHROME = new Set(['html', 'body', 'main', 'article']);

function attributeWords(el: Element): string[] {
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  return names
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

function isInsideArticle(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) {
    if (p.type === 'tag' && (p.name === 'article' || p.name === 'main')) return true;
  }
  return false;
}

export function isChrome(el: Element): boolean {
  if (NEVER_CHROME.has(el.name)) return false;
  if (CHROME_OUTSIDE_ARTICLE.has(el.name) && !isInsideArticle(el)) return true;
  if (CHROME_ROLES.has((el.attribs.role ?? '').toLowerCase())) return true;
  return attributeWords(el).some((w) => CHROME_WORDS.has(w));
}

function isHidden(el: Element): boolean {
  return 'hidden' in el.attribs || /display\s*:\s*none/i.test(el.attribs.style ?? '');
}

/** Characters between which a browser drops a line break instead of showing a space (CSS Text 3). */
const WIDE = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018-\\u201F\\u2026';
const BREAK_BETWEEN_WIDE = new RegExp(`(?<=[${WIDE}])[ \\t\\f]*[\\r\\n][ \\t\\r\\n\\f]*(?=[${WIDE}])`, 'gu');

/** Collapses HTML whitespace in a text node. U+3000 is not HTML whitespace and stays. */
export function collapseWhitespace(text: string): string {
  return text.replace(BREAK_BETWEEN_WIDE, '').replace(/[ \t\n\r\f\u00A0]+/g, ' ');
}

type Step = { node: AnyNode; inPre: boolean } | { text: string } | { table: TableBuild } | { cell: CellBuild };

function textOf(node: Text, inPre: boolean): string {
  return inPre ? node.data.replace(/\u00A0/g, ' ') : collapseWhitespace(node.data);
}

// Tables. A data table becomes one line per row, its cells joined by CELL_SEPARATOR (a
// noncharacter that line tidying leaves alone, turned into a tab at the end), spans resolved by
// empty fields so that every row has the table's columns. A layout table (a nested table, a cell
// holding a long text, a single column) keeps each cell's own lines. Every node is still read
// once: a cell's text is rendered where it is met and only assembled when its table closes.

interface CellBuild {
  parts: string[];
  colSpan: number;
  rowSpan: number;
}
interface TableBuild {
  rows: CellBuild[][];
  /** where the text of each cell of this table goes, in document order */
  current: CellBuild | null;
  outer: string[];
  /** a table was rendered inside one of its cells */
  nested: boolean;
}

/** A data cell longer than this is a text in a layout table, not a figure or label. */
const MAX_DATA_CELL = 200;

const spanOf = (value: string | undefined): number => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, 1000) : 1;
};

/** A cell's lines on one line: joined without a space between Chinese characters (as soft breaks are). */
function cellLine(parts: string[]): string {
  const lines = parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''))
    .filter((l) => l !== '');
  let out = '';
  for (const line of lines) {
    if (out !== '' && !(WIDE_CHAR.test(out.at(-1)!) && WIDE_CHAR.test(line.charAt(0)))) out += ' ';
    out += line;
  }
  // a <br> stays one separator between the cell's lines, none at its ends
  return out.replace(/\t/g, ' ').replace(IN_CELL_BREAKS, LINE_IN_CELL).replace(EDGE_BREAKS, '');
}
const IN_CELL_BREAKS = new RegExp(`[ ]*${LINE_IN_CELL}[ ${LINE_IN_CELL}]*`, 'g');
const EDGE_BREAKS = new RegExp(`^${LINE_IN_CELL}|${LINE_IN_CELL}$`, 'g');
const WIDE_CHAR = new RegExp(`[${WIDE}]`, 'u');

/** The table's text: resolved rows for a data table, each cell's own lines for a layout table. */
function tableText(t: TableBuild): string {
  const lined = t.rows.map((row) => row.map((cell) => ({ cell, text: cellLine(cell.parts) })));
  for (const row of lined) for (const { text } of row) htmlWork.steps += text.length;
  const columns = Math.max(0, ...t.rows.map((row) => row.reduce((n, c) => n + c.colSpan, 0)));
  const isData = !t.nested && t.rows.length >= 2 && columns >= 2 && lined.every((row) => row.every(({ text }) => text.length <= MAX_DATA_CELL));
  if (!isData) return t.rows.map((row) => row.map((c) => `\n${c.parts.join('').replaceAll(LINE_IN_CELL, '\n')}\n`).join('')).join('\n');
  // the grid: a cell covers colSpan × rowSpan positions; covered positions are empty fields
  const grid: (string | null)[][] = [];
  lined.forEach((row, r) => {
    const gridRow = (grid[r] ??= []);
    let col = 0;
    row.forEach(({ cell, text }) => {
      while (gridRow[col] !== undefined && gridRow[col] !== null) col++;
      for (let dr = 0; dr < cell.rowSpan && r + dr < t.rows.length; dr++) {
        const covered = (grid[r + dr] ??= []);
        for (let dc = 0; dc < cell.colSpan; dc++) covered[col + dc] = dr === 0 && dc === 0 ? text : '';
      }
      col += cell.colSpan;
    });
  });
  const width = Math.max(...grid.map((row) => row.length));
  return grid
    .map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''))
    .filter((fields) => fields.some((f) => f !== ''))
    .map((fields) => fields.join(CELL_SEPARATOR))
    .map((line) => `\n${line}\n`)
    .join('');
}

/** Children of an element as steps, with the line breaks and cells its kind implies. */
function elementSteps(el: Element, inPre: boolean, table: TableBuild | null): Step[] {
  if (DROPPED.has(el.name) || isHidden(el) || isChrome(el)) return [];
  // a <br> in a data cell keeps its row on one line (tableText); elsewhere it ends the line
  if (el.name === 'br') return [{ text: table?.current ? LINE_IN_CELL : '\n' }];
  if (el.name === 'img') return [];
  const childPre = inPre || el.name === 'pre';
  const steps: Step[] = el.children.map((node) => ({ node, inPre: childPre }));
  if (el.name === 'table') {
    if (table) table.nested = true;
    return [{ table: { rows: [], current: null, outer: [], nested: false } }, ...steps, { text: TABLE_END }];
  }
  if (table && el.name === 'tr') {
    table.rows.push([]);
    table.current = null;
    return steps;
  }
  if (table && TABLE_CELLS.has(el.name)) {
    const cell: CellBuild = { parts: [], colSpan: spanOf(el.attribs.colspan), rowSpan: spanOf(el.attribs.rowspan) };
    const row = table.rows.at(-1);
    if (row) row.push(cell);
    else table.rows.push([cell]);
    return [{ cell }, ...steps, { text: CELL_END }];
  }
  const block = BLOCKS.has(el.name);
  return block ? [{ text: '\n' }, ...steps, { text: '\n' }] : steps;
}

/** Markers on the stack (never written): a table or a cell ends here. A text node's own U+FDD0–FDD3 become spaces. */
const TABLE_END = '\uFDD1';
const CELL_END = '\uFDD3';

/** Depth-first text, iterative so that absurdly deep nesting cannot overflow the stack. */
function visibleText(root: AnyNode): string {
  let parts: string[] = [];
  // the open tables, innermost last; cells of the innermost one collect the text read inside them
  const tables: TableBuild[] = [];
  const cellParts: string[][] = [];
  const stack: Step[] = [{ node: root, inPre: false }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('table' in step) {
      step.table.outer = parts;
      tables.push(step.table);
      parts = [];
      continue;
    }
    if ('cell' in step) {
      // a cell's step comes from elementSteps, which makes one only inside an open table
      const table = tables.at(-1);
      if (table) table.current = step.cell;
      cellParts.push(parts);
      parts = step.cell.parts;
      continue;
    }
    if ('text' in step) {
      // the end markers, like the cell steps, are made only inside an open table (its own, innermost)
      const table = tables.at(-1);
      if (table && step.text === TABLE_END) {
        tables.pop();
        // text inside the table but outside its cells (<caption>, stray text) comes first
        const own = parts.join('');
        parts = table.outer;
        parts.push(own, tableText(table));
      } else if (table && step.text === CELL_END) {
        parts = cellParts.pop()!;
        table.current = null;
      } else parts.push(step.text);
      continue;
    }
    const { node, inPre } = step;
    htmlWork.steps++;
    let next: Step[] = [];
    if (node.type === 'text') parts.push(textOf(node, inPre).replace(/[\uFDD0-\uFDD3]/g, ' '));
    else if (node.type === 'tag') next = elementSteps(node, inPre, tables[tables.length - 1] ?? null);
    else if (node.type === 'root') next = node.children.map((child) => ({ node: child, inPre }));
    // comments, CDATA, directives: nothing; <script>/<style> have their own node types
    for (const s of next.reverse()) stack.push(s);
  }
  return parts.join('');
}

/**
 * Work done reading HTML, counted for the linear-time tests: tags scanned (each weighted by the
 * parser's stack depth there, which its open-tag step walks), nodes visited, characters of table
 * text assembled.
 */
export const htmlWork = { steps: 0 };

/** Browsers stop nesting deeper than this (Blink: 512); deeper tags are dropped, their text kept. */
export const MAX_DEPTH = 512;
/** Elements whose end tag may be left out: the parser closes them itself, so they do not deepen the stack. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp', 'colgroup', 'caption']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
const TAG = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/g;

/**
 * The markup with tags nested deeper than MAX_DEPTH removed, in one pass: the parser keeps its
 * open elements in an array it grows at the front, so each tag costs as much as the depth, and
 * 100,000 nested levels would be quadratic.
 */
export function capNesting(html: string): string {
  let depth = 0;
  let deepest = 0;
  let dropped = false;
  const out: string[] = [];
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    htmlWork.steps += 1 + Math.min(depth, MAX_DEPTH);
    const name = m[3]?.toLowerCase();
    if (name === undefined || VOID.has(name) || OPTIONAL_END.has(name) || m[4] === '/') continue;
    if (m[2] !== '/') {
      depth++;
      deepest = Math.max(deepest, depth);
      if (depth <= MAX_DEPTH) continue;
    } else {
      depth = Math.max(0, depth - 1);
      if (depth < MAX_DEPTH) continue;
    }
    // too deep: the tag goes, its text stays
    out.push(html.slice(last, m.index));
    last = m.index + m[0].length;
    dropped = true;
  }
  if (!dropped) return html;
  out.push(html.slice(last));
  return out.join('');
}

export function parseHtml(html: string): CheerioAPI {
  return load(capNesting(html));
}

/** The visible text of an HTML document or fragment, one block per line. */
export function htmlToPlain(html: string | CheerioAPI): string {
  const $ = typeof html === 'string' ? parseHtml(html) : html;
  // root() selects the one document node of what was loaded
  return tidyLines(visibleText($.root()[0]!), { trimLeadingAscii: true }).replaceAll(CELL_SEPARATOR, '\t');
}

/** A heading of the markup (<h1>…<h6>, Markdown's #…######): its text and level, in document order. */
export interface MarkedHeading {
  text: string;
  level: number;
}

/** A markup heading found in the plain text: where its line starts, and its level. */
export interface MarkupHeading {
  start: number;
  level: number;
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The headings of an HTML document or fragment, in document order. */
export function markedHeadings(html: string | CheerioAPI): MarkedHeading[] {
  const $ = typeof html === 'string' ? parseHtml(html) : html;
  return $('h1,h2,h3,h4,h5,h6')
    .toArray()
    .map((el) => ({ text: squeeze($(el).text()), level: Number(el.name.slice(1)) }))
    .filter((h) => h.text !== '');
}

/**
 * Where the marked headings stand in the plain text: each is the next line whose text is its
 * text, in document order (a heading the reader dropped is skipped). Their levels say which
 * headings are siblings (two <h2> news items) and which nest (an <h3> under an <h2>), which the
 * plain lines cannot.
 */
export function locateHeadings(plain: string, marked: readonly MarkedHeading[]): MarkupHeading[] {
  const found: MarkupHeading[] = [];
  let k = 0;
  let start = 0;
  for (const line of plain.split('\n')) {
    const h = marked[k];
    if (h === undefined) break;
    if (squeeze(line) === h.text) {
      found.push({ start: start + (line.length - line.trimStart().length), level: h.level });
      k++;
    }
    start += line.length + 1;
  }
  return found;
}
