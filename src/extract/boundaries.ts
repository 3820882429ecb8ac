import type { SentenceTokens } from '../text/sentence-tokens.js';
import type { Candidate } from './types.js';
import { isHanCode } from '../chars/han.js';

// A figure must not start inside a word: 长三角 holds 三角 (three jiao), 第五届 holds 五届,
// 一体化 holds 一. jieba knows these words; a candidate whose start falls strictly inside a
// Han-only token is dropped, unless what precedes it in the token is a quantity prefix
// (近七成, 超百, 约三成) that the rules read as approx, or a preposition jieba glued to a numeral
// (自二〇一五年, 从二零一七年, 较二〇二四年, 比二〇二三年).

const HAN_WORD = /^[\u3400-\u9fff]+$/;
const PREFIX_OK =
  /^(?:约|近|将近|接近|超|超过|逾|达|共|合计|总计|累计|仅|约合|大约|不到|不足|高达|多达|突破|上|前|今年|去年|明年|前年|本|同|全年|当年|每|自|从|至|到|于|在|较|比|与|和|及|或|对|为|是|截至|直到)$/;

export function startsInsideWord(c: Candidate, tokens: SentenceTokens): boolean {
  // only a Han character after another can be inside a Han-only word: the rest need no jieba call
  if (c.start === 0 || !isHanCode(tokens.text.charCodeAt(c.start - 1)) || !isHanCode(tokens.text.charCodeAt(c.start))) return false;
  const t = tokens.tokenAt(c.start);
  // only a word of the dictionary says so: jieba's guesses at unknown words (tag x) glue a
  // neighbour to a numeral as often as not (港前10月, 较二〇二四年)
  if (t.start === c.start || t.tag === 'x' || !HAN_WORD.test(t.word)) return false;
  const head = t.word.slice(0, c.start - t.start);
  return !PREFIX_OK.test(head);
}
