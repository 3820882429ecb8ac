import type { Basis } from '../schema/fact.js';
import type { Candidate, ExtractContext } from '../extract/types.js';
import type { Sentence } from '../text/sentences.js';
import type { SentenceTokens } from '../text/sentence-tokens.js';
import { basesOfSentence, type BasisFrame } from './basis.js';
import { metricsOfSentence } from './metric.js';
import { governingDates, leadPeriod, periodAfterSentence, periodOfFigure, presentWordEnd } from './period.js';
import { atHome, bodyRegion, findPlaces, governingPlaces, listedRegion, regionAfterSentence, regionOfFigure, withFlows, type PlaceMention, type RegionFrame } from './region.js';
import { findFlows, partnerOfFigure, type Flows } from './partner.js';
import { carriesPartner, enter, headingStyle, initialState, leave, referents, roleOf, type Frame, type PassageState, type Statement } from './passage.js';

/** What the linker fills on a figure. */
export interface Links {
  metric: string | null;
  region: string | null;
  partner: string | null;
  period: string | null;
  basis: Basis | null;
}

export interface SentenceCandidates {
  sentence: Sentence;
  /** tokens of sentence.match (segmented where read), or null when the sentence holds no candidate */
  tokens: SentenceTokens | null;
  candidates: Candidate[];
}

/** What linking knows of the document around its sentences. */
export interface PassageInput {
  /** the plain text the sentences' offsets point into: where its lines break (headings, paragraphs) */
  plain?: string | null;
  /** the document's title from its metadata, with its date candidates: the headline */
  headline?: SentenceCandidates | null;
  /**
   * The dominant region of the whole document (placesWithFlows of every sentence), when the
   * sentences given are one piece of it; by default computed from the sentences given.
   */
  documentRegion?: string | null;
  /** the markup headings' levels by the start of their lines (<h2> → 2): which headings nest and which are siblings */
  headingLevels?: ReadonlyMap<number, number>;
  /** The passage as the previous piece left it; read at the start and updated at the end. */
  carry?: LinkCarry;
}

/** What linking carries from one piece of a document to the next. */
export interface LinkCarry {
  state?: PassageState;
  basisFrame?: BasisFrame;
}

// Linking folds over the sentences of a document with a PassageState (passage.ts): each sentence
// is read in the frame its headline, section and paragraph establish, and leaves its own
// statement for the sentences after it.

/** Named places counted over a document's sentences, for dominantRegion (fed sentence by sentence, so a long document need not keep them). */
export interface PlaceTally {
  counts: Map<string, number>;
  total: number;
}

export const emptyTally = (): PlaceTally => ({ counts: new Map(), total: 0 });

/** Counts one sentence's places into the tally. */
export function tallyPlaces(tally: PlaceTally, mentions: PlaceMention[]): void {
  for (const m of governingPlaces(mentions)) {
    if (m.kind !== 'place' || m.region === null) continue;
    tally.counts.set(m.region, (tally.counts.get(m.region) ?? 0) + 1);
    tally.total++;
  }
  // 海关总署, 国家统计局: a national body speaks of the country
  const body = bodyRegion(mentions);
  if (body !== undefined) {
    tally.counts.set(body, (tally.counts.get(body) ?? 0) + 1);
    tally.total++;
  }
}

/** The tally's region: the place named most often (at least twice, and at least half of all named places), or the only one named, else null. */
export function regionOfTally({ counts, total }: PlaceTally): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [region, n] of counts) if (n > bestCount) [best, bestCount] = [region, n];
  // the only place a document names, or the one it names most
  return (bestCount >= 1 && counts.size === 1) || (bestCount >= 2 && bestCount * 2 >= total) ? best : null;
}

/**
 * The region a document is about, for figures whose passage names none: the place named most
 * often (at least twice, and at least half of all named places), or the only one it names, else null.
 */
export function dominantRegion(placesOf: PlaceMention[][]): string | null {
  const tally = emptyTally();
  for (const mentions of placesOf) tallyPlaces(tally, mentions);
  return regionOfTally(tally);
}

/** `undefined` (nothing known) falls back; null (known to have no single region) stays. */
const orElse = <T>(value: T | null | undefined, fallback: T | null): T | null => (value === undefined ? fallback : value);

