// Quantities written as fixed words: phrases (翻一番, twice, decades) and ordinals with their noun (third quarter).
import { decadeOrAge, exactStep, fractionDraft, type Draft } from './draft.js';
import { lookup, type Lexicon } from './lexicon.js';
import { readSuffix } from './suffix.js';
import { matchAt, matchBefore } from './text.js';

export function readPhrase(text: string, at: number, lexicon: Lexicon): Draft | undefined {
  const match = matchAt(lexicon.re.phrase, text, at);
  if (!match) return undefined;
  const word = match[1]!;
  const def = lookup(lexicon.phrases, word)!;
  const end = at + match[0].length;
  // A numeral goes on after a weak phrase (双 before 十一): the numeral is read instead; not after a weak ordinal (上世纪九十年代).
  if (def.weak && def.kind !== 'ordinal' && lexicon.ideographic && matchAt(lexicon.re.token, text, end)) return undefined;
  // 第二次, 第三次: after an ordinal marker a weak phrase is the ordinal, read as a number.
  if (def.weak && matchBefore(lexicon.re.ordinalPrefixBefore, text, at)) return undefined;
  const value = def.value ?? def.min!;
  if (def.kind === 'date' && def.unit === 'decade') return readDecadeWord(text, at, end, value, lexicon);
  const draft: Draft = { kind: def.kind, text: match[0], value, start: at, end, step: exactStep(value) };
  if (def.weak || (isAttributive(word, lexicon) && attributiveUse(text, at, end, lexicon))) draft.weak = true;
  const unit = def.unit ?? (def.kind === 'fraction' ? 'fraction' : undefined);
  if (unit) draft.unit = unit;
  if (def.min !== undefined) {
    draft.min = def.min;
    draft.max = def.max;
  }
  if (def.approx || matchBefore(lexicon.re.approxBefore, text, at)) draft.approx = true;
  return draft;
}

/** the nineties, die Neunzigerjahre: a decade; in her thirties: an age; thirties alone, where the language wants "the", neither. */
function readDecadeWord(text: string, at: number, end: number, value: number, lexicon: Lexicon): Draft | undefined {
  const age = matchBefore(lexicon.re.ageBefore, text, at);
  if (!age && lexicon.decadeWordsNeedBefore && !matchBefore(lexicon.re.decadeWordBefore, text, at)) return undefined;
  return decadeOrAge(text, value, at, end, lexicon);
}

function isAttributive(word: string, lexicon: Lexicon): boolean {
  return lexicon.attributive.has(word) || lexicon.attributive.has(word.charAt(0).toLowerCase() + word.slice(1));
}

/** double click, half-lines, left half: a word before a noun, or a part of something, rather than an amount. */
function attributiveUse(text: string, at: number, end: number, lexicon: Lexicon): boolean {
  return !matchAt(lexicon.re.attributiveEnd, text, end) || matchBefore(lexicon.re.partBefore, text, at) !== undefined;
}

/** third quarter, erstes Halbjahr: an ordinal word counts only with a noun that makes it a quantity. */
export function readOrdinalWord(text: string, at: number, lexicon: Lexicon): Draft | undefined {
  if (!lexicon.ordinals.size) return undefined;
  const match = matchAt(lexicon.re.ordinalWord, text, at);
  if (!match) return undefined;
  const end = at + match[0].length;
  const every = matchBefore(lexicon.re.everyBefore, text, at);
  const nth = lookup(lexicon.ordinals, match[1]!)!;
  // jeder dritte, every third: one in three. Every second may also be the unit (every second counts) unless a unit
  // follows (every second day): then the share is weak, excusing jedes zweite Kind but never reported alone.
  if (every && nth >= 2) {
    const share = fractionDraft(1 / nth, at - every.length, end);
    const unitWord = lookup(lexicon.suffixes, match[1]!)?.unit !== undefined;
    if (unitWord && !readSuffix(text, end, lexicon, false)?.def.unit) share.weak = true;
    return share;
  }
  const after = readSuffix(text, end, lexicon, false);
  if (!after?.def.ordinal) {
    // the second option, the third line: a position, only excusing its like on the other side
    // (2 番目, 3 行目). Not in a compound (third-party) nor after an article (a second option).
    if (/^-\p{L}/u.test(text.slice(end, end + 2)) || matchBefore(lexicon.re.articleBefore, text, at)) return undefined;
    return { kind: 'ordinal', text: '', value: lookup(lexicon.ordinals, match[1]!)!, start: at, end, step: 1, weak: true, rank: true };
  }
  return { kind: 'ordinal', text: '', value: lookup(lexicon.ordinals, match[1]!)!, unit: after.def.ordinal, start: at, end: after.end, step: 1 };
}
