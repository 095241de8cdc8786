/**
 * A global, case-insensitive pattern for `phrase` standing as whole words (not inside a longer word),
 * optionally followed by `suffix` (a pattern, such as a possessive "'s").
 */
export function wholeWords(phrase: string, suffix = ''): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}${suffix}(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
}