/** A sentence's places with its flows applied (partners are not regions). */
export function placesWithFlows(sentence: Sentence, tokens: SentenceTokens | null, home: { place: string; government: string }): { places: PlaceMention[]; flows: Flows } {
  const found = atHome(sentence.match, findPlaces(sentence.match, tokens), home);
  const flows = findFlows(sentence.match, found);
  return { places: withFlows(found, flows.partnerPlaces, flows.reporters), flows };
}

/** The headline's frame: the period and the place it names. */
function headlineFrame(headline: SentenceCandidates | null | undefined, home: { place: string; government: string }): Frame {
  if (!headline) return { period: null, region: null };
  const { match } = headline.sentence;
  // `前10个月江西外贸增长5.1%_新闻_某某网`: a page title goes on with the site's name after a separator
  const siteAt = match.search(/\s*(?:[_|｜]|\s[-–—]\s)/);
  const end = siteAt > 0 ? siteAt : match.length;
  const { places } = placesWithFlows(headline.sentence, headline.tokens, home);
  const dates = governingDates(match, headline.candidates).filter((d) => d.end <= end);
  const named = governingPlaces(places).filter((m) => m.kind === 'place' && m.region !== null && m.end <= end);
  // a headline about a body named after its place (中国共产党江苏省第十四次代表大会) is about that place
  const namer = places.find((m) => m.kind === 'place' && m.region !== null && m.namesOrganisation && m.end <= end);
  const [first] = named;
  return {
    period: leadPeriod(dates, null) ?? null,
    region: first ? headlineSubject(match, subjectPlace(match, first, named), places, home.place) : (namer?.region ?? bodyRegion(places.filter((m) => m.end <= end)) ?? null),
  };
}

/**
 * The headline leads with its subject: its first named place (浙江：…, 云南保山：…). The home country
 * opening a name that goes on to one of its divisions in the same clause (中国共产党浙江省…大会,
 * 中国（福建）自由贸易试验区) is part of the name: the division is the subject.
 */
/** A clause that only sets the scene (美国猛攻之下, 疫情影响下, 在…背景下): its places are not what the headline is about. */
const SCENE_CLAUSE_END = /(?:之下|之际|背景下|影响下|冲击下|压力下|之后|以来)\s*[，,：:]/;

/** The headline's first named place outside a scene-setting clause (美国猛攻之下，中国贸易仍在扩张 → 中国), else its first. */
function subjectPlace(match: string, first: PlaceMention, named: PlaceMention[]): PlaceMention {
  const scene = SCENE_CLAUSE_END.exec(match);
  if (!scene || first.start >= scene.index) return first;
  return named.find((m) => m.start > scene.index) ?? first;
}

function headlineSubject(match: string, first: PlaceMention, places: PlaceMention[], home: string): string | null {
  if (first.region !== home) return first.region;
  const division = places.find((m) => m.start >= first.end && m.kind === 'place' && m.region !== null && m.level !== 'country' && (!m.weak || m.namesOrganisation));
  if (!division || /[，,、：:；;。！？!?\s]/.test(match.slice(first.end, division.start))) return first.region;
  return division.region;
}

/** The region a sentence's opening states: what governs its first figure, when the sentence itself names it. */
function leadRegion(match: string, places: PlaceMention[], firstFigure: number | null, frame: RegionFrame): string | null | undefined {
  const at = firstFigure ?? match.length;
  const own = governingPlaces(places).some((m) => m.end <= at && m.kind !== 'none') || places.some((m) => m.kind === 'body');
  return own ? regionOfFigure(match, places, at, frame) : undefined;
}

/** The place a document is written in and its government (China unless the document says otherwise). */
export const homeOf = (ctx: ExtractContext): { place: string; government: string } => ({ place: ctx.home ?? '中国', government: ctx.government ?? ctx.home ?? '中国' });

