import { tidyLines } from './whitespace.js';
import { CELL_SEPARATOR } from './cells.js';

// Plain text → plain lines. Tables written in text — rows of tab-separated cells, or columns
// aligned with runs of spaces — become rows of cells like every other table: one line per row,
// cells separated by a tab, empty cells kept.

/** Two or more spaces (ASCII or ideographic) or a tab: where an aligned column ends. */
const ALIGNED_GAP = /[ \u3000]{2,}|\t+/g;
const HAS_INNER_TAB = /\S[ \u3000]*\t/;
const NUMBER_FIELD = /^[-+−]?[约>＜<≥≤]?\d[\d,.]*%?$/;
const MIN_ROWS = 2;

interface Row {
  line: number;
  fields: string[];
}

function fieldsOf(line: string, gap: RegExp): string[] {
  return line
    .trim()
    .split(gap)
    .map((f) => f.trim());
}

/**
 * The lines of a run that form a table, with their fields: tab rows (single tabs are separators,
 * empty cells kept; runs of tabs collapse when that is what makes the columns agree), or lines
 * of space-aligned columns with the same number of fields, one of them a number.
 */
function tableRows(lines: string[], from: number, to: number): Row[] | null {
  const run = lines.slice(from, to);
  if (run.length < MIN_ROWS) return null;
  const tabbed = run.every((l) => l.includes('\t'));
  if (tabbed) {
    const single = run.map((l) =>
      l
        .replace(/^[ \u3000]+|[ \u3000]+$/g, '')
        .split('\t')
        .map((f) => f.trim()),
    );
    const widths = new Set(single.map((f) => f.length));
    const fields = widths.size === 1 ? single : run.map((l) => fieldsOf(l, /\t+/));
    return fields.map((f, i) => ({ line: from + i, fields: f }));
  }
  const fields = run.map((l) => fieldsOf(l, ALIGNED_GAP));
  const width = fields[0]?.length ?? 0;
  if (width < 2 || fields.some((f) => f.length !== width)) return null;
  if (!fields.some((f) => f.some((x) => NUMBER_FIELD.test(x)))) return null;
  return fields.map((f, i) => ({ line: from + i, fields: f }));
}

/** Whether a line can be a row: a tab after some text, or two aligned gaps between fields (a line past the end is none). */
function looksLikeRow(line: string | undefined): boolean {
  if (line === undefined) return false;
  if (HAS_INNER_TAB.test(line)) return true;
  return fieldsOf(line, ALIGNED_GAP).length >= 2 && !/[。；！？]$/.test(line.trim());
}

/** The plain text of a text document. */
export function textToPlain(body: string): string {
  const lines = body.split('\n');
  // without a table the lines are the body's: it is tidied as it is, not joined again (a copy)
  let rowsMade = false;
  let i = 0;
  while (i < lines.length) {
    if (!looksLikeRow(lines[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (looksLikeRow(lines[j])) j++;
    // aligned columns: each stretch of lines with the same number of fields is a table of its own
    const tabbed = lines.slice(i, j).every((l) => l.includes('\t'));
    // lines[i..j) are rows, so every index from a up to j is in range
    for (let a = i; a < j;) {
      let b = a + 1;
      const width = fieldsOf(lines[a]!, ALIGNED_GAP).length;
      while (!tabbed && b < j && fieldsOf(lines[b]!, ALIGNED_GAP).length === width) b++;
      if (tabbed) b = j;
      const rows = tableRows(lines, a, b);
      if (rows) for (const r of rows) lines[r.line] = r.fields.join(CELL_SEPARATOR);
      if (rows) rowsMade = true;
      a = b;
    }
    i = j;
  }
  const joined = rowsMade ? lines.join('\n') : body;
  lines.length = 0;
  const tidy = tidyLines(joined);
  return tidy.includes(CELL_SEPARATOR) ? tidy.replaceAll(CELL_SEPARATOR, '\t') : tidy;
}
