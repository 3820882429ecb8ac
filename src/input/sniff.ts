import { load as loadYaml, YAMLException } from 'js-yaml';
import type { DocumentFormat } from '../schema/document.js';

// The content decides the format, not the extension: a `.txt` may hold HTML, or YAML
// front matter followed by HTML or Markdown.

export interface FrontMatter {
  /** parsed YAML mapping ({} when the YAML was invalid) */
  data: Record<string, unknown>;
  /** the YAML text between the fences, for reading values as written */
  raw: string;
}

export interface SplitDocument {
  frontMatter: FrontMatter | null;
  body: string;
  warnings: string[];
}

/** `---` on the first non-blank line opens front matter; a `---` or `...` line closes it. */
const OPENING_FENCE = /^(?:[ \t]*\r?\n)*---[ \t]*\r?\n/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;

function findFrontMatter(text: string): { raw: string; startLine: number; bodyStart: number } | null {
  const open = OPENING_FENCE.exec(text);
  if (!open) return null;
  CLOSING_FENCE.lastIndex = open[0].length;
  const close = CLOSING_FENCE.exec(text);
  if (!close) return null;
  const startLine = open[0].split('\n').length;
  return { raw: text.slice(open[0].length, close.index), startLine, bodyStart: close.index + close[0].length };
}

/** A YAML error in plain words, with its line and column in the document (not in the block). */
function yamlProblem(error: unknown, startLine: number): string {
  if (error instanceof YAMLException && error.mark) return `${error.reason} at line ${startLine + error.mark.line}, column ${error.mark.column + 1}`;
  return error instanceof Error ? firstLine(error.message) : 'parse error';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * Splits off YAML front matter. Invalid YAML costs the metadata, never the body: the
 * fenced block is dropped and a warning says so.
 */
export function splitFrontMatter(text: string): SplitDocument {
  const found = findFrontMatter(text);
  if (!found) return { frontMatter: null, body: text, warnings: [] };
  const { raw } = found;
  const body = text.slice(found.bodyStart);
  let data: unknown;
  try {
    // js-yaml 4's default schema is the safe one (no !!js types); an empty block is null
    data = loadYaml(raw) ?? {};
  } catch (error) {
    const reason = yamlProblem(error, found.startLine);
    return { frontMatter: { data: {}, raw }, body, warnings: [`front matter is not valid YAML (${reason}); metadata ignored`] };
  }
  if (!isPlainObject(data)) {
    return { frontMatter: { data: {}, raw }, body, warnings: ['front matter is not a YAML mapping; metadata ignored'] };
  }
  return { frontMatter: { data, raw }, body, warnings: [] };
}

function firstLine(message: string): string {
  const [first = ''] = message.split('\n');
  return first.trim().replace(/:$/, '');
}

const HTML_DOCUMENT = /<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]/i;
const HTML_TAG =
  /<\/?(?:p|div|br|span|a|img|table|tbody|tr|td|th|ul|ol|li|h[1-6]|meta|title|section|article|strong|em|b|i|u|font|center|blockquote|pre|script|style|iframe|dl|dt|dd|hr|figure|figcaption|header|footer|nav|main|aside)(?:\s[^<>]*)?\/?>/gi;

/**
 * Line-start Markdown syntax, and inline syntax that plain text does not produce. `needs`: a
 * pattern cannot match a text holding none of these strings, so most texts skip most patterns
 * after a quick indexOf instead of a regular-expression pass.
 */
const MARKDOWN_SIGNALS: readonly { pattern: RegExp; weight: number; needs: readonly string[] }[] = [
  { pattern: /^#{1,6}[ \t]+\S/gm, weight: 2, needs: ['#'] },
  { pattern: /^[ \t]*(?:```|~~~)/gm, weight: 2, needs: ['```', '~~~'] },
  { pattern: /!?\[[^\]\n]+\]\([^)\s]+(?:\s+"[^"]*")?\)/g, weight: 2, needs: [']('] },
  { pattern: /^[ \t]{0,3}>[ \t]?\S/gm, weight: 1, needs: ['>'] },
  { pattern: /^[ \t]{0,3}[-*+][ \t]+\S/gm, weight: 1, needs: ['-', '*', '+'] },
  { pattern: /^[ \t]*\|.*\|[ \t]*$/gm, weight: 1, needs: ['|'] },
  { pattern: /(?:\*\*|__)\S[^*_\n]*\S(?:\*\*|__)/g, weight: 1, needs: ['**', '__'] },
  { pattern: /^[ \t]{0,3}(?:=+|-{3,})[ \t]*$/gm, weight: 1, needs: ['=', '---'] },
];

function countMatches(text: string, pattern: RegExp, cap: number): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (n < cap && pattern.exec(text)) n++;
  pattern.lastIndex = 0;
  return n;
}

const holdsAny = (text: string, needs: readonly string[]): boolean => needs.some((s) => text.includes(s));

export function markdownScore(text: string): number {
  let score = 0;
  for (const s of MARKDOWN_SIGNALS) if (holdsAny(text, s.needs)) score += s.weight * countMatches(text, s.pattern, 50);
  return score;
}

/** Markup needs a '<'; most Chinese news text has none, and then no pattern runs. */
export function htmlTagCount(text: string): number {
  return text.includes('<') ? countMatches(text, HTML_TAG, 100) : 0;
}

/** Used only when the content leaves the choice open. */
function extensionFormat(path: string): DocumentFormat | null {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm') return 'html';
  return null;
}

/**
 * HTML when it looks like a page or holds markup in number (Markdown may embed a few tags);
 * Markdown when its syntax shows more than once; otherwise plain text.
 */
export function sniffFormat(body: string, path = ''): DocumentFormat {
  const sample = body.length > 200_000 ? body.slice(0, 200_000) : body;
  if (sample.includes('<') && HTML_DOCUMENT.test(sample)) return 'html';
  const tags = htmlTagCount(sample);
  const markdown = markdownScore(sample);
  if (tags >= 2 && tags > 2 * markdown) return 'html';
  if (markdown >= 2) return 'markdown';
  const hinted = extensionFormat(path);
  if (hinted === 'html' && tags >= 1) return 'html';
  if (hinted === 'markdown') return 'markdown';
  return 'text';
}
