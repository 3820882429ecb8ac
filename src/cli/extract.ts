import { FACT_TYPES, type FactType } from '../schema/fact.js';
import type { InputProblem } from '../schema/document.js';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { runFiles } from '../drivers/extract-files.js';
import { countFacts, type FilesOptions } from '../drivers/extract-input.js';
import { useUserDicts } from '../drivers/user-dicts.js';
import { extractLines } from '../drivers/ndjson.js';
import { describeError } from '../input/errors.js';
import type { InvalidFact } from '../pipeline.js';
import { ndjsonLines } from '../output/json.js';
import { formatWriter, isChunkFormat, needsPlain, type OutputFormat } from '../output/writer.js';
import { summaryWriter } from '../output/summary.js';
import { fileSink, ReaderGone, stdoutSink, type Sink } from '../output/sink.js';
import { cleanUpOnInterrupt } from './signals.js';
import { readAll, type CliIo } from './io.js';
import { terminalStyle, interactive, progress, reportError, reportWarning } from './tty.js';

export interface ExtractCommand {
  paths: string[];
  format: OutputFormat;
  output: string | null;
  types: FactType[] | undefined;
  refDate: string | null;
  jobs: number | undefined;
  bom: boolean;
  quiet: boolean;
  userDicts: string[];
  /** a readable summary for a person at a terminal instead of data (contract: no --format, no -o, a terminal) */
  summary?: boolean;
}

/** Runs `zhfacts extract`; resolves to the exit status (0 all read, 1 some input failed). */
export async function runExtract(cmd: ExtractCommand, io: CliIo): Promise<number> {
  const started = Date.now();
  cleanUpOnInterrupt();
  const sink: Sink = cmd.output ? fileSink(cmd.output) : stdoutSink(io.stdout);
  const writer = cmd.summary ? { ...summaryWriter(terminalStyle(io.stdout)), chunk: (rendered: string) => rendered } : formatWriter(cmd.format, { bom: cmd.bom });
  const errors: InputProblem[] = [];
  const byType = new Map<string, number>();
  let documents = 0;
  const bar = progress(interactive(io.stderr) && !cmd.quiet, io.stderr);
  // standard input as one document, read before the walk like any file
  const stdin = cmd.paths.includes('-') ? await readAll(io.stdin) : null;
  const options: FilesOptions = {
    refDate: cmd.refDate,
    types: cmd.types,
    jobs: cmd.jobs,
    userDicts: cmd.userDicts,
    onInputs: (n) => bar.start(n),
    keepPlain: !cmd.summary && needsPlain(cmd.format),
    renderAs: !cmd.summary && isChunkFormat(cmd.format) ? cmd.format : undefined,
    readStdin: () => stdin ?? new Uint8Array(),
  };
  try {
    await sink.write(writer.begin());
    for await (const result of runFiles(cmd.paths, options)) {
      bar.tick();
      if (!result.ok) {
        errors.push({ path: result.path, error: result.error });
        reportError(io.stderr, result.path, result.error);
        continue;
      }
      documents++;
      for (const w of result.warnings) reportWarning(io.stderr, result.path, w);
      for (const bad of result.invalid) reportInvalid(io, result.path, bad);
      const count = (counts: Partial<Record<FactType, number>>) => {
        for (const [type, n] of Object.entries(counts)) byType.set(type, (byType.get(type) ?? 0) + n);
      };
      count(result.factCounts ?? countFacts(result.document));
      await sink.write(result.rendered !== undefined ? writer.chunk(result.rendered) : writer.document(result.document, result.plain, result.cells));
      // a document read in pieces: each piece is written before the next is read
      for (const piece of result.more ?? []) {
        for (const bad of piece.invalid) reportInvalid(io, result.path, bad);
        count(piece.factCounts);
        await sink.write(piece.rendered);
        if (piece.error !== undefined) {
          errors.push({ path: result.path, error: piece.error });
          reportError(io.stderr, result.path, piece.error);
        }
      }
    }
    await sink.write(writer.end(errors));
    await sink.commit();
  } catch (err) {
    // runFiles has shut its worker pool down by now (its finally ran when the loop left it)
    bar.stop();
    sink.abort();
    if (err instanceof ReaderGone) return 0;
    throw err;
  }
  bar.stop();
  if (interactive(io.stderr) && !cmd.quiet) {
    const facts = [...byType.values()].reduce((a, b) => a + b, 0);
    const types = FACT_TYPES.filter((t) => byType.has(t))
      .map((t) => `${t} ${byType.get(t)}`)
      .join(', ');
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.stderr.write(`zhfacts: ${documents} documents, ${facts} facts${types ? ` (${types})` : ''}, ${errors.length} errors, ${seconds} s\n`);
  }
  return errors.length > 0 ? 1 : 0;
}

function reportInvalid(io: CliIo, path: string, bad: InvalidFact): void {
  reportError(io.stderr, path, `internal error: a fact failed the schema and was not written (${bad.issues.join('; ')}): ${JSON.stringify(bad.fact)}`);
}

export interface ExtractNdjsonCommand {
  /** files of JSON lines; none or '-' reads standard input */
  paths: string[];
  output: string | null;
  types: FactType[] | undefined;
  refDate: string | null;
  userDicts: string[];
}

/**
 * Runs `zhfacts extract --input ndjson`: documents as JSON lines in, NDJSON facts out, each line
 * on its own and written as soon as it is done. A bad line is reported on standard error with its
 * line number (and path when known); the other lines are still processed; the exit status is then 1.
 */
export async function runExtractNdjson(cmd: ExtractNdjsonCommand, io: CliIo): Promise<number> {
  cleanUpOnInterrupt();
  const sink: Sink = cmd.output ? fileSink(cmd.output) : stdoutSink(io.stdout);
  const sources = cmd.paths.length === 0 ? ['-'] : cmd.paths;
  let failed = 0;
  useUserDicts(cmd.userDicts);
  try {
    for (const source of sources) {
      let input: Readable;
      if (source === '-') input = io.stdin;
      else {
        try {
          input = await openReadable(source);
        } catch (err) {
          failed++;
          reportError(io.stderr, source, describeError(err));
          continue;
        }
      }
      const where = source === '-' ? 'stdin' : source;
      for await (const r of extractLines(input, { refDate: cmd.refDate, types: cmd.types })) {
        if (!r.ok) {
          failed++;
          reportError(io.stderr, `${where}:${r.line}`, r.path ? `${r.path}: ${r.error}` : r.error);
          continue;
        }
        for (const w of r.warnings) reportWarning(io.stderr, `${where}:${r.line}`, `${r.path}: ${w}`);
        for (const bad of r.invalid) {
          reportError(io.stderr, `${where}:${r.line}`, `${r.path}: internal error: a fact failed the schema and was not written (${bad.issues.join('; ')}): ${JSON.stringify(bad.fact)}`);
        }
        await sink.write(ndjsonLines(r.facts));
      }
    }
    await sink.commit();
  } catch (err) {
    sink.abort();
    if (err instanceof ReaderGone) return 0;
    throw err;
  }
  return failed > 0 ? 1 : 0;
}

/** Opens a file of JSON lines, failing (ENOENT, EISDIR, EACCES …) before any line is read. */
async function openReadable(file: string): Promise<Readable> {
  const handle = await open(file, 'r');
  if ((await handle.stat()).isDirectory()) {
    await handle.close();
    throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  }
  return handle.createReadStream();
}
