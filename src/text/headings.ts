import type { Sentence } from './sentences.js';

// What a heading is, in the plain text: one definition for the stages that read a passage by its
// headings (the document's date pass carries a heading's year; the linker frames sections by them).

const ENDS_STATEMENT = /[。！？!?；;…]$/;
const LONGEST_HEADING = 40;
/** lines that carry the document's metadata, not a heading: 来源：, 记者, 发布时间： */
const METADATA_LINE = /(?:来源|作者|编辑|记者|责编|通讯员|摄影?|发布|时间|日期|说明|备注|链接|网址|条数)\s*[：:]|^\s*(?:记者|通讯员)\s/;

/** True when the sentence is a whole line of the plain text. */
function isWholeLine(plain: string, s: Sentence): boolean {
  const lineStart = plain.lastIndexOf('\n', s.start - 1) + 1;
  const lineEnd = plain.indexOf('\n', s.end);
  return plain.slice(lineStart, s.start).trim() === '' && plain.slice(s.end, lineEnd < 0 ? plain.length : lineEnd).trim() === '';
}

/** A heading: a short line of its own without a sentence end (2025年工作回顾, 一、外贸, （二）跨境电商). */
export function isHeading(plain: string | null, s: Sentence): boolean {
  if (plain === null || s.match.length > LONGEST_HEADING || ENDS_STATEMENT.test(s.match)) return false;
  if (s.match.includes('\t') || METADATA_LINE.test(s.match)) return false;
  return isWholeLine(plain, s);
}
