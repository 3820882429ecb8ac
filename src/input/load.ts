import type { DocumentFormat } from '../schema/document.js';
import { decodeBytes, type Decoded } from './decode.js';
import { splitFrontMatter, sniffFormat } from './sniff.js';
import { frontMatterMeta, htmlMeta, markdownTitle, pathDate, publicationLineDate, type DocumentMeta } from './meta.js';
import { htmlToPlain, locateHeadings, markedHeadings, parseHtml, type MarkedHeading, type MarkupHeading } from '../plain/html.js';
import { markdownToPlainAndHeadings } from '../plain/markdown.js';
import { removePinyinReadings } from '../plain/artifacts.js';
import { normalizeLineEnds } from '../plain/whitespace.js';
import { textToPlain } from '../plain/text.js';
import { tablesOf, type Table } from '../plain/table.js';

export { InputError } from './errors.js';

/** A document read from bytes: its plain text (what offsets point into) and its metadata. */
export interface LoadedDocument {
  format: DocumentFormat;
  /** the plain text that `zhfacts text` prints and fact offsets point into */
  plain: string;
  title: string | null;
  /** the document's own publication date, ISO YYYY-MM-DD, or null */
  date: string | null;
  /** the tables of the plain text (rows, headers, labels, units), with offsets into it */
  tables: Table[];
  /** the markup's headings (HTML <h1>–<h6>, Markdown #): their lines in the plain text and levels */
  headings: MarkupHeading[];
  /** problems that did not stop reading (replaced bytes, broken front matter …) */
  warnings: string[];
}

interface Rendered {
  plain: string;
  meta: DocumentMeta;
  headings: MarkedHeading[];
}

/** Markup removed, metadata read from the markup itself (the publication line comes later). */
function render(body: string, format: DocumentFormat): Rendered {
  if (format === 'html') {
    const $ = parseHtml(body);
    return { plain: htmlToPlain($), headings: markedHeadings($), meta: htmlMeta($) };
  }
  if (format === 'markdown') return { ...markdownToPlainAndHeadings(body), meta: { title: markdownTitle(body), date: null } };
  return { plain: textToPlain(body), meta: { title: null, date: null }, headings: [] };
}

/** A document without text (empty, blank, or markup only): no plain text, a warning saying so. */
function textless(format: DocumentFormat, warnings: string[], why: string): LoadedDocument {
  return { format, plain: '', tables: [], headings: [], title: null, date: null, warnings: [...warnings, why] };
}

/** The first non-null of each field, in order of trust. */
function firstMeta(...sources: DocumentMeta[]): DocumentMeta {
  return {
    title: sources.find((m) => m.title !== null)?.title ?? null,
    date: sources.find((m) => m.date !== null)?.date ?? null,
  };
}

/**
 * A document's bytes, or how to read them. Bytes got from a reader are held only while they are
 * decoded: a large file's bytes are not kept beside its text while the text becomes plain text.
 */
export type DocumentSource = Uint8Array | (() => Uint8Array);

/** The decoded text of the source's bytes, or null when there are none. */
function decodeSource(source: DocumentSource): Decoded | null {
  const bytes = typeof source === 'function' ? source() : source;
  return bytes.length === 0 ? null : decodeBytes(bytes);
}

/**
 * Reads one document: decodes the bytes (encoding detected), decides the format by content,
 * strips markup into plain text and collects metadata. Throws InputError for unreadable input
 * (binary); a document without text is read, with no plain text and a warning.
 * `path` only hints at the format when the content leaves it open, and gives the date when the
 * document's metadata does not (`20250714.md`, `2025/07/14/trade.html`).
 */
export function loadDocument(source: DocumentSource, path: string): LoadedDocument {
  const decoded = decodeSource(source);
  // an empty or blank file is read, not refused: it has no facts, and the user is told
  if (decoded === null) return textless('text', [], 'empty document');
  const text = normalizeLineEnds(decoded.text);
  if (text.trim() === '') return textless('text', decoded.warnings, 'empty document');
  const split = splitFrontMatter(text);
  const format = sniffFormat(split.body, path);
  const rendered = render(split.body, format);
  const plain = removePinyinReadings(rendered.plain);
  if (plain.trim() === '') {
    const fromFrontMatter = split.frontMatter ? frontMatterMeta(split.frontMatter) : { title: null, date: null };
    const meta = firstMeta(fromFrontMatter, rendered.meta);
    return { ...textless(format, [...decoded.warnings, ...split.warnings], split.body.trim() === '' ? 'empty document' : 'no text in the document'), ...meta };
  }
  const fromFrontMatter = split.frontMatter ? frontMatterMeta(split.frontMatter) : { title: null, date: null };
  const meta = firstMeta(fromFrontMatter, rendered.meta, { title: null, date: publicationLineDate(plain) }, { title: null, date: pathDate(path) });
  return { format, plain, tables: tablesOf(plain), headings: locateHeadings(plain, rendered.headings), title: meta.title, date: meta.date, warnings: [...decoded.warnings, ...split.warnings] };
}
