import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { it } from 'vitest';

// Tests that need a program of the machine (Debian's Chromium, GNU parallel) are skipped where it is
// missing — loudly: one line on the run's output names what was skipped and why. Where .ci/run
// installed the program (ZHFACTS_EXPECT_TOOLS lists it), a skip is a failure instead: CI must not
// pass with the browser tests quietly left out.

export type Tool = 'chromium' | 'parallel';

const FOUND: Record<Tool, () => boolean> = {
  chromium: () => existsSync('/usr/bin/chromium'),
  parallel: () => {
    try {
      execFileSync('parallel', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  },
};

const expected = (tool: Tool): boolean => (process.env.ZHFACTS_EXPECT_TOOLS ?? '').split(',').includes(tool);

/** True when `tool` is there; else prints the skip (and, where CI expected the tool, adds a failing test). */
export function haveTool(tool: Tool, what: string): boolean {
  if (FOUND[tool]()) return true;
  const reason = `${tool} is not installed`;
  console.warn(`skipped: ${what}: ${reason}`);
  if (expected(tool)) {
    it(`${what} ran (.ci/run installed ${tool})`, () => {
      throw new Error(`${what} was skipped (${reason}), but .ci/run installed ${tool} and expected it to run`);
    });
  }
  return false;
}
