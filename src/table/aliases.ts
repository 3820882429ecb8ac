import { parse as parseCsv } from 'csv-parse/sync';
import yaml from 'js-yaml';
import { aliasMap } from './metric-key.js';

// `--aliases FILE`: the user's own metric wordings → keys, as CSV (two columns, wording then key,
// an optional `wording,key` header) or YAML (a mapping `wording: key`, or a list of pairs). A
// malformed file is named with the line where it goes wrong.

export class AliasesError extends Error {}

const isYaml = (file: string): boolean => /\.ya?ml$/i.test(file);

function pairsFromCsv(text: string, file: string): Array<[string, string]> {
  let records: string[][];
  try {
    records = parseCsv(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new AliasesError(`${file}${line ? `:${line}` : ''}: not valid CSV (${(err as Error).message.replace(/^Invalid [^:]*: /, '')})`);
  }
  const pairs: Array<[string, string]> = [];
  records.forEach((r, i) => {
    if (i === 0 && r[0]?.toLowerCase() === 'wording' && r[1]?.toLowerCase() === 'key') return;
    const [wording, key] = r;
    if (r.length !== 2 || !wording || !key) throw new AliasesError(`${file}:${i + 1}: expected two cells, a wording and its key`);
    pairs.push([wording, key]);
  });
  return pairs;
}

function pairsFromYaml(text: string, file: string): Array<[string, string]> {
  let doc: unknown;
  try {
    doc = yaml.load(text);
  } catch (err) {
    const mark = (err as { mark?: { line: number } }).mark;
    throw new AliasesError(`${file}${mark ? `:${mark.line + 1}` : ''}: not valid YAML (${(err as { reason?: string }).reason ?? 'parse error'})`);
  }
  if (doc === null || doc === undefined) return [];
  const entries: unknown[] = Array.isArray(doc) ? doc : typeof doc === 'object' ? Object.entries(doc) : [doc];
  const lines = text.split('\n');
  return entries.map((e, i) => {
    const pair = Array.isArray(e) ? e : null;
    if (!pair || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string' || !pair[0].trim() || !pair[1].trim()) {
      // js-yaml keeps no positions for values; the entry's wording finds its line
      const at = pair && typeof pair[0] === 'string' ? lines.findIndex((l) => l.includes(pair[0] as string)) : -1;
      throw new AliasesError(`${file}:${at >= 0 ? at + 1 : `entry ${i + 1}`}: expected a wording and a key, both text`);
    }
    return [pair[0], pair[1]];
  });
}

/** Reads an aliases file's text into folded wording → key. */
export function parseAliases(text: string, file: string): Map<string, string> {
  return aliasMap(isYaml(file) ? pairsFromYaml(text, file) : pairsFromCsv(text, file));
}
