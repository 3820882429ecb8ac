import { addUserDict } from '../text/segment.js';
import { readUserDict } from '../input/user-dict.js';

// jieba holds one dictionary per thread for the life of the process: a thread's user
// dictionaries are added once, before its first document, and never again.

let dictsAdded = false;

/** Adds the user dictionaries to this thread's jieba, the first time only. */
export function useUserDicts(paths: readonly string[] | undefined): void {
  if (dictsAdded || !paths?.length) return;
  for (const p of paths) {
    const read = readUserDict(p);
    if ('problem' in read) throw new Error(read.problem);
    addUserDict(p, read.text);
  }
  dictsAdded = true;
}
