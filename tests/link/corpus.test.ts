import { beforeAll, describe, expect, it } from 'vitest';
import { extractFromPlain } from '../../src/pipeline.js';
import { linkCorpus, REF_DATE, type LinkExpectation } from '../../src/link/corpus.js';
import { metricBasisCorpus } from '../../src/link/corpus-metric-basis.js';
import { passageCorpus } from '../../src/link/corpus-passages.js';
import { frameCorpus } from '../../src/link/corpus-frames.js';

// The link corpus through the real pipeline: each expected figure is found by its text (in
// order, so a repeated text matches its next occurrence) and its checked link fields compared.

const FIELDS = ['metric', 'region', 'partner', 'period', 'basis'] as const;

describe('link corpus', () => {
  // loading jieba's dictionaries takes long on a cold machine
  beforeAll(() => void extractFromPlain('预热：出口增长5%。', 'warm-up'), 120_000);
  it('has at least 80 examples', () => expect(linkCorpus.length).toBeGreaterThanOrEqual(80));
  it('has at least 70 passage and partner examples', () => expect(passageCorpus.length).toBeGreaterThanOrEqual(70));
  it.each([...linkCorpus, ...metricBasisCorpus, ...passageCorpus, ...frameCorpus])('%s', (text, expected, options) => {
    const { facts } = extractFromPlain(text, 'corpus', { refDate: options?.refDate ?? REF_DATE, title: options?.title ?? null });
    const used = new Set<number>();
    for (const want of expected) {
      const at = facts.findIndex((f, i) => !used.has(i) && f.type !== 'date' && f.text === want.text);
      expect(at, `a figure with text ${want.text} among ${facts.map((f) => f.text).join(' ')}`).toBeGreaterThanOrEqual(0);
      used.add(at);
      const got = facts[at]!; // found: asserted above
      const checked: Partial<LinkExpectation> = {};
      const actual: Partial<LinkExpectation> = {};
      for (const k of FIELDS) {
        if (!(k in want)) continue;
        (checked as Record<string, unknown>)[k] = want[k];
        (actual as Record<string, unknown>)[k] = got[k];
      }
      expect({ text: want.text, ...actual }).toEqual({ text: want.text, ...checked });
    }
  });
});
