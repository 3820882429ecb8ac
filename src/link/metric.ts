import type { Candidate } from '../extract/types.js';
import { segment, type Token } from '../text/segment.js';
import { SentenceTokens } from '../text/sentence-tokens.js';
import { clauseIndexOf, clausesOf, clauseStart, type Span } from '../text/clauses.js';
import { lookupPlace, words } from './lexicon.js';
import { basisCues, comparedSameSpans } from './basis.js';
import { foldText } from '../text/fold.js';
import { CURRENCY_WORDS } from '../numbers/currency.js';
import { DOWN_NOUNS, UP_NOUNS, isChangeWord } from '../extract/rate/context.js';

// metric: the shortest complete noun phrase naming what a figure measures, as written.
// The clause around the figure is segmented and POS-tagged (jieba); the phrase is the run of
// nominal tokens next to the figure, after skipping linking words (达, 同比增长, 超过 …) and
// before stripping leading places, times and determiners (中国, 2020年, 本届 …).
// Each side of a figure is segmented on its own, so a token never straddles the figure.

/** Aspect particles after a verb (开行了, 去过): stepped over with the verb. */
const ASPECT = /^(?:了|过|着)$/;
const CONNECTORS = new Set(['和', '与', '及', '以及', '、', '或']);
/** Tokens that put a comparison base after them: 较上届, 比上年, 高于全国平均水平. */
const COMPARISON_MARKERS = new Set(['比', '较', '相比', '相较', '对比', '高于', '低于', '快于', '慢于', '好于', '优于', '多于', '少于', '领先']);
/** nouns naming a rate of change: 增速, 增幅, 降幅 (jieba often tags them as verbs) */
const RATE_NOUNS = new Set([...UP_NOUNS, ...DOWN_NOUNS].filter((w) => w !== '同比' && w !== '环比'));
const FUNCTION_TAG = /^(?:d|p|c|u\w*|m|mq|q|t|tg|a|ad|ag|an|f|y|e|o|zg|r|vd)$/;
const HAN_OR_LATIN_WORD = /^[\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z0-9&·]*$/;
const NOMINAL_TAG = /^(?:n\w*|vn|j|l|eng|s|b)$/;
const SHARE_TAIL = /占[^，,。；;、]{0,10}?(?:比重|比例|份额)$/;
/** A change verb ending a token that jieba did not split (价格上涨, 产量下降). */
const CHANGE_TAIL = /(?:上涨|下降|增长|增加|减少|上升|回落|下滑|下跌|提高|提升)$/;
/** A clause that says how a figure was computed: 按可比价格计算, 扣除价格因素, 剔除季节因素. */
const METHOD_CLAUSE = /^(?:按|以|扣除|剔除|折合|若)[^，,；;。]{0,12}(?:计算|因素|影响|计|口径)$/;
/** 扣除汇率因素, 剔除价格因素, 按可比口径: a method verb right before a phrase (match view). */
const METHOD_VERBS = ['扣除', '剔除', '除去', '不含', '折合'];
const METHOD_BEFORE = new RegExp(`(?:${METHOD_VERBS.join('|')}|按)$`);

// The same stretch is often segmented more than once for one sentence (both sides of a figure,
// subjects of earlier clauses), so a sentence's stretches are memoised by their offsets. A stretch
// is cut as jieba cuts it alone: piece by piece (SentenceTokens), reusing the sentence's pieces
// where jieba provably cuts the part of a piece the same way (see `cutsClean`).

/** Tokens of stretches of one sentence (its match view), with offsets into the stretch. */
export class SentenceSegmenter {
  private readonly memo = new Map<number, Token[]>();

  constructor(
    readonly text: string,
    private readonly tokens = new SentenceTokens(text),
  ) {}

  /** The tokens of text[from, to), as jieba cuts that stretch on its own. */
  of(from: number, to: number): Token[] {
    const key = from * (this.text.length + 1) + to;
    let tokens = this.memo.get(key);
    if (!tokens) this.memo.set(key, (tokens = this.cut(from, to)));
    return tokens;
  }

  /** jieba cuts a stretch into the pieces between its separators, each on its own. */
  private cut(from: number, to: number): Token[] {
    const out: Token[] = [];
    for (let at = from; at < to;) {
      const [start, end] = this.tokens.boundsAt(at);
      const upTo = Math.min(end, to);
      const whole = at === start && upTo === end;
      // part of a piece nothing has segmented yet is cut alone: the rest may never be read
      const piece = whole || this.tokens.isSegmented(at) ? this.tokens.piece(at) : null;
      if (piece && this.cutsClean(piece, at) && this.cutsClean(piece, upTo)) {
        for (const t of piece.tokens) if (t.start >= at && t.end <= upTo) out.push({ word: t.word, tag: t.tag, start: t.start - from, end: t.end - from });
      } else {
        for (const t of segment(this.text.slice(at, upTo), at - from)) out.push(t);
      }
      at = upTo;
    }
    return out;
  }

  /**
   * True when jieba cuts a piece at `at` as it cut the whole piece: `at` is an end of the piece, or
   * a token boundary of it next to an ASCII character. Inside a piece, the dictionary path (a best
   * path over a DAG) through a boundary is also the best path of each side, and the HMM pass only
   * joins runs of non-ASCII characters (ASCII letters and digits are grouped from the left by
   * fixed rules), so such a boundary is cut the same from either side.
   */
  private cutsClean(piece: { start: number; end: number }, at: number): boolean {
    if (at === piece.start || at === piece.end) return true;
    if (!this.tokens.startsAt(at)) return false;
    return this.text.charCodeAt(at - 1) < 0x80 || this.text.charCodeAt(at) < 0x80;
  }
}

const isBridge = (t: Token) => words.bridges.has(t.word);
const isConnector = (t: Token) => CONNECTORS.has(t.word);

/** 连/nr in 经济总量连跨: a person's name has two characters at least; one alone is jieba mistagging a word (an adverb, a verb). */
const isMistaggedName = (t: Token) => t.tag === 'nr' && t.word.length === 1;

export function isNominal(t: Token): boolean {
  if (isBridge(t) || isConnector(t)) return false;
  if (words.nominalVerbs.has(t.word) || words.nounSuffixes.has(t.word) || RATE_NOUNS.has(t.word)) return true;
  if (isMistaggedName(t)) return false;
  if (NOMINAL_TAG.test(t.tag) || words.nounsTaggedTime.has(t.word)) return HAN_OR_LATIN_WORD.test(t.word);
  // jieba tags words it does not know (brands, new terms: 纵腾, 金橙) as x, like punctuation; but a
  // guess made of a verb of reaching and a bound (可达, 至约, 达近) before a figure is no noun
  return t.tag === 'x' && HAN_OR_LATIN_WORD.test(t.word) && !REACH_GLUE.test(t.word);
}

/** Two or three characters of reaching and bounding that jieba may glue into an unknown word (可达, 至约, 达约, 升至, 超约). */
const REACH_GLUE = /^[可达至到约近超逾升降增为]{2,3}$/;

const isSkippable = (t: Token) => isBridge(t) || FUNCTION_TAG.test(t.tag) || !HAN_OR_LATIN_WORD.test(t.word);

