/** An input that cannot be read; `message` is a plain-words reason without the path. */
export class InputError extends Error {
  override name = 'InputError';
}
