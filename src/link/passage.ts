import type { Sentence } from '../text/sentences.js';
import { isHeading } from '../text/headings.js';
import { isIssueDate } from '../extract/date/context.js';
import type { PlaceLevel } from './lexicon.js';
import { words } from './lexicon.js';

// Passages: a document is a headline, sections (opened by headings), paragraphs and sentences,
// and each level can set a period frame and a region frame that the figures under it inherit:
// the headline and headings frame their section, and what they leave open the section's lead
// paragraph fills (据海关统计，前三季度浙江省…); any other paragraph's opening frames that paragraph.
// An inner frame overrides an outer one; a paragraph opened by a continuation word (其中, 同期,
// 此外, 从…看) goes on with the frame of the one before; a period or place written in a clause
// overrides the frame for that clause (period.ts, region.ts). Linking folds over the sentences
// with a PassageState: `roleOf` says where a sentence stands, `enter` gives the frame in force for
// its figures, `leave` what it leaves for the sentences after it. The state is a plain object, so
// a long document can be linked in pieces with the state carried from one piece to the next.

/** A period and a region in force; null when none is. */
export interface Frame {
  period: string | null;
  region: string | null;
}

/** What one sentence states about the frame: undefined where it states nothing. */
export interface Statement {
  /** the period its opening states (the date before its first figure, else its last date) */
  leadPeriod: string | null | undefined;
  /** the region its opening states (the place before its first figure) */
  leadRegion: string | null | undefined;
  /** the period and region in force after it (its last date, its last place, else what it was given) */
  periodAfter: string | null;
  regionAfter: string | null;
  /** its own place, if it names one (for a heading or the headline) */
  region: string | null | undefined;
}

export interface PassageState {
  /** the headline's place, else the place the document names most (none after a news item's headline): figures with no place of their own */
  documentRegion: string | null;
  /** the headline's period: an issue date (a day, a week) that a section's lead may replace */
  headlinePeriod: string | null;
  /**
   * the frame paragraphs start from: the headline's, then each heading's; what they leave open
   * the section's lead fills (the first paragraph opening with a period or a place)
   */
  section: Frame;
  /** the frame in force inside the current paragraph, sentence by sentence */
  running: Frame;
  /** the last metric of the paragraph (a growth with none of its own takes it) */
  metric: string | null;
  /** the partner of the last sentence's flow: the parts after 其中 are parts of that flow */
  partner: string | null;
  /** the last sentence listed parts of a flow (其中，出口…；) and ended in a semicolon: the list goes on */
  inParts: boolean;
  /** the last place named at each level, and the last of all: what 全省 / 全市 may refer to */
  named: Partial<Record<PlaceLevel, string>>;
  lastNamed: string | null;
  prev: Sentence | null;
  prevRole: SentenceRole | null;
  /** what a numbered top-level section starts from: the headline's frame, or the last unnumbered heading's */
  base: Frame;
  /** the headline's frame: what a news item's headline starts from */
  top: Frame;
  /** a figure came before: a line stating a figure is then the headline of the next news item, not the document's */
  figuresSeen: boolean;
  /** the open headings, outermost first, each with its numbering style (or markup level) and the frame of its section */
  outline: { style: HeadingStyle; level?: number; frame: Frame }[];
}

/**
 * How a heading is numbered: headings numbered alike are siblings (一、… 二、…), another style nests
 * under them. A line that ends in a colon (到2030年主要目标：) introduces what follows inside the
 * section in force: a lead-in, never a part title.
 */
export type HeadingStyle = 'han' | 'paren-han' | 'digit' | 'paren-digit' | 'plain' | 'lead-in' | 'item';

/**
 * `statesFigure`: the line holds a figure. An unnumbered line that states a figure (中欧班列累计开行
 * 突破10万列) is the headline of a news item of its own, not a part title: see openHeading.
 */