/** jieba's place tag, except on common nouns it also tags so (城市上涨0.2%: 城市 is the metric). */
const hasPlaceTag = (t: Token) => t.tag === 'ns' && !words.commonNounsTaggedNs.has(t.word);

const isLeadingNoise = (t: Token) =>
  isConnector(t) ||
  words.objectVerbs.has(t.word) ||
  (t.tag === 't' && !words.nounsTaggedTime.has(t.word)) ||
  hasPlaceTag(t) ||
  lookupPlace(t.word) !== undefined ||
  words.leadingDeterminers.includes(t.word) ||
  isBridge(t);

const isPlaceToken = (t: Token) => hasPlaceTag(t) || lookupPlace(t.word) !== undefined;

/** A verb of its own (jieba tags it v): no bridge to a figure, change word, method verb or 占. */
const isPlainVerb = (t: Token) => t.tag === 'v' && HAN_OR_LATIN_WORD.test(t.word) && !isBridge(t) && !isChangeWord(t.word) && !METHOD_VERBS.includes(t.word) && t.word !== '占';

/** A two-character verb that can sit inside a noun phrase (创业担保贷款, 滚装汽车), unless it takes an object. */
const isInnerVerb = (t: Token) => isPlainVerb(t) && t.word.length === 2 && !words.objectVerbs.has(t.word);
const CUMULATIVE = new Set(['累计', '共', '共计', '合计', '总计', '已', '已经', '累计已']);
const isCommonNoun = (t: Token) => /^n[^rs]?$/.test(t.tag) || (t.tag === 'ns' && words.commonNounsTaggedNs.has(t.word));

const OPENING_BRACKET = /^[（(]$/;
const CLOSING_BRACKET = /^[）)]$/;

// The token walks below index tokens only inside the bounds their loop or the test before it
// checks (k >= 0, k < tokens.length, first <= last, indices of a run found in the same tokens):
// the `!`s on tokens[k] rest on that.

/**
 * 中欧班列（成渝）, 广义货币（M2）余额: the index of the opening bracket of a short note closed at
 * `close` that follows a noun (the note belongs to the noun phrase), else -1.
 */
function bracketNoteOpening(tokens: Token[], close: number): number {
  if (!CLOSING_BRACKET.test(tokens[close]?.word ?? '')) return -1;
  for (let j = close - 1; j >= 1 && close - j <= 4; j--) {
    if (OPENING_BRACKET.test(tokens[j]!.word)) return j < close - 1 && isNominal(tokens[j - 1]!) ? j : -1;
    if (!HAN_OR_LATIN_WORD.test(tokens[j]!.word)) return -1;
  }
  return -1;
}

/** Extends a nominal run leftwards from token `last`: [raw first, first after dropping leading noise], or null. */
function runEndingAt(tokens: Token[], last: number, innerVerbs = true): [number, number, number] | null {
  let first = last;
  const note = bracketNoteOpening(tokens, last);
  if (note > 0) first = note;
  while (first > 0) {
    const prev = tokens[first - 1]!;
    const noteBefore = bracketNoteOpening(tokens, first - 1);
    if (noteBefore > 0) first = noteBefore;
    else if (isNominal(prev)) first--;
    // 非食品, 副产品: a prefix (jieba tag h) belongs to the noun after it
    else if (prev.tag === 'h' && HAN_OR_LATIN_WORD.test(prev.word)) first--;
    else if (isConnector(prev) && first >= 2 && isNominal(tokens[first - 2]!)) first--;
    // 研发投入强度, 公共预算收入: also after an abbreviation (j) or a distinguishing word (b)
    else if (innerVerbs && isInnerVerb(prev) && first >= 2 && (isCommonNoun(tokens[first - 2]!) || /^[bj]$/.test(tokens[first - 2]!.tag) || isConnector(tokens[first - 2]!))) first--;
    else break;
  }
  // 下载量, 优良率: a noun suffix left alone belongs to the word before it, whatever its tag
  const suffixAlone = first === last && tokens[last]!.word.length === 1 && words.nounSuffixes.has(tokens[last]!.word);
  if (suffixAlone && first > 0 && HAN_OR_LATIN_WORD.test(tokens[first - 1]!.word) && !isBridge(tokens[first - 1]!) && !isConnector(tokens[first - 1]!)) first--;
  const raw = first;
  while (first <= last && isLeadingNoise(tokens[first]!)) {
    first++;
    // 厦门口岸进口水果, 郑州机场货邮吞吐量: the facility belongs to the place, not to the metric
    if (first <= last && isPlaceToken(tokens[first - 1]!) && words.facilityWords.has(tokens[first]!.word)) first++;
  }
  // 对共建“一带一路”国家进出口: a partner's qualifier (国家, 地区) before a flow word names no part of it
  // (中亚五国贸易额: a flow word may open the next word)
  if (first < last && words.partnerQualifiers.has(tokens[first]!.word) && opensWithFlowWord(tokens[first + 1]!.word)) first++;
  // 该平台日均订单量, 本届展会展览面积: after a determiner the first noun is the referent, not the metric
  const referent = tokens[raw - 1];
  if (first === raw && first < last && referent && words.determiners.has(referent.word)) first++;
  // 累计寄递国际包裹: after 累计 / 共 a word jieba does not know is the verb, not part of the noun
  if (first === raw && first < last && referent && CUMULATIVE.has(referent.word) && tokens[first]!.tag === 'x') first++;
  return first <= last ? [first, last, raw] : [last + 1, last, raw];
}

/** The 占 before a run, over places and pronouns between (占我国外贸总值), or undefined. */
function shareVerbBefore(tokens: Token[], raw: number): Token | undefined {
  let k = raw - 1;
  while (k >= 0 && (isPlaceToken(tokens[k]!) || tokens[k]!.tag === 'r')) k--;
  return k >= 0 && tokens[k]!.word === '占' ? tokens[k] : undefined;
}

/**
 * 优良率为92.3%, 占近三成: jieba glues a noun suffix or 占 and the bridge after it (率为, 占近) into
 * one unknown word; split it.
 */
function splitGluedBridge(tokens: Token[]): Token[] {
  const t = tokens[tokens.length - 1];
  if (!t || t.tag !== 'x') return tokens;
  const split = (headTag: string, tailTag: string) => [
    ...tokens.slice(0, -1),
    { word: t.word.charAt(0), tag: headTag, start: t.start, end: t.start + 1 },
    { word: t.word.slice(1), tag: tailTag, start: t.start + 1, end: t.end },
  ];
  if (/^[率量额值数比](?:为|达|是)$/.test(t.word)) return split('n', 'p');
  if (/^占(?:近|约|超|逾|达|了)$/.test(t.word)) return split('v', 'd');
  return tokens;
}

