// Punctuation quoted as code (`';'`, `'~:['`, "`,`") is what a message talks about, not how
// it is laid out: list detection must not split items or end phrases at it.

/**
 * A short quoted span that holds list punctuation: quotes that are not apostrophes (nothing
 * glued to them outside), at most 12 characters inside, no space.
 */
const QUOTED_PUNCTUATION = /(?<![\p{L}\p{N}])(['"`‘“«「])([^\s'"`’”»」]{0,12}?[;；:：,，、][^\s'"`’”»」]{0,12}?)(['"`’”»」])(?![\p{L}\p{N}])/gu;
const LIST_PUNCTUATION = /[;；:：,，、]/gu;
/** Takes the punctuation's place: a format character, neither space, letter nor punctuation. */
const NEUTRAL = '\u2060';

/** The text with list punctuation inside quoted code replaced, offsets kept. */
export function maskQuotedPunctuation(text: string): string {
  if (!/['"`‘“«「]/u.test(text)) return text;
  return text.replace(QUOTED_PUNCTUATION, (_, open: string, inside: string, close: string) => open + inside.replace(LIST_PUNCTUATION, NEUTRAL) + close);
}
