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
  const yoy = lastIndexOf(before, YOY_CUE);
  const mom = lastIndexOf(before, MOM_CUE);
  if (yoy < 0 && mom < 0) return null;
  return yoy > mom ? 'yoy' : 'mom';
}

// global copies of the cues, made once: lastIndexOf steps through every match
const YOY_CUE = new RegExp(words.yoyCue.source, 'g');
const MOM_CUE = new RegExp(words.momCue.source, 'g');

function lastIndexOf(text: string, global: RegExp): number {
  global.lastIndex = 0;
  let last = -1;
  for (let m = global.exec(text); m; m = global.exec(text)) last = m.index;
  return last;
}