/** The noun phrase right before `to` in text[from, to): offsets into text, or null. */
export function phraseBefore(text: string, from: number, to: number, seg = new SentenceSegmenter(text), innerVerbs = true): Span | null {
  if (to <= from) return null;
  const tokens = splitGluedBridge(seg.of(from, to));
  let last = tokens.length - 1;
  let verbs = 0;
  while (last >= 0 && !isNominal(tokens[last]!)) {
    if (bracketNoteOpening(tokens, last) > 0) break;
    // 国际包裹超3亿件: a noun jieba tags as a verb, after a noun and before the bridge to the figure
    if (last < tokens.length - 1 && last > 0 && isInnerVerb(tokens[last]!) && isCommonNoun(tokens[last - 1]!) && tokens.slice(last + 1).every(isSkippable)) break;
    // 总投入, 总支出: a verb after the prefix 总 is a noun
    if (isInnerVerb(tokens[last]!) && last > 0 && tokens[last - 1]!.tag === 'b') break;
    // 中欧班列共开行1.7万列: one verb of its own right before the figure may be stepped over
    // (开行了1.2万列, 占近三成: an aspect particle or a bridge after it is stepped over with it)
    if (!isSkippable(tokens[last]!) && (++verbs > 1 || !tokens.slice(last + 1).every((t) => ASPECT.test(t.word) || isBridge(t)))) return null;
    last--;
  }
  // 出口整体下降, 进出口总值总体增长: a noun used as an adverb before the change ends no metric
  while (last > 0 && words.adverbialNouns.has(tokens[last]!.word) && isNominal(tokens[last - 1]!)) last--;
  if (last < 0) return null;
  const run = runEndingAt(tokens, last, innerVerbs);
  if (!run) return null;
  const [first, , raw] = run;
  // 建成投用的有28个: a verb before 的 qualifies a noun left out; it names nothing itself
  if (first === last && !/^n/.test(tokens[last]!.tag) && !words.nominalVerbs.has(tokens[last]!.word) && tokens.slice(last + 1).some((t) => t.word === '的')) return null;
  const before = tokens[raw - 1];
  const share = shareVerbBefore(tokens, raw);
  let start: number;
  if (share)
    start = share.start; // 占全国的24.2%, 占我国外贸总值的53.5%
  else if (before && /^(?:对|向)$/.test(before.word) && isPlaceToken(tokens[raw]!))
    start = before.start; // 对大陆出口金额
  else if (first > last) return null;
  else start = tokens[first]!.start;
  // 价格上涨 (one jieba token): the change verb at the end is not part of the metric
  const lastWord = tokens[last]!.word;
  const verbTail = lastWord.length >= 4 && CHANGE_TAIL.test(lastWord) ? 2 : 0;
  const end = tokens[last]!.end - verbTail;
  // 5G基站: jieba cuts the digit off a model name
  while (start > 0 && /[0-9]/.test(text.charAt(from + start - 1)) && /[A-Za-z]/.test(text.charAt(from + start))) start--;
  // 占全省比重, 贸易规模占全国的比重: a share names what it is a share of
  const shareTail = SHARE_TAIL.exec(text.slice(from, from + end));
  if (shareTail && shareTail.index <= start) {
    start = shareTail.index;
    const beforeShare = tokens.findIndex((t) => t.end === shareTail.index);
    const owner = beforeShare >= 0 && isNominal(tokens[beforeShare]!) ? runEndingAt(tokens, beforeShare) : null;
    if (owner && owner[0] <= owner[1]) start = tokens[owner[0]]!.start;
  }
  return { start: from + start, end: from + end };
}

const TOTALITY = new Set(['全部', '所有', '全体', '一律', '均']);

const opensWithFlowWord = (word: string) => words.flowWordSet.has(word) || [...words.flowWordSet].some((w) => word.startsWith(w));

/** True when tokens from `k` are one or two inner verbs and then a noun (保护修缮项目). */
function innerVerbsThenNoun(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j - k < 3; j++) {
    if (isNominal(tokens[j]!)) return j > k;
    if (!isInnerVerb(tokens[j]!)) return false;
  }
  return false;
}

/** A name in quotation marks right at `from` (10名“优秀志愿者”): its inside, when short and unbroken. */
const QUOTED_NAME = /^的?[“「『"]([^”」』"，,。；;：:！？!?\s]{2,16})[”」』"]/;

/** The noun phrase right after `from` in text[from, to) (after 的, 以上, 左右 …), or null. */
export function phraseAfter(text: string, from: number, to: number, needDe = false, seg = new SentenceSegmenter(text), keepModifiers = false): Span | null {
  if (to <= from) return null;
  const quoted = QUOTED_NAME.exec(text.slice(from, to));
  if (quoted && (!needDe || quoted[0].startsWith('的'))) {
    const name = quoted[1]!; // QUOTED_NAME's group is not optional
    const start = from + quoted[0].length - name.length - 1;
    return { start, end: start + name.length };
  }
  const tokens = seg.of(from, to).filter((t) => t.word.trim() !== '');
  let first = 0;
  let sawDe = false;
  // 6起重大安全事故: adverbs and adjectives right after a count qualify the counted noun
  let modifierAt: number | null = null;
  while (first < tokens.length && !isNominal(tokens[first]!)) {
    const w = tokens[first]!.word;
    if (!sawDe && modifierAt === null && /^(?:a|an|d)$/.test(tokens[first]!.tag) && first === 0) modifierAt = first;
    if (w === '的') sawDe = true;
    // 的受访企业, 的参展商: a verb that only qualifies the noun after it
    else if (sawDe && /^v/.test(tokens[first]!.tag) && tokens[first + 1] && isNominal(tokens[first + 1]!)) break;
    // 200个可疑车辆, 30个参展单位: right after a count, a two-character verb before a common noun qualifies it
    else if (!needDe && first === 0 && isInnerVerb(tokens[0]!) && tokens[1] && /^n[zt]?$/.test(tokens[1].tag)) break;
    else if (!['以上', '以下', '左右', '多', '余', '之多', '上下'].includes(w) && !/^a/.test(tokens[first]!.tag) && !(modifierAt === 0 && tokens[first]!.tag === 'd')) return null;
    else {
      first++;
      continue;
    }
    first++;
  }
  if (first >= tokens.length || (needDe && !sawDe)) return null;
  const modifiersOnly = modifierAt !== null && tokens.slice(modifierAt, first).every((t) => /^(?:a|an|d)$/.test(t.tag));
  const start = keepModifiers && modifiersOnly ? modifierAt! : first;
  let last = first;
  while (last + 1 < tokens.length) {
    const next = tokens[last + 1]!;
    // 项目全部完工: jieba tags 全部 as a noun; it quantifies the phrase before it
    if (TOTALITY.has(next.word)) break;
    if (isNominal(next)) last++;
    else if (isConnector(next) && last + 2 < tokens.length && isNominal(tokens[last + 2]!)) last++;
    // 30个文物保护修缮项目: a counted noun phrase may hold one or two verbs before its head noun
    else if (keepModifiers && isInnerVerb(next) && innerVerbsThenNoun(tokens, last + 1)) last++;
    else break;
  }
  return { start: from + tokens[start]!.start, end: from + tokens[last]!.end };
}

/** True when the noun run starting at token `i` follows a comparison marker (比, 较, 相比), over adverbs between (比初步核算数). */
function isComparisonBase(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^(?:d|ad|a)$/.test(tokens[k]!.tag)) k--;
  return k >= 0 && COMPARISON_MARKERS.has(tokens[k]!.word);
}

