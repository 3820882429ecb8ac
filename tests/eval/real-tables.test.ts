import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { score, type ScoredFact, type ScoreReport, type TypeScore } from '../../src/eval/score.js';
import type { Fact } from '../../src/schema/fact.js';

// fixtures/real r11–r20: real documents nobody on the team wrote (Taiwanese dividend reports and
// a blog with pipe tables, two trade briefings and a supply-chain report with tables by partner, the 2021 China 500 list as one
// 500-row pipe table, a Chinese Economist piece, two Taiwanese company reports whose unit sits in a heading),
// annotated by contract v1.1 in gold-tables.jsonl. Extraction runs in this process and is scored with the
// contract's rules; the floors are today's scores rounded down a little, so a regression fails and an
// improvement only asks for the floors to be raised. The overall and per-type floors were measured on
// r11–r16 and still apply to those six; r17–r20 (added later, far below the targets) have
// per-document floors only, and count in the printed overall.

const DIR = 'fixtures/real';
const GOLD = join(DIR, 'gold-tables.jsonl');

const gold: ScoredFact[] = readFileSync(GOLD, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as ScoredFact);
const docs = [...new Set(gold.map((g) => g.doc))].sort();
// the six documents the overall and per-type floors were measured on
const FLOOR_DOCS = new Set([
  'r11_cht_dividends_report.md',
  'r12_cht_dividend_strategy_blog.md',
  'r13_trade_briefing_2026w05.md',
  'r14_evergreen_dividends_report.md',
  'r15_china500_2021.md',
  'r16_economist_cn_trade_2025.md',
]);

// floors measured on this branch (overall over all six documents)
const FLOOR = { f1: 0.98, precision: 0.98, recall: 0.98, norm: 0.98 };
// link accuracy of matched facts where the gold has the link (region and partner still short of the targets)
const LINK_FLOOR = { metric: 0.92, region: 0.82, partner: 0.77, period: 0.92 };
// place and period links over all ten documents (r17–r20: date-headed columns, reporter and partner tables)
const ALL_LINK_FLOOR = { region: 0.79, partner: 0.76, period: 0.92 };
// money and growth apart (the issue measures metric and period per type; r15's 1000 money cells weigh on the overall)
const TYPE_FLOOR = {
  money: { f1: 0.99, metric: 0.94, period: 0.95 },
  growth: { f1: 0.82, metric: 0.62, period: 0.99 },
};
// per-document F1 floors
const DOC_F1: Record<string, number> = {
  'r11_cht_dividends_report.md': 0.99,
  'r12_cht_dividend_strategy_blog.md': 0.95,
  'r13_trade_briefing_2026w05.md': 0.97,
  'r14_evergreen_dividends_report.md': 0.99,
  'r15_china500_2021.md': 0.99,
  'r16_economist_cn_trade_2025.md': 0.57,
  // the heading's unit note `(單位: 百萬台幣, 只有 Margin 為 %)` governs the section's captioned tables (period of the
  // `2025-12-31` columns still missing)
  'r17_twcoverage_20260801_tsmc.md': 0.99,
  // money listed after `（百萬 USD）` in prose still missed (signed deficits are money, MoM/YoY columns growth now)
  'r18_weiqi_20260617_trade_briefing_w25.md': 0.9,
  // bare years in prose (`以 2023 為主`) and in table headers missed, GDP growth cells read as percent
  'r19_weiqi_20260617_supply_chain_2026_06.md': 0.91,
  // the same heading unit note as r17, over a bank's mostly empty tables
  'r20_twcoverage_20260728_tbb.md': 0.99,
};

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '  -  ' : `${(100 * x).toFixed(1)}%`);
const line = (name: string, s: TypeScore) =>
  `${name.padEnd(36)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  norm ${pct(s.norm)}  ` +
  Object.entries(s.link)
    .map(([k, v]) => `${k} ${pct(v)}`)
    .join('  ');

