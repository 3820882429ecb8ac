import { clauseStart } from '../text/clauses.js';
import { words } from './lexicon.js';
import type { PlaceMention } from './region.js';

// partner: the other side of a flow between two places (trade, investment, shipments, visitors).
// The reporting side is the region; the other side is named after a preposition with a flow word
// behind it (对东盟进出口, 自澳大利亚进口, 与欧盟贸易, 在越南投资, 来自俄罗斯的游客, 对美出口) or after
// a verb of the flow (出口到日本, 销往, 发往, 外销日本). A list of partners (对巴西、智利进出口分别…)
// keeps its members in order, so that 分别 can give each figure its own.

export interface PartnerMention {
  start: number;
  end: number;
  /** the partner as the region field names places (美 → 美国) */
  partner: string;
  /** members of one list (对日本、韩国、印度) share a group number */
  group: number;
  /** the side compared with (对日出口比对韩出口多): it is not the figure's partner */
  comparison: boolean;
  /** where the member's bracket note of figures ends (对东盟（增长12.1%）、欧盟（…）), else its end */
  noteEnd: number;
}

/** A flow found in a sentence: its partners, and the place mentions that name them (not regions). */
export interface Flows {
  partners: PartnerMention[];
  /** indexes into the sentence's place mentions of the places that are partners */
  partnerPlaces: Set<number>;
  /** the reporting side that a pair name holds (中俄贸易 → 中国), as extra place mentions */
  reporters: PlaceMention[];
}

const LIST_JOIN = /^[、和及与]$/;
/** 等省, 等国家和地区 before 分别: the kind of place a list enumerates, closing it */
const CLOSED_LIST = /^等(?:省份|省市|省区|省|市|地区|国家|国|城市|地)?(?=分别)/;
const NO_FLOWS: Flows = { partners: [], partnerPlaces: new Set(), reporters: [] };

/** One member of a list of partners: a place mention or a one-character name (美, 日). */
interface Member {
  start: number;
  end: number;
  partner: string;
  place: number | null;
  /** a second place chained to the first (中国大陆) */
  chained?: number | null;
  /** where its bracket note of figures ends, else its end */
  noteEnd: number;
}

/** A bracket note holding a figure right after a member (美国（下降3.2%）, 韩国（2100亿元）): its end, else `at`. */
function noteEndAt(text: string, at: number): number {
  const m = /^[（(][^（()）。；;]{0,30}?\d[^（()）。；;]{0,30}?[）)]/.exec(text.slice(at, at + 64));
  return m ? at + m[0].length : at;
}

/** The member that starts at `at`: a place mention there, else an abbreviation (对美、日出口). */
function memberAt(text: string, at: number, mentions: PlaceMention[], byStart: Map<number, number>): Member | null {
  const k = byStart.get(at);
  if (k !== undefined) {
    const m = mentions[k]!; // byStart holds indices of mentions
    if (m.region === null || (m.kind !== 'place' && m.kind !== 'partner')) return null;
    // 中国大陆, 美国加州: a chain of places is one member, named by its first
    const next = byStart.get(m.end);
    const after = next === undefined ? undefined : mentions[next];
    const chained = after?.kind === 'place' ? after : null;
    const end = chained?.end ?? m.end;
    return { start: m.start, end, partner: m.region, place: k, chained: chained ? next! : null, noteEnd: noteEndAt(text, end) };
  }
  for (const len of [2, 1]) {
    const partner = words.partnerAbbreviations.get(text.slice(at, at + len));
    if (partner !== undefined) return { start: at, end: at + len, partner, place: null, noteEnd: at + len };
  }
  return null;
}

/** The list of members starting at `at` (日本、韩国、印度), or an empty list. */
function listAt(text: string, at: number, mentions: PlaceMention[], byStart: Map<number, number>): Member[] {
  const list: Member[] = [];
  for (let next = at; ;) {
    const m = memberAt(text, next, mentions, byStart);
    if (!m) break;
    // a place jieba glued to a longer word is not a member (对日常, 从中获益): only full mentions or abbreviations
    list.push(m);
    if (!LIST_JOIN.test(text[m.noteEnd] ?? '')) break;
    next = m.noteEnd + 1;
  }
  return list;
}

