import type { FactType } from '../schema/fact.js';
import type { InputError } from '../schema/document.js';
import { extractFiles, type FilesOptions } from '../files.js';
import { formatWriter, type OutputFormat } from '../output/writer.js';
import { fileSink, stdoutSink, type Sink } from '../output/sink.js';
import { interactive, progress, reportError, reportWarning } from './tty.js';

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
}

/** Runs `zhfacts extract`; resolves to the exit status (0 all read, 1 some input failed). */
export async function runExtract(cmd: ExtractCommand): Promise<number> {
  const started = Date.now();
  const sink: Sink = cmd.output ? fileSink(cmd.output) : stdoutSink();
  const writer = formatWriter(cmd.format, { bom: cmd.bom });
    const errors: InputError[] = [];
  const byType = new Map<string, number>();
  let documents = 0;
  const bar = progress(interactive() && !cmd.quiet);
  const options: FilesOptions = { refDate: cmd.refDate, types: cmd.types, jobs: cmd.jobs, userDicts: cmd.userDicts, onInputs: (n) => bar.start(n) };
  try {
    await sink.write(writer.begin());
    for await (const result of extractFiles(cmd.paths, options)) {
      bar.tick();
      if (!result.ok) {
        errors.push({ path: result.path, error: result.error });
        reportError(result.path, result.error);
        continue;
      }
      documents++;
      for (const w of result.warnings) reportWarning(result.path, w);
      for (const bad of result.invalid) {
        reportError(result.path, `internal error: a fact failed the schema and was not written (${bad.issues.join('; ')}): ${JSON.stringify(bad.fact)}`);
      }
      for (const f of result.document.facts) byType.set(f.type, (byType.get(f.type) ?? 0) + 1);
      await sink.write(writer.document(result.document));
    }
    await sink.write(writer.end(errors));
    await sink.commit();
  } catch (err) {
    bar.stop();
    sink.abort();
    throw err;
  }
  bar.stop();
  if (interactive() && !cmd.quiet) {
    const facts = [...byType.values()].reduce((a, b) => a + b, 0);
    const types = [...byType].map(([t, n]) => `${t} ${n}`).join(', ');
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stderr.write(`zhfacts: ${documents} documents, ${facts} facts${types ? ` (${types})` : ''}, ${errors.length} errors, ${seconds} s\n`);
  }
  return errors.length > 0 ? 1 : 0;
}