/**
 * The subject of a clause: the first noun phrase followed by a verb or adverb, else (unless
 * `needVerb`) the last one.
 */
export function clauseSubject(text: string, clause: Span, seg = new SentenceSegmenter(text), needVerb = false): Span | null {
  const tokens = seg.of(clause.start, clause.end);
  let lastRun: [number, number] | null = null;
  let i = 0;
  while (i < tokens.length) {
    if (!isNominal(tokens[i]!)) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < tokens.length && (isNominal(tokens[last + 1]!) || (isConnector(tokens[last + 1]!) && last + 2 < tokens.length && isNominal(tokens[last + 2]!)))) last++;
    const run = runEndingAt(tokens, last);
    // 比初步核算数增加420亿元: the base of a comparison is what the subject is measured against
    if (isComparisonBase(tokens, i)) {
      i = last + 1;
      continue;
    }
    if (run && run[0] <= run[1]) {
      lastRun = [run[0], run[1]];
      const next = tokens[last + 1];
      // (建成投用的有28个: a phrase before 的 qualifies a noun left out, it is no subject)
      if (next && (/^[vda]/.test(next.tag) || isBridge(next) || isMistaggedName(next)) && !(needVerb && next.word === '的')) break;
      if (needVerb) lastRun = null;
    }
    i = last + 1;
  }
  return lastRun ? { start: clause.start + tokens[lastRun[0]]!.start, end: clause.start + tokens[lastRun[1]]!.end } : null;
}

const isGrowthWord = (phrase: string) => words.growthWords.has(phrase) || RATE_NOUNS.has(phrase);

// ---------------------------------------------------------------------------------------------
// What a metric may be: a complete noun phrase. One check, applied to whatever a strategy found.

/** Words that are never what a figure measures, alone: times, records, function words, fragments. */
const NOT_METRICS = new Set([
  '历史',
  '同期',
  '上年',
  '去年',
  '今年',
  '当年',
  '全年',
  '本年',
  '其中',
  '方面',
  '情况',
  '部分',
  '期间',
  '目标',
  '水平',
  '季度',
  '年度',
  '年版',
  '版本',
  '形式',
  '方式',
  '方面',
  '过程',
  '阶段',
  '时期',
  '左右',
  '以上',
  '以下',
  '之间',
  '总体',
  '整体',
  '增长',
  '下降',
  '增加',
  '减少',
  '同比',
  '环比',
  '同增',
  '同降',
  '提高',
  '回落',
  '首次',
  '新高',
  '新低',
  '纪录',
  '记录',
  // a per-head qualifier alone (提至人均700元) says how the figure is counted, not what
  '人均',
  '户均',
  '每人',
  '每户',
  '年均',
  '日均',
  '月均',
  '平均',
]);
const RECORD = /^(?:历史|历年|同期|阶段性)?(?:新高|新低|最高|最低|纪录|记录|峰值|高位|低位)$/;
const TIME_WORD = /^(?:[0-9一二三四五六七八九十]+)?(?:年|月|日|季度|季|周|天|年版)$/;
const FUNCTION_START = /^[的了为是在把被将从]/;
const FUNCTION_END = /[的了为是和与及或地得着在]$/;
const URL_LIKE = /:\/\/|www\.|\.(?:com|cn|net|org|gov|html?)\b|^[a-z0-9_./-]+$/;

/** True when a phrase can be a metric: at least two characters, no fragment, function word or URL. */
export function isMetricPhrase(phrase: string | null | undefined): phrase is string {
  if (!phrase) return false;
  const p = foldText(phrase);
  if (p.length < 2 || NOT_METRICS.has(p) || RECORD.test(p) || TIME_WORD.test(p) || (isChangeWord(p) && !RATE_NOUNS.has(p))) return false;
  if (FUNCTION_START.test(p) || FUNCTION_END.test(p) || URL_LIKE.test(p)) return false;
  return true;
}

/** A phrase cut before a basis word inside it: 营收同增 → 营收, 生产总值按年实质 → 生产总值 (cues read up to `limit`). */
function beforeBasisWord(match: string, span: Span, limit: number): Span {
  const cue = basisCues(match.slice(span.start, Math.max(limit, span.end))).find((c) => c.index < span.end - span.start);
  return cue ? { start: span.start, end: span.start + cue.index } : span;
}

// ---------------------------------------------------------------------------------------------
// Strategies: each a small function from one figure's view of its sentence to a phrase or null,
// tried in the order its fact type declares; the first valid phrase is the metric.

export type MetricStrategy =
  | 'list-item' // 进口和出口分别增长3.5%和6.2%: the k-th figure takes the k-th item
  | 'bracket-owner' // 原油（占比32%）, 机械设备（HS84，USD 350亿）: the noun a bracket note of figures follows
  | 'label' // 市值: 175,897百万元 企业价值: 150,040百万元: the label right before a colon right before the figure
  | 'persons-affected' // 3人死亡, 12名村民遇难: what happened to the people counted
  | 'after-classifier' // 3347家供应链和服务企业: the counted noun after a count
  | 'noun-after' // 提供2.5亿美元过桥贷款, 绕行300公里山路: the noun an amount qualifies
  | 'doer-verb' // 消防部门疏散了120多人: the verb, when its subject is who acts rather than what is counted
  | 'after-de' // 80%的中小企业: the noun after 的
  | 'share-is' // 八成以上是新能源汽车: the part of a whole that the share says it is
  | 'rate-change' // 增速比上半年加快0.4个百分点: the rate whose change in points it is
  | 'before-figure' // 跨境电商进出口1.69万亿元, 较上届增长: the noun phrase before the figure (and its comparison)
  | 'clause-subject' // 总额创下历史最高的1.2万亿元: the subject of the figure's own clause
  | 'earlier-clause' // ，增长9.6%: the last figure's metric or the subject of an earlier clause
  | 'carried'; // the paragraph's last metric, for a sentence that opens with a rate

type FigureType = Exclude<Candidate['type'], 'date'>;

/** The strategies of each fact type, in the order they are tried. */
export const METRIC_STRATEGIES: Readonly<Record<FigureType, readonly MetricStrategy[]>> = {
  // a count names its own thing: the metric of another sentence is no guess for it
  count: ['list-item', 'bracket-owner', 'persons-affected', 'after-classifier', 'label', 'doer-verb', 'before-figure', 'clause-subject', 'earlier-clause'],
  percent: ['list-item', 'bracket-owner', 'share-is', 'after-de', 'label', 'before-figure', 'clause-subject', 'earlier-clause', 'carried'],
  growth: ['list-item', 'bracket-owner', 'rate-change', 'label', 'before-figure', 'earlier-clause', 'carried'],
  money: ['list-item', 'bracket-owner', 'noun-after', 'label', 'doer-verb', 'before-figure', 'after-de', 'clause-subject', 'earlier-clause', 'carried'],
  measure: ['list-item', 'bracket-owner', 'noun-after', 'label', 'doer-verb', 'before-figure', 'after-de', 'clause-subject', 'earlier-clause', 'carried'],
};

export interface MetricLink {
  metric: string | null;
  /** the strategy that found it, null when none did */
  strategy: MetricStrategy | null;
}

