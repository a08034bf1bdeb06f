import { eachMatch } from '../each-match.js';
import type { ListRules } from './data.js';
import { searchFrom, skipSpace } from './layout.js';
import { numeralValue } from './numbers.js';

const BLANK_LINE = /\n[ \t]*\n/;
const LATIN_START = /^\p{Script=Latin}/u;
const LETTER = /\p{L}/u;
/** A line that goes on with a lower-case word: the sentence was wrapped, not ended. */
const WRAPPED_LINE = /^[ \t]*\p{Ll}/u;
/** Enough of the text after a count to hold the longest word of `notCounting`. */
const LOOKAHEAD_CHARS = 24;

/** A count that may announce a list: "四层", "6点", "three risks", "the following 3 steps". */
export interface Count {
  value: number;
  text: string;
  start: number;
  end: number;
  /** Where the list it announces must start: after the rest of the phrase ("层：", " layers:") and any space. */
  listStart: number;
  /** Whether the phrase ends with a colon; runs, which have no markers, need one. */
  colon: boolean;
}

/** Counts of two or more followed, within a short phrase, by a colon, a line break or a sentence end. */
export function findCounts(text: string, rules: ListRules): Count[] {
  const { announce } = rules;
  if (!announce) return [];
  const counts: Count[] = [];
  eachMatch(announce.pattern, text, (match) => {
    const written = match.groups?.n ?? match[0];
    const value = numeralValue(written, rules.numerals);
    const end = match.index + match[0].length;
    if (value === undefined || value < 2 || measures(text.slice(end, end + LOOKAHEAD_CHARS), announce.notCounting)) return;
    const phraseEnd = endOfPhrase(text, end, rules);
    if (!phraseEnd || phraseEnd.at - end > announce.maxGap) return;
    const listStart = skipSpace(text, phraseEnd.after);
    // A sentence that ends its paragraph announces nothing in the next one ("… die obersten zwei Verzeichnisse … vertauscht.\n\nOptionen: …").
    if (!phraseEnd.colon && BLANK_LINE.test(text.slice(phraseEnd.after, listStart))) return;
    counts.push({
      value,
      text: written,
      start: match.index,
      end,
      listStart,
      colon: phraseEnd.colon,
    });
  });
  return counts;
}

/** Whether the words after a count make it a duration, a scale or a measure ("三年", "three years"). */
function measures(after: string, notCounting: readonly string[]): boolean {
  const rest = after.trimStart().toLowerCase();
  return notCounting.some(
    // Latin words must end there ("years", not "yearsx"); Han words are prefixes (个月 in 个月后).
    (word) => rest.startsWith(word) && !(LATIN_START.test(word) && LETTER.test(rest.charAt(word.length))),
  );
}

interface PhraseEnd {
  at: number;
  after: number;
  colon: boolean;
}

/** The first colon, line break, sentence end or (where the language has one) pause after `offset`. */
function endOfPhrase(text: string, offset: number, rules: ListRules): PhraseEnd | undefined {
  const pause = rules.announce?.pause;
  // On a tie the earlier candidate stays: colon, then sentence end, pause and line break.
  let end = earlier(searchFrom(rules.colon, text, offset), true, undefined);
  end = earlier(searchFrom(rules.sentenceEnd, text, offset), false, end);
  if (pause) end = earlier(searchFrom(pause, text, offset), false, end);
  const lineBreak = phraseBreak(text, offset);
  if (lineBreak >= 0 && (!end || lineBreak < end.at)) end = { at: lineBreak, after: lineBreak, colon: false };
  return end;
}

/** The first line break after `offset` that is not wrapped prose going on in lower case ("three types of\n objects: ..."). */
function phraseBreak(text: string, offset: number): number {
  for (let lineBreak = text.indexOf('\n', offset); lineBreak >= 0; lineBreak = text.indexOf('\n', lineBreak + 1)) {
    if (!WRAPPED_LINE.test(text.slice(lineBreak + 1, lineBreak + 1 + LOOKAHEAD_CHARS))) return lineBreak;
  }
  return -1;
}

function earlier(match: RegExpExecArray | null, colon: boolean, than: PhraseEnd | undefined): PhraseEnd | undefined {
  if (!match || (than && than.at <= match.index)) return than;
  return { at: match.index, after: match.index + match[0].length, colon };
}
