import type { Basis } from '../schema/fact.js';
import type { Candidate, ExtractContext, Sentence } from '../extract/types.js';
import type { SentenceTokens } from '../text/sentence-tokens.js';
import { basesOfSentence, type BasisFrame } from './basis.js';
import { metricsOfSentence } from './metric.js';
import { governingDates, periodAfterSentence, periodOfFigure } from './period.js';
import { findPlaces, governingPlaces, lastNamedPlace, listedRegion, regionAfterSentence, regionOfFigure, type PlaceMention } from './region.js';

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


// Linking reads a document sentence by sentence, keeping what a paragraph has established:
// the region and the last metric carry across the sentences of a paragraph, the period only
// across sentences that follow each other directly (a heading or a new paragraph resets it).

const ENDS_SENTENCE = /[。！？!?；;…”’」』）)]$/;

interface Carried {
  region: string | null;
  period: string | null;
  metric: string | null;
  /** what a list in the next sentence inherits (其中，出口…增长6.5%) */
  basis: BasisFrame;
}

/** A new paragraph starts after white space that follows a finished sentence (not a broken line). */
const startsParagraph = (prev: Sentence | null, cur: Sentence) => prev !== null && cur.start > prev.end && ENDS_SENTENCE.test(prev.text);
const isDirectlyAfter = (prev: Sentence | null, cur: Sentence) => prev !== null && cur.start === prev.end;
/** 其中 / 同期 open a paragraph that goes on with the one before: its period, region and metric still hold. */
const CONTINUES = /^(?:其中|同期)/;

/**
 * The region a document is about, for figures whose paragraph names none: the place named most
 * often (at least twice, and at least half of all named places), else null.
 */
export function dominantRegion(placesOf: PlaceMention[][]): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const mentions of placesOf) {
    for (const m of governingPlaces(mentions)) {
      if (m.kind !== 'place' || m.region === null) continue;
      counts.set(m.region, (counts.get(m.region) ?? 0) + 1);
      total++;
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [region, n] of counts) if (n > bestCount) [best, bestCount] = [region, n];
  return bestCount >= 2 && bestCount * 2 >= total ? best : null;
}

/** `undefined` (nothing known) falls back; null (known to have no single region) stays. */
const orElse = <T>(value: T | null | undefined, fallback: T | null): T | null => (value === undefined ? fallback : value);

/** Fills metric, region, period and basis for every candidate of a document, in order. */
export function linkDocument(items: SentenceCandidates[], _ctx: ExtractContext): Links[][] {
  const placesOf = items.map(({ sentence, tokens }) => findPlaces(sentence.match, tokens));
  const documentRegion = dominantRegion(placesOf);
  let carried: Carried = { region: null, period: null, metric: null, basis: null };
  let prev: Sentence | null = null;
  // the last place the document named: what 全省 / 全市 refer to when their paragraph names none
  let lastNamed: string | null = null;
  return items.map(({ sentence, tokens, candidates }, si) => {
    if (prev === null) carried = { region: null, period: null, metric: null, basis: null };
    else if (startsParagraph(prev, sentence)) carried = CONTINUES.test(sentence.match) ? carried : { region: null, period: null, metric: null, basis: null };
    else if (!isDirectlyAfter(prev, sentence)) carried = { ...carried, period: null };
    prev = sentence;
    const { match, text } = sentence;
    const places = placesOf[si];
    const dates = governingDates(match, candidates);
    const metrics = candidates.length > 0 ? metricsOfSentence(match, text, candidates, carried.metric, tokens ?? undefined).map((m) => m.metric) : [];
    const links = candidates.map((c, i): Links => {
      if (c.type === 'date') return { metric: null, region: null, partner: null, period: null, basis: null };
      return {
        metric: metrics[i],
        region: listedRegion(match, places, candidates, c) ?? orElse(regionOfFigure(match, places, c.start, carried.region, lastNamed), documentRegion),
        partner: null,
        period: periodOfFigure(match, dates, c.start, c.end, carried.period),
        basis: null,
      };
    });
    const basis = basesOfSentence(match, candidates, links.map((l) => l.period), carried.basis);
    links.forEach((l, i) => (l.basis = basis.bases[i]));
    const lastMetric = [...metrics].reverse().find((m) => m !== null);
    lastNamed = lastNamedPlace(places) ?? lastNamed;
    carried = {
      region: regionAfterSentence(places, carried.region, lastNamed),
      period: periodAfterSentence(match, dates, carried.period),
      metric: lastMetric ?? carried.metric,
      basis: basis.next,
    };
    return links;
  });
}
