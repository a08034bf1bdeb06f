// Text that a translation keeps as it is: links, placeholders, markup, numbers and code.
// Rules that compare the wording of two sides, or judge a side's language, look past it.
// Patterns that start with a run of word characters begin with a lookbehind, so that a
// long word is tried once, not from each of its letters.
import { perSegmentText } from './memo.js';

/** A URL ends at white space, quotes, brackets, or Chinese, Japanese or Korean text. */
export const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'“”‘’（）【】《》「」，。、；！？\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]+/giu;
/**
 * An e-mail address; its domain in Latin letters, so that a Korean or Japanese particle
 * glued to it (`bug-wget@gnu.org에`) stays out.
 */
export const EMAIL_PATTERN = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{sc=Latin}\p{N}-]+(?:\.[\p{sc=Latin}\p{N}-]+)+/gu;

/** Keyboard mnemonics in UI strings (`_Open`, `&Save`): the mark goes, the word stays. */
const MNEMONIC = /(?<![\p{L}\p{N}_&])[_&](?=\p{L})/gu;

/**
 * One alternative of a pattern, and a string (or an expression) a text must contain for it
 * to match anywhere in the text.
 */
type Alternative = readonly [source: string, needs: string | RegExp];

/** Reduced alternations kept: texts need few combinations of alternatives, and this bounds them. */
const MAX_REDUCED = 256;

/**
 * A global alternation of many patterns, matched as the alternatives that can match in the
 * text at hand: every position of a text tries every alternative (most start with a
 * lookbehind), and most texts can only match two or three of them (numbers, a hyphen), so
 * dropping the others makes matching several times faster. The alternatives kept keep
 * their order, so the matches are the same.
 */
class Alternation {
  private readonly reduced = new Map<number, RegExp>();

  constructor(private readonly alternatives: readonly Alternative[]) {}

  /** The alternation reduced to what can match in `text`; undefined when nothing can. */
  patternFor(text: string): RegExp | undefined {
    let kept = 0;
    this.alternatives.forEach(([, needs], index) => {
      if (typeof needs === 'string' ? text.includes(needs) : needs.test(text)) kept |= 1 << index;
    });
    if (kept === 0) return undefined;
    let pattern = this.reduced.get(kept);
    if (!pattern) {
      if (this.reduced.size >= MAX_REDUCED) this.reduced.clear();
      const sources = this.alternatives.filter((_, index) => kept & (1 << index)).map(([source]) => source);
      this.reduced.set(kept, (pattern = new RegExp(sources.join('|'), 'gu')));
    }
    return pattern;
  }
}

/**
 * Placeholders, markup and command-line options: code inside a message. Each alternative
 * comes with what a text must contain for it to match (see `Alternative`).
 */
const CODE_PATTERNS: readonly Alternative[] = [
  // printf (`%s`, `%1$d`, `%-10.2f`), Python (`%(name)s`), Qt (`%1`), and other letter codes (`%Dn`)
  ["%(?:\\([^)]+\\)|\\d+\\$)?[-+0#']*(?:\\d+|\\*)?(?:\\.(?:\\d+|\\*))?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspnm%]", '%'],
  ['%\\d+', '%'],
  ['%[A-Za-z]{1,2}(?![A-Za-z])', '%'],
  ['(?<![\\w.])@[A-Za-z]{1,2}(?![A-Za-z])', '@'],
  // {0}, {name}, {{name}}, ${VAR}, $VAR
  ['\\{\\{[^{}]*\\}\\}', '{'],
  ['\\{[^{}\\s]*\\}', '{'],
  ['\\$\\{[^}]*\\}', '$'],
  ['\\$[A-Za-z_][A-Za-z0-9_]*', '$'],
  // markup and character references
  ['<[^<>\\n]+>', '<'],
  ['&(?:[a-zA-Z]+|#\\d+|#x[0-9a-fA-F]+);', '&'],
  // command-line syntax: options and their values (`--blink on|off`, `uid=%u`), `[arguments]`
  ['(?<![\\p{L}\\p{N}])--?[A-Za-z][\\w-]*', '-'],
  ['(?<![\\w-])[\\w-]+(?:\\|[\\w-]+)+', '|'],
  ['(?<![\\w-])[\\w-]+=', '='],
  ['\\[[\\w-]+(?:\\.\\.\\.|…)?\\]', '['],
];

const INVARIANT_PATTERNS: readonly Alternative[] = [
  [URL_PATTERN.source, /https?:\/\/|www\./],
  [EMAIL_PATTERN.source, '@'],
  ...CODE_PATTERNS,
  // paths and identifiers
  ['(?<![\\p{L}\\p{N}/.])(?:~|\\.{1,2})?\\/[\\w.-]+(?:\\/[\\w.-]*)*', '/'],
  ['(?<![\\p{L}\\p{N}_])[\\p{L}\\p{N}]*_[\\p{L}\\p{N}_]+', '_'],
  // numbers, times, versions
  ['(?<!\\p{Nd})\\p{Nd}+(?:[.,:/]\\p{Nd}+)*', /\p{Nd}/u],
];

/** The text with everything a translation keeps as it is replaced by spaces. */
export function maskInvariants(text: string): string {
  const unmarked = text.includes('_') || text.includes('&') ? text.replace(MNEMONIC, '') : text;
  const invariant = INVARIANT.patternFor(unmarked);
  return invariant ? unmarked.replace(invariant, ' ') : unmarked;
}

/** The text with placeholders, markup and options blanked out, offsets kept. */
export function blankCode(text: string): string {
  const code = CODE.patternFor(text);
  return code ? text.replace(code, (found) => ' '.repeat(found.length)) : text;
}

/** A segment's text with its invariants masked, computed once however many rules ask. */
export const maskedText = perSegmentText((segment) => maskInvariants(segment.text));

const CODE = new Alternation(CODE_PATTERNS);
const INVARIANT = new Alternation(INVARIANT_PATTERNS);
