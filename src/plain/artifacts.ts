// Typesetting artifacts: a pinyin reading printed after a character, `國(guó)` → `國`
// (some sites annotate every traditional character this way, as in seed 000).

const TONE_MARKED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const TONE_LETTERS: Readonly<Record<string, string>> = {
  ā: 'a',
  á: 'a',
  ǎ: 'a',
  à: 'a',
  ē: 'e',
  é: 'e',
  ě: 'e',
  è: 'e',
  ī: 'i',
  í: 'i',
  ǐ: 'i',
  ì: 'i',
  ō: 'o',
  ó: 'o',
  ǒ: 'o',
  ò: 'o',
  ū: 'u',
  ú: 'u',
  ǔ: 'u',
  ù: 'u',
  ǖ: 'v',
  ǘ: 'v',
  ǚ: 'v',
  ǜ: 'v',
  ü: 'v',
  ń: 'n',
  ň: 'n',
  ǹ: 'n',
  ḿ: 'm',
};

/** One toneless syllable: optional initial, then a final (ü written v). */
const SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|iu|o|ong|ou|u|ua|uai|uan|uang|ue|ui|un|uo|v|ve|van|vn|n|ng|m)$/;

/** A reading in ASCII or full-width parentheses; the character before it is checked separately. */
const READING = new RegExp(`[(（]([a-zA-Z${TONE_MARKED}]{1,7}[1-5]?)[)）]`, 'g');
const HAN = /\p{Script=Han}/u;

/** The character before `index`, surrogate pairs included (Han extension B and beyond). */
function charBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  return text.slice(index - 1, index);
}

/** A pinyin reading has a tone (mark or digit) and is a well-formed syllable, so `(a)` or `(GDP)` stay. */
export function isPinyinReading(reading: string): boolean {
  const digit = /[1-5]$/.test(reading);
  const letters = (digit ? reading.slice(0, -1) : reading).toLowerCase();
  const marked = [...letters].some((ch) => ch in TONE_LETTERS && ch !== 'ü');
  if (!digit && !marked) return false;
  const bare = [...letters].map((ch) => TONE_LETTERS[ch] ?? ch).join('');
  return SYLLABLE.test(bare);
}

/** Removes pinyin readings after Han characters; ordinary parenthesised text is untouched. */
export function removePinyinReadings(text: string): string {
  // The regex starts with a literal parenthesis so it scans fast; a lookbehind for Han would
  // be evaluated at every position of a 50 MB text.
  return text.replace(READING, (whole, reading: string, index: number) => (index > 0 && HAN.test(charBefore(text, index)) && isPinyinReading(reading) ? '' : whole));
}
