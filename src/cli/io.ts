import type { Readable, Writable } from 'node:stream';

/** An output stream of the CLI: a terminal tells it apart from a pipe or a file (colour, summary, width). */
export type CliOutput = Writable & { isTTY?: boolean; columns?: number };

/**
 * The standard streams one run of the CLI reads and writes. The process's own for `zhfacts`;
 * in-memory streams when the CLI runs inside another program (the tests), so that a run needs
 * no new process, and no new jieba.
 */
export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  stdin: Readable;
}

export const processIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });

/** All of a stream's bytes (standard input read as one document). */
export async function readAll(input: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of input) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}
