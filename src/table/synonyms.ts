// Built-in metric synonyms for `zhfacts table`: each entry folds wordings that news uses for the
// same statistic into one key, with the reason it is safe. Keys are compared after folding
// (Simplified, ASCII) and after a generic head (额 总额 总值 金额 规模 数量) is taken off.
// Keep this small: a wrong entry silently merges two statistics; users add their own with --aliases.

interface Synonym {
  key: string;
  wordings: string[];
  why: string;
}

const TABLE: Synonym[] = [
  {
    key: '进出口',
    wordings: ['外贸进出口', '货物贸易进出口', '货物进出口', '进出口贸易', '外贸货物进出口', '对外贸易进出口'],
    why: 'in trade news 进出口 without qualifier is the customs total of goods trade, which is what 外贸/货物贸易 spell out',
  },
  {
    key: '出口',
    wordings: ['外贸出口', '货物贸易出口', '货物出口', '出口贸易'],
    why: 'the goods-trade export total, spelled out or not',
  },
  {
    key: '进口',
    wordings: ['外贸进口', '货物贸易进口', '货物进口', '进口贸易'],
    why: 'the goods-trade import total, spelled out or not',
  },
  {
    key: '跨境电商进出口',
    wordings: ['跨境电商交易', '跨境电商贸易'],
    why: 'customs reports cross-border e-commerce as 进出口; articles call the same total 交易/贸易',
  },
];

export const METRIC_SYNONYMS: ReadonlyMap<string, string> = new Map(TABLE.flatMap((s) => s.wordings.map((w) => [w, s.key] as const)));

/** Spellings of one word, unified inside any metric (an abbreviation news uses interchangeably). */
export const SPELLING_VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ['跨境电子商务', '跨境电商'], // 电商 is the standard abbreviation of 电子商务
];