/** Fills metric, region, partner, period and basis for every candidate of a document, in order. */
export function linkDocument(items: SentenceCandidates[], ctx: ExtractContext, passage: PassageInput = {}): Links[][] {
  const home = homeOf(ctx);
  const read = items.map(({ sentence, tokens }) => placesWithFlows(sentence, tokens, home));
  const headline = headlineFrame(passage.headline, home);
  // a Hong Kong, Macau or Taiwan source that names its own place writes of it: its figures with no place are its own
  const ownPlace = home.place !== '中国' ? home.place : null;
  const documentRegion = headline.region ?? ownPlace ?? (passage.documentRegion !== undefined ? passage.documentRegion : dominantRegion(read.map((r) => r.places)));
  const plain = passage.plain ?? null;
  let state: PassageState = passage.carry?.state ?? initialState(headline, documentRegion);
  // what a list in the next sentence inherits (其中，出口…增长6.5%): a new paragraph or section ends it
  let basisFrame: BasisFrame = passage.carry?.basisFrame ?? null;
  const linked = items.map(({ sentence, tokens, candidates }, si) => {
    const { match } = sentence;
    const { places, flows } = read[si]!; // read maps items one to one
    const dates = governingDates(match, candidates);
    const nowEnd = presentWordEnd(match);
    const level = passage.headingLevels?.get(sentence.start);
    const role = level !== undefined ? 'heading' : roleOf(plain, state, sentence);
    if (role === 'heading' || role === 'paragraph') basisFrame = null;
    const firstFigure = candidates.find((c) => c.type !== 'date')?.start ?? null;
    const frameOf = (s: PassageState): RegionFrame => ({ carried: s.running.region, referents: referents(s) });
    const named = governingPlaces(places).filter((m) => m.kind === 'place' && m.region !== null);
    const lastNamed = named.at(-1);
    const says: Statement = {
      leadPeriod: leadPeriod(dates, firstFigure),
      region: lastNamed ? lastNamed.region : bodyRegion(places),
      leadRegion: undefined,
      periodAfter: null,
      regionAfter: null,
    };
    state = enter(state, role, says, headingStyle(match, firstFigure !== null), level);
    const frame = frameOf(state);
    says.leadRegion = leadRegion(match, places, firstFigure, frame);
    const figures = candidates.filter((c) => c.type !== 'date');
    const metrics = candidates.length > 0 ? metricsOfSentence(match, sentence.text, candidates, state.metric, tokens ?? undefined).map((m) => m.metric) : [];
    const carriedPartner = flows.partners.length === 0 && carriesPartner(state, sentence, places.length > 0) ? state.partner : null;
    const links = candidates.map((c, i): Links => {
      if (c.type === 'date') return { metric: null, region: null, partner: null, period: null, basis: null };
      const partner = partnerOfFigure(match, flows, figures, c) ?? carriedPartner;
      const regionAmong = (ps: PlaceMention[]) => listedRegion(match, ps, candidates, c) ?? orElse(regionOfFigure(match, ps, c.start, frame, c.end), state.documentRegion);
      const region = regionAmong(places);
      return {
        metric: metrics[i] ?? null,
        // 欧盟为我第二大贸易伙伴，与欧盟贸易总值…: the partner named again as a subject is still the other side
        region: region !== null && region === partner ? regionAmong(places.filter((m) => m.region !== partner)) : region,
        partner,
        period: periodOfFigure(match, dates, c.start, c.end, state.running.period, nowEnd),
        basis: null,
      };
    });
    const basis = basesOfSentence(
      match,
      candidates,
      links.map((l) => l.period),
      basisFrame,
    );
    links.forEach((l, i) => (l.basis = basis.bases[i] ?? null));
    basisFrame = basis.next;
    says.periodAfter = periodAfterSentence(match, dates, state.running.period, nowEnd);
    says.regionAfter = regionAfterSentence(match, places, frame);
    const lastMetric = [...metrics].reverse().find((m) => m !== null) ?? null;
    // links maps candidates one to one
    const partners = new Set(links.filter((_, i) => candidates[i]!.type !== 'date').map((l) => l.partner));
    const partner = partners.size === 1 ? ([...partners][0] ?? null) : null;
    state = leave(state, role, sentence, says, {
      metric: lastMetric,
      partner,
      partOfFlow: carriedPartner !== null,
      named: named.map((m) => ({ region: m.region!, level: m.level })),
      figures: firstFigure !== null,
    });
    return links;
  });
  if (passage.carry) Object.assign(passage.carry, { state, basisFrame });
  return linked;
}
