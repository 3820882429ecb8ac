/** An input that cannot be read; `message` is a plain-words reason without the path. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Why an input could not be read (walked, opened, decoded), in plain words and without the path:
 * it is reported beside it. The one wording of read errors, for the walk, the drivers and the CLI.
 */
export function describeError(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symlink loop, not followed';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'not a folder';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
  }
  // a file-system error's own message repeats the path; anything else (a bug) keeps its message
  if (code) return `cannot read (${code})`;
  return error instanceof Error ? error.message : String(error);
}
