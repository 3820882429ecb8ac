import type { SentenceTokens } from '../text/sentence-tokens.js';
import { clauseEnd, clauseStart, insideTitle } from '../text/clauses.js';
import { lookupPlace, placeTrie, words, type PlaceEntry, type PlaceLevel } from './lexicon.js';

// region: the place a figure is about. Places are found in the match view (Simplified) from the
// place lexicon; a place is weak evidence when it names an organisation or event (中国国际电子商务中心,
// 中国跨交会), a partner or destination (与美国, 销往日本), one item of a list (江苏、宁夏、福州 / 杭州等),
// the scope of a rank (位居全国第四) or an end of a route (沈阳至大连高速公路). The other side of a
// flow (partner.ts) becomes a mention of kind `partner`: never a region.

export type MentionKind = 'place' | 'body' | 'context' | 'none' | 'partner';

export interface PlaceMention {
  start: number;
  end: number;
  /** canonical region; null for 全球 (no single region) and 全省 (the region in context) */
  region: string | null;
  level: PlaceLevel;
  kind: MentionKind;
  weak: boolean;
  /** a county-level city (义乌, 根河市) */
  countyCity?: boolean;
  /** it opens the name of a facility (浦东机场, 黄埔海关) */
  namesFacility?: boolean;
  /** it opens the name of an organisation or event (江苏省第十四次代表大会, 浙江大学) */
  namesOrganisation?: boolean;
  /** a district of a city (海淀区, 浦东新区) */
  urbanDistrict?: boolean;
  /** named as where one goes or is (访港, 在港): a destination, never where visitors come from */
  destination?: boolean;
}

const FACILITY_AFTER = /^(?:国际)?(?:机场|海关)/;

/**
 * True when [start, end) does not cut through a jieba word (so 加纳 is not found in 增加纳税);
 * a place word jieba glued to another (上海浦东/ns) may be cut at either end.
 */
function onWordBoundaries(tokens: SentenceTokens | null, start: number, end: number): boolean {
  if (!tokens) return true;
  if (tokens.startsAt(start) && (end === tokens.text.length || tokens.startsAt(end))) return true;
  const covering = tokens.tokenAt(start);
  // 法国政府/nt: a country's government speaks for the country
  if (covering.tag === 'nt' && covering.start === start && GOVERNMENT.test(covering.word.slice(end - start))) return true;
  return covering.tag === 'ns' && end <= covering.end && (covering.start === start || covering.end === end);
}

const GOVERNMENT = /^(?:政府|当局|官方|方面)$/;
const ORG_TAG = /^(?:n\w*|vn|j|eng|x)$/;
const ORG_WORD = /^[\u3400-\u9fffA-Za-z&]+$/;

/**
 * True when the noun phrase a place opens ends in an organisation or event word (中国国际电子商务中心,
 * 福建省进出口商会, 中国跨交会). With tokens the phrase is the run of nominal tokens after the place;
 * without them, a short window up to the next punctuation or digit.
 */
function namesOrganisation(text: string, end: number, tokens: SentenceTokens | null): boolean {
  if (!tokens) return words.orgSuffix.test(text.slice(end, end + 8));
  // the phrase is a prefix of the text after the place: without a suffix there it names none,
  // and the tokens (which may cost a jieba call) are not needed
  if (!words.orgSuffix.test(text.slice(end, end + words.orgSuffixReach))) return false;
  const covering = tokens.tokenAt(end - 1);
  // 德国莱比锡大学, 浙江杭州银行: a place right before another place locates it; the name is the second's
  if (covering.end === end && end < text.length && tokens.tokenAt(end).tag === 'ns') return false;
  let phrase = covering.end > end ? covering.word.slice(end - covering.start) : '';
  for (let at = covering.end; at < text.length;) {
    const t = tokens.tokenAt(at);
    if (!ORG_TAG.test(t.tag) || !ORG_WORD.test(t.word)) break;
    phrase += t.word;
    if (phrase.length > 14) break;
    at = t.end;
  }
  return words.orgSuffix.test(phrase);
}

