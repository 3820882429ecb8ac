import { readFileSync } from 'node:fs';
import { extractFiles } from '../drivers/extract-files.js';
import { formatScore, score, type ScoredFact } from '../eval/score.js';
import { reportError } from './tty.js';
import type { CliIo } from './io.js';

export interface EvalCommand {
  /** the gold facts, read (readGold) before extraction starts */
  gold: ScoredFact[];
  paths: string[];
  refDate: string | null;
  json: boolean;
}

/** A gold file that is not JSON lines: the message names the file and line. */
export class GoldError extends Error {}

export function readGold(file: string): ScoredFact[] {
  return readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as ScoredFact;
      } catch {
        throw new GoldError(`${file}:${i + 1}: not a JSON object`);
      }
    });
}

/** `zhfacts eval`: extract, then score against gold with the contract's matching rules. */
export async function runEval(cmd: EvalCommand, io: CliIo): Promise<number> {
  const gold = cmd.gold;
  const pred: ScoredFact[] = [];
  const chars = new Map<string, number>();
  let failed = false;
  for await (const r of extractFiles(cmd.paths, { refDate: cmd.refDate })) {
    if (!r.ok) {
      reportError(io.stderr, r.path, r.error);
      failed = true;
      continue;
    }
    chars.set(r.path.split(/[\\/]/).pop() ?? r.path, r.document.chars);
    pred.push(...r.document.facts);
  }
  const report = score(gold, pred, chars);
  io.stdout.write(cmd.json ? JSON.stringify(report) + '\n' : formatScore(report));
  return failed ? 1 : 0;
}
