import { readFileSync } from 'node:fs';
import { loadDocument, type LoadedDocument } from '../input/load.js';
import { describeError } from '../input/errors.js';
import { ReaderGone, stdoutSink } from '../output/sink.js';
import { reportError, reportWarning } from './tty.js';

/** `zhfacts text FILE`: the plain text exactly as fact offsets see it. */
export async function runText(file: string): Promise<number> {
  let doc: LoadedDocument;
  try {
    doc = loadDocument(file === '-' ? readFileSync(0) : readFileSync(file), file);
  } catch (err) {
    reportError(file, describeError(err));
    return 1;
  }
  for (const w of doc.warnings) reportWarning(file, w);
  // a write error (OutputError) goes up to main as one line; a reader gone early ends quietly
  const out = stdoutSink();
  try {
    await out.write(doc.plain);
    await out.commit();
  } catch (err) {
    if (err instanceof ReaderGone) return 0;
    throw err;
  }
  return 0;
}
