import { readFileSync, statSync } from 'node:fs';
import { describeError } from './errors.js';
import { mainDictionaryPath, userDictLineProblem } from '../text/segment.js';

// jieba's dictionaries are inputs like the articles: read here, their read errors worded by
// input/errors.ts, their lines checked by the segmenter's own rule before jieba ever sees them.

/** A user dictionary read and checked, or why it cannot be used (`PATH: reason`). */
export function readUserDict(path: string): { text: string } | { problem: string } {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) return { problem: `${path}: ${describeError({ code: 'EISDIR' })}` };
    bytes = readFileSync(path);
  } catch (err) {
    return { problem: `${path}: ${describeError(err)}` };
  }
  let text: string;
  try {
    // jieba reads bytes as UTF-8 and logs errors (or worse) on anything else: refuse it here
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: `${path}: not valid UTF-8 (save the dictionary as UTF-8)` };
  }
  const line = userDictLineProblem(text);
  return line === null ? { text } : { problem: `${path}:${line}` };
}

/** What is wrong with the main dictionary ZHFACTS_JIEBA_DICT names, or null. */
export function mainDictionaryProblem(): string | null {
  const path = mainDictionaryPath();
  try {
    statSync(path);
    return null;
  } catch (err) {
    return `ZHFACTS_JIEBA_DICT: ${path}: ${describeError(err)}`;
  }
}
