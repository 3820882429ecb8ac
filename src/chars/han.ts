// What counts as a Chinese character, decided once: Unicode's Han script (\p{Script=Han}), which
// holds the unified ideographs and their extensions, the compatibility ideographs, the radicals,
// 々 and 〇 (二〇二三年), and nothing else (not the Yijing hexagrams between the two blocks).

/** Han script in the Basic Multilingual Plane, as ranges of UTF-16 code units (tests/chars checks them against \p{Script=Han}). */
const BMP_HAN: readonly (readonly [number, number])[] = [
  [0x2e80, 0x2e99],
  [0x2e9b, 0x2ef3],
  [0x2f00, 0x2fd5],
  [0x3005, 0x3005],
  [0x3007, 0x3007],
  [0x3021, 0x3029],
  [0x3038, 0x303b],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfa6d],
  [0xfa70, 0xfad9],
];

/**
 * True when a UTF-16 code unit is a Han character. For loops that read a string by code unit and
 * must keep its length (folding, offsets): a character outside the BMP is two surrogates, neither Han.
 */
export function isHanCode(code: number): boolean {
  // the unified block first: nearly every code unit asked about is in it or below the radicals
  if (code >= 0x4e00) return code <= 0x9fff || (code >= 0xf900 && code <= 0xfad9 && code !== 0xfa6e && code !== 0xfa6f);
  if (code < 0x2e80) return false;
  for (const [from, to] of BMP_HAN) if (code >= from && code <= to) return true;
  return false;
}

const HAN = /^\p{Script=Han}$/u;

/** True when `ch`, one character (a code point, as iterating a string gives), is Han, in any plane. */
export function isHanChar(ch: string): boolean {
  return HAN.test(ch);
}
