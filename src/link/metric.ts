import type { Candidate } from '../extract/types.js';
import { segment, type Token } from '../text/segment.js';
import { SentenceTokens } from '../text/sentence-tokens.js';
import { clauseIndexOf, clausesOf, type Span } from './clauses.js';
import { lookupPlace, words } from './lexicon.js';

// metric: the shortest complete noun phrase naming what a figure measures, as written.
// The clause around the figure is segmented and POS-tagged (jieba); the phrase is the run of
// nominal tokens next to the figure, after skipping linking words (达, 同比增长, 超过 …) and
// before stripping leading places, times and determiners (中国, 2020年, 本届 …).
// Each side of a figure is segmented on its own, so a token never straddles the figure.

const CONNECTORS = new Set(['和', '与', '及', '以及', '、', '或']);
const FUNCTION_TAG = /^(?:d|p|c|u\w*|m|mq|q|t|tg|a|ad|ag|an|f|y|e|o|zg|r|vd)$/;
const HAN_OR_LATIN_WORD = /^[\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z0-9&·]*$/;
const NOMINAL_TAG = /^(?:n\w*|vn|j|l|eng|s|b)$/;
const SHARE_TAIL = /占[^，,。；;、]{0,10}?(?:比重|比例|份额)$/;
/** Words that put a comparison base after them: 较上届, 比上年. */
const COMPARED_WITH = /(?:较|比|相比)$/;
/** A change verb ending a token that jieba did not split (价格上涨, 产量下降). */
const CHANGE_TAIL = /(?:上涨|下降|增长|增加|减少|上升|回落|下滑|下跌|提高|提升)$/;
/** A clause that says how a figure was computed: 按可比价格计算, 扣除价格因素, 剔除季节因素. */
const METHOD_CLAUSE = /^(?:按|以|扣除|剔除|折合|若)[^，,；;。]{0,12}(?:计算|因素|影响|计|口径)$/;

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
    for (let at = from; at < to; ) {
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

export function isNominal(t: Token): boolean {
  if (isBridge(t) || isConnector(t)) return false;
  if (words.nominalVerbs.has(t.word) || words.nounSuffixes.has(t.word)) return true;
  if (NOMINAL_TAG.test(t.tag)) return HAN_OR_LATIN_WORD.test(t.word);
  // jieba tags words it does not know (brands, new terms: 纵腾, 金橙) as x, like punctuation
  return t.tag === 'x' && HAN_OR_LATIN_WORD.test(t.word);
}

const isSkippable = (t: Token) => isBridge(t) || FUNCTION_TAG.test(t.tag) || !HAN_OR_LATIN_WORD.test(t.word);

/** jieba's place tag, except on common nouns it also tags so (城市上涨0.2%: 城市 is the metric). */
const hasPlaceTag = (t: Token) => t.tag === 'ns' && !words.commonNounsTaggedNs.has(t.word);

const isLeadingNoise = (t: Token) =>
  isConnector(t) ||
  words.objectVerbs.has(t.word) ||
  t.tag === 't' ||
  hasPlaceTag(t) ||
  lookupPlace(t.word) !== undefined ||
  words.leadingDeterminers.includes(t.word) ||
  isBridge(t);

const isPlaceToken = (t: Token) => hasPlaceTag(t) || lookupPlace(t.word) !== undefined;

/** Extends a nominal run leftwards from token `last`: [raw first, first after dropping leading noise], or null. */
function runEndingAt(tokens: Token[], last: number): [number, number, number] | null {
  let first = last;
  while (first > 0) {
    const prev = tokens[first - 1];
    if (isNominal(prev)) first--;
    // 非食品, 副产品: a prefix (jieba tag h) belongs to the noun after it
    else if (prev.tag === 'h' && HAN_OR_LATIN_WORD.test(prev.word)) first--;
    else if (isConnector(prev) && first >= 2 && isNominal(tokens[first - 2])) first--;
    else break;
  }
  const raw = first;
  while (first <= last && isLeadingNoise(tokens[first])) {
    first++;
    // 厦门口岸进口水果, 郑州机场货邮吞吐量: the facility belongs to the place, not to the metric
    if (first <= last && isPlaceToken(tokens[first - 1]) && words.facilityWords.has(tokens[first].word)) first++;
  }
  // 该平台日均订单量, 本届展会展览面积: after a determiner the first noun is the referent, not the metric
  const referent = tokens[raw - 1];
  if (first === raw && first < last && referent && words.determiners.has(referent.word)) first++;
  return first <= last ? [first, last, raw] : [last + 1, last, raw];
}

/** The 占 before a run, over places and pronouns between (占我国外贸总值), or undefined. */
function shareVerbBefore(tokens: Token[], raw: number): Token | undefined {
  let k = raw - 1;
  while (k >= 0 && (isPlaceToken(tokens[k]) || tokens[k].tag === 'r')) k--;
  return k >= 0 && tokens[k].word === '占' ? tokens[k] : undefined;
}

/** The noun phrase right before `to` in text[from, to): offsets into text, or null. */
export function phraseBefore(text: string, from: number, to: number, seg = new SentenceSegmenter(text)): Span | null {
  if (to <= from) return null;
  const tokens = seg.of(from, to);
  let last = tokens.length - 1;
  let verbs = 0;
  while (last >= 0 && !isNominal(tokens[last])) {
    // 中欧班列共开行1.7万列: one verb of its own right before the figure may be stepped over
    if (!isSkippable(tokens[last]) && (++verbs > 1 || last !== tokens.length - 1)) return null;
    last--;
  }
  if (last < 0) return null;
  const run = runEndingAt(tokens, last);
  if (!run) return null;
  const [first, , raw] = run;
  const before = tokens[raw - 1];
  const share = shareVerbBefore(tokens, raw);
  let start: number;
  if (share) start = share.start; // 占全国的24.2%, 占我国外贸总值的53.5%
  else if (before && /^(?:对|向)$/.test(before.word) && isPlaceToken(tokens[raw])) start = before.start; // 对大陆出口金额
  else if (first > last) return null;
  else start = tokens[first].start;
  // 价格上涨 (one jieba token): the change verb at the end is not part of the metric
  const lastWord = tokens[last].word;
  const verbTail = lastWord.length >= 4 && CHANGE_TAIL.test(lastWord) ? 2 : 0;
  const end = tokens[last].end - verbTail;
  // 5G基站: jieba cuts the digit off a model name
  while (start > 0 && /[0-9]/.test(text[from + start - 1]) && /[A-Za-z]/.test(text[from + start])) start--;
  // 占全省比重, 贸易规模占全国的比重: a share names what it is a share of
  const shareTail = SHARE_TAIL.exec(text.slice(from, from + end));
  if (shareTail && shareTail.index <= start) {
    start = shareTail.index;
    const beforeShare = tokens.findIndex((t) => t.end === shareTail.index);
    const owner = beforeShare >= 0 && isNominal(tokens[beforeShare]) ? runEndingAt(tokens, beforeShare) : null;
    if (owner && owner[0] <= owner[1]) start = tokens[owner[0]].start;
  }
  return { start: from + start, end: from + end };
}

/** The noun phrase right after `from` in text[from, to) (after 的, 以上, 左右 …), or null. */
export function phraseAfter(text: string, from: number, to: number, needDe = false, seg = new SentenceSegmenter(text)): Span | null {
  if (to <= from) return null;
  const tokens = seg.of(from, to);
  let first = 0;
  let sawDe = false;
  while (first < tokens.length && !isNominal(tokens[first])) {
    const w = tokens[first].word;
    if (w === '的') sawDe = true;
    // 的受访企业, 的参展商: a verb that only qualifies the noun after it
    else if (sawDe && /^v/.test(tokens[first].tag) && tokens[first + 1] && isNominal(tokens[first + 1])) break;
    else if (!['以上', '以下', '左右', '多', '余', '之多', '上下'].includes(w) && !/^a/.test(tokens[first].tag)) return null;
    else {
      first++;
      continue;
    }
    first++;
  }
  if (first >= tokens.length || (needDe && !sawDe)) return null;
  let last = first;
  while (last + 1 < tokens.length) {
    const next = tokens[last + 1];
    if (isNominal(next)) last++;
    else if (isConnector(next) && last + 2 < tokens.length && isNominal(tokens[last + 2])) last++;
    else break;
  }
  return { start: from + tokens[first].start, end: from + tokens[last].end };
}

/** The subject of a clause without a figure: the first noun phrase followed by a verb or adverb, else the last one. */
export function clauseSubject(text: string, clause: Span, seg = new SentenceSegmenter(text)): Span | null {
  const tokens = seg.of(clause.start, clause.end);
  let lastRun: [number, number] | null = null;
  let i = 0;
  while (i < tokens.length) {
    if (!isNominal(tokens[i])) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < tokens.length && (isNominal(tokens[last + 1]) || (isConnector(tokens[last + 1]) && last + 2 < tokens.length && isNominal(tokens[last + 2])))) last++;
    const run = runEndingAt(tokens, last);
    if (run && run[0] <= run[1]) {
      lastRun = [run[0], run[1]];
      const next = tokens[last + 1];
      if (next && (/^[vda]/.test(next.tag) || isBridge(next))) break;
    }
    i = last + 1;
  }
  return lastRun ? { start: clause.start + tokens[lastRun[0]].start, end: clause.start + tokens[lastRun[1]].end } : null;
}

