import type { Approx, Basis, FactType } from '../schema/fact.js';
import type { Sentence } from '../text/sentences.js';

// what every rule reads, declared where sentences are cut; named here beside what rules return
export type { Sentence };

export interface ExtractContext {
  /** Reference date for relative expressions (今年, 去年 …), ISO YYYY-MM-DD, or null when unknown. */
  refDate: string | null;
  /** ISO code of the money a bare 元 / `$` is in this document (HKD, MOP, TWD: see locale.ts); CNY / USD when absent */
  localMoney?: string | null;
  /** the place the source writes from (台湾, 香港, 澳门; else 中国): its ministries and 全国 are that place's */
  home?: string;
  /** whose government a generic ministry (财政部, 央行) is: 台湾 for a Traditional source naming no other place, else as `home` */
  government?: string;
  /** ISO code of the 元-named currency (TWD, HKD, MOP) an earlier sentence of the passage named, if any (see locale.ts) */
  passageMoney?: string | null;
}

/** What an extractor found: offsets are into the sentence (half-open, UTF-16). */
export interface Candidate {
  type: FactType;
  start: number;
  end: number;
  value: number | string;
  valueMax: number | null;
  unit: string | null;
  approx: Approx;
  /** growth only */
  basis?: Basis | null;
  /** date only */
  from?: string | null;
  to?: string | null;
  /** date only: the year the text wrote for it (2019年, 去年), for the dates after it */
  statedYear?: number | null;
  /** date only, when the text wrote no year: the value, from, to and approx with a year from its
   *  context (null: none, the reference date decides) */
  yearless?: (year: number | null) => Pick<Candidate, 'value' | 'from' | 'to' | 'approx'> | null;
  /** date only, when counted from the date before it (次日, 次月): the value from that date's label
   *  (null: none before it, the reference date decides) */
  follows?: (last: string | null) => Pick<Candidate, 'value' | 'from' | 'to' | 'approx'> | null;
  /** the rule that produced it, for debugging and overlap priority */
  rule: string;
  /** higher wins when two candidates overlap; default 0 */
  priority?: number;
}

export interface Extractor {
  /** the fact types of the candidates it yields (a rate's context decides between growth and percent) */
  types: readonly FactType[];
  name: string;
  extract(sentence: Sentence, ctx: ExtractContext): Candidate[];
}

/** What a corpus example expects of one fact; unspecified fields are not checked. */
export type ExpectedFact = { text: string } & Partial<Omit<Candidate, 'start' | 'end' | 'rule' | 'priority' | 'type'>>;
/** [sentence, every fact of this type it should yield, options] */
export type CorpusExample = [sentence: string, expected: ExpectedFact[], options?: { refDate?: string; localMoney?: string }];

export interface Corpus {
  examples: CorpusExample[];
  /** sentences that must yield no fact of this type */
  negative: string[];
}
