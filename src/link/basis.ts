import type { Basis } from '../schema/fact.js';
import type { Candidate } from '../extract/types.js';
import { clauseStart } from './clauses.js';
import { words } from './lexicon.js';

// basis of a growth figure: what the extractor saw (同比增长31.1%), else a 同比/环比 cue
// (比上年, 较去年同期 …) earlier in the figure's own clause (同比分别增长5%和3%).

export function basisOfGrowth(match: string, c: Candidate): Basis | null {
  if (c.type !== 'growth') return null;
  if (c.basis) return c.basis;
  const before = match.slice(clauseStart(match, c.start), c.start);
  // 年增11.7%, 月减3% (Taiwan): only at a clause start, where 年/月 cannot end a date (2023年增长)
  const opening = /^(年|月)[增减]/.exec(before);
  if (opening) return opening[1] === '年' ? 'yoy' : 'mom';
  const yoy = lastIndexOf(before, words.yoyCue);
  const mom = lastIndexOf(before, words.momCue);
  if (yoy < 0 && mom < 0) return null;
  return yoy > mom ? 'yoy' : 'mom';
}

function lastIndexOf(text: string, cue: RegExp): number {
  const global = new RegExp(cue.source, 'g');
  let last = -1;
  for (let m = global.exec(text); m; m = global.exec(text)) last = m.index;
  return last;
}
