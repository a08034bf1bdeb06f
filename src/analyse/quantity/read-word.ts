// Quantities written as fixed words: phrases (翻一番, twice, decades) and ordinals with their noun (third quarter).
import { exactStep, type Draft } from './draft.js';
import { lookup, type Lexicon } from './lexicon.js';
import { readSuffix } from './suffix.js';
import { matchAt, matchBefore } from './text.js';

export function readPhrase(text: string, at: number, lexicon: Lexicon): Draft | undefined {
  const match = matchAt(lexicon.re.phrase, text, at);
  if (!match) return undefined;
  const def = lookup(lexicon.phrases, match[1]!)!;
  const value = def.value ?? def.min!;
  const draft: Draft = { kind: def.kind, text: match[0], value, start: at, end: at + match[0].length, step: exactStep(value) };
  const unit = def.unit ?? (def.kind === 'fraction' ? 'fraction' : undefined);
  if (unit) draft.unit = unit;
  if (def.min !== undefined) {
    draft.min = def.min;
    draft.max = def.max;
  }
  if (def.approx || matchBefore(lexicon.re.approxBefore, text, at)) draft.approx = true;
  return draft;
}

/** third quarter, erstes Halbjahr: an ordinal word counts only with a noun that makes it a quantity. */
export function readOrdinalWord(text: string, at: number, lexicon: Lexicon): Draft | undefined {
  if (!lexicon.ordinals.size) return undefined;
  const match = matchAt(lexicon.re.ordinalWord, text, at);
  if (!match) return undefined;
  const after = readSuffix(text, at + match[0].length, lexicon, false);
  if (!after?.def.ordinal) return undefined;
  return { kind: 'ordinal', text: '', value: lookup(lexicon.ordinals, match[1]!)!, unit: after.def.ordinal, start: at, end: after.end, step: 1 };
}
