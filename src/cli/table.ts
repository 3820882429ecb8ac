import { createReadStream, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { Fact, FactType } from '../schema/fact.js';
import type { InputProblem } from '../schema/document.js';
import { runFiles } from '../drivers/extract-files.js';
import { describeError } from '../input/errors.js';
import { fileSink, ReaderGone, stdoutSink, type Sink } from '../output/sink.js';
import { renderPivot, renderTableHtml, tableChunks, type TableFormat } from '../output/table.js';
import { formatWriter } from '../output/writer.js';
import { parseTableLine, partialLine } from '../table/partial.js';
import { pivotByPeriod } from '../table/pivot.js';
import { TableAccumulator, type Source, type TableRow } from '../table/rows.js';
import type { Aliases } from '../table/metric-key.js';
import { interactive, reportError, terminalStyle } from './tty.js';
import { cleanUpOnInterrupt } from './signals.js';
import { readAll, type CliIo } from './io.js';
import { tableSummary } from '../output/table-summary.js';
import type { ExtractCommand } from './extract.js';

// `zhfacts table`: facts (NDJSON or JSON from extract, files or standard input), partial rows
// (from `table --partial`) or article paths (extracted first) → one row per thing measured.

export interface TableCommand extends Omit<ExtractCommand, 'format'> {
  format: TableFormat;
  aliases: Aliases;
  pivot: boolean;
  conflicts: boolean;
  partial: boolean;
  /** every input is partial rows (from --partial): nothing is extracted */
  merge: boolean;
  /** with html: also write the extract review page here, and link each source to it */
  review: string | null;
}

/** Files `extract` writes; anything else named is an article or a folder of articles. */
const FACTS_FILE = /\.(?:ndjson|jsonl|json)$/i;
const JSON_OUTPUT = /^\s*\{\s*"documents"\s*:/;

/** Groups consecutive facts of one document (extract writes a document's facts together). */
class DocumentGrouper {
  private doc: string | null = null;
  private facts: Fact[] = [];
  constructor(private readonly table: TableAccumulator) {}
  add(fact: Fact): void {
    if (fact.doc !== this.doc) this.flush();
    this.doc = fact.doc;
    this.facts.push(fact);
  }
  flush(): void {
    if (this.facts.length > 0) this.table.addDocument(this.facts);
    this.facts = [];
    this.doc = null;
  }
}

/** Reads lines of facts or partial rows; a bad line is reported with its number and skipped. */
async function readLines(lines: AsyncIterable<string>, where: string, table: TableAccumulator, types: FactType[] | undefined, errors: InputProblem[], partialsOnly = false): Promise<void> {
  const grouper = new DocumentGrouper(table);
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const parsed = parseTableLine(line);
    if (parsed.kind === 'partial') table.merge(parsed.row);
    else if (partialsOnly)
      errors.push({
        path: `${where}:${n}`,
        error: `not a partial row (--merge reads the output of table --partial)${parsed.kind === 'error' && parsed.reason.startsWith('not a partial') ? `: ${parsed.reason}` : ''}`,
      });
    else if (parsed.kind === 'error') errors.push({ path: `${where}:${n}`, error: parsed.reason });
    else if (!types || types.includes(parsed.fact.type)) grouper.add(parsed.fact);
  }
  grouper.flush();
}

/** The JSON object `extract` writes: each document with its own date. */
function readJsonOutput(text: string, where: string, table: TableAccumulator, types: FactType[] | undefined, errors: InputProblem[]): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    errors.push({ path: where, error: `not valid JSON (${(err as Error).message})` });
    return;
  }
  const documents = (parsed as { documents?: unknown }).documents;
  if (!Array.isArray(documents)) {
    errors.push({ path: where, error: 'not the JSON output of zhfacts extract (no "documents" list)' });
    return;
  }
  documents.forEach((d: { path?: unknown; date?: unknown; facts?: unknown }, i) => {
    const facts: Fact[] = [];
    for (const [j, f] of (Array.isArray(d?.facts) ? d.facts : []).entries()) {
      const line = parseTableLine(JSON.stringify(f));
      if (line.kind === 'fact') {
        if (!types || types.includes(line.fact.type)) facts.push(line.fact);
      } else errors.push({ path: `${where}: documents[${i}].facts[${j}]`, error: line.kind === 'error' ? line.reason : 'not a fact' });
    }
    table.addDocument(facts, typeof d?.date === 'string' ? d.date : null);
  });
}

async function readFactsFile(file: string, table: TableAccumulator, types: FactType[] | undefined, errors: InputProblem[]): Promise<void> {
  let head: string;
  try {
    const handle = await open(file, 'r');
    try {
      if ((await handle.stat()).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      const buffer = Buffer.alloc(256);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = buffer
        .subarray(0, bytesRead)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
    } finally {
      await handle.close();
    }
  } catch (err) {
    errors.push({ path: file, error: describeError(err) });
    return;
  }
  if (JSON_OUTPUT.test(head)) readJsonOutput(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), file, table, types, errors);
  else await readLines(createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity }), file, table, types, errors);
}

/** The rows as they are written, or only those whose reports disagree. */
function* onlyConflicts(rows: Iterable<TableRow>, conflicts: boolean): Generator<TableRow> {
  for (const r of rows) if (!conflicts || !r.agree) yield r;
}