export function headingStyle(match: string, statesFigure = false): HeadingStyle {
  if (/^\s*[一二三四五六七八九十]{1,3}[、．.]/.test(match)) return 'han';
  if (/^\s*[（(][一二三四五六七八九十]{1,3}[）)]/.test(match)) return 'paren-han';
  if (/^\s*\d{1,2}[、．.](?!\d)/.test(match)) return 'digit';
  if (/^\s*[（(]\d{1,2}[）)]/.test(match)) return 'paren-digit';
  if (/[：:]\s*$/.test(match)) return 'lead-in';
  // (a line opening with a quotation mark is more often the first part of a quote broken across lines)
  return statesFigure && !/^\s*[“‘「『"]/.test(match) ? 'item' : 'plain';
}

export type SentenceRole = 'heading' | 'paragraph' | 'continuation' | 'sentence' | 'line';

export function initialState(headline: Frame, documentRegion: string | null): PassageState {
  // the headline's day (新闻联播 2015-01-13) is the day of the bulletin: it frames its figures
  const section = { period: headline.period, region: headline.region };
  return {
    documentRegion,
    headlinePeriod: headline.period,
    section,
    running: { ...section },
    metric: null,
    partner: null,
    inParts: false,
    named: {},
    lastNamed: null,
    prev: null,
    prevRole: null,
    base: { ...section },
    top: { ...section },
    figuresSeen: false,
    outline: [],
  };
}

const ENDS_SENTENCE = /[。！？!?；;…”’」』）)]$/;
/** Where a sentence stands: a heading, the first of a paragraph (or one that goes on with the one before), or inside one. */
export function roleOf(plain: string | null, state: PassageState, cur: Sentence): SentenceRole {
  if (isHeading(plain, cur)) return 'heading';
  const prev = state.prev;
  if (prev === null) return 'paragraph';
  const newParagraph = state.prevRole === 'heading' || (cur.start > prev.end && ENDS_SENTENCE.test(prev.text));
  if (newParagraph) return words.continuationOpener.test(cur.match) ? 'continuation' : 'paragraph';
  return cur.start === prev.end ? 'sentence' : 'line';
}

/** A single day (an event: 10月31日，…大会开幕) frames its own paragraph, never the paragraphs after it. */
const DAY = /^[\dX]{4}-[\dX]{2}-[\dX]{2}(?:\/|$)/;
const dayless = (period: string | null): string | null => (period !== null && DAY.test(period) ? null : period);

/**
 * The outline a heading opens: the headings before it up to its parent (a heading numbered like an
 * open one is its sibling and closes it and what it holds), and the parent's frame, which the
 * heading's section starts from (the headline's for a top-level heading).
 */
function openHeading(state: PassageState, style: HeadingStyle, level?: number): { outline: PassageState['outline']; parent: Frame } {
  // a heading of the markup (<h2>, ##) closes the open headings of its level and below: its
  // siblings (the news item before it) frame nothing of it; its parent is the nearest higher one
  if (level !== undefined) {
    const closing = state.outline.findIndex((h) => h.level !== undefined && h.level >= level);
    const outline = closing >= 0 ? state.outline.slice(0, closing) : state.outline;
    return { outline, parent: outline.at(-1)?.frame ?? state.base };
  }
  // an unnumbered line (a part title, a subtitle, a caption) does not say where it stands: it
  // goes on from the section in force and closes the numbered headings before it
  if (style === 'plain') return { outline: [], parent: state.section };
  // a news item's headline starts from the document's headline: the item before it frames nothing of it
  if (style === 'item') return { outline: [], parent: state.top };
  if (style === 'lead-in') return { outline: state.outline, parent: state.section };
  const sibling = state.outline.findIndex((h) => h.style === style);
  const outline = sibling >= 0 ? state.outline.slice(0, sibling) : state.outline;
  return { outline, parent: outline.at(-1)?.frame ?? state.base };
}

