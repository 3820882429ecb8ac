import { stringify } from 'csv-stringify/sync';
import type { InputProblem } from '../schema/document.js';
import type { Pivot } from '../table/pivot.js';
import type { Source, TableRow } from '../table/rows.js';
import { defuseCell } from './csv.js';
import { escapeHtml, pageOpen } from './html.js';
import { groupDigits } from './labels.js';

// `zhfacts table` output: rows of record in the same formats and conventions as `extract`
// (JSON object with errors, NDJSON one row a line, CSV RFC 4180 with optional BOM and defused
// cells), and a review page that lists the rows whose reports disagree first.

export type TableFormat = 'json' | 'ndjson' | 'csv' | 'html';
export const TABLE_FORMATS: readonly TableFormat[] = ['json', 'ndjson', 'csv', 'html'];

export const TABLE_COLUMNS = ['type', 'metric', 'region', 'partner', 'period', 'basis', 'unit', 'value', 'min', 'max', 'documents', 'facts', 'agree', 'wordings', 'sources', 'scope'] as const;

/** A row with its keys in column order; sources without sentences (those are for the review page). */
const orderedRow = (r: TableRow) => ({
  type: r.type,
  metric: r.metric,
  region: r.region,
  partner: r.partner,
  period: r.period,
  basis: r.basis,
  unit: r.unit,
  value: r.value,
  min: r.min,
  max: r.max,
  documents: r.documents,
  facts: r.facts,
  agree: r.agree,
  wordings: r.wordings,
  sources: r.sources.map((s) => ({ doc: s.doc, start: s.start, end: s.end, text: s.text, value: s.value })),
  scope: r.scope,
});

/** How many source paths a CSV cell names before it says how many more there are. */
const CSV_SOURCES = 3;
const sourcesCell = (sources: readonly Source[]): string => {
  const shown = sources.slice(0, CSV_SOURCES).map((s) => `${s.doc}:${s.start}-${s.end}`);
  return shown.join(' | ') + (sources.length > CSV_SOURCES ? ` (+${sources.length - CSV_SOURCES} more)` : '');
};

const CSV_OPTIONS = { record_delimiter: '\r\n', quoted_match: /[\r\n]/ };
const cell = (v: string | number | boolean | null | undefined): string => (v === null || v === undefined ? '' : defuseCell(String(v)));

/** The table in one of the data formats, row by row, so a large table is never one string. */
export function* tableChunks(rows: Iterable<TableRow>, format: Exclude<TableFormat, 'html'>, errors: readonly InputProblem[], bom = false): Generator<string> {
  switch (format) {
    case 'json': {
      yield '{"rows":[';
      let first = true;
      for (const r of rows) {
        yield (first ? '\n' : ',\n') + JSON.stringify(orderedRow(r));
        first = false;
      }
      yield `${first ? '' : '\n'}],"errors":${JSON.stringify(errors)}}\n`;
      return;
    }
    case 'ndjson':
      for (const r of rows) yield JSON.stringify(orderedRow(r)) + '\n';
      return;
    case 'csv':
      yield (bom ? '\uFEFF' : '') + stringify([[...TABLE_COLUMNS]], CSV_OPTIONS);
      for (const r of rows) {
        const cells = TABLE_COLUMNS.map((k) => (k === 'sources' ? cell(sourcesCell(r.sources)) : k === 'wordings' ? cell(r.wordings.join(' | ')) : cell(r[k])));
        yield stringify([cells], CSV_OPTIONS);
      }
  }
}

export const renderTable = (rows: Iterable<TableRow>, format: Exclude<TableFormat, 'html'>, errors: readonly InputProblem[], bom = false): string =>
  [...tableChunks(rows, format, errors, bom)].join('');

const PIVOT_KEYS = ['type', 'metric', 'region', 'partner', 'basis', 'unit', 'scope'] as const;
/** The header of a period column: its label, or `(no period)`. */
const periodColumn = (p: string): string => (p === '' ? '(no period)' : p);