describe('real documents with tables (fixtures/real r11–r20)', () => {
  const plains = new Map<string, string>();
  const facts = new Map<string, Fact[]>();
  let report: ScoreReport;
  let floorReport: ScoreReport;
  // each document's score, printed here and held to its floor below (scored once: r15's 1000 cells make it cost)
  const docScores = new Map<string, TypeScore>();

  beforeAll(() => {
    for (const doc of docs) {
      const { document, plain } = extractDocument(readFileSync(join(DIR, doc)), doc);
      plains.set(doc, plain);
      facts.set(doc, document.facts);
    }
    report = score(gold, [...facts.values()].flat());
    floorReport = score(
      gold.filter((g) => FLOOR_DOCS.has(g.doc)),
      [...facts.entries()].filter(([d]) => FLOOR_DOCS.has(d)).flatMap(([, f]) => f),
    );
    for (const d of docs)
      docScores.set(
        d,
        score(
          gold.filter((g) => g.doc === d),
          facts.get(d) ?? [],
        ).overall,
      );
    const perDoc = docs.map((d) => line(d, docScores.get(d)!));
    console.log(
      [
        'fixtures/real r11–r20 against gold-tables.jsonl',
        ...perDoc,
        line('overall r11–r16', floorReport.overall),
        line('overall', report.overall),
        ...Object.entries(report.perType).map(([t, s]) => line(`  ${t}`, s)),
      ].join('\n'),
    );
  }, 180_000);

  it('has gold for every r1x/r2x document in the folder, and every gold text is in its plain text', () => {
    const files = readdirSync(DIR)
      .filter((f) => /^r[12]\d_/.test(f))
      .sort();
    expect(docs).toEqual(files);
    const absent = gold.filter((g) => !(plains.get(g.doc) ?? '').includes(g.text)).map((g) => `${g.doc}: ${g.text}`);
    expect(absent).toEqual([]);
  });

  it('gold facts carry the contract fields', () => {
    for (const g of gold) {
      expect(Object.keys(g)).toEqual(['doc', 'type', 'text', 'start', 'end', 'value', 'valueMax', 'unit', 'approx', 'metric', 'region', 'partner', 'period', 'basis', 'from', 'to', 'optional']);
    }
  });

  it('stays above the overall floors on r11–r16', () => {
    const o = floorReport.overall;
    expect(o.f1).toBeGreaterThanOrEqual(FLOOR.f1);
    expect(o.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(o.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(o.norm ?? 0).toBeGreaterThanOrEqual(FLOOR.norm);
    for (const [k, floor] of Object.entries(LINK_FLOOR)) expect(o.link[k as keyof typeof LINK_FLOOR] ?? 0, k).toBeGreaterThanOrEqual(floor);
  });

  it('stays above the place and period link floors on all ten documents', () => {
    for (const [k, floor] of Object.entries(ALL_LINK_FLOOR)) expect(report.overall.link[k as keyof typeof ALL_LINK_FLOOR] ?? 0, k).toBeGreaterThanOrEqual(floor);
  });

  it.each(Object.entries(TYPE_FLOOR))('%s stays above its F1, metric and period floors on r11–r16', (type, floor) => {
    const t = floorReport.perType[type as keyof typeof floorReport.perType];
    expect(t.f1 ?? 0).toBeGreaterThanOrEqual(floor.f1);
    expect(t.link.metric ?? 0, 'metric').toBeGreaterThanOrEqual(floor.metric);
    expect(t.link.period ?? 0, 'period').toBeGreaterThanOrEqual(floor.period);
  });

  it.each(Object.entries(DOC_F1))('%s stays above its F1 floor', (doc, floor) => {
    const scored = docScores.get(doc);
    expect(scored, `${doc} has gold and was scored`).toBeDefined();
    expect(scored?.f1 ?? 0).toBeGreaterThanOrEqual(floor);
  });
});