/** The state in force for the figures of a sentence of the given role; `level`: a markup heading's level (<h2> → 2). */
export function enter(state: PassageState, role: SentenceRole, says: Statement, style: HeadingStyle = 'plain', level?: number): PassageState {
  switch (role) {
    case 'heading': {
      // the first line stating a figure, before any other, is the document's own headline
      if (style === 'item' && !state.figuresSeen) style = 'plain';
      const { outline, parent } = openHeading(state, style, level);
      const section = {
        // a heading that restates the headline's day (the title line of a bulletin) keeps it; a
        // day alone (a byline's day of issue, an event's day) frames no section: the parent's goes on
        period: says.leadPeriod === undefined || says.leadPeriod === parent.period ? parent.period : (dayless(says.leadPeriod) ?? parent.period),
        region: says.region ?? parent.region,
      };
      // a document of news items is about no one place: only the headline's place goes on as the fallback
      const newsItem = { documentRegion: state.top.region };
      if (level !== undefined) {
        // a sibling that states a figure, like the 'item' line below: a news item of its own
        const item = style === 'item' && outline.length < state.outline.length;
        return {
          ...state,
          ...(item ? newsItem : {}),
          section,
          running: { ...section },
          metric: null,
          partner: null,
          outline: [...outline, { style, level, frame: section }],
        };
      }
      if (style === 'plain') return { ...state, section, running: { ...section }, metric: null, partner: null, outline, base: section };
      if (style === 'item') return { ...state, ...newsItem, section, running: { ...section }, metric: null, partner: null, outline, base: section };
      if (style === 'lead-in') return { ...state, section, running: { ...section }, metric: null, partner: null };
      return { ...state, section, running: { ...section }, metric: null, partner: null, outline: [...outline, { style, frame: section }] };
    }
    case 'paragraph':
      return { ...state, running: { ...state.section }, metric: null, partner: null };
    case 'line':
      return { ...state, running: { ...state.running, period: state.section.period } };
    case 'continuation':
    case 'sentence':
      return state;
  }
}

/** What linking a sentence found that the sentences after it may need. */
export interface Outcome {
  /** its last metric */
  metric: string | null;
  /** the partner of its flow, when its figures have a single one */
  partner: string | null;
  /** it took its partner from the flow before it (a part after 其中) */
  partOfFlow: boolean;
  /** the places it names, in order */
  named: { region: string; level: PlaceLevel }[];
  /** it holds a figure */
  figures: boolean;
}

/** The state a sentence leaves for the next one. */
export function leave(state: PassageState, role: SentenceRole, sentence: Sentence, says: Statement, outcome: Outcome): PassageState {
  const named = { ...state.named };
  for (const n of outcome.named) named[n.level] = n.region;
  // a paragraph's lead frames its own paragraph; the section's lead (the first to state what the
  // headline and heading leave open) frames the paragraphs after it too
  // (under a heading, the paragraph right after it; a later one may tell of one place in passing)
  const opens = role === 'paragraph' && (state.outline.length === 0 || state.prevRole === 'heading');
  // an issue date from the headline (a day, a week: 2026年第5周) says when the report came out; the
  // data period its section's lead states (2023-2024年度, 1-10月) replaces it
  const issueDate = state.section.period !== null && state.section.period === state.headlinePeriod && isIssueDate(state.section.period);
  const leadPeriod = says.leadPeriod === undefined ? undefined : dayless(says.leadPeriod);
  const fills = opens && leadPeriod !== undefined && (state.section.period === null || (issueDate && leadPeriod !== null));
  const section = {
    period: fills ? (leadPeriod ?? null) : state.section.period,
    region: opens && state.section.region === null && says.leadRegion != null ? says.leadRegion : state.section.region,
  };
  // the lead paragraph's frame is its section's, for the headings nested under it too; outside
  // numbered headings it frames the numbered sections to come
  const filled = section.period !== state.section.period || section.region !== state.section.region;
  const depth = state.outline.length;
  const innermost = state.outline.at(-1);
  const outline = filled && innermost ? [...state.outline.slice(0, -1), { ...innermost, frame: section }] : state.outline;
  return {
    ...state,
    section,
    outline,
    base: filled && depth === 0 ? section : state.base,
    running: { period: says.periodAfter, region: says.regionAfter },
    metric: outcome.metric ?? state.metric,
    partner: outcome.partner,
    inParts: outcome.partOfFlow && /[；;]$/.test(sentence.match),
    named,
    lastNamed: outcome.named.at(-1)?.region ?? state.lastNamed,
    prev: sentence,
    prevRole: role,
    figuresSeen: state.figuresSeen || outcome.figures,
  };
}

/** 其中，出口…；进口… after a flow (我国对东盟进出口…。): the parts keep the flow's partner, up to the end of their list. */
const PARTS_OPENER = /^其中[，,]?/;
export const carriesPartner = (state: PassageState, sentence: Sentence, namesPlace: boolean): boolean => !namesPlace && state.partner !== null && (PARTS_OPENER.test(sentence.match) || state.inParts);

/** The places a 全省 / 全市 of this sentence may refer to, innermost first. */
export function referents(state: PassageState): (string | null)[] {
  return [state.section.region, state.documentRegion, state.named.province ?? null, state.named.city ?? null, state.named.district ?? null, state.lastNamed];
}