/** One sentence as the strategies read it. */
interface SentenceView {
  match: string;
  text: string;
  seg: SentenceSegmenter;
  clauses: Span[];
  candidates: Candidate[];
  figures: { c: Candidate; i: number }[];
  /** metrics found so far, by candidate index */
  out: MetricLink[];
  carried: string | null;
}

/** One figure in its sentence: its clause, and the stretches left and right of it up to the next figure. */
interface FigureView {
  c: Candidate;
  i: number;
  clauseIndex: number;
  clause: Span;
  from: number;
  to: number;
}

const sliceOf = (v: SentenceView, s: Span | null): string | null => (s && s.end > s.start ? v.text.slice(s.start, s.end) : null);
/** A phrase as written, cut before a basis word inside it. */
const phraseOf = (v: SentenceView, s: Span | null, limit = s?.end ?? 0): string | null => (s ? sliceOf(v, beforeBasisWord(v.match, s, limit)) : null);

/**
 * Where the left context of a figure stops for its metric: before a comparison whose base lies
 * between it and the figure (出口比上年增长 → 出口; 增速高于全国平均水平2.1个百分点 → 增速), else at the figure.
 */
function comparisonCut(v: SentenceView, f: FigureView): number {
  // 比上月末增长, 较去年同期: a basis cue is a comparison too (jieba may glue 比上 into one word)
  const before = v.match.slice(f.from, f.c.start);
  // 较二〇二四年同月: jieba may glue the marker to a year the date rules leave out, so read it as text
  const cue = basisCues(before)[0] ?? comparedSameSpans(before)[0];
  if (cue) return f.from + cue.index;
  const tokens = v.seg.of(f.from, f.c.start);
  for (let k = tokens.length - 2; k >= 0; k--) {
    if (!COMPARISON_MARKERS.has(tokens[k]!.word)) continue;
    const base = tokens.slice(k + 1);
    if (base.some((t) => isNominal(t) || t.tag === 't' || t.tag === 'm' || isPlaceToken(t))) return f.from + tokens[k]!.start;
  }
  return f.c.start;
}

/** What befalls the people of a count in reports of accidents and disasters (3人死亡, 12名村民遇难). */
const PERSONS_AFFECTED = /^(?:村民|群众|居民|游客|乘客|旅客|船员|矿工|工人|学生|儿童|人员|员工)?(死亡|受伤|遇难|失踪|获救|被困|轻伤|重伤|伤亡|罹难|身亡|丧生)/;

/** 八成以上是, 30%为: a share followed by what that part of the whole is */
const SHARE_IS = /^(?:以上|以下|左右|多|强|弱)?(?:是|为|属于)/;

/** 被 and what was done, to the end of the clause (被送往医院救治) */
const PASSIVE = /^被([^，,。；;、：:！？!?\s]{2,8})(?=[，,。；;、：:！？!?\s]|$)/;

const RATE_TAIL = new RegExp(`(?:${[...RATE_NOUNS].join('|')}|率|指数|比重|比例|份额|占比)$`);

/** An opening bracket before `at` in its clause, not closed before it: where a note holding `at` opens, else -1. */
function noteOpening(match: string, at: number): number {
  for (let k = at - 1; k >= 0 && at - k <= 40; k--) {
    const ch = match[k];
    if (ch === '）' || ch === ')' || ch === '。' || ch === '；' || ch === ';') return -1;
    if (ch === '（' || ch === '(') return k;
  }
  return -1;
}

/** What a note may hold before its figure and still name nothing: codes (HS84, Partner 616), share words, joins. */
const NOTE_NAMES_NOTHING = /^(?:[A-Za-z]+ ?\d*|占比|比重|份额|约|为|[，,、：:~～\s])*$/;

/** What a note after a place may hold before its figure: a change word, or nothing (美国（下降3.2%）). */
const PLACE_NOTE_BEFORE_FIGURE = /^(?:增长|下降|上升|下跌|增加|减少|回落|上涨|成长|衰退|同比|约|为|[，,、：:\s])*$/;
/** A place with a bracket note of figures, continuing a list after a join (、欧盟（增长6.4%）). */
const NOTED_PLACE_AFTER_JOIN = /^[、和及与]([^（(，,。；;、]{1,12})[（(][^（()）。；;]{0,60}?[）)]/;

/**
 * 原油（占比32%）, 电子电机设备（HS85，USD 138亿）: a figure in a bracket note whose text before it
 * names nothing (a code, a share word) measures the noun the note follows. When that is a place,
 * the note is the place's share of what the list of such places leads to (对东盟（增长12.1%）、欧盟
 * （增长6.4%）出口, 江苏（增长5.8%）的地区生产总值): the noun phrase after the list; with nothing after it
 * (美国（USD 1.03兆）, a market) the metric is the sentence's.
 */
function bracketOwner(v: SentenceView, f: FigureView): string | null {
  const open = noteOpening(v.match, f.c.start);
  if (open <= 0) return null;
  let inner = v.match.slice(open + 1, f.c.start);
  for (const { c: o } of v.figures) if (o.start > open && o.end <= f.c.start) inner = inner.slice(0, o.start - open - 1) + ' '.repeat(o.end - o.start) + inner.slice(o.end - open - 1);
  // the place lexicon is Simplified: look the owner up in the match view (美國 → 美国)
  const from = clauseStart(v.match, open);
  const lastWord = v.seg.of(from, open).at(-1);
  if (lastWord && lastWord.end === open - from && lookupPlace(lastWord.word) !== undefined) {
    return PLACE_NOTE_BEFORE_FIGURE.test(inner) ? phraseAfterNotedPlaces(v, open) : null;
  }
  const owner = phraseBefore(v.match, from, open, v.seg);
  if (!owner || lookupPlace(v.match.slice(owner.start, owner.end)) !== undefined) return null;
  return NOTE_NAMES_NOTHING.test(inner) ? v.text.slice(owner.start, owner.end) : null;
}

/** The noun phrase after a list of places with notes whose first note opens at `open`, or null. */
function phraseAfterNotedPlaces(v: SentenceView, open: number): string | null {
  const close = /[）)]/.exec(v.match.slice(open));
  if (!close) return null;
  let at = open + close.index + 1;
  for (let m = NOTED_PLACE_AFTER_JOIN.exec(v.match.slice(at)); m; m = NOTED_PLACE_AFTER_JOIN.exec(v.match.slice(at))) {
    if (lookupPlace(m[1]!) === undefined) return null; // the pattern's group is not optional
    at += m[0].length;
  }
  const end = clausesOf(v.match).find((c) => c.start <= at && at < c.end)?.end ?? v.match.length;
  return phraseOf(v, phraseAfter(v.match, at, end, false, v.seg));
}

/** A label and its colon right before a figure: 企业价值: , 出口额： (no space, bracket or clause mark inside the label). */
const LABEL_BEFORE = /([^\s：:，,。；;、（()）|/]{2,12})\s*[：:]\s*$/;

function labelBefore(v: SentenceView, f: FigureView): string | null {
  // the colon may end a clause: read back to the figure before, across clauses
  const from = Math.max(0, ...v.candidates.filter((o) => o.end <= f.c.start).map((o) => o.end));
  const m = LABEL_BEFORE.exec(v.match.slice(from, f.c.start));
  return m?.[1] === undefined ? null : v.text.slice(from + m.index, from + m.index + m[1].length);
}