/** 位居全国第四, 在全省排名第二, 成为全国第15个: the place is the scope of a rank, not what is ranked. */
// (浙江省第十五次代表大会, 广东省第三届运动会: the ordinal of a meeting or an event is no rank)
const RANK_AFTER = /^(?:中|内|上)?(?:排名|排行|排|位居|位列|居)?(?:第(?![一二三四五六七八九十百\d]+[次届期批轮])[一二三四五六七八九十百\d]|前[一二三四五六七八九十百\d]+(?:名|位|强))/;
const isRankScope = (text: string, start: number, end: number) => RANK_AFTER.test(text.slice(end, end + 6)) || words.rankBefore.test(text.slice(Math.max(0, start - 3), start));

/**
 * 沈阳至大连高速公路: the second end of a route named after its two ends (the first end, found
 * before it, is marked weak with it by findPlaces).
 */
const ROUTE_JOIN = /^(?:至|到|—|－|-|～|~)$/;
function isRouteEnd(text: string, start: number, end: number, mentionsSoFar: PlaceMention[]): boolean {
  const prev = mentionsSoFar[mentionsSoFar.length - 1];
  return prev !== undefined && prev.end === start - 1 && ROUTE_JOIN.test(text.charAt(start - 1)) && words.routeAfter.test(text.slice(end, end + 12));
}

/** 一、杭州 / 3、浙江: the numbering of a heading or list entry, not a list of places */
const ENUMERATOR = /^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})、$/;

const COMPARISON_BASE_BEFORE = /(?:高于|低于|快于|慢于|好于|优于|领先于?|落后于|[比较])$/;

function isWeak(text: string, start: number, end: number, tokens: SentenceTokens | null, mentionsSoFar: PlaceMention[], organisation: boolean): boolean {
  if (organisation) return true;
  if (isRankScope(text, start, end) || isRouteEnd(text, start, end, mentionsSoFar)) return true;
  // 非内地旅客, 非欧盟国家: everywhere but the place
  if (text[start - 1] === '非') return true;
  // 增速高于全国4.3个百分点, 比全省平均水平高: the base of a comparison is not what the figure is about
  if (COMPARISON_BASE_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return true;
  const before = text.slice(Math.max(0, start - 4), start);
  // 广东（8.3万亿元）、江苏（5.2万亿元）: a list item with its own figures in brackets is their place
  const noted = /^[（(][^）)]*\d/.test(text.slice(end, end + 30));
  // 江苏（增长5.8%）和浙江（增长6.1%）: after a join such an item is the list's next member, not a partner
  if (noted && /[）)][和与及、]$/.test(text.slice(0, start))) return false;
  if (words.partnerBefore.test(before)) return true;
  // 接待中国游客, 吸引全球企业: a place inside the object of a verb qualifies the object
  if (words.objectVerbBefore.test(before)) return true;
  if (noted) return false;
  if (text[end] === '等' || text[end] === '、' || (text[start - 1] === '、' && !ENUMERATOR.test(text.slice(0, start)))) return true;
  const prev = mentionsSoFar[mentionsSoFar.length - 1];
  return prev !== undefined && prev.end === start - 1 && text[start - 1] === '、';
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** An English name (US, Japan) is a whole word: no Latin letter on either side (USD, Census, Chinatown), and US$ is money. */
function latinWordAt(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end);
  return !isLatinLetter(text.charCodeAt(start - 1)) && !isLatinLetter(after) && text[end] !== '$';
}

