import { readFileSync } from 'node:fs';
import { loadDocument } from '../input/load.js';
import { describeError } from '../files.js';
import { reportError, reportWarning } from './tty.js';

/** `zhfacts text FILE`: the plain text exactly as fact offsets see it. */
export async function runText(file: string): Promise<number> {
  try {
    const bytes = file === '-' ? readFileSync(0) : readFileSync(file);
    const doc = loadDocument(bytes, file);
    for (const w of doc.warnings) reportWarning(file, w);
    process.stdout.write(doc.plain);
    return 0;
  } catch (err) {
    reportError(file, describeError(err));
    return 1;
  }
}
