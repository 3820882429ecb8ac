import { extractInput, useUserDicts, type FileResult, type WorkerTask } from './files.js';

/** A pool worker: extracts one input; the pool keeps jieba loaded between tasks. */
export default function run({ input, options }: WorkerTask): FileResult {
  useUserDicts(options.userDicts);
  return extractInput(input, options);
}