// findPlaces reads a sentence once, character by character. A table over the code units says
// which can start a place name (a Han character heading the place trie) and which can start one of
// the context words (全省, 本市) or national bodies (商务部); the rest are passed over at once.
const STARTS_PLACE = 1;
const STARTS_WORD = 2;
// (every code unit, 0 to 0xffff, indexes it: the `!`s on it below)
const startsWhat = new Uint8Array(0x10000);
for (const code of placeTrie.keys()) if ((code >= 0x3400 && code <= 0x9fff) || isLatinLetter(code)) startsWhat[code]! |= STARTS_PLACE;
// Most Han characters head some place name, so a second table, a bitmap over hashed pairs of
// code units, says which two characters can open one (every name has two or more): a pair
// missing from it needs no walk down the trie. A hash collision only costs a walk.
const PAIR_BITS = 1 << 20;
const pairHash = (a: number, b: number) => ((a << 5) ^ b) & (PAIR_BITS - 1);
// (a hash is below PAIR_BITS, so hash >> 3 indexes it: the `!`s on it below)
const opensPlace = new Uint8Array(PAIR_BITS >> 3);
for (const [first, node] of placeTrie) {
  for (const second of node.next?.keys() ?? []) {
    const h = pairHash(first, second);
    opensPlace[h >> 3]! |= 1 << (h & 7);
  }
}
const mayOpenPlace = (a: number, b: number) => {
  const h = pairHash(a, b);
  return (opensPlace[h >> 3]! & (1 << (h & 7))) !== 0;
};
/** context words and national bodies by their first code unit, with their index in their own list */
const wordsByFirst = new Map<number, { word: string; index: number; body: boolean }[]>();
const contextWords = [...words.contextRegion];
for (const [list, body] of [
  [contextWords, false],
  [words.nationalBodies, true],
] as const) {
  list.forEach((word, index) => {
    if (word.length === 0) return;
    const code = word.charCodeAt(0);
    startsWhat[code]! |= STARTS_WORD;
    let entries = wordsByFirst.get(code);
    if (!entries) wordsByFirst.set(code, (entries = []));
    entries.push({ word, index, body });
  });
}

// the names found at one position by findPlaces: their lengths and entries, shortest first
const namesAtLength: number[] = [];
const namesAtEntry: PlaceEntry[] = [];

/** Every place mention of a sentence (match view), longest name first at each position. */
export function findPlaces(text: string, tokens: SentenceTokens | null): PlaceMention[] {
  const found: PlaceMention[] = [];
  // where each context word occurs ([word index, offset], in the order of the text) and where each body first does
  let contextAt: [number, number][] | null = null;
  let bodyAt: number[] | null = null;
  // a place found covers the characters up to here: no other place starts inside it
  let placeEnd = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const what = startsWhat[code]!;
    if (what === 0) continue;
    if (what & STARTS_WORD) {
      for (const { word, index, body } of wordsByFirst.get(code)!) {
        if (!text.startsWith(word, i)) continue;
        if (!body) (contextAt ??= []).push([index, i]);
        else if ((bodyAt ??= [])[index] === undefined) bodyAt[index] = i;
      }
    }
    if (!(what & STARTS_PLACE) || i < placeEnd || !mayOpenPlace(code, text.charCodeAt(i + 1))) continue;
    // every place name starts with a Han character or, written in English (US, Japan), a Latin letter
    const latin = isLatinLetter(code);
    let node = placeTrie.get(code)!;
    namesAtLength.length = 0;
    namesAtEntry.length = 0;
    for (let j = i + 1; j < text.length && node.next !== null; j++) {
      const next = node.next.get(text.charCodeAt(j));
      if (next === undefined) break;
      node = next;
      if (node.entry !== undefined) {
        namesAtLength.push(j + 1 - i);
        namesAtEntry.push(node.entry);
      }
    }
    for (let k = namesAtLength.length - 1; k >= 0; k--) {
      // the two lists are filled together, so k indexes both
      const len = namesAtLength[k]!;
      const entry = namesAtEntry[k]!;
      // short names must be whole words; long ones (浙江省, 义乌市) are safe as they are
      if (latin ? !latinWordAt(text, i, i + len) : len === 2 && !onWordBoundaries(tokens, i, i + len)) continue;
      if (insideTitle(text, i)) break;
      const kind: MentionKind = entry.canonical === null ? (words.contextRegion.has(text.slice(i, i + len)) ? 'context' : 'none') : 'place';
      const organisation = namesOrganisation(text, i + len, tokens);
      const mention: PlaceMention = { start: i, end: i + len, region: entry.canonical, level: entry.level, kind, weak: isWeak(text, i, i + len, tokens, found, organisation) };
      if (organisation) mention.namesOrganisation = true;
      if (entry.countyCity) mention.countyCity = true;
      if (entry.urbanDistrict) mention.urbanDistrict = true;
      if (FACILITY_AFTER.test(text.slice(i + len, i + len + 5))) mention.namesFacility = true;
      // a route's second end has its first end as the last mention found
      if (isRouteEnd(text, i, i + len, found)) found[found.length - 1]!.weak = true;
      found.push(mention);
      placeEnd = i + len;
      break;
    }
  }
  if (contextAt !== null) {
    // word by word, each in the order of the text, as the context words are listed
    for (const [index, at] of contextAt.sort((x, y) => x[0] - y[0] || x[1] - y[1])) {
      const end = at + contextWords[index]!.length; // index is a context word's, see wordsByFirst
      if (!found.some((m) => at < m.end && m.start < end)) found.push({ start: at, end, region: null, level: 'province', kind: 'context', weak: false });
    }
  }
  if (bodyAt !== null) {
    bodyAt.forEach((at, index) => {
      // 据南京海关统计: a body word right after a place is that place's own office, not a national body
      if (found.some((m) => m.kind !== 'body' && m.end === at)) return;
      // bodyAt is indexed by the bodies' own indices
      found.push({ start: at, end: at + words.nationalBodies[index]!.length, region: '中国', level: 'country', kind: 'body', weak: false });
    });
  }
  homeBeforeFlow(text, found);
  found.sort((a, b) => a.start - b.start);
  domesticOfCountry(text, found);
  return found;
}

