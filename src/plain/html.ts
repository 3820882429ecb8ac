// the slim build (htmlparser2 only) loads in a fraction of the full one's time, which pulls in parse5 and undici
import { load, type CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element, Text } from 'domhandler';
import { tidyLines } from './whitespace.js';

// HTML → plain lines, as a reader sees the page: block elements on their own lines,
// whitespace collapsed as a browser does, and no scripts, styles or navigation chrome.

/** Elements whose content is never article text. */
const DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas',
  'select', 'option', 'button', 'input', 'textarea', 'nav', 'map', 'audio', 'video',
]);

/** Page chrome when outside the article; inside <article>/<main> they belong to it. */
const CHROME_OUTSIDE_ARTICLE = new Set(['header', 'footer', 'aside']);

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'title',
]);

const TABLE_CELLS = new Set(['td', 'th']);

/** class/id words that mark navigation chrome (`main-nav`, `share_box`, `breadcrumb`). */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'menubar', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs',
  'share', 'sharing', 'social', 'footer', 'sidebar', 'topbar', 'toolbar', 'skiplink',
]);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar', 'search']);

/** Never dropped as chrome, whatever their class says (`<body class="has-nav">`). */
const NEVER_CHROME = new Set(['html', 'body', 'main', 'article']);

function attributeWords(el: Element): string[] {
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  return names.toLowerCase().split(/[\s_-]+/).filter(Boolean);
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

type Step = { node: AnyNode; inPre: boolean } | { text: string };

function textOf(node: Text, inPre: boolean): string {
  return inPre ? node.data.replace(/\u00A0/g, ' ') : collapseWhitespace(node.data);
}

/** Children of an element as steps, with the line breaks and cell tabs its kind implies. */
function elementSteps(el: Element, inPre: boolean): Step[] {
  if (DROPPED.has(el.name) || isHidden(el) || isChrome(el)) return [];
  if (el.name === 'br') return [{ text: '\n' }];
  if (el.name === 'img') return [];
  const block = BLOCKS.has(el.name);
  const childPre = inPre || el.name === 'pre';
  const steps: Step[] = el.children.map((node) => ({ node, inPre: childPre }));
  if (TABLE_CELLS.has(el.name)) steps.unshift({ text: '\t' });
  return block ? [{ text: '\n' }, ...steps, { text: '\n' }] : steps;
}

/** Depth-first text, iterative so that absurdly deep nesting cannot overflow the stack. */
function visibleText(root: AnyNode): string {
  const parts: string[] = [];
  const stack: Step[] = [{ node: root, inPre: false }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('text' in step) {
      parts.push(step.text);
      continue;
    }
    const { node, inPre } = step;
    let next: Step[] = [];
    if (node.type === 'text') parts.push(textOf(node, inPre));
    else if (node.type === 'tag') next = elementSteps(node, inPre);
    else if (node.type === 'root') next = node.children.map((child) => ({ node: child, inPre }));
    // comments, CDATA, directives: nothing; <script>/<style> have their own node types
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
  }
  return parts.join('');
}

export function parseHtml(html: string): CheerioAPI {
  return load(html);
}

/** The visible text of an HTML document or fragment, one block per line. */
export function htmlToPlain(html: string | CheerioAPI): string {
  const $ = typeof html === 'string' ? parseHtml(html) : html;
  return tidyLines(visibleText($.root()[0]), { trimLeadingAscii: true });
}
