import { extractInput, type DriverResult } from './extract-input.js';
import type { WorkerTask } from './pool.js';
import { useUserDicts } from './user-dicts.js';

/** A pool worker: extracts one input; the pool keeps jieba loaded between tasks. */
export default function run({ input, options }: WorkerTask): DriverResult {
  useUserDicts(options.userDicts);
  const result = extractInput(input, options);
  // the rendered chunk stands for the facts: do not copy them back to the main thread too
  if (result.ok && result.rendered !== undefined) return { ...result, document: { ...result.document, facts: [] } };
  return result;
}
