import { describe, expect, it } from 'vitest';
import { normalizeLineEnds, tidyLines } from '../../src/plain/whitespace.js';

describe('tidyLines', () => {
  it('trims line ends, drops blank lines and keeps 　　 indentation', () => {
    expect(tidyLines('　　第一段。  \n\n \t\n　　\n　　第二段。\u3000\n')).toBe('　　第一段。\n　　第二段。');
  });

  it('turns CRLF, lone CR and form feeds into LF', () => {
    expect(tidyLines('甲\r\n乙\r丙\f丁')).toBe('甲\n乙\n丙\n丁');
    expect(normalizeLineEnds('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('keeps leading ASCII spaces in plain text, drops them for markup', () => {
    expect(tidyLines('  缩进')).toBe('  缩进');
    expect(tidyLines(' \t 　　缩进', { trimLeadingAscii: true })).toBe('　　缩进');
  });

  it('stays linear on a long run of spaces', () => {
    const text = `${' '.repeat(200_000)}x${' '.repeat(200_000)}`;
    expect(tidyLines(text)).toBe(`${' '.repeat(200_000)}x`);
  });
});
