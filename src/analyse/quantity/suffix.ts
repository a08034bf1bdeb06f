import { lookup, type Lexicon, type SuffixDef } from './lexicon.js';
import { isLatinLetter, matchAt } from './text.js';

export interface SuffixMatch {
  def: SuffixDef;
  /** Where the word itself starts and ends. */
  start: number;
  end: number;
}

/** The unit, counter, ordinal noun or date marker right after a number; "of" only after a scale (billions of dollars). */
export function readSuffix(text: string, at: number, lexicon: Lexicon, allowJoiner: boolean): SuffixMatch | undefined {
  const match = matchAt(lexicon.re.suffix, text, at);
  if (!match || (match[1] !== undefined && !allowJoiner)) return undefined;
  const word = match[2]!;
  const end = at + match[0].length;
  if (isLatinLetter(word.at(-1)) && isLatinLetter(text[end])) return undefined;
  const def = lookup(lexicon.suffixes, word);
  return def && { def, start: end - word.length, end };
}