/** 我与欧盟贸易, 我对美国进出口: 我 before the preposition of a flow and its partner is the country writing (我国). */
const HOME_BEFORE_FLOW = /我(?=[对与同和向自从])/g;

function homeBeforeFlow(text: string, found: PlaceMention[]): void {
  HOME_BEFORE_FLOW.lastIndex = 0;
  for (let m = HOME_BEFORE_FLOW.exec(text); m; m = HOME_BEFORE_FLOW.exec(text)) {
    const at = m.index;
    const partnerAt = at + 2;
    const named = found.some((p) => p.start === partnerAt && p.kind === 'place') || words.partnerAbbreviations.has(text[partnerAt] ?? '');
    if (!named || found.some((p) => p.start <= at && at < p.end)) continue;
    found.push({ start: at, end: at + 1, region: '中国', level: 'country', kind: 'place', weak: false });
  }
}

/** Words for the whole of the country a source writes from: 全国, 国内, 我国. */
const HOME_WORDS = new Set(['全国', '国内', '我国', '本国', '举国', '我']);

/**
 * The mentions of a sentence as a source in `home` reads them: in a Taiwan or Hong Kong paper,
 * 财政部 and 央行 are its own government's and 全国 / 国内 its own place; a body only one country
 * has (国务院, 海关总署) stays the mainland's. The mainland's own sources (home 中国) change nothing.
 */
export function atHome(text: string, mentions: PlaceMention[], home: { place: string; government: string }): PlaceMention[] {
  if (home.place === '中国' && home.government === '中国') return mentions;
  const mapped = mentions.map((m) => {
    const word = text.slice(m.start, m.end);
    if (m.kind === 'body' && words.homeBodies.has(word)) return { ...m, region: home.government };
    if (m.kind === 'place' && m.region === '中国' && HOME_WORDS.has(word)) return { ...m, region: home.place };
    return m;
  });
  return home.place === '香港' ? withHongKongShortName(text, mapped) : mapped;
}

/**
 * 本港, 全港, 访港旅客, 在港消费, 来港: a Hong Kong source names its city by 港 after these (elsewhere
 * 本港, 抵港 or 在港 are as often a port's, so only there).
 */
const HONG_KONG_SHORT = /[本全访来赴抵在留离返]港(?![口区务湾])/g;