/** The flows of a sentence (match view) given its place mentions. */
export function findFlows(text: string, mentions: PlaceMention[]): Flows {
  if (!mayHoldFlow(text)) return NO_FLOWS;
  const byStart = new Map<number, number>();
  mentions.forEach((m, k) => byStart.set(m.start, k));
  const partners: PartnerMention[] = [];
  const partnerPlaces = new Set<number>();
  const reporters: PlaceMention[] = [];
  let group = 0;
  let coveredTo = 0;
  for (let at = 0; at < text.length; at++) {
    if (at < coveredTo) continue;
    const before = text.slice(Math.max(0, at - 4), at);
    const preposition = words.flowBeforePartner.exec(before);
    const verb = words.flowVerbBeforePartner.exec(before);
    if (!preposition && !verb) continue;
    const list = listAt(text, at, mentions, byStart);
    const last = list.at(-1);
    if (!last) continue;
    // 出口到美国、德国等40多个国家: a list closed by 等 names no single partner, unless 分别 gives
    // each of its members a figure (向浙江、湖北等省分别增供…)
    const closedBy = CLOSED_LIST.exec(text.slice(last.noteEnd, last.noteEnd + 8));
    if (text[last.noteEnd] === '等' && !(closedBy && list.length > 1)) {
      coveredTo = last.noteEnd;
      continue;
    }
    const flowFrom = last.noteEnd + (closedBy?.[0].length ?? 0);
    // 对美国USD 6971亿的最大贸易顺差: after a preposition the flow word may follow the figure, in the same clause
    const flowAfter =
      words.flowWordAfter.test(text.slice(flowFrom, flowFrom + 10)) ||
      (preposition !== null && !list.some((m) => m.place === null) && (flowLaterInClause(text, last.end) || changeOfEarlierFlow(text, at - preposition[0].length, flowFrom)));
    // a verb of the flow needs nothing after; a preposition needs a flow word after the list;
    // a one-character name needs the flow word right after it either way (对美出口, not 对美好)
    const abbreviated = list.some((m) => m.place === null);
    if (abbreviated ? !flowAfter : !(flowAfter || (verb && !preposition && verbFits(verb[0], list)))) continue;
    const marker = (preposition ?? verb)!;
    const markerStart = at - marker[0].length;
    const comparison = words.comparisonBeforePartner.test(text.slice(Math.max(0, markerStart - 3), markerStart));
    for (const m of list) {
      partners.push({ start: m.start, end: m.end, partner: m.partner, group, comparison, noteEnd: m.noteEnd });
      if (m.place !== null) partnerPlaces.add(m.place);
      if (m.chained != null) partnerPlaces.add(m.chained);
    }
    group++;
    coveredTo = last.noteEnd;
  }
  group = findMarkets(text, mentions, partners, partnerPlaces, group);
  group = findVisitorSources(text, mentions, partners, partnerPlaces, group);
  group = findShareHolders(text, mentions, partners, partnerPlaces, group);
  group = findBreakdown(text, mentions, partners, partnerPlaces, group);
  group = findDesignated(text, mentions, partners, partnerPlaces, group);
  findPairs(text, partners, reporters, group);
  return partners.length === 0 && reporters.length === 0 ? NO_FLOWS : { partners, partnerPlaces, reporters };
}

/** 出口增长7.2%，其中对欧盟和东盟的增幅分别为…: after a flow, the change of its part with a partner. */
const CHANGE_NOUN_AFTER = /^的(?:增幅|升幅|涨幅|跌幅|降幅|减幅|增速|比重|占比|份额)/;
const FLOW_WORD = /进出口|出口|进口|贸易|投资/;
const changeOfEarlierFlow = (text: string, markerStart: number, from: number) => CHANGE_NOUN_AFTER.test(text.slice(from, from + 4)) && FLOW_WORD.test(text.slice(0, markerStart));

