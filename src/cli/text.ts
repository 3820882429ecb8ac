import { readFileSync } from 'node:fs';
import { loadDocument, type LoadedDocument } from '../input/load.js';
import { describeError } from '../input/errors.js';
import { ReaderGone, stdoutSink } from '../output/sink.js';
import { reportError, reportWarning } from './tty.js';
import { readAll, type CliIo } from './io.js';

/** `zhfacts text FILE`: the plain text exactly as fact offsets see it. */
export async function runText(file: string, io: CliIo): Promise<number> {
  let doc: LoadedDocument;
  try {
    doc = loadDocument(file === '-' ? await readAll(io.stdin) : readFileSync(file), file);
  } catch (err) {
    reportError(io.stderr, file, describeError(err));
    return 1;
  }
  for (const w of doc.warnings) reportWarning(io.stderr, file, w);
  // a write error (OutputError) goes up to main as one line; a reader gone early ends quietly
  const out = stdoutSink(io.stdout);
  try {
    await out.write(doc.plain);
    await out.commit();
  } catch (err) {
    if (err instanceof ReaderGone) return 0;
    throw err;
  }
  return 0;
}
