import { writeSync } from 'node:fs';
import { Chalk } from 'chalk';
import cliProgress from 'cli-progress';
import type { FactType } from '../schema/fact.js';
import type { SummaryStyle } from '../output/summary.js';
import type { CliOutput } from './io.js';

// Colour, progress and the summary are for a person at a terminal: only when standard error is
// a terminal and NO_COLOR is not set (CONTRACT.md). Error lines are always written, plain.

export const interactive = (stderr: CliOutput): boolean => Boolean(stderr.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== undefined);

const paint = (stderr: CliOutput) => new Chalk({ level: interactive(stderr) ? 1 : 0 });

export function reportError(stderr: CliOutput, path: string, reason: string): void {
  stderr.write(paint(stderr).red(`${path}: ${reason}`) + '\n');
}

export function reportWarning(stderr: CliOutput, path: string, warning: string): void {
  stderr.write(paint(stderr).yellow(`${path}: warning: ${warning}`) + '\n');
}

let cursorHidden = false;

/** Shows the terminal cursor again if a progress bar hid it (synchronous: for signal handlers). */
export function restoreCursor(): void {
  if (!cursorHidden) return;
  cursorHidden = false;
  try {
    writeSync(2, '\x1b[?25h');
  } catch {
    // standard error is gone: there is no cursor to restore
  }
}

/** A progress bar on standard error for many files; silent when not interactive or for a few files. */
export function progress(enabled: boolean, stderr: CliOutput) {
  let bar: cliProgress.SingleBar | null = null;
  return {
    start(total: number) {
      if (!enabled || total < 20) return;
      cursorHidden = true;
      bar = new cliProgress.SingleBar(
        { format: '{bar} {value}/{total} documents | {eta_formatted} left', stream: stderr, clearOnComplete: true, hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
    },
    tick() {
      bar?.increment();
    },
    stop() {
      bar?.stop();
      bar = null;
      cursorHidden = false;
    },
  };
}

/** How the terminal summary is drawn on standard output: its width, colour per type unless NO_COLOR. */
export function terminalStyle(stdout: CliOutput): SummaryStyle {
  const colour = new Chalk({ level: stdout.isTTY && !('NO_COLOR' in process.env) ? 1 : 0 });
  const byType: Record<FactType, (s: string) => string> = {
    money: colour.yellow,
    percent: colour.cyan,
    growth: colour.green,
    count: colour.magenta,
    measure: colour.blue,
    date: colour.gray,
  };
  return { width: stdout.columns || 100, type: (t, s) => byType[t](s), dim: colour.dim, bold: colour.bold };
}