const isGrowthWord = (phrase: string) => words.growthWords.has(phrase);

/** Splits a listed phrase (出口和进口, 城乡、农村) into its members, for 分别. */
const listMembers = (phrase: string): string[] => phrase.split(/和|与|及|以及|、/).filter((p) => p.length > 0);

/**
 * The metric of every candidate of one sentence (null for dates), in candidate order.
 * `match` is where rules read; `text` (same length) is what the metric is copied from.
 * `carried` is the last metric of the paragraph, used when a growth rate opens a sentence.
 */
export function metricsOfSentence(match: string, text: string, candidates: Candidate[], carried: string | null, tokens = new SentenceTokens(match)): (string | null)[] {
  const seg = new SentenceSegmenter(match, tokens);
  const clauses = clausesOf(match);
  const figures = candidates.map((c, i) => ({ c, i })).filter(({ c }) => c.type !== 'date');
  const dates = candidates.filter((c) => c.type === 'date');
  const out: (string | null)[] = candidates.map(() => null);
  const slice = (s: Span | null) => (s ? text.slice(s.start, s.end) : null);
  /** Where the left context of a figure starts: its clause start, or the end of a figure before it in the clause
   * (dates stay inside: they segment as m/t tokens, which end a phrase but never join one). */
  const leftBound = (c: Candidate, clause: Span) => {
    let from = clause.start;
    for (const { c: o } of figures) if (o !== c && o.end <= c.start && o.end > from) from = o.end;
    return from;
  };
  const rightBound = (c: Candidate, clause: Span) => {
    let to = clause.end;
    for (const o of candidates) if (o !== c && o.start >= c.end && o.start < to) to = o.start;
    return to;
  };
  const dateEnding = (at: number) => dates.some((d) => d.end === at);

  /** Metric from earlier clauses: the last figure's metric, or the subject of a figure-less clause. */
  const fromEarlierClauses = (clauseIdx: number, before: number): string | null => {
    for (let k = clauseIdx; k >= 0; k--) {
      const inClause = figures.filter(({ c }) => c.start >= clauses[k].start && c.end <= before && c.end <= clauses[k].end);
      const lastFigure = inClause[inClause.length - 1];
      if (lastFigure && out[lastFigure.i]) return out[lastFigure.i];
      if (k < clauseIdx) {
        // 按不变价格计算, 扣除价格因素: a clause naming the method, not the thing measured
        if (METHOD_CLAUSE.test(match.slice(clauses[k].start, clauses[k].end))) continue;
        const subject = slice(clauseSubject(match, clauses[k], seg));
        if (subject && !isGrowthWord(subject)) return subject;
      }
    }
    return carried;
  };

  for (const { c, i } of figures) {
    const ci = clauseIndexOf(clauses, c.start);
    const clause = ci >= 0 ? clauses[ci] : { start: 0, end: match.length };
    const from = leftBound(c, clause);
    const to = rightBound(c, clause);
    const before = () => {
      const s = phraseBefore(match, from, c.start, seg);
      const p = slice(s);
      // 较上届增长24.4%, 比上月回落: the phrase after 较/比 is the comparison base, not the metric
      if (s && p && COMPARED_WITH.test(match.slice(Math.max(from, s.start - 2), s.start))) {
        return slice(phraseBefore(match, from, s.start - 1, seg));
      }
      if (!s || !p || !isGrowthWord(p)) return p;
      // 营收月增率逾8%, 出口增速为5%: the rate's noun names no metric; the phrase before it does
      const owner = slice(phraseBefore(match, from, s.start, seg));
      return owner && !isGrowthWord(owner) ? owner : null;
    };
    const after = (needDe: boolean) => {
      // a date right after the figure (3家电商平台2023年…) ends the phrase, which rightBound already does
      if (dateEnding(c.end)) return null;
      return slice(phraseAfter(match, c.end, to, needDe, seg));
    };
    let metric: string | null = null;
    const listed = respectively(c, clause);
    if (listed !== undefined) metric = listed;
    else if (c.type === 'count') metric = after(false) ?? before() ?? c.metric ?? null;
    else if (c.type === 'percent') metric = after(true) ?? before();
    else if (c.type === 'growth') metric = before();
    else metric = before() ?? after(true);
    out[i] = metric ?? c.metric ?? fromEarlierClauses(ci, c.start);
  }
  return out;

  /** 分别: the k-th figure of a clause with 分别 takes the k-th member of the list it refers to; undefined when not such a clause. */
  function respectively(c: Candidate, clause: Span): string | null | undefined {
    const cueAt = match.indexOf('分别', clause.start);
    if (cueAt < 0 || cueAt + 2 > c.start) return undefined;
    const listedHere = figures.filter(({ c: o }) => o.start > cueAt && o.end <= clause.end && o.type === c.type);
    const k = listedHere.findIndex(({ c: o }) => o === c);
    if (k < 0) return undefined;
    // 出口和进口分别增长5%和3%: the members are named before 分别
    const namedSpan = phraseBefore(match, clause.start, cueAt, seg);
    const named = slice(namedSpan);
    const members = named ? listMembers(named) : [];
    if (members.length === listedHere.length) return members[k];
    // 家电、通讯器材的网络零售额分别增长…: the list qualifies the metric through 的
    if (namedSpan && match[namedSpan.start - 1] === '的') {
      const owners = slice(phraseBefore(match, clause.start, namedSpan.start - 1, seg));
      const ownerMembers = owners ? listMembers(owners) : [];
      if (ownerMembers.length === listedHere.length) return ownerMembers[k];
    }
    // 海外仓数量1800个，面积1200万平方米，分别增长80%和50%: the figures before it, in order
    const earlier = figures.filter(({ c: o }) => o.end <= clause.start);
    const referred = earlier.slice(-listedHere.length);
    if (referred.length === listedHere.length) return out[referred[k].i];
    return undefined;
  }
}
