// Text that a translation keeps as it is: links, placeholders, markup, numbers and code.
// Rules that compare the wording of two sides, or judge a side's language, look past it.
// Patterns that start with a run of word characters begin with a lookbehind, so that a
// long word is tried once, not from each of its letters.

/** A URL ends at white space, quotes, brackets, or Chinese, Japanese or Korean text. */
export const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'“”‘’（）【】《》「」，。、；！？\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]+/giu;
export const EMAIL_PATTERN = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** Keyboard mnemonics in UI strings (`_Open`, `&Save`): the mark goes, the word stays. */
const MNEMONIC = /(?<![\p{L}\p{N}_&])[_&](?=\p{L})/gu;

/** Placeholders, markup and command-line options: code inside a message. */
const CODE_PATTERNS = [
  // printf (`%s`, `%1$d`, `%-10.2f`), Python (`%(name)s`), Qt (`%1`), and other letter codes (`%Dn`)
  "%(?:\\([^)]+\\)|\\d+\\$)?[-+0#']*(?:\\d+|\\*)?(?:\\.(?:\\d+|\\*))?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspnm%]",
  '%\\d+',
  '%[A-Za-z]{1,2}(?![A-Za-z])',
  '(?<![\\w.])@[A-Za-z]{1,2}(?![A-Za-z])',
  // {0}, {name}, {{name}}, ${VAR}, $VAR
  '\\{\\{[^{}]*\\}\\}',
  '\\{[^{}\\s]*\\}',
  '\\$\\{[^}]*\\}',
  '\\$[A-Za-z_][A-Za-z0-9_]*',
  // markup and character references
  '<[^<>\\n]+>',
  '&(?:[a-zA-Z]+|#\\d+|#x[0-9a-fA-F]+);',
  // command-line syntax: options and their values (`--blink on|off`, `uid=%u`), `[arguments]`
  '(?<![\\p{L}\\p{N}])--?[A-Za-z][\\w-]*',
  '(?<![\\w-])[\\w-]+(?:\\|[\\w-]+)+',
  '(?<![\\w-])[\\w-]+=',
  '\\[[\\w-]+(?:\\.\\.\\.|…)?\\]',
];

const CODE = new RegExp(CODE_PATTERNS.join('|'), 'gu');

const INVARIANT = new RegExp(
  [
    URL_PATTERN.source,
    EMAIL_PATTERN.source,
    ...CODE_PATTERNS,
    // paths and identifiers
    '(?<![\\p{L}\\p{N}/.])(?:~|\\.{1,2})?\\/[\\w.-]+(?:\\/[\\w.-]*)*',
    '(?<![\\p{L}\\p{N}_])[\\p{L}\\p{N}]*_[\\p{L}\\p{N}_]+',
    // numbers, times, versions
    '(?<!\\p{Nd})\\p{Nd}+(?:[.,:/]\\p{Nd}+)*',
  ].join('|'),
  'gu',
);

/** A character every invariant needs: most prose has none and is returned at once. */
const MAY_HAVE_INVARIANT = /[\p{Nd}%{}$<&\-[\/_=|@]|www\./u;

/** The text with everything a translation keeps as it is replaced by spaces. */
export function maskInvariants(text: string): string {
  if (!MAY_HAVE_INVARIANT.test(text)) return text;
  return text.replace(MNEMONIC, '').replace(INVARIANT, ' ');
}

/** The text with placeholders, markup and options blanked out, offsets kept. */
export function blankCode(text: string): string {
  if (!MAY_HAVE_INVARIANT.test(text)) return text;
  return text.replace(CODE, (code) => ' '.repeat(code.length));
}
