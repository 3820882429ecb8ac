// Regex sources built from lists of literal words, for every stage that matches a word list.

/** `s` with every regex metacharacter escaped, so that it matches itself. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words escaped and joined longest first, so that an alternation prefers 万平方米 over 米 and 超过 over 超. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}