const STRATEGIES: Readonly<Record<MetricStrategy, (v: SentenceView, f: FigureView) => string | null>> = {
  'bracket-owner': bracketOwner,
  label: labelBefore,
  'list-item': (v, f) => listItem(v, f),
  'persons-affected': (v, f) => {
    if (!/[人名位]$/.test(v.text.slice(f.c.start, f.c.end))) return null;
    const after = v.text.slice(f.c.end, f.to);
    const m = PERSONS_AFFECTED.exec(after);
    if (m) return m[1] ?? null;
    // 15人被送往医院救治, 300多人被紧急疏散: what was done to them
    const passive = PASSIVE.exec(after);
    return passive ? (passive[1] ?? null) : null;
  },
  'after-classifier': (v, f) => (endsAtDate(v, f.c.end) ? null : (phraseOf(v, phraseAfter(v.match, f.c.end, f.to, false, v.seg, true)) ?? eventAfter(v, f))),
  'noun-after': (v, f) => nounAfter(v, f),
  'doer-verb': (v, f) => doerVerb(v, f),
  'share-is': (v, f) => {
    const is = SHARE_IS.exec(v.match.slice(f.c.end, f.to));
    return is ? phraseOf(v, phraseAfter(v.match, f.c.end + is[0].length, f.to, false, v.seg, true)) : null;
  },
  'after-de': (v, f) => (endsAtDate(v, f.c.end) ? null : (phraseOf(v, phraseAfter(v.match, f.c.end, f.to, true, v.seg)) ?? afterDatedDe(v, f))),
  'rate-change': (v, f) => {
    if (f.c.unit !== 'pp') return null;
    const p = phraseOf(v, phraseBefore(v.match, f.from, comparisonCut(v, f), v.seg), f.c.start);
    return p && RATE_TAIL.test(foldText(p)) ? p : null;
  },
  'before-figure': (v, f) => {
    // a counted noun is more often the object of a verb (铁路发送旅客) than a compound around one (创业担保贷款)
    const cut = comparisonCut(v, f);
    const s = clippedAtDate(v, phraseBefore(v.match, f.from, cut, v.seg, f.c.type !== 'count'));
    const p = phraseOf(v, s, f.c.start);
    if (!s || !p) return p;
    // 扣除汇率因素同比增长: the object of a method names nothing measured; the phrase before the method may
    const method = METHOD_BEFORE.exec(v.match.slice(f.from, s.start));
    if (method) return phraseOf(v, phraseBefore(v.match, f.from, f.from + method.index, v.seg));
    // 总额500万元的助学基金: a generic head gives way to the noun after 的
    if (GENERIC_HEADS.has(foldText(p)) && phraseAfter(v.match, f.c.end, f.to, true, v.seg)) return null;
    // 含氧量仅为平原地区的60%: the phrase before 的 is the base of the share; the metric is before 为
    // (达到全国城市总数60%: a total right before the share is its base too)
    if (f.c.type === 'percent' && (v.match.slice(s.end, f.c.start) === '的' || SHARE_OF_TOTAL.test(foldText(p)))) {
      const bridge = SHARE_BASE_BRIDGE.exec(v.match.slice(f.from, f.c.start));
      if (bridge) return phraseOf(v, phraseBefore(v.match, f.from, f.from + bridge.index, v.seg));
    }
    // 向希望工程捐款200万元: a prepositional object before the verb is no metric; the verb is
    const verb = verbAfterObject(v, s, cut);
    if (verb) return verb;
    if (!isGrowthWord(foldText(p))) return p;
    // 营收月增率逾8%, 出口增速为5%: the rate's noun names no metric; the phrase before it does
    const ownerSpan = phraseBefore(v.match, f.from, s.start, v.seg);
    const owner = phraseOf(v, ownerSpan);
    // 对欧盟和东盟的增幅: the change of a flow's part with its partners; the metric is the flow's, earlier
    if (ownerSpan && allPlaces(listMembers(v, ownerSpan))) return null;
    return owner && !isGrowthWord(foldText(owner)) ? owner : null;
  },
  'clause-subject': (v, f) => phraseOf(v, clippedAtDate(v, clauseSubject(v.match, { start: f.from, end: f.c.start }, v.seg, true))),
  'earlier-clause': (v, f) => earlierClauses(v, f),
  carried: (v) => v.carried,
};

const PERSONAL_PRONOUN = /^(?:他|她|他们|她们|我们|我|你|您)$/;
/** adverbs, adjectives, times and adverbial conjunctions (及时) between a doer and its verb */
const MANNER = /^(?:d|ad|an|a|t|c)$/;

/** A verb of an action (疏散, 行驶, 转移). */
const isActionVerb = (t: Token) => isPlainVerb(t) && t.word.length >= 2;

/** Who acts: a department or a person (消防部门, 老司机, 他), not a thing that can be counted. */
const isDoer = (t: Token) => words.doerHead.test(t.word) || /^nr/.test(t.tag) || PERSONAL_PRONOUN.test(t.word);

/**
 * 消防部门及时疏散了120多人, 老司机已安全行驶了80多万公里: one or two action verbs right before the
 * figure (over 了) whose subject, over adverbs, is a doer: what the doer did is what is counted.
 * A subject that is a thing (中欧班列开行了1.2万列) is left to before-figure.
 */
function doerVerb(v: SentenceView, f: FigureView): string | null {
  const tokens = v.seg.of(f.from, comparisonCut(v, f));
  let k = tokens.length - 1;
  while (k >= 0 && ASPECT.test(tokens[k]!.word)) k--;
  const lastVerb = k;
  while (k >= 0 && lastVerb - k < 2 && isActionVerb(tokens[k]!)) k--;
  if (k === lastVerb) return null;
  const firstVerb = k + 1;
  while (k >= 0 && ((MANNER.test(tokens[k]!.tag) && !isConnector(tokens[k]!)) || isBridge(tokens[k]!))) k--;
  // 他有30年驾龄，已安全行驶了…: a clause without a subject goes on with the one before's
  const before = f.clauseIndex > 0 ? v.clauses[f.clauseIndex - 1] : null;
  const doer = k >= 0 ? tokens[k] : before ? v.seg.of(before.start, before.end).find((t) => !MANNER.test(t.tag)) : undefined;
  if (!doer || !isDoer(doer)) return null;
  return v.text.slice(f.from + tokens[firstVerb]!.start, f.from + tokens[lastVerb]!.end);
}

/** Nouns after an amount that name no thing it measures: a milestone it passes (突破1万亿元大关), a scale. */
const NOT_QUALIFIED_NOUNS = new Set(['大关', '关口', '台阶', '水平', '规模', '量级', '目标', '纪录', '记录', '新高', '左右', '以上', '级别', '档次']);

/**
 * 提供2.5亿美元过桥贷款, 垫付80万元工程款: an amount right before a common noun qualifies it, and the
 * noun is what it measures. Not when the noun names the next figure (销售收入12亿元利税1.5亿元), is a
 * currency or milestone (300亿元人民币, 1万亿元大关), or starts with a verb (投资50亿元建设新厂区).
 */
