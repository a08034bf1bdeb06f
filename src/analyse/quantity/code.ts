// Code inside a message that only looks like quantities: printf and strftime placeholders
// (`%1$s`, `0x%08x`, `%l:%M`), named placeholders (`{0}`, `%(count)d`, `${var}`), markup and
// metavariables (`<size>`), command-line options (`--two-bytes-decimal`, `-M`) and hex
// literals. They are masked before extraction, so that `%2$d` is no 2 and `--three` no 3.
// The idea is that of `blankCode` in ../invariants.ts, narrowed for numbers: a percent sign
// after a digit stays a percent sign (`50 %`, `10%ige`), `< 5 and > 3` is no markup, and
// `<Reserved inode 10>` is text.

/**
 * What masked code turns into: one character for one, neither letter, digit nor space, so
 * nothing reads across it; a Latin-1 control character, so that a Latin text stays a one-byte
 * string, which expressions scan faster.
 */
const MASK = '\u007f';

// printf: positional `%2$`, flags (no space: French `50 % des`), width, precision, length, conversion;
// `%<PRIu64>`; Qt `%1`; strftime and e2fsprogs letter codes (`%M`, `%-e`, `%It`)
const PERCENT =
  "%(?:\\(\\w+\\)|\\d+\\$)?(?:<PRI\\w+>|[-+0#']*(?:\\d+|\\*)?(?:\\.(?:\\d+|\\*))?(?:hh|ll|I64|I32|[hlLqjzt])?[diouxXeEfFgGaAcCsSpnm%])|%-?(?:\\d+|[A-Za-z]{1,2})(?![A-Za-z])";
/** e2fsprogs `@i` abbreviations. */
const AT = '@[A-Za-z]{1,2}(?![A-Za-z])';
/** {0}, {name}, {{name}}, {K,M,G}. */
const BRACE = '\\{\\{[^{}]*\\}\\}|\\{[^{}\\s]*\\}';
/** ${VAR}, $VAR. */
const DOLLAR = '\\$\\{[^}]*\\}|\\$[A-Za-z_][A-Za-z0-9_]*';
/** Markup (attributes have values: `<Reserved inode 10>` is text) and metavariables (`<M-N>`, `<size>`). */
const TAG = '<\\/?[A-Za-z][\\w:.-]*(?:\\s+[\\w:-]+=(?:"[^"]*"|\'[^\']*\'|[^\\s>]+))*\\s*\\/?>';
const ENTITY = '&(?:[a-zA-Z]+|#\\d+|#x[0-9a-fA-F]+);';
/** Options: `-M`, `--two-bytes-decimal`, `--geometry=`. */
const OPTION = '--?[A-Za-z][\\w-]*=?';
/** Hex literals and the 0x before a placeholder. */
const HEX = '0[xX][0-9a-fA-F]*';

/**
 * All of them, each starting with a fixed character, so that the engine skips ahead to those
 * characters; the character before is judged afterwards (see `excluded`). Look-behinds in
 * the expression would make it try every position, several microseconds per sentence.
 */
const CODE = new RegExp([PERCENT, AT, BRACE, DOLLAR, TAG, ENTITY, OPTION, HEX].join('|'), 'g');

/** A character every pattern above starts with: most prose has none and is returned at once. */
const MAY_HAVE_CODE = /[%@{$<&]|-[-A-Za-z]|0[xX]/;

/** The text with code masked, one UTF-16 unit for one, so offsets into the result are offsets into the text. */
export function maskCode(text: string): string {
  if (!MAY_HAVE_CODE.test(text)) return text;
  return text.replace(CODE, (code: string, at: number) => (excluded(text, at) ? code : masks(code.length)));
}

const MASKS: string[] = [];

function masks(length: number): string {
  return (MASKS[length] ??= MASK.repeat(length));
}

/**
 * Whether what looks like code at `at` is none, judged by the character before: a percent
 * sign after a digit is one (10 %, 10%ige), an option, an abbreviation or 0x follows no word.
 */
function excluded(text: string, at: number): boolean {
  const before = at > 0 ? text.charCodeAt(at - 1) : -1;
  switch (text.charCodeAt(at)) {
    case 0x25: // %
      return isDigitCode(before) || (isSpaceCode(before) && isDigitCode(at > 1 ? text.charCodeAt(at - 2) : -1));
    case 0x40: // @
      return before === 0x2e || isWordCode(before);
    case 0x2d: // -
      return before === 0x2d || isWordCode(before);
    case 0x30: // 0
      return isWordCode(before);
    default:
      return false;
  }
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x202f;
}

/** A letter, digit or underscore: ASCII by its code, beyond it by its Unicode category. */
function isWordCode(code: number): boolean {
  if (code < 0) return false;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
  return WORD.test(String.fromCharCode(code));
}

/** Letters and digits of any script. */
const WORD = /[\p{L}\p{N}]/u;