export function renderPivot(pivot: Pivot, format: Exclude<TableFormat, 'html'>, errors: readonly InputProblem[], bom = false): string {
  const record = (r: Pivot['rows'][number]) => ({
    ...Object.fromEntries(PIVOT_KEYS.map((k) => [k, r[k]])),
    ...Object.fromEntries(pivot.periods.filter((p) => p in r.values).map((p) => [periodColumn(p), r.values[p]])),
  });
  switch (format) {
    case 'json':
      return `{"periods":${JSON.stringify(pivot.periods.map(periodColumn))},"rows":[${pivot.rows.map((r) => '\n' + JSON.stringify(record(r))).join(',')}${pivot.rows.length ? '\n' : ''}],"errors":${JSON.stringify(errors)}}\n`;
    case 'ndjson':
      return pivot.rows.map((r) => JSON.stringify(record(r)) + '\n').join('');
    case 'csv': {
      const header = [...PIVOT_KEYS, ...pivot.periods.map(periodColumn)];
      const body = pivot.rows.map((r) => [...PIVOT_KEYS.map((k) => cell(r[k])), ...pivot.periods.map((p) => cell(r.values[p]))]);
      return (bom ? '\uFEFF' : '') + stringify([header, ...body], CSV_OPTIONS);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The table's review page

const TABLE_CSS = `
:root{color-scheme:light;font-family:system-ui,"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;color:#1b1f24}
body{margin:0 auto;max-width:72rem;padding:1rem 1.25rem 3rem;line-height:1.5}
h1{font-size:1.3rem;margin:.2rem 0 .6rem}
h2{font-size:1.1rem;margin:1.6rem 0 .5rem}
.summary{color:#57606a}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #d0d7de;overflow-wrap:anywhere}
th{background:#f6f8fa;position:sticky;top:0}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.conflict>td:first-child{border-left:4px solid #cf222e}
.agree{color:#1a7f37}.disagree{color:#cf222e;font-weight:600}
details{margin:.15rem 0}
summary{cursor:pointer}
ul.src{margin:.25rem 0 .25rem 1rem;padding:0}
ul.src li{margin:.2rem 0}
.v{font-weight:600;font-variant-numeric:tabular-nums}
.s{color:#57606a}
mark{background:#fde8bf}
.errors{border-left:4px solid #cf222e;background:#fff1f0;padding:.4rem .7rem}
@media (max-width:40rem){th:nth-child(n+6),td:nth-child(n+6){display:none}}
`;

const show = (v: string | null): string => (v === null ? '—' : escapeHtml(v));
const num = (n: number): string => escapeHtml(groupDigits(n));

/** The sentence with the reported text marked, when the sentence was kept. */
function sourceItem(s: Source, link: ((s: Source) => string | null) | undefined): string {
  const where = `${escapeHtml(s.doc)}:${s.start}–${s.end}`;
  const href = link?.(s) ?? null;
  const place = href === null ? `<code>${where}</code>` : `<a href="${escapeHtml(href)}"><code>${where}</code></a>`;
  const at = s.sentence === undefined ? -1 : s.sentence.indexOf(s.text);
  const sentence =
    s.sentence === undefined
      ? ''
      : at < 0
        ? ` <span class="s">${escapeHtml(s.sentence)}</span>`
        : ` <span class="s">${escapeHtml(s.sentence.slice(0, at))}<mark>${escapeHtml(s.text)}</mark>${escapeHtml(s.sentence.slice(at + s.text.length))}</span>`;
  return `<li><span class="v">${num(s.value)}</span> ${place}${sentence}</li>`;
}

function rowHtml(r: TableRow, link: ((s: Source) => string | null) | undefined): string {
  const agree = r.agree ? '<span class="agree">agree</span>' : '<span class="disagree">disagree</span>';
  const range = r.min === r.max ? '' : ` <span class="s">(${num(r.min)} – ${num(r.max)})</span>`;
  const sources = `<details${r.agree ? '' : ' open'}><summary>${r.facts} ${r.facts === 1 ? 'report' : 'reports'} in ${r.documents} ${r.documents === 1 ? 'document' : 'documents'}</summary><ul class="src">${r.sources.map((s) => sourceItem(s, link)).join('')}</ul></details>`;
  return (
    `<tr${r.agree ? '' : ' class="conflict"'}><td>${escapeHtml(r.metric)}${r.wordings.length > 1 || r.wordings[0] !== r.metric ? `<br><span class="s">${r.wordings.map(escapeHtml).join(' · ')}</span>` : ''}</td>` +
    `<td>${show(r.region)}</td><td>${show(r.partner)}</td><td>${show(r.period)}</td><td>${escapeHtml(r.type)}${r.basis ? ` · ${r.basis}` : ''}</td>` +
    `<td class="num">${num(r.value)} ${show(r.unit)}${range}</td><td>${agree}</td><td>${sources}</td></tr>\n`
  );
}

/**
 * The review page of a table: rows whose reports disagree first, each report with the sentence it
 * came from; `link` gives a source's place in the extract review page when both are written.
 */
export function renderTableHtml(rows: readonly TableRow[], errors: readonly InputProblem[], link?: (s: Source) => string | null): string {
  const conflicts = rows.filter((r) => !r.agree);
  const agreeing = rows.filter((r) => r.agree);
  const head =
    '<thead><tr><th scope="col">metric</th><th scope="col">region</th><th scope="col">partner</th><th scope="col">period</th><th scope="col">type</th><th scope="col">value</th><th scope="col">reports</th><th scope="col">sources</th></tr></thead>';
  const section = (title: string, list: readonly TableRow[]) =>
    list.length === 0 ? '' : `<h2>${title} (${list.length})</h2>\n<table>${head}<tbody>\n${list.map((r) => rowHtml(r, link)).join('')}</tbody></table>\n`;
  const errorList =
    errors.length === 0
      ? ''
      : `<div class="errors" role="alert"><strong>${errors.length} ${errors.length === 1 ? 'input' : 'inputs'} could not be read</strong><ul>${errors.map((e) => `<li><code>${escapeHtml(e.path)}</code>: ${escapeHtml(e.error)}</li>`).join('')}</ul></div>`;
  return `${pageOpen('zhfacts table', TABLE_CSS)}<h1>zhfacts table</h1>
<p class="summary">${rows.length} ${rows.length === 1 ? 'row' : 'rows'}, ${conflicts.length} with reports that disagree.</p>
${errorList}
<main lang="zh">
${section('Reports that disagree', conflicts)}${section('Rows', agreeing)}</main>
</body>
</html>
`;
}