function withHongKongShortName(text: string, mentions: PlaceMention[]): PlaceMention[] {
  const added: PlaceMention[] = [];
  HONG_KONG_SHORT.lastIndex = 0;
  for (let m = HONG_KONG_SHORT.exec(text); m; m = HONG_KONG_SHORT.exec(text)) {
    const [start, end] = [m.index, m.index + 2];
    if (mentions.some((p) => p.start < end && start < p.end)) continue;
    added.push({ start, end, region: '香港', level: 'province', kind: 'place', weak: false, destination: true });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** The region a national body in a sentence speaks for, or undefined when it names none. */
export const bodyRegion = (mentions: PlaceMention[]): string | undefined => mentions.find((m) => m.kind === 'body')?.region ?? undefined;

/** 在法国全境维护国内安全: 国内 after another country named in the sentence is that country's. */
function domesticOfCountry(text: string, found: PlaceMention[]): void {
  let country: string | null = null;
  for (const m of found) {
    if (m.kind !== 'place' || m.weak) continue;
    if (text.startsWith('国内', m.start) && m.end - m.start === 2) {
      if (country !== null) m.region = country;
    } else if (m.level === 'country' && m.region !== null && m.region !== '中国') country = m.region;
  }
}

/**
 * In a chain of adjacent places (浙江金华, 江苏省苏州市, 湖南平江县, 内蒙古根河市) the figure is
 * about the innermost place: the ones before it say where that lies.
 */
function chainHead(chain: PlaceMention[]): PlaceMention {
  const last = chain[chain.length - 1]!; // a chain has one place or more
  const outer = chain[chain.length - 2];
  // 上海浦东机场海关: the inner place names the facility; 上海浦东新区: a city's district is the city
  return outer && (last.namesFacility || last.urbanDistrict) ? outer : last;
}

// governingPlaces is asked for the same sentence's mentions once per figure and again for the
// sentence; mentions are never changed once found, so the answer is kept with them.
const governingOf = new WeakMap<PlaceMention[], PlaceMention[]>();

/** Strong place mentions, with adjacent chains collapsed to one (the list returned is shared: do not change it). */
export function governingPlaces(mentions: PlaceMention[]): PlaceMention[] {
  let governing = governingOf.get(mentions);
  if (!governing) governingOf.set(mentions, (governing = collapseChains(mentions)));
  return governing;
}

function collapseChains(mentions: PlaceMention[]): PlaceMention[] {
  const strong = mentions.filter((m) => !m.weak && m.kind !== 'body');
  const out: PlaceMention[] = [];
  let chain: PlaceMention[] = [];
  for (const m of strong) {
    const head = chain[0];
    const tail = chain.at(-1);
    if (head && tail && tail.end === m.start && m.kind === 'place' && head.kind === 'place') chain.push(m);
    else {
      if (chain.length > 0) out.push(chainHead(chain));
      chain = [m];
    }
  }
  if (chain.length > 0) out.push(chainHead(chain));
  return out;
}

/**
 * Where a sentence stands in its passage, for its regions: the region carried to it (what the
 * paragraph, section, headline or document establish) and the places a 全省 / 全市 may refer to,
 * innermost first.
 */
export interface RegionFrame {
  carried: string | null;
  referents: (string | null)[];
}

export const NO_REGION_FRAME: RegionFrame = { carried: null, referents: [] };

/** The levels a context word can refer to: 全省 a province, 全市 a city, 全区 an autonomous region or a district. */
function levelsOf(word: string): PlaceLevel[] | null {
  const last = word[word.length - 1];
  if (last === '省') return ['province'];
  if (last === '市' || last === '州') return ['city', 'province'];
  if (last === '区') return ['province', 'district', 'city'];
  if (last === '县') return ['district', 'city'];
  return null;
}

/** What 全省 / 全市 / 当地 refer to: the first referent of a level the word fits, else the first one known. */
function resolveContext(word: string, referents: (string | null)[]): string | null {
  const levels = levelsOf(word);
  const known = referents.filter((r): r is string => r !== null);
  if (levels !== null) {
    const fit = known.find((r) => {
      const level = lookupPlace(r)?.level;
      return level !== undefined && level !== 'country' && levels.includes(level);
    });
    if (fit !== undefined) return fit;
  }
  return known[0] ?? null;
}

/** What a mention says the region is (全省 → the place it refers to in context). */
const resolve = (text: string, m: PlaceMention, before: string | null, frame: RegionFrame): string | null =>
  m.kind === 'context' ? resolveContext(text.slice(m.start, m.end), [before, frame.carried, ...frame.referents]) : m.region;

/** The last named place of a sentence (not 全省, not 全球), or null. */
export function lastNamedPlace(mentions: PlaceMention[]): string | null {
  const named = governingPlaces(mentions).filter((m) => m.kind === 'place' && m.region !== null);
  return named.at(-1)?.region ?? null;
}

/**
 * The region of a figure at [start, end): the last governing place before it in the sentence,
 * else a national body (商务部, 海关总署 → 中国) anywhere in it, else the region carried to the
 * sentence; null when the sentence says the figure has no single region (全球), undefined when
 * nothing is known. A place right after the figure's 的 (全长18公里的成都地铁) comes first.
 */
export function regionOfFigure(text: string, mentions: PlaceMention[], start: number, frame: RegionFrame = NO_REGION_FRAME, end = start): string | null | undefined {
  if (mentions.length === 0) return frame.carried ?? undefined;
  // 全长18公里的成都地铁环线: the figure qualifies a thing named after a place, which is the figure's own
  const qualified = text.startsWith('的', end) ? mentions.find((m) => m.start === end + 1 && m.kind === 'place' && !m.weak && m.region !== null) : undefined;
  if (qualified) return qualified.region;
  // 全球 says "no single region" only for the clause it stands in (位居全球第一 governs nothing after it)
  let clauseFrom: number | undefined;
  const governing = governingPlaces(mentions).filter((m) => m.end <= start && (m.kind !== 'none' || m.start >= (clauseFrom ??= clauseStart(text, start))));
  const last = governing[governing.length - 1];
  if (last) return last.kind === 'none' ? null : (resolve(text, last, placeBefore(governing, governing.length - 1), frame) ?? undefined);
  const body = bodyRegion(mentions);
  if (body !== undefined) return body;
  return frame.carried ?? undefined;
}

/** The last named place before index k of a governing list (what 全区 refers to inside a sentence). */
function placeBefore(governing: PlaceMention[], k: number): string | null {
  for (let j = k - 1; j >= 0; j--) {
    const m = governing[j];
    if (m?.kind === 'place') return m.region;
  }
  return null;
}

/** The region a sentence leaves for the sentences after it in the paragraph. */
export function regionAfterSentence(text: string, mentions: PlaceMention[], frame: RegionFrame = NO_REGION_FRAME): string | null {
  const governing = governingPlaces(mentions).filter((m) => m.kind !== 'none');
  const last = governing[governing.length - 1];
  if (last) return resolve(text, last, placeBefore(governing, governing.length - 1), frame);
  const body = bodyRegion(mentions);
  if (body !== undefined) return body;
  return frame.carried;
}

/**
 * The mentions of a sentence with its flows applied: places that are the other side of a flow
 * become partners (never regions), and the reporter a pair name holds (中俄贸易 → 中国) is added.
 */
export function withFlows(mentions: PlaceMention[], partnerPlaces: Set<number>, reporters: PlaceMention[]): PlaceMention[] {
  if (partnerPlaces.size === 0 && reporters.length === 0) return mentions;
  const marked = mentions.map((m, k) => (partnerPlaces.has(k) ? { ...m, kind: 'partner' as const, weak: true } : m));
  return reporters.length === 0 ? marked : [...marked, ...reporters].sort((a, b) => a.start - b.start);
}

/**
 * 泰国、越南两国订单分别增长62%和48%: with 分别, the k-th figure of its type after the cue is
 * about the k-th place listed before it in the clause; undefined when the counts differ.
 */
export function listedRegion(text: string, mentions: PlaceMention[], figures: { type: string; start: number; end: number }[], c: { type: string; start: number }): string | undefined {
  const cue = text.lastIndexOf('分别', c.start);
  if (cue < 0) return undefined;
  const from = clauseStart(text, c.start);
  if (cue < from) return undefined;
  const to = clauseEnd(text, c.start);
  const listed = figures.filter((f) => f.type === c.type && f.start > cue && f.end <= to);
  const places = mentions.filter((m) => m.kind === 'place' && m.region !== null && m.start >= from && m.end <= cue);
  if (listed.length < 2 || places.length !== listed.length) return undefined;
  const k = listed.findIndex((f) => f.start === c.start);
  // places and listed have the same length
  return k >= 0 ? (places[k]?.region ?? undefined) : undefined;
}