function nounAfter(v: SentenceView, f: FigureView): string | null {
  if (endsAtDate(v, f.c.end)) return null;
  const tokens = v.seg.of(f.c.end, f.to);
  const head = tokens[0];
  // 300米饱和潜水作业, 300米海底作业: an adjective or a place word may open the noun phrase
  const opensPhrase = (t: Token | undefined) => t !== undefined && /^n[zl]?$/.test(t.tag) && isNominal(t);
  const modified = head !== undefined && /^(?:a|s|b|ns)$/.test(head.tag) && opensPhrase(tokens[1]);
  if (!head || head.start !== 0 || !(opensPhrase(head) || modified)) return null;
  const s = phraseAfter(v.match, f.c.end, f.to, false, v.seg, modified);
  if (!s || s.start !== f.c.end) return null;
  if (s.end === f.to && f.to < f.clause.end) return null;
  const p = sliceOf(v, s);
  if (!p || NOT_QUALIFIED_NOUNS.has(foldText(p)) || CURRENCY_WORDS.includes(foldText(p))) return null;
  return p;
}

/** Heads that say only what kind of amount a figure is (总额, 总长): the noun after 的 names the thing. */
const GENERIC_HEADS = new Set(['总额', '总长', '全长', '总数', '总量', '总价值', '总金额', '总规模', '总面积']);
/** A bridge before the base of a share (A仅为B的60%, A只有B的六成, A相当于B的80%). */
const SHARE_BASE_BRIDGE = /(?:仅|只|才|约)?(?:为|是|有|相当于|达到|达)[^，,。；;：:的]{1,12}的?$/;
const SHARE_OF_TOTAL = /(?:总数|总量|总额|总和|总人口|总面积)$/;
/** Prepositions whose object a verb acts for or on (向…捐款, 为…减税): their object is no metric. */
const OBJECT_PREPOSITION_WORD = /^(?:向|为|给|替|对)$/;

/**
 * 向希望工程捐款200万元, 为企业减税80亿元: when the phrase before the figure is the object of a
 * preposition and one verb stands between it and the figure, the verb names what was measured.
 * Not for a place after the preposition (对大陆出口: a flow, the partner's business).
 */
function verbAfterObject(v: SentenceView, s: Span, cut: number): string | null {
  // 向保护湿地行动捐款: a few words (a verb, a word jieba tags oddly) may open the object before the phrase found
  const from = Math.max(0, s.start - 8);
  const lead = v.seg.of(from, s.start);
  let k = lead.length;
  while (k > 0 && lead.length - k < 3 && HAN_OR_LATIN_WORD.test(lead[k - 1]!.word) && !OBJECT_PREPOSITION_WORD.test(lead[k - 1]!.word)) k--;
  const preposition = lead[k - 1];
  if (!preposition || !OBJECT_PREPOSITION_WORD.test(preposition.word)) return null;
  const tokens = v.seg.of(from + preposition.end, s.end);
  if (tokens.some(isPlaceToken)) return null;
  const between = v.seg.of(s.end, cut).filter((t) => !isSkippable(t));
  const [verb] = between;
  if (!verb || between.length !== 1 || !/^vn?$/.test(verb.tag) || verb.word.length !== 2 || isChangeWord(verb.word)) return null;
  return verb.word;
}

/** Classifiers that count events or items (两次夺冠, 四项承诺): the verb after them names what is counted. */
const EVENT_CLASSIFIER = /[次项起场回轮届趟遍]$/;

/** 四项承诺, 两次夺冠: a count of events or items followed by a verb ending its clause or phrase. */
function eventAfter(v: SentenceView, f: FigureView): string | null {
  if (!EVENT_CLASSIFIER.test(v.text.slice(f.c.start, f.c.end))) return null;
  const [head, next] = v.seg.of(f.c.end, f.to);
  if (!head || head.start !== 0 || !/^vn?$/.test(head.tag) || head.word.length !== 2 || isBridge(head) || isChangeWord(head.word)) return null;
  return next && isNominal(next) ? null : head.word;
}

/** A date right after the figure (3家电商平台2023年…) ends the phrase after it. */
/** 6月20日蓄至: a phrase that starts inside a date (jieba glued 日蓄) keeps only what follows the date. */
function clippedAtDate(v: SentenceView, s: Span | null): Span | null {
  if (!s) return s;
  const date = v.candidates.find((d) => d.type === 'date' && d.start < s.start && d.end > s.start);
  return date ? { start: Math.min(date.end, s.end), end: s.end } : s;
}

const endsAtDate = (v: SentenceView, at: number) => v.candidates.some((d) => d.type === 'date' && d.start === at);

/** 58%的9月升息概率: a date between 的 and the noun qualifies the noun, which is the metric. */
function afterDatedDe(v: SentenceView, f: FigureView): string | null {
  const date = v.candidates.find((d) => d.type === 'date' && d.start === f.to);
  if (!date || !/^ ?的 ?$/.test(v.match.slice(f.c.end, date.start))) return null;
  const next = v.candidates.find((o) => o.start >= date.end && o.start < f.clause.end)?.start ?? f.clause.end;
  return phraseOf(v, phraseAfter(v.match, date.end, next, false, v.seg));
}

/** 按不变价格计算, 扣除价格因素: a clause naming the method, not the thing measured. */
const isMethodClause = (v: SentenceView, clause: Span) => METHOD_CLAUSE.test(v.match.slice(clause.start, clause.end));

/** The last figure's metric in the figure's clause or an earlier one, or the subject of an earlier clause without one. */
function earlierClauses(v: SentenceView, f: FigureView): string | null {
  for (let k = f.clauseIndex; k >= 0; k--) {
    const clause = v.clauses[k]!; // k is at most the figure's clause index
    const inClause = v.figures.filter(({ c }) => c.start >= clause.start && c.end <= f.c.start && c.end <= clause.end);
    const lastFigure = inClause.at(-1);
    const lastMetric = lastFigure && v.out[lastFigure.i]?.metric;
    if (lastMetric) return lastMetric;
    if (k < f.clauseIndex && !isMethodClause(v, clause)) {
      const subject = phraseOf(v, clauseSubject(v.match, clause, v.seg));
      if (isMetricPhrase(subject) && !isGrowthWord(foldText(subject))) return subject;
    }
  }
  return null;
}

/** 价格每吨: the unit a list's figures are per is no part of its members */
const PER_UNIT_TAIL = /每[吨人户件台辆斤公斤千克升桶]$/;
/** Function characters jieba glues to a one-character member (起将汽、柴油, 对进、出口) */
const GLUED_FUNCTION = /^[起将把对在从为被使]+/;

/**
 * 汽、柴油价格 = 汽油价格、柴油价格; 进、出口 = 进口、出口: a member of one character (jieba may glue the
 * function word before it into one unknown word: 将汽) is completed by the rest of the member after it.
 */
