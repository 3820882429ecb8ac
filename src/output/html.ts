import { createHash } from 'node:crypto';
import { FACT_TYPES, type Fact, type FactType } from '../schema/fact.js';
import type { DocumentResult, InputProblem } from '../schema/document.js';
import { groupDigits, valueLabel } from './labels.js';
import { REVIEW_CSS, TYPE_SYMBOL } from './review/style.js';
import { REVIEW_JS } from './review/client.js';

// The review page (--format html): one self-contained file. Articles are written as they come
// (their plain text is not kept); the facts table and the summary, which are small, are written
// at the end. Every piece of input reaches the page through escapeHtml, and the page's policy
// allows only its own style and script (by hash), so injected markup could not run anyway.

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use both between tags and inside quoted attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

// ---------------------------------------------------------------------------------------------
// Highlights: spans → properly nested open/close/text pieces

export interface Range {
  start: number;
  end: number;
}

export type Piece =
  | { kind: 'text'; start: number; end: number }
  /** `first` is false for the continuation of a span that had to be split */
  | { kind: 'open'; span: number; first: boolean }
  | { kind: 'close'; span: number };

/**
 * Lays ranges over a text of `length` as well-nested markup. A range inside another nests; a
 * range that crosses another's end is closed there and reopened as a continuation, so each
 * range is one or more fragments that together cover exactly its characters. Empty or
 * out-of-bounds parts are clipped.
 */
