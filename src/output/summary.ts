import stringWidth from 'string-width';
import { FACT_TYPES, type Fact, type FactType } from '../schema/fact.js';
import type { DocumentResult, InputProblem } from '../schema/document.js';
import { placeLabel, valueLabel } from './labels.js';

// What `zhfacts extract` shows a person at a terminal when no format was asked for: each document
// with its facts on one line each — type, text, value with unit, and what it is tied to — in
// columns that fit the terminal (Chinese characters are two columns wide), then how to get data.
// Never a data format: a pipe or a file gets JSON as before.

export interface SummaryStyle {
  /** terminal width in columns */
  width: number;
  /** colours a type's label; identity for no colour */
  type: (t: FactType, s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

export const PLAIN_STYLE: SummaryStyle = { width: 100, type: (_t, s) => s, dim: (s) => s, bold: (s) => s };

const ELLIPSIS = '…';

/** Cuts a string to at most `width` terminal columns, with an ellipsis when cut. */
export function fitWidth(s: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(s) <= width) return s;
  let out = '';
  let used = 0;
  for (const ch of s) {
    const w = stringWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return out + ELLIPSIS;
}

export const padWidth = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - stringWidth(s)));

/** metric · region → partner · period · basis, the parts that are known. */
export function linkLabel(f: Fact): string {
  return [f.metric, placeLabel(f.region, f.partner), f.period, f.basis].filter((x) => x !== null).join(' · ');
}

const TYPE_COLUMN = Math.max(...FACT_TYPES.map((t) => t.length));
const TEXT_COLUMN = 12;
const VALUE_COLUMN = 22;

/** One fact's line, fitted to the width: columns shrink from the left's budget, links take the rest. */
export function factLine(f: Fact, style: SummaryStyle): string {
  let room = Math.max(TYPE_COLUMN + 4, style.width - 2);
  const column = (s: string, width: number): string => {
    const w = Math.max(0, Math.min(width, room - 1));
    room -= w + 1;
    return padWidth(fitWidth(s, w), w);
  };
  const type = column(f.type, TYPE_COLUMN);
  const text = column(f.text.replace(/\s+/g, ' '), TEXT_COLUMN);
  const value = column(valueLabel(f), VALUE_COLUMN);
  const links = room > 1 ? fitWidth(linkLabel(f), room) : '';
  return `  ${style.type(f.type, type)} ${text} ${value} ${style.dim(links)}`.trimEnd();
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A document's heading and its facts. */
export function documentSummary(d: DocumentResult, style: SummaryStyle): string {
  const counts = FACT_TYPES.map((t) => [t, d.facts.filter((f) => f.type === t).length] as const).filter(([, n]) => n > 0);
  const title = d.title === null ? '' : ` ${d.title}`;
  const head = fitWidth(`${d.path}${title}`, Math.max(20, style.width - 2));
  const tally = `${plural(d.facts.length, 'fact')}${counts.length ? `: ${counts.map(([t, n]) => `${n} ${t}`).join(', ')}` : ''}`;
  const lines = [style.bold(head), style.dim(`  ${d.date ?? 'no date'} · ${tally}`), ...d.facts.map((f) => factLine(f, style))];
  return lines.join('\n') + '\n\n';
}

/** The closing lines: totals, unreadable inputs, and how to get the data. */
export function summaryFooter(documents: number, facts: number, errors: readonly InputProblem[], style: SummaryStyle): string {
  const lines = [style.bold(`${plural(documents, 'document')}, ${plural(facts, 'fact')}${errors.length ? `, ${plural(errors.length, 'input')} not read` : ''}.`)];
  for (const e of errors) lines.push(`  ${e.path}: ${e.error}`);
  lines.push(
    style.dim('This is a summary for reading. For data: --format json | ndjson | csv (add -o FILE), or pipe the output;'),
    style.dim('to check every fact in its article: --format html -o review.html'),
  );
  return lines.join('\n') + '\n';
}

/** The summary as an output writer: documents as they come, totals at the end. */
export function summaryWriter(style: SummaryStyle): { begin(): string; document(d: DocumentResult): string; end(errors: readonly InputProblem[]): string } {
  let documents = 0;
  let facts = 0;
  return {
    begin: () => '',
    document(d) {
      documents++;
      facts += d.facts.length;
      return documentSummary(d, style);
    },
    end: (errors) => summaryFooter(documents, facts, errors, style),
  };
}
