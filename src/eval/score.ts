import { FACT_TYPES, type FactType } from '../schema/fact.js';

// Scores predicted facts against gold facts with the contract's matching rules: per document
// and type, a gold fact matches a predicted fact whose text equals, contains or is contained in
// the gold text, nearest relative position first; gold facts marked optional neither reward nor
// penalize. Of matched facts: share with the right normalized value and with the right links.

export interface ScoredFact {
  doc: string;
  type: string;
  text: string;
  start?: number;
  value?: unknown;
  valueMax?: number | null;
  unit?: string | null;
  approx?: string;
  metric?: string | null;
  region?: string | null;
  partner?: string | null;
  period?: string | null;
  basis?: string | null;
  from?: string | null;
  to?: string | null;
  optional?: boolean;
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** share of matched facts whose value, valueMax, unit, approx (and from/to) are right */
  norm: number | null;
  link: Record<'metric' | 'region' | 'partner' | 'period' | 'basis', number | null>;
}

export interface ScoreReport {
  perType: Record<FactType, TypeScore>;
  overall: TypeScore;
}

const squeeze = (s: string | null | undefined) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '');
const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p;

const textsCompatible = (a: string, b: string) => {
  const x = squeeze(a),
    y = squeeze(b);
  return x.length > 0 && y.length > 0 && (x === y || x.includes(y) || y.includes(x));
};

const numbersEqual = (gold: unknown, pred: unknown, type: string) => {
  if (gold === null || gold === undefined) return pred === null || pred === undefined;
  if (typeof gold !== 'number' || typeof pred !== 'number') return gold === pred;
  const tolerance = Math.max(Math.abs(gold) * 1e-4, type === 'percent' || type === 'growth' ? 0.01 : 0);
  return Math.abs(gold - pred) <= tolerance;
};

const CHINA = new Set(['全国', '我国', '国内', '中國', '全國', '我國', '中国']);
export function normalizeRegion(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  let r = squeeze(s);
  if (CHINA.has(r)) return '中国';
  const m = r.match(/^(.{2,}?)(省|市|自治区|自治區|特别行政区|特別行政區|区|區|县|縣)$/);
  if (m?.[1]) r = m[1];
  return CHINA.has(r) ? '中国' : r;
}

const metricsAgree = (gold: string, pred: string | null | undefined) => {
  if (!pred) return false;
  const a = squeeze(gold),
    b = squeeze(pred);
  return b.length > 0 && (a.includes(b) || b.includes(a));
};

interface Counter {
  tp: number;
  fp: number;
  fn: number;
  normOk: number;
  link: Record<string, { ok: number; n: number }>;
}
const newCounter = (): Counter => ({ tp: 0, fp: 0, fn: 0, normOk: 0, link: {} });

function groupByDoc(facts: ScoredFact[]): Map<string, ScoredFact[]> {
  const m = new Map<string, ScoredFact[]>();
  for (const f of facts) {
    const d = baseName(String(f.doc));
    if (!m.has(d)) m.set(d, []);
    m.get(d)!.push(f);
  }
  return m;
}

/** Compares the normalized fields of a matched pair. */
export function valuesAgree(g: ScoredFact, p: ScoredFact): boolean {
  const value = g.type === 'date' ? g.value === p.value : numbersEqual(g.value, p.value, g.type);
  const range = numbersEqual(g.valueMax ?? null, p.valueMax ?? null, g.type);
  const unit = (g.unit ?? null) === (p.unit ?? null);
  const approx = (g.approx ?? 'exact') === (p.approx ?? 'exact');
  const span = g.type !== 'date' || ((g.from ?? null) === (p.from ?? null) && (g.to ?? null) === (p.to ?? null));
  return value && range && unit && approx && span;
}

