import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readUserDict } from '../../src/input/user-dict.js';

// A user dictionary is read and worded like any input (input/errors.ts), and its lines are checked
// before jieba, which aborts the process on a malformed one, ever sees it.

describe('readUserDict', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhfacts-userdict-'));
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('gives the text of a good dictionary (a byte-order mark dropped)', () => {
    const path = file('good.dict', '\uFEFF保税仓 n\n市场采购贸易 20000 n\n\n');
    expect(readUserDict(path)).toEqual({ text: '保税仓 n\n市场采购贸易 20000 n\n\n' });
  });

  it('words a missing file and a folder as every input read error is worded', () => {
    expect(readUserDict(join(dir, 'missing.dict'))).toEqual({ problem: `${join(dir, 'missing.dict')}: no such file or directory` });
    expect(readUserDict(dir)).toEqual({ problem: `${dir}: is a folder, not a file` });
  });

  it('refuses bytes that are not UTF-8 and names the first malformed line', () => {
    const gbk = file('gbk.dict', Buffer.from([0xb1, 0xa3, 0xcb, 0xb0, 0xb2, 0xd6, 0x20, 0x6e, 0x0a]));
    expect(readUserDict(gbk)).toEqual({ problem: `${gbk}: not valid UTF-8 (save the dictionary as UTF-8)` });
    const bad = file('bad.dict', '保税仓 n\n这 一 行 不 对\n');
    expect(readUserDict(bad)).toEqual({ problem: `${bad}:2: not "word [freq] [tag]": "这 一 行 不 对"` });
  });

  it('leaves nothing behind', () => {
    rmSync(dir, { recursive: true, force: true });
    expect(readUserDict(dir)).toEqual({ problem: `${dir}: no such file or directory` });
  });
});