const FLOW_IN_CLAUSE = new RegExp(`^[^，,。；;：:]{0,16}?\\d[^，,。；;：:]{0,16}?(?:${['贸易', '进出口', '出口', '进口', '顺差', '逆差', '投资'].join('|')})`);
// a thousands separator (6,971) does not end the clause
const flowLaterInClause = (text: string, from: number) => FLOW_IN_CLAUSE.test(text.slice(from, from + 40).replace(/(\d),(?=\d)/g, '$1'));

/**
 * Words of a sentence that ranks the markets of a flow: 最大出口市场为美国（…）, 出口目的地为加拿大（…）,
 * 前十大贸易伙伴中，最大为中国（…）, 出口以美国（…）、欧盟（…）为主.
 */
const MARKET_WORDS = /出口市场|进口市场|目的地|伙伴|来源地|进口来源|出口对象|依赖|依存|(?:出口|进口|贸易)(?:主要)?以/;
const OPENS_FIGURES = /^[（(][^）)]*\d/;

/** 最大出口市场为美国（USD 1.03兆，占比14.76%）: a place whose figures follow it in brackets is a market, a partner. */
function findMarkets(text: string, mentions: PlaceMention[], partners: PartnerMention[], partnerPlaces: Set<number>, group: number): number {
  if (!MARKET_WORDS.test(text)) return group;
  mentions.forEach((m, k) => {
    if (m.region === null || m.kind !== 'place' || partnerPlaces.has(k) || !OPENS_FIGURES.test(text.slice(m.end, m.end + 30))) return;
    partners.push({ start: m.start, end: m.end, partner: m.region, group: group++, comparison: false, noteEnd: noteEndAt(text, m.end) });
    partnerPlaces.add(k);
  });
  partners.sort((a, b) => a.start - b.start);
  return group;
}

/** Visitors named by where they come from: 内地旅客, 泰国游客, 日本的访客. */
const VISITORS_AFTER = /^的?(?:旅客|游客|访客|旅行团|观光客)/;

/** 内地旅客约345万人次, 泰国旅客上升38%: a place right before its visitors is where they come from, a partner. */
function findVisitorSources(text: string, mentions: PlaceMention[], partners: PartnerMention[], partnerPlaces: Set<number>, group: number): number {
  if (!/[客团]/.test(text)) return group;
  mentions.forEach((m, k) => {
    if (m.region === null || m.kind !== 'place' || m.destination || partnerPlaces.has(k) || !VISITORS_AFTER.test(text.slice(m.end, m.end + 4))) return;
    // 非内地旅客: visitors from anywhere else
    if (text[m.start - 1] === '非') return;
    partners.push({ start: m.start, end: m.end, partner: m.region, group: group++, comparison: false, noteEnd: m.end });
    partnerPlaces.add(k);
  });
  partners.sort((a, b) => a.start - b.start);
  return group;
}

/** The share a place holds in a flow: 美国份额, 东盟在我国外贸中的占比, 欧盟占我国出口的份额. */
const SHARE_AFTER_PLACE = /^(?:在[^，,。；;]{1,12}中)?的?(?:市场)?(?:份额|占比|比重)|^(?:所)?占(?:我国|中国|全国|全省|全市)?[^，,。；;\d]{0,6}?(?:进出口|出口|进口|贸易|外贸)/;
const FLOW_IN_SENTENCE = /进出口|出口|进口|贸易|外贸/;

/** 对美出口同比-25%，美国份额降至10%: a place whose share of a flow is given is the flow's other side, a partner. */
function findShareHolders(text: string, mentions: PlaceMention[], partners: PartnerMention[], partnerPlaces: Set<number>, group: number): number {
  if (!FLOW_IN_SENTENCE.test(text)) return group;
  mentions.forEach((m, k) => {
    if (m.region === null || m.kind !== 'place' || m.weak || m.destination || partnerPlaces.has(k) || !SHARE_AFTER_PLACE.test(text.slice(m.end, m.end + 24))) return;
    // 浙江占全国出口的比重: a part of the country holds its share of the whole, it is the region
    if (m.level !== 'country' || m.region === '中国') return;
    partners.push({ start: m.start, end: m.end, partner: m.region, group: group++, comparison: false, noteEnd: m.end });
    partnerPlaces.add(k);
  });
  partners.sort((a, b) => a.start - b.start);
  return group;
}