export function score(gold: ScoredFact[], pred: ScoredFact[], docChars: Map<string, number> = new Map()): ScoreReport {
  const counters = Object.fromEntries(FACT_TYPES.map((t) => [t, newCounter()])) as Record<FactType, Counter>;
  const known = (t: string): t is FactType => (FACT_TYPES as readonly string[]).includes(t);
  const goldDocs = groupByDoc(gold.filter((f) => known(f.type)));
  const predDocs = groupByDoc(pred.filter((f) => known(f.type)));
  const bump = (c: Counter, k: string, ok: boolean) => {
    c.link[k] ??= { ok: 0, n: 0 };
    c.link[k].n++;
    if (ok) c.link[k].ok++;
  };

  for (const doc of new Set([...goldDocs.keys(), ...predDocs.keys()])) {
    const G = goldDocs.get(doc) ?? [];
    const P = predDocs.get(doc) ?? [];
    const extent = (arr: ScoredFact[]) => Math.max(1, ...arr.map((f) => (f.start ?? 0) + squeeze(f.text).length));
    const gLen = extent(G);
    const pLen = docChars.get(doc) ?? extent(P);
    // each candidate pair carries its two facts, so matching reads them without indexing back
    const pairs: { cost: number; gi: number; pi: number; g: ScoredFact; p: ScoredFact }[] = [];
    G.forEach((g, gi) =>
      P.forEach((p, pi) => {
        if (g.type !== p.type || !textsCompatible(g.text, p.text)) return;
        const cost = Math.abs((g.start ?? 0) / gLen - (p.start ?? 0) / pLen) + (squeeze(g.text) === squeeze(p.text) ? 0 : 0.5);
        pairs.push({ cost, gi, pi, g, p });
      }),
    );
    pairs.sort((a, b) => a.cost - b.cost);
    const gUsed = new Set<number>(),
      pUsed = new Set<number>();
    for (const { gi, pi, g, p } of pairs) {
      if (gUsed.has(gi) || pUsed.has(pi)) continue;
      gUsed.add(gi);
      pUsed.add(pi);
      if (g.optional) continue;
      const c = counters[g.type as FactType];
      c.tp++;
      if (valuesAgree(g, p)) c.normOk++;
      if (g.metric) bump(c, 'metric', metricsAgree(g.metric, p.metric));
      if (g.region) bump(c, 'region', normalizeRegion(g.region) === normalizeRegion(p.region));
      if (g.partner) bump(c, 'partner', normalizeRegion(g.partner) === normalizeRegion(p.partner));
      if (g.period) bump(c, 'period', squeeze(g.period) === squeeze(p.period));
      if (g.type === 'growth' && g.basis) bump(c, 'basis', g.basis === p.basis);
    }
    G.forEach((g, gi) => {
      if (!gUsed.has(gi) && !g.optional) counters[g.type as FactType].fn++;
    });
    P.forEach((p, pi) => {
      if (pUsed.has(pi)) return;
      if (G.some((g) => g.optional && g.type === p.type && textsCompatible(g.text, p.text))) return;
      counters[p.type as FactType].fp++;
    });
  }

  const summarize = (c: Counter): TypeScore => {
    const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : c.fn ? 0 : 1;
    const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
    const share = (k: string) => (c.link[k]?.n ? c.link[k].ok / c.link[k].n : null);
    return {
      tp: c.tp,
      fp: c.fp,
      fn: c.fn,
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      norm: c.tp ? c.normOk / c.tp : null,
      link: { metric: share('metric'), region: share('region'), partner: share('partner'), period: share('period'), basis: share('basis') },
    };
  };
  const total = newCounter();
  for (const t of FACT_TYPES) {
    const c = counters[t];
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    total.normOk += c.normOk;
    for (const [k, v] of Object.entries(c.link)) {
      total.link[k] ??= { ok: 0, n: 0 };
      total.link[k].ok += v.ok;
      total.link[k].n += v.n;
    }
  }
  return {
    perType: Object.fromEntries(FACT_TYPES.map((t) => [t, summarize(counters[t])])) as Record<FactType, TypeScore>,
    overall: summarize(total),
  };
}

const pct = (x: number | null) => (x === null ? '    -' : (100 * x).toFixed(1).padStart(5));

/** The score as a fixed-width table. */
export function formatScore(report: ScoreReport): string {
  const lines = ['type       P      R     F1   norm metric region partnr period  basis  tp/fp/fn'];
  const row = (name: string, s: TypeScore) =>
    `${name.padEnd(8)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${pct(s.norm)}  ${pct(s.link.metric)}  ${pct(s.link.region)}  ${pct(s.link.partner)}  ${pct(s.link.period)}  ${pct(s.link.basis)}  ${s.tp}/${s.fp}/${s.fn}`;
  for (const t of FACT_TYPES) lines.push(row(t, report.perType[t]));
  lines.push(row('overall', report.overall));
  return lines.join('\n') + '\n';
}