function completeElided(v: SentenceView, start: number, members: string[]): string[] {
  if (members.length < 2) return members;
  let at = start;
  return members.map((m, k) => {
    const from = v.text.indexOf(m, at);
    at = from + m.length;
    const next = members[k + 1];
    if (next === undefined || next.length < 2) return m;
    const tokens = v.seg.of(from, at);
    const lastToken = tokens[tokens.length - 1];
    const single = m.length === 1 || (lastToken !== undefined && HAN_OR_LATIN_WORD.test(lastToken.word) && lastToken.word.replace(GLUED_FUNCTION, '').length === 1);
    return single ? m[m.length - 1] + next.slice(1) : m;
  });
}

/** Splits a listed phrase (出口和进口, 城乡、农村) into its members, for 分别. */
const LIST_SEPARATOR = /和|与|及|以及|、/;

/** Words a list's shared head can end in: 出口, 产量, 销售额, 货运量, 价格. */
const HEAD_TAIL = /(?:量|额|值|率|价|费|数|收入|支出|价格|指数|规模|总额|产值|增加值)$/;
const isHeadToken = (t: Token) => words.nominalVerbs.has(t.word) || HEAD_TAIL.test(t.word);

/**
 * The members of a listed phrase, each with the head the list shares when only its last member
 * carries it: 钢材、水泥和原油产量 → 钢材产量, 水泥产量, 原油产量. Members stay bare when the split
 * is not sure (a member that has a head of its own, a last member longer than the others).
 */
/** 对欧盟和东盟, 美、日: members that are all places (the partners of a flow, never its metric). */
const allPlaces = (members: string[]) => members.length > 0 && members.every((m) => lookupPlace(foldText(m).replace(/^[对向与同自从]/, '')) !== undefined);

function listMembers(v: SentenceView, span: Span): string[] {
  const text = v.text.slice(span.start, span.end).replace(PER_UNIT_TAIL, '');
  const members = completeElided(
    v,
    span.start,
    text.split(LIST_SEPARATOR).filter((p) => p.length > 0),
  );
  if (members.length < 2) return members;
  const tokensOf = (m: string, at: number) => v.seg.of(at, at + m.length);
  let at = span.start;
  const spans = members.map((m) => {
    const start = v.text.indexOf(m, at);
    at = start + m.length;
    return { start, end: at };
  });
  // spans maps members one to one, and there are two members or more
  const memberTokens = spans.map((s, k) => tokensOf(members[k]!, s.start));
  const last = memberTokens[memberTokens.length - 1]!;
  const others = memberTokens.slice(0, -1);
  if (others.some((ts) => ts.length === 0 || isHeadToken(ts[ts.length - 1]!))) return members;
  const longest = Math.max(...others.map((ts) => ts.length));
  // the head: the longest run of head-like tokens ending the last member, leaving an item no longer than the others
  let h = last.length;
  while (h > 1 && isHeadToken(last[h - 1]!) && isNominal(last[h - 1]!)) h--;
  if (h === last.length || h > longest) return members;
  const headStart = spans[spans.length - 1]!.start + last[h]!.start; // h < last.length
  const shared = v.text.slice(headStart, span.end);
  return members.map((m, k) => (k === members.length - 1 ? m : m + shared));
}

/** 分别: the k-th figure after 分别 in a clause takes the k-th member of the list it refers to, or the k-th figure before. */
function listItem(v: SentenceView, f: FigureView): string | null {
  const cueAt = v.match.indexOf('分别', f.clause.start);
  if (cueAt < 0 || cueAt + 2 > f.c.start) return null;
  const listedHere = v.figures.filter(({ c }) => c.start > cueAt && c.end <= f.clause.end);
  const k = listedHere.findIndex(({ c }) => c === f.c);
  if (k < 0) return null;
  // 出口和进口分别增长5%和3%: the members are named before 分别
  const namedSpan = phraseBefore(v.match, f.clause.start, cueAt, v.seg);
  const members = namedSpan ? listMembers(v, namedSpan) : [];
  // 对欧盟、美国分别进出口…: places listed before 分别 are the partners of a flow, not its metric
  if (members.length > 1 && allPlaces(members)) return null;
  // k indexes listedHere, so it indexes any list of its length
  if (members.length === listedHere.length) return members[k]!;
  // 家电、通讯器材的网络零售额分别增长…: the list qualifies the metric through 的
  if (namedSpan && v.match[namedSpan.start - 1] === '的') {
    const owners = phraseBefore(v.match, f.clause.start, namedSpan.start - 1, v.seg);
    const ownerMembers = owners ? listMembers(v, owners) : [];
    // 对欧盟和东盟的增幅分别为…: places before 的 are the partners, not the metric
    if (allPlaces(ownerMembers)) return null;
    if (ownerMembers.length === listedHere.length) return ownerMembers[k]!;
  }
  // 占出口总值的比重分别为58.6%、17.2%和3.1%: one metric the listed figures share
  const listBefore = namedSpan !== null && /[、]/.test(v.match.slice(f.clause.start, namedSpan.start));
  // (a bare change noun, 升幅 / 增速, names the change of another metric: the strategies after this one find it)
  const [only] = members;
  if (only !== undefined && members.length === 1 && !listBefore && RATE_TAIL.test(foldText(only)) && !isGrowthWord(foldText(only)) && isMetricPhrase(only)) return only;
  // 海外仓数量1800个，面积1200万平方米，分别增长80%和50%: the figures before it, in order
  const earlier = v.figures.filter(({ c }) => c.end <= f.clause.start);
  const referred = earlier.slice(-listedHere.length);
  if (referred.length === listedHere.length) return v.out[referred[k]!.i]?.metric ?? null;
  return null;
}

/**
 * The metric of every candidate of one sentence (null for dates), in candidate order, with the
 * strategy that found it. `match` is where rules read; `text` (same length) is what the metric is
 * copied from. `carried` is the last metric of the paragraph, used when a growth rate opens a sentence.
 */
export function metricsOfSentence(match: string, text: string, candidates: Candidate[], carried: string | null, tokens = new SentenceTokens(match)): MetricLink[] {
  const figures = candidates.map((c, i) => ({ c, i })).filter(({ c }) => c.type !== 'date');
  const v: SentenceView = {
    match,
    text,
    seg: new SentenceSegmenter(match, tokens),
    clauses: clausesOf(match),
    candidates,
    figures,
    out: candidates.map(() => ({ metric: null, strategy: null })),
    carried,
  };
  for (const { c, i } of figures) {
    const ci = clauseIndexOf(v.clauses, c.start);
    const clause = ci >= 0 ? v.clauses[ci]! : { start: 0, end: match.length };
    // the left context starts at the clause start or the end of a figure before it in the clause
    // (dates stay inside: they segment as m/t tokens, which end a phrase but never join one)
    let from = clause.start;
    for (const { c: o } of figures) if (o !== c && o.end <= c.start && o.end > from) from = o.end;
    let to = clause.end;
    for (const o of candidates) if (o !== c && o.start >= c.end && o.start < to) to = o.start;
    const f: FigureView = { c, i, clauseIndex: Math.max(ci, 0), clause, from, to };
    for (const strategy of METRIC_STRATEGIES[c.type as FigureType]) {
      const metric = STRATEGIES[strategy](v, f);
      if (isMetricPhrase(metric)) {
        v.out[i] = { metric, strategy };
        break;
      }
    }
  }
  return v.out;
}
