import fc from 'fast-check';

// fast-check's `unit: 'binary'` (every code point but the surrogates) is a mapToConstant whose
// unmapper first builds a Map of all 1,112,064 characters: about a CPU-second in every test
// process that makes the arbitrary (fc.string tokenizes a few "dangerous" strings with it). This
// unit is the same arbitrary — the same index over the same two ranges, so the same values, bias
// and shrinking, and the same dangerous strings mixed in — with an unmapper that computes.

const SURROGATES = 0xe000 - 0xd800;

const toIndex = (value: unknown): number => {
  if (typeof value !== 'string') throw new Error('not a string');
  const cp = value.codePointAt(0);
  if (cp === undefined || String.fromCodePoint(cp) !== value || (cp >= 0xd800 && cp < 0xe000)) throw new Error('not one code point');
  return cp < 0xd800 ? cp : cp - SURROGATES;
};

/** One character of any code point but a surrogate: fast-check's 'binary' string unit. */
export const binaryUnit: fc.Arbitrary<string> = fc.nat({ max: 0x10ffff - SURROGATES }).map((i) => String.fromCodePoint(i < 0xd800 ? i : i + SURROGATES), toIndex);
