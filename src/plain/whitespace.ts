// Line hygiene shared by every format: what `zhfacts text` prints has no blank lines,
// no trailing spaces and LF line ends, while indentation such as `　　` is kept.
// Written as plain loops: regexes anchored at line ends go quadratic on long space runs.

/** CRLF and lone CR (old Mac files) become LF; a form feed is a page break, so a line break. */
export function normalizeLineEnds(text: string): string {
  return /[\r\f]/.test(text) ? text.replace(/\r\n?|\f/g, '\n') : text;
}

/** JavaScript's `\s` without the line feed. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0x0d ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export interface TidyOptions {
  /** drop leading ASCII spaces and tabs (markup formats, where they are source indentation) */
  trimLeadingAscii?: boolean;
}

/** Trims each line's end, drops whitespace-only lines. U+3000 indentation is never removed. */
export function tidyLines(text: string, options: TidyOptions = {}): string {
  const source = normalizeLineEnds(text);
  const kept: string[] = [];
  // a text already tidy is returned as it is: joining its lines again would hold a second copy
  // of a large document while the first is still alive
  let tidy = true;
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    let start = lineStart;
    let end = lineEnd;
    while (end > start && isSpace(source.charCodeAt(end - 1))) end--;
    // not blank: the loop above stopped on a visible character
    if (end > start && options.trimLeadingAscii) while (source.charCodeAt(start) === 0x20 || source.charCodeAt(start) === 0x09) start++;
    // the empty line after a final line feed is dropped like any blank line: the text less its last unit
    const finalFeed = lineStart === source.length && lineStart > 0;
    if (tidy && ((end === start && !finalFeed) || start !== lineStart || end !== lineEnd)) {
      tidy = false;
      // the lines before this one were kept as they are: they are the text up to here
      if (lineStart > 0) kept.push(source.slice(0, lineStart - 1));
    }
    if (!tidy && end > start) kept.push(source.slice(start, end));
    lineStart = lineEnd + 1;
  }
  if (tidy) return source.endsWith('\n') ? source.slice(0, -1) : source;
  return kept.join('\n');
}