/** 为我省第三大贸易伙伴, 是本港最大出口市场: what names a place as a flow's other side. */
const DESIGNATED_AFTER_PLACE =
  /^(?:继续|仍然|仍|已|首次)?(?:为|是|成为|保持)(?:我国|我省|我市|我区|我|本港|本澳|本市|本省|中国|全国|全省|全市)?的?(?:第[一二三四五六七八九十\d]{1,2}|最)大(?:的)?(?:贸易伙伴|出口市场|进口市场|进口来源地|进口来源国|出口目的地|外资来源地|投资来源地|客源地|客源市场)/;

/** 日本为我省第三大贸易伙伴: a place named as a partner of the reporter is the other side wherever the sentence names it. */
function findDesignated(text: string, mentions: PlaceMention[], partners: PartnerMention[], partnerPlaces: Set<number>, group: number): number {
  mentions.forEach((m, k) => {
    if (m.region === null || m.kind !== 'place' || partnerPlaces.has(k) || !DESIGNATED_AFTER_PLACE.test(text.slice(m.end, m.end + 24))) return;
    partners.push({ start: m.start, end: m.end, partner: m.region, group: group++, comparison: false, noteEnd: m.end });
    partnerPlaces.add(k);
  });
  partners.sort((a, b) => a.start - b.start);
  return group;
}

/** A flow stated before a colon, broken down after it: 总出口+6%：非洲+1/3、东盟+1/5. */
const FLOW_BEFORE_COLON = /(?:进出口|出口|进口|贸易|外贸)[^：:。；;]*[：:]/g;
/** What follows a place that is an item of such a breakdown: its figure or its change. */
const ITEM_FIGURE_AFTER = /^(?:[（(][^）)]*[）)])?(?:[+\-＋－−]|约|近|超|增长|下降|上升|下跌|增|降|\d)/;

/** The places of a breakdown after a colon, each with its figure (非洲+1/3、东盟+1/5): the flow's other sides. */
function findBreakdown(text: string, mentions: PlaceMention[], partners: PartnerMention[], partnerPlaces: Set<number>, group: number): number {
  FLOW_BEFORE_COLON.lastIndex = 0;
  for (let m = FLOW_BEFORE_COLON.exec(text); m; m = FLOW_BEFORE_COLON.exec(text)) {
    const from = m.index + m[0].length;
    const end = from + (text.slice(from).search(/[。；;]/) + 1 || text.length - from + 1) - 1;
    // the reporter may be named before the colon; the places after it are parts of the flow only as items
    mentions.forEach((p, k) => {
      if (p.start < from || p.end > end || p.region === null || p.kind !== 'place' || partnerPlaces.has(k)) return;
      if (!/^[、，,\s]?$/.test(text.slice(Math.max(from, p.start - 1), p.start)) || !ITEM_FIGURE_AFTER.test(text.slice(p.end, p.end + 8))) return;
      partners.push({ start: p.start, end: p.end, partner: p.region, group: group++, comparison: false, noteEnd: p.end });
      partnerPlaces.add(k);
    });
  }
  partners.sort((a, b) => a.start - b.start);
  return group;
}

/** A bare 出口 / 进口 before a place only when the place is a country (出口日本, not 出口企业). */
function verbFits(verb: string, list: Member[]): boolean {
  if (verb !== '出口' && verb !== '进口') return true;
  return list.every((m) => m.place !== null);
}

/** Cheap test before the scan: a sentence without any marker holds no flow. */
const MAY_HOLD_FLOW = /[对与同向自从在赴来经出销运发输远外往中客团贸逆顺]/;
const mayHoldFlow = (text: string) => MAY_HOLD_FLOW.test(text);

/**
 * 中俄贸易额, 中美经贸, 美中逆差, 日韩贸易: a pair name gives the reporter (its first side) and the
 * partner (its second). Not after a preposition (对欧美进出口: 欧美 is one partner, Europe and America).
 */
