// Fractions: 三分之一, 3分の1, one third, two-thirds, a quarter of, ein Drittel, 1/3.
import { fractionDraft, type Draft } from './draft.js';
import { lookup, type Lexicon } from './lexicon.js';
import { readNumeral } from './numeral.js';
import { readSuffix } from './suffix.js';
import { matchAt, matchBefore } from './text.js';

/** The fraction whose numerator (or, with 分之, denominator) was read from `start` to `end`. */
export function readFraction(text: string, start: number, end: number, numerator: number, article: boolean, lexicon: Lexicon): Draft | undefined {
  const { re } = lexicon;
  const infix = matchAt(re.fractionInfix, text, end);
  if (infix) {
    // 三分之一: the denominator comes first.
    const top = readNumeral(text, end + infix[0].length, lexicon);
    if (!top || numerator === 0) return undefined;
    return fractionDraft(top.value / numerator, start, top.end);
  }
  if (!Number.isInteger(numerator) || numerator < 1 || numerator > 20) return undefined;
  // one household in three: with a noun between, only one of (two students in five classes is no share), unless
  // the language's per word names a share whatever the numerator (deux Français sur trois).
  const perAfterNoun = numerator === 1 || lexicon.perNamesShare;
  const per = matchAt(re.fractionPer, text, end) ?? (perAfterNoun ? matchAt(re.fractionPerAfterNoun, text, end) : null);
  const share = per && perFraction(text, start, end + per[0].length, numerator, lexicon);
  if (share) return share;
  const match = matchAt(re.denominator, text, end);
  if (!match) return undefined;
  const word = match[1]!;
  const fractionEnd = end + match[0].length;
  const draft = fractionDraft(numerator / lookup(lexicon.denominators, word)!, start, fractionEnd);
  if ((article || lexicon.needOf.has(word)) && !matchAt(re.unitJoinerAfter, text, fractionEnd)) {
    // "a third option" is no fraction, "grew by a third to" is; "in a quarter" may be a quarter of a year.
    const unit = lookup(lexicon.suffixes, word)?.unit;
    if (unit) draft.alternatives = [{ value: numerator * unit.times, unit: unit.unit, step: 1 }];
    else if (!matchAt(re.fractionFollower, text, fractionEnd)) return undefined;
  }
  return draft;
}

/** one in three, two out of five, un sur trois: a small whole number of a small whole number, not of years. */
function perFraction(text: string, start: number, at: number, numerator: number, lexicon: Lexicon): Draft | undefined {
  const bottom = readNumeral(text, at, lexicon);
  if (!bottom || !Number.isInteger(bottom.value) || bottom.value <= numerator || bottom.value > 100) return undefined;
  if (readSuffix(text, bottom.end, lexicon, false)?.def.unit) return undefined;
  return fractionDraft(numerator / bottom.value, start, bottom.end);
}

/** 每五人中有一人, 3世帯に1世帯: a share written denominator first, the numeral from `start` to `end` its denominator. */
export function readEveryIn(text: string, start: number, end: number, denominator: number, lexicon: Lexicon): Draft | undefined {
  const { everyIn, re } = lexicon;
  if (!everyIn || !re.everyInBetween || !Number.isInteger(denominator) || denominator < 2 || denominator > 100) return undefined;
  const every = everyIn.before ? matchBefore(re.everyInBefore, text, start) : undefined;
  if (everyIn.before && !every) return undefined;
  const between = matchAt(re.everyInBetween, text, end);
  if (!between) return undefined;
  const top = readNumeral(text, end + between[0].length, lexicon);
  if (!top || !Number.isInteger(top.value) || top.value < 1 || top.value >= denominator) return undefined;
  const noun = between[1]!;
  // 3 人に 1 人: the noun may stand a space after the number, as it did after the first.
  const nounAt = top.end + (/^[ \u00a0\u202f]*/.exec(text.slice(top.end, top.end + 4))?.[0].length ?? 0);
  if (everyIn.sameNoun && (!noun || !text.startsWith(noun, nounAt))) return undefined;
  return fractionDraft(top.value / denominator, start - (every?.length ?? 0), everyIn.sameNoun ? nounAt + noun.length : top.end);
}

/** a third of, a quarter of: the article is the numerator. */
export function readArticleFraction(text: string, at: number, lexicon: Lexicon): Draft | undefined {
  if (!lexicon.articles.size || !matchAt(lexicon.re.denominator, text, at)) return undefined;
  const article = matchBefore(lexicon.re.articleBefore, text, at);
  if (!article) return undefined;
  const start = at - article.length;
  return readFraction(text, start, start + article.word.length, 1, true, lexicon);
}