export function nestRanges(length: number, ranges: readonly Range[]): Piece[] {
  const spans = ranges
    .map((r, i) => ({ i, start: Math.max(0, Math.min(r.start, length)), end: Math.max(0, Math.min(r.end, length)) }))
    .filter((s) => s.end > s.start)
    // outer (longer) first at the same start, so that inner ranges nest inside
    .sort((a, b) => a.start - b.start || b.end - a.end || a.i - b.i);
  const cuts = [...new Set([0, length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  const open: typeof spans = [];
  let pos = 0;
  let next = 0;
  for (const cut of cuts) {
    if (cut > pos) pieces.push({ kind: 'text', start: pos, end: cut });
    pos = cut;
    if (open.some((s) => s.end === cut)) {
      // close down to the deepest range ending here; ranges above it that go on are reopened
      const reopen: typeof spans = [];
      while (open.some((s) => s.end === cut)) {
        const s = open.pop()!;
        pieces.push({ kind: 'close', span: s.i });
        if (s.end !== cut) reopen.unshift(s);
      }
      for (const s of reopen) {
        pieces.push({ kind: 'open', span: s.i, first: false });
        open.push(s);
      }
    }
    for (let s = spans[next]; s?.start === cut; s = spans[++next]) {
      pieces.push({ kind: 'open', span: s.i, first: true });
      open.push(s);
    }
  }
  return pieces;
}

// ---------------------------------------------------------------------------------------------
// Small renderers

const oneLine = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');
const show = (v: string | number | null): string => (v === null ? '—' : oneLine(String(v)));

/** The row and column labels of the table cell a fact was read from (kept beside the fact, not in it). */
export interface CellOfFact {
  row: string;
  column: string;
}

/** Tooltip text: a heading line, then `key<TAB>value` lines (the client builds a list from it). */
export function factTip(f: Fact, plainText: string | null, cell: CellOfFact | null = null): string {
  const value = typeof f.value === 'number' ? groupDigits(f.value) : f.value;
  const lines = [`${TYPE_SYMBOL[f.type]} ${f.type} · ${oneLine(f.text)}`, `value\t${value}${f.valueMax !== null ? ` – ${groupDigits(f.valueMax)}` : ''}`];
  lines.push(`unit\t${show(f.unit)}`, `approx\t${f.approx}`, `metric\t${show(f.metric)}`, `region\t${show(f.region)}`, `partner\t${show(f.partner)}`, `period\t${show(f.period)}`);
  if (f.type === 'growth') lines.push(`basis\t${show(f.basis)}`);
  if (f.type === 'date') lines.push(`from – to\t${show(f.from)} – ${show(f.to)}`);
  if (cell) lines.push(`table row\t${show(cell.row || null)}`, `table column\t${show(cell.column || null)}`);
  lines.push(`offsets\t${f.start}–${f.end}`);
  if (plainText !== null && plainText !== f.text) lines.push(`warning\tthe plain text here is “${oneLine(plainText)}”`);
  return lines.join('\n');
}

const typeChip = (t: FactType, label: string = t): string => `<span class="zf legend t-${t}">${escapeHtml(label)}</span>`;

/** A document's plain text with every fact highlighted at its offsets. `ids[i]` names facts[i]. */
export function highlightPlain(plain: string, facts: readonly Fact[], ids: readonly string[], cells: readonly (CellOfFact | null)[] = []): string {
  const out: string[] = [];
  for (const p of nestRanges(plain.length, facts)) {
    if (p.kind === 'text') {
      out.push(escapeHtml(plain.slice(p.start, p.end)));
    } else if (p.kind === 'close') {
      out.push('</mark>');
    } else {
      // a piece's span is the index of the range nestRanges was given: facts[p.span] is there
      const f = facts[p.span]!;
      const id = ids[p.span];
      const at = plain.slice(f.start, f.end);
      const cls = `zf t-${f.type}${p.first ? '' : ' cont'}${at === f.text ? '' : ' mismatch'}`;
      out.push(
        p.first
          ? `<mark class="${cls}" id="${id}" data-fact="${id}" data-type="${f.type}" data-start="${f.start}" data-end="${f.end}" tabindex="0" data-tip="${escapeHtml(factTip(f, at, cells[p.span] ?? null))}">`
          : `<mark class="${cls}" data-fact="${id}" data-type="${f.type}">`,
      );
    }
  }
  return out.join('');
}

const countByType = (facts: readonly Fact[]): Map<FactType, number> => {
  const counts = new Map<FactType, number>();
  for (const f of facts) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  return counts;
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One document: heading, metadata line, highlighted plain text. */
export function articleHtml(d: DocumentResult, plain: string | undefined, docId: string, factIds: readonly string[], cells: readonly (CellOfFact | null)[] = []): string {
  const lang = d.script === 'traditional' ? 'zh-Hant' : 'zh-Hans';
  const counts = [...countByType(d.facts)].map(([t, n]) => `${n} ${t}`).join(', ');
  const meta = [
    `<span>date ${d.date === null ? 'unknown' : escapeHtml(d.date)}</span>`,
    `<span>path <code>${escapeHtml(d.path)}</code></span>`,
    `<span>${d.format} · ${d.script} · ${d.chars} chars</span>`,
    `<span>${plural(d.facts.length, 'fact')}${counts ? ` (${counts})` : ''}</span>`,
  ].join('');
  const heading = d.title === null ? `<code>${escapeHtml(d.path)}</code>` : escapeHtml(d.title);
  const text =
    plain === undefined ? '<p class="noplain">The plain text was not kept for this document.</p>' : `<div class="plain" lang="${lang}">${highlightPlain(plain, d.facts, factIds, cells)}</div>`;
  const none = d.facts.length === 0 ? '<p class="nofacts">No facts found in this document.</p>' : '';
  return `<article id="${docId}" data-doc="${escapeHtml(d.path)}" aria-labelledby="${docId}-h">\n<h2 id="${docId}-h" lang="${lang}">${heading}</h2>\n<p class="meta">${meta}</p>\n${text}${none}\n</article>\n`;
}

/**
 * The facts table leads with what the tool exists to show — the figure and what it is tied to —
 * then where it was found; unit and approx are part of the value (`≥60 个`), and the sentence is in
 * the article the row jumps to. Fewer, wrapping columns keep it inside its panel (no sideways scroll).
 */
export const REVIEW_COLUMNS = ['text', 'value', 'metric', 'region', 'partner', 'period', 'basis', 'type', 'doc', 'start', 'end'] as const;
type ReviewColumn = (typeof REVIEW_COLUMNS)[number];
const NUMERIC_COLUMNS = new Set<ReviewColumn>(['value', 'start', 'end']);

/** One row of the facts table, searchable by text, metric, region and partner; value sorts by its number. */
export function factRow(f: Fact, id: string): string {
  const search = [f.text, f.metric ?? '', f.region ?? '', f.partner ?? ''].join('\n').toLowerCase();
  const cells = REVIEW_COLUMNS.map((k) => {
    const cls = `col-${k}${NUMERIC_COLUMNS.has(k) ? ' num' : ''}`;
    // the type as its coloured symbol (the name for sorting, tooltips and screen readers)
    if (k === 'type') return `<td class="${cls}" data-key="${f.type}" title="${f.type}">${typeChip(f.type, '')}<span class="visually-hidden">${f.type}</span></td>`;
    if (k === 'value') return `<td class="${cls}" data-key="${escapeHtml(String(f.value))}">${escapeHtml(valueLabel(f))}</td>`;
    // the file name only (the full path sorts, and shows on hover and in the article heading)
    if (k === 'doc') return `<td class="${cls}" data-key="${escapeHtml(f.doc)}" title="${escapeHtml(f.doc)}"><bdi>${escapeHtml(f.doc.split(/[\\/]/).pop() ?? f.doc)}</bdi></td>`;
    const v = f[k];
    return `<td class="${cls}">${escapeHtml(v === null ? '' : String(v))}</td>`;
  });
  return `<tr id="row-${id}" data-fact="${id}" data-type="${f.type}" data-q="${escapeHtml(search)}" tabindex="0">${cells.join('')}</tr>\n`;
}

/** Documents, facts per type (with the legend of colours and symbols), errors. */
export function summaryHtml(documents: number, byType: ReadonlyMap<FactType, number>, errors: readonly InputProblem[]): string {
  const total = [...byType.values()].reduce((a, b) => a + b, 0);
  const types = FACT_TYPES.map((t) => `<li>${typeChip(t)} ${byType.get(t) ?? 0}</li>`).join('');
  const errorList =
    errors.length === 0
      ? '<p class="ok">Every input was read.</p>'
      : `<div class="errors" role="alert"><strong>${errors.length === 1 ? '1 input' : `${errors.length} inputs`} could not be read</strong><ul>${errors
          .map((e) => `<li><code>${escapeHtml(e.path)}</code>: ${escapeHtml(e.error)}</li>`)
          .join('')}</ul></div>`;
  return `<section id="summary" aria-label="Summary">\n<ul class="stats"><li><strong>${documents}</strong> ${documents === 1 ? 'document' : 'documents'}</li><li><strong>${total}</strong> ${total === 1 ? 'fact' : 'facts'}:</li>${types}<li><strong>${errors.length}</strong> ${errors.length === 1 ? 'error' : 'errors'}</li></ul>\n${errorList}\n</section>\n`;
}

/** The facts table with its type filter and search box. */
export function factsTableHtml(rows: readonly string[], byType: ReadonlyMap<FactType, number>): string {
  const options = FACT_TYPES.map((t) => `<option value="${t}">${TYPE_SYMBOL[t]} ${t} (${byType.get(t) ?? 0})</option>`).join('');
  const head = REVIEW_COLUMNS.map((k) => `<th scope="col" class="col-${k}" aria-sort="none"${NUMERIC_COLUMNS.has(k) ? ' data-numeric' : ''}><button type="button">${k}</button></th>`).join('');
  const empty = rows.length === 0 ? '<p class="empty">No facts.</p>' : '';
  return (
    `<section id="facts" aria-labelledby="facts-h">\n<div class="controls"><h2 id="facts-h">Facts</h2>` +
    `<label>Type <select id="type-filter"><option value="">all types</option>${options}</select></label>` +
    `<label>Search <input id="search" type="search" placeholder="text, metric, region, partner" autocomplete="off" spellcheck="false"></label>` +
    `<output id="shown" for="type-filter search" aria-live="polite">${plural(rows.length, 'fact')}</output></div>\n` +
    `<div class="tablewrap"><table id="facts-table"><caption class="visually-hidden">All facts; activate a row to show the fact in its article</caption>` +
    `<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('')}</tbody></table>${empty}</div>\n</section>\n`
  );
}

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('base64');
/**
 * The opening of a self-contained page up to <body>: only its own style and script (allowed by
 * their hashes) may run, and nothing may be fetched.
 */
export function pageOpen(title: string, css: string, js?: string): string {
  const script = js === undefined ? '' : ` script-src 'sha256-${sha256(js)}';`;
  const policy = `default-src 'none'; style-src 'sha256-${sha256(css)}';${script} img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="generator" content="zhfacts">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
`;
}

export const htmlOpen = (): string =>
  pageOpen('zhfacts review', REVIEW_CSS, REVIEW_JS) +
  `<a class="skip" href="#facts">Skip to the facts table</a>
<header><h1>zhfacts review</h1><div id="summary-slot"></div></header>
<main id="docs" aria-label="Documents">
`;

export const htmlClose = (summary: string, table: string): string => `</main>\n${summary}${table}<div id="tip" role="tooltip" hidden></div>\n<script>${REVIEW_JS}</script>\n</body>\n</html>\n`;

/** Writer state for one page: articles stream out, table rows and counts wait for the end. */
export function htmlWriter(): {
  begin(): string;
  document(d: DocumentResult, plain?: string, cells?: readonly (CellOfFact | null)[]): string;
  end(errors: readonly InputProblem[]): string;
} {
  const rows: string[] = [];
  const byType = new Map<FactType, number>();
  let documents = 0;
  let facts = 0;
  return {
    begin: htmlOpen,
    document(d, plain, cells) {
      const docId = `d${++documents}`;
      const ids = d.facts.map((f) => {
        const id = `f${++facts}`;
        rows.push(factRow(f, id));
        byType.set(f.type, (byType.get(f.type) ?? 0) + 1);
        return id;
      });
      return articleHtml(d, plain, docId, ids, cells);
    },
    end: (errors) => htmlClose(summaryHtml(documents, byType, errors), factsTableHtml(rows, byType)),
  };
}