const PAIR = /(?<![对与同和向自从及、])([中美日韩俄欧英德法意加澳印越泰台])([中美日韩俄欧英德法意加澳印越泰台])(?:双边)?(?:商品)?(?:贸易|经贸|进出口|投资|逆差|顺差)/g;

function findPairs(text: string, partners: PartnerMention[], reporters: PlaceMention[], group: number): void {
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
    // PAIR's groups are not optional
    const [first, second] = [m[1]!, m[2]!];
    const reporter = words.partnerAbbreviations.get(first);
    const partner = words.partnerAbbreviations.get(second);
    if (reporter === undefined || partner === undefined || reporter === partner || first + second === '欧美') continue;
    reporters.push({ start: m.index, end: m.index + 1, region: reporter, level: 'country', kind: 'place', weak: false });
    partners.push({ start: m.index + 1, end: m.index + 2, partner, group: group++, comparison: false, noteEnd: m.index + 2 });
  }
}

/** Text between a partner and a figure that says the figure's clause goes on with the same flow. */
const SAME_SUBJECT =
  /^(?:同比|环比|成长|衰退|比上年同期|比上年|比去年同期|比去年|较上年同期|较上年|较去年同期|较去年|分别|增长|下降|增加|减少|上升|上涨|下跌|下滑|回落|提高|扩大|增|降|达到|达|为|约|超过|超|突破|了|近|逾|年均|累计|合计|共计|占比|同期|按年|年|月)*$/;

/**
 * The partner of a figure at [start, end): with 分别, the k-th figure of its type after the cue
 * takes the k-th member of the list before it; else the last partner before the figure in its
 * clause, or in the clauses before it while the clauses between only go on with the same flow
 * (对东盟进出口4.9万亿元，增长5.4%). A list without 分别 is one joint flow: its members joined by 、.
 */
export function partnerOfFigure(text: string, flows: Flows, figures: { type: string; start: number; end: number }[], c: { type: string; start: number }): string | null {
  if (flows.partners.length === 0) return null;
  const candidates = flows.partners.filter((p) => !p.comparison && p.end <= c.start);
  const last = candidates.at(-1);
  if (!last) return null;
  // 对东盟（增长12.1%）、欧盟（增长6.4%）: a figure in a member's own note is that member's
  const noted = candidates.find((p) => c.start < p.noteEnd);
  if (noted) return noted.partner;
  const members = candidates.filter((p) => p.group === last.group);
  // every clause from the partner's to the figure's must go on with that flow
  let from = clauseStart(text, c.start);
  if (from > last.end && !sameSubject(text.slice(from, c.start), figures, from)) return null;
  while (from > last.end) {
    const to = from - 1;
    from = clauseStart(text, to);
    if (from > last.start && !sameSubject(text.slice(from, to), figures, from)) return null;
  }
  if (members.length === 1) return last.partner;
  const cue = text.lastIndexOf('分别', c.start);
  // 对泰、越出口增长25%: without 分别 the figure is the joint flow with every member
  if (cue < members[0]!.start) return members.map((m) => m.partner).join('、'); // members holds last at least
  const listed = figures.filter((f) => f.type === c.type && f.start > cue);
  const k = listed.findIndex((f) => f.start === c.start);
  return k >= 0 && k < members.length ? members[k]!.partner : null;
}

/** True when a clause's text before its figure (figures of its own removed) names no new subject. */
function sameSubject(between: string, figures: { start: number; end: number }[], offset: number): boolean {
  // figures cut out (from the end, so that offsets hold), also one that began before the clause (2,867)
  let rest = between;
  for (const f of figures.toReversed()) {
    const s = Math.max(0, f.start - offset);
    const e = Math.min(rest.length, f.end - offset);
    if (e > s) rest = rest.slice(0, s) + rest.slice(e);
  }
  // the joins of a list of figures (分别达144亿和105亿) and spaces say nothing
  rest = rest.replace(/[，,、和及与\s]/g, '');
  // 占我国外贸总值的15.6%: a share of the same flow; 其中机械设备进口…: a part of it
  return SAME_SUBJECT.test(rest) || /^(?:同比|分别)?占|^其中/.test(rest);
}
