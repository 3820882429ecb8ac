import type { Fact } from '../schema/fact.js';

// How a value is written for a person (terminal summary, review page): digits grouped, the approx
// mark and the unit beside the number.

/** 1690000000000 → 1,690,000,000,000 (plain digits only; no locale data, so output is stable). */
export function groupDigits(n: number): string {
  const s = String(n);
  const [, sign, whole, fraction = ''] = /^(-?)(\d+)(\.\d+)?$/.exec(s) ?? [];
  return whole === undefined ? s : `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction}`;
}

/** Where a figure is: `中国`, `中国 → 东盟`, `→ 东盟`, or null when neither side is known. */
export function placeLabel(region: string | null, partner: string | null): string | null {
  if (region === null) return partner === null ? null : `→ ${partner}`;
  return partner === null ? region : `${region} → ${partner}`;
}

const APPROX_MARK: Readonly<Record<Fact['approx'], string>> = { exact: '', about: '≈', over: '≥', under: '≤' };

/** `577,600,000,000 CNY`, `−3.2 %`, `≥60 个`, `2024-Q1`. */
export function valueLabel(f: Fact): string {
  if (f.type === 'date') return String(f.value);
  const n = (v: number) => groupDigits(v).replace(/^-/, '−');
  const range = f.valueMax === null ? n(f.value as number) : `${n(f.value as number)}–${n(f.valueMax)}`;
  return `${APPROX_MARK[f.approx]}${range}${f.unit ? ` ${f.unit}` : ''}`;
}
