// Words of alphabetic scripts (Latin, Greek, Cyrillic) with their stems and what joins
// them to the previous word. Han, Kana and Hangul are not split into words here: terms in
// those scripts are matched as substrings (see terms.ts).
import type { Segment } from '../model.js';
import { eachMatch } from './each-match.js';
import { perSegment } from './memo.js';
import { stemLanguage, stemmerFor } from './stem.js';

export interface Word {
  text: string;
  start: number;
  end: number;
  /**
   * What joins the word to the previous one: `' '` (white space), `'-'` (a hyphen), a
   * single other character (`&`, `/`, `.`, `:`), `''` after an elision (`l'` `UUID`), or
   * `'|'` for anything else (punctuation with spaces, text of another script), which no
   * term or name spans. `''` for the first word too.
   */
  joint: string;
  /** Lower-cased stem in the text's language. */
  stem: string;
}

/**
 * Letters and digits of alphabetic scripts, with inner apostrophes (`Alibaba’s`, `don't`);
 * an elided article or pronoun (`l'`, `qu'`) is a word of its own (`l'` `UUID`).
 */
const WORD = /(?:[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}]|[Qq]u)['’](?=[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}])|[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{Nd}][\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{Nd}\p{M}]*(?:['’][\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}]+)*/gu;
const SPACES = /^\s+$/u;
const HYPHENS = /^[-‐‑]$/u;

export function wordsOf(text: string, lang: string): Word[] {
  const stem = stemmerFor(lang);
  const words: Word[] = [];
  let previousEnd = -1;
  eachMatch(WORD, text, (match) => {
    const start = match.index;
    const end = start + match[0].length;
    words.push({ text: match[0], start, end, joint: previousEnd < 0 ? '' : jointOf(text, previousEnd, start), stem: stem(match[0]) });
    previousEnd = end;
  });
  return words;
}

/** What stands between two words, text[from, to). */
function jointOf(text: string, from: number, to: number): string {
  // One space, or none: the common cases, without slicing.
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return ' ';
  if (to === from) return '';
  const gap = text.slice(from, to);
  if (SPACES.test(gap)) return ' ';
  if (HYPHENS.test(gap)) return '-';
  return gap.length === 1 ? gap : '|';
}

const wordsByStems = perSegment((segment, stems) => wordsOf(segment.text, stems));

/**
 * The words of one side of a pair, computed once however many rules ask, and once for
 * the languages that share stems (Chinese words are stemmed as English: see stemLanguage).
 */
export function segmentWords(segment: Segment, lang: string): Word[] {
  return wordsByStems(segment, stemLanguage(lang));
}