/** Runs `zhfacts table`; resolves to the exit status (0 all read, 1 some input failed). */
export async function runTable(cmd: TableCommand, io: CliIo): Promise<number> {
  cleanUpOnInterrupt(); // an interrupted run leaves neither a temporary output nor a spill behind
  const table = new TableAccumulator({ aliases: cmd.aliases, sentences: cmd.format === 'html' });
  try {
    return await tableRun(cmd, table, io);
  } finally {
    table.dispose(); // the temporary file of per-fact state, on every way out
  }
}

async function tableRun(cmd: TableCommand, table: TableAccumulator, io: CliIo): Promise<number> {
  const errors: InputProblem[] = [];
  const paths = cmd.paths.length === 0 ? ['-'] : cmd.paths;
  const articles: string[] = [];
  let stdinBytes: Buffer | null = null;
  for (const p of paths) {
    if (cmd.merge) {
      const input = p === '-' ? io.stdin : createReadStream(p, 'utf8');
      try {
        await readLines(createInterface({ input, crlfDelay: Infinity }), p === '-' ? 'stdin' : p, table, cmd.types, errors, true);
      } catch (err) {
        errors.push({ path: p, error: describeError(err) });
      }
    } else if (p === '-') {
      stdinBytes = await readAll(io.stdin);
      const text = stdinBytes.toString('utf8').replace(/^\uFEFF/, '');
      if (/^\s*\{/.test(text)) {
        if (JSON_OUTPUT.test(text)) readJsonOutput(text, 'stdin', table, cmd.types, errors);
        else await readLines(Readable.from(text.split(/\r?\n/)), 'stdin', table, cmd.types, errors);
      } else articles.push('-');
    } else if (FACTS_FILE.test(p)) await readFactsFile(p, table, cmd.types, errors);
    else articles.push(p);
  }

  // articles are extracted here, with extract's options; their review page is written alongside if asked
  const anchors = new Map<string, string>();
  const anchorOf = (doc: string, start: number, end: number) => `${doc}\u0000${start}\u0000${end}`;
  let review: { sink: Sink; writer: ReturnType<typeof formatWriter> } | null = null;
  if (articles.length > 0) {
    if (cmd.review !== null) {
      review = { sink: fileSink(cmd.review), writer: formatWriter('html') };
      await review.sink.write(review.writer.begin());
    }
    let factNo = 0;
    try {
      for await (const r of runFiles(articles, {
        refDate: cmd.refDate,
        types: cmd.types,
        jobs: cmd.jobs,
        userDicts: cmd.userDicts,
        keepPlain: review !== null,
        readStdin: () => stdinBytes ?? new Uint8Array(),
      })) {
        if (!r.ok) {
          errors.push({ path: r.path, error: r.error });
          continue;
        }
        table.addDocument(r.document.facts, r.document.date);
        if (review) {
          for (const f of r.document.facts) anchors.set(anchorOf(f.doc, f.start, f.end), `f${++factNo}`);
          await review.sink.write(review.writer.document(r.document, r.plain, r.cells));
        }
      }
      if (review) {
        await review.sink.write(review.writer.end(errors));
        await review.sink.commit();
      }
    } catch (err) {
      review?.sink.abort();
      throw err;
    }
  }
  for (const e of errors) reportError(io.stderr, e.path, e.error);

  const out: Sink = cmd.output ? fileSink(cmd.output) : stdoutSink(io.stdout);
  try {
    if (cmd.partial) {
      for (const row of table.partialRows()) await out.write(partialLine(row));
    } else {
      const rows = onlyConflicts(table.finishedRows(), cmd.conflicts);
      if (cmd.format === 'html') {
        // the review page is linked from where the table page is written
        const href =
          cmd.review === null
            ? null
            : encodeURI(
                relative(cmd.output ? dirname(resolve(cmd.output)) : process.cwd(), resolve(cmd.review))
                  .split('\\')
                  .join('/'),
              );
        const link =
          href === null
            ? undefined
            : (s: Source) => {
                const id = anchors.get(anchorOf(s.doc, s.start, s.end));
                return id === undefined ? null : `${href}#${id}`;
              };
        await out.write(renderTableHtml([...rows], errors, link));
      } else if (cmd.pivot) await out.write(renderPivot(pivotByPeriod(rows), cmd.format, errors, cmd.bom));
      else if (cmd.summary) await out.write(tableSummary([...rows], errors, table.withoutMetric, terminalStyle(io.stdout)));
      else for (const chunk of tableChunks(rows, cmd.format, errors, cmd.bom)) await out.write(chunk);
    }
    await out.commit();
  } catch (err) {
    out.abort();
    if (err instanceof ReaderGone) return 0; // `| head`: the reader has what it wanted
    throw err;
  }
  if (interactive(io.stderr) && !cmd.quiet && !cmd.summary) {
    const rows = table.size;
    const skipped = table.withoutMetric > 0 ? `, ${table.withoutMetric} figures without a metric left out` : '';
    io.stderr.write(`zhfacts table: ${rows} rows${skipped}, ${errors.length} errors\n`);
  }
  return errors.length > 0 ? 1 : 0;
}
