// A numeral with the words around it that belong to the quantity: currency, era and
// approximation before it; scale, unit, counter, date marker or ordinal noun after it.
import { readArabic } from './arabic.js';
import { ageDraft, applyUnit, dateDraft, decadeDraft, fractionDraft, isDecade, positionDraft, type Draft } from './draft.js';
import type { Lexicon, UnitUse } from './lexicon.js';
import type { Reading } from './types.js';
import { placeOf, readNumeral, type Numeral } from './numeral.js';
import { readEveryIn, readFraction } from './read-fraction.js';
import { readSuffix, type SuffixMatch } from './suffix.js';
import { isDigit, isLatinLetter, matchAt, matchBefore } from './text.js';

/** What the words before a numeral said. */
interface Context {
  numeral: Numeral;
  start: number;
  approx: boolean;
  unit?: UnitUse;
  /** After 第: a position, or an ordinal with its noun. */
  ordinalMarked: boolean;
  era?: { year: number; start: number };
  /** two and a half, zweieinhalb: a half more than the numeral. */
  half: boolean;
  /** 二十多, 百余, 二十多万: the amount lies between the value and the value plus this. */
  spread?: number;
}

export function readNumber(text: string, at: number, lexicon: Lexicon): Draft | undefined {
  const { re } = lexicon;
  const numeral = readNumeral(text, at, lexicon);
  if (!numeral) return undefined;
  if (lexicon.ideographic && !numeral.digits && numeral.bare && numeral.tokens === 1 && !matchBefore(re.approxBefore, text, at) && !vagueTailAt(text, numeral.end, lexicon)) {
    return undefined; // 百, 千, 万 alone are words (百姓, 千问), except in 近万, 超千, 百余.
  }
  if (numeral.digits && numeral.tokens === 1) {
    const special = readSlash(text, numeral) ?? readTime(text, numeral, lexicon);
    if (special) return special;
  }
  const context = readLeft(text, numeral, lexicon);
  if (!context || !('numeral' in context)) return context;
  let end = numeral.end;
  const glued = matchAt(re.approxGlued, text, end);
  if (glued) {
    context.approx = true;
    end += glued[0].length;
    // 二十多, 300 多: up to the next step of the number's last written place.
    const place = Number.isInteger(numeral.value) ? placeOf(numeral.value) : 0;
    if (lexicon.vagueTails.has(glued[1]!) && place > 0) context.spread = place;
  }
  const half = matchAt(re.half, text, end);
  if (half) {
    context.half = true;
    end += half[0].length;
  }
  const fraction = readFraction(text, context.start, end, numeral.value, false, lexicon) ?? readEveryIn(text, context.start, end, numeral.value, lexicon);
  if (fraction) {
    if (context.approx) fraction.approx = true;
    return fraction;
  }
  return readRight(text, end, context, lexicon);
}

/** 余 in 百余, 多 in 二十多: a tail that makes a round number a range. */
function vagueTailAt(text: string, at: number, lexicon: Lexicon): boolean {
  const glued = matchAt(lexicon.re.approxGlued, text, at);
  return glued !== null && lexicon.vagueTails.has(glued[1]!);
}

/** At least three lower-case letters go on after a number word: the rest of a compound (Drei|wege). */
function compoundTail(text: string, end: number): boolean {
  return /^\p{Ll}{3}/u.test(text.slice(end, end + 3));
}

/** 1/3 is a fraction; 24/7 and 9/11 are labels. */
function readSlash(text: string, numeral: Numeral): Draft | undefined {
  if (text[numeral.end] !== '/' || !isDigit(text[numeral.end + 1])) return undefined;
  const bottom = readArabic(text, numeral.end + 1, false, false);
  const top = numeral.value;
  if (Number.isInteger(top) && Number.isInteger(bottom.value) && top > 0 && top < bottom.value && bottom.value <= 100) {
    return fractionDraft(top / bottom.value, numeral.start, bottom.end);
  }
  return { kind: 'identifier', text: '', value: top, start: numeral.start, end: bottom.end, step: 1, weak: true };
}

/** 9:30, 18:45 as hhmm. */
function readTime(text: string, numeral: Numeral, lexicon: Lexicon): Draft | undefined {
  const { clock, meridiem } = lexicon.re;
  const twelve = meridiem && matchAt(meridiem, text, numeral.start);
  if (twelve && Number(twelve[1]) >= 1 && Number(twelve[1]) <= 12) {
    // 8 p.m., 9:30 am: on the 24-hour clock.
    const hour = (Number(twelve[1]) % 12) + (twelve[4] ? 12 : 0);
    return { kind: 'time', text: '', value: hour * 100 + Number(twelve[2] ?? 0), start: numeral.start, end: numeral.start + twelve[0].length, step: 1 };
  }
  const clocked = clock && matchAt(clock, text, numeral.start);
  if (clocked && Number(clocked[1]) <= 24) {
    return { kind: 'time', text: '', value: Number(clocked[1]) * 100 + Number(clocked[2]), start: numeral.start, end: numeral.start + clocked[0].length, step: 1 };
  }
  if (!Number.isInteger(numeral.value) || numeral.value > 23) return undefined;
  const part = dayPart(text, numeral.start, lexicon);
  const hour = part === 'pm' && numeral.value >= 1 && numeral.value < 12 ? numeral.value + 12 : part === 'am' && numeral.value === 12 ? 0 : numeral.value;
  const time = (minutes: number, end: number): Draft => ({ kind: 'time', text: '', value: hour * 100 + minutes, start: numeral.start, end, step: 1 });
  // 02:34:56: the seconds belong to the time (and are no number of their own).
  const minutes = /^:([0-5]\d)(?::[0-5]\d)?(?!\d)/.exec(text.slice(numeral.end, numeral.end + 7));
  if (minutes) return time(Number(minutes[1]), numeral.end + minutes[0].length);
  const { halfHour, hourMinutes, hourMark } = lexicon.re;
  // 7 点半: half past the hour.
  const half = halfHour && matchAt(halfHour, text, numeral.end);
  if (half) return time(30, numeral.end + half[0].length);
  // 9 h 30: an hour mark between the hour and its minutes.
  const marked = hourMinutes && matchAt(hourMinutes, text, numeral.end);
  if (marked) return time(Number(marked[1]), numeral.end + marked[0].length);
  // 下午 3 点: an hour after a part of the day is a time, not a count (3 点建议: three suggestions).
  const bare = part && hourMark && matchAt(hourMark, text, numeral.end);
  return bare ? time(0, numeral.end + bare[0].length) : undefined;
}

/** The half of the clock a part of the day before a time sets: 下午 3 点 and 午後 3 時 are 15:00, 凌晨 12 点 is 0:00. */
function dayPart(text: string, at: number, lexicon: Lexicon): 'am' | 'pm' | undefined {
  if (matchBefore(lexicon.re.pmBefore, text, at)) return 'pm';
  return matchBefore(lexicon.re.amBefore, text, at) ? 'am' : undefined;
}

/** The words before a numeral: 第, Q, a position word, a currency, an era, an article, an approximation. */
function readLeft(text: string, numeral: Numeral, lexicon: Lexicon): Context | Draft | undefined {
  const { re } = lexicon;
  const context: Context = { numeral, start: numeral.start, approx: numeral.approx, ordinalMarked: false, half: false };
  if (numeral.spread !== undefined) context.spread = numeral.spread;
  const ordinalPrefix = matchBefore(re.ordinalPrefixBefore, text, context.start);
  if (ordinalPrefix) {
    context.ordinalMarked = true;
    context.start -= ordinalPrefix.length;
    return context;
  }
  const letter = numeral.digits && !numeral.scale ? matchBefore(re.ordinalLetterBefore, text, context.start) : undefined;
  if (letter && [1, 2, 3, 4].includes(numeral.value)) {
    const unit = lexicon.ordinalLetters.get(letter.word)!;
    return { kind: 'ordinal', text: '', value: numeral.value, unit, start: numeral.start - letter.length, end: numeral.end, step: 1 };
  }
  const decade = numeral.scale ? undefined : matchBefore(re.decadeBefore, text, context.start);
  if (decade && isDecade(numeral.value)) return decadeDraft(numeral.value, numeral.start - decade.length, numeral.end);
  const position = matchBefore(re.positionBefore, text, context.start);
  if (position && !numeral.scale) return positionDraft(numeral.value, numeral.start - position.length, numeral.end, numeral.digits, true);
  const prefix = matchBefore(re.prefixUnitBefore, text, context.start);
  if (prefix) {
    context.unit = lexicon.prefixUnits.get(prefix.word);
    context.start -= prefix.length;
  }
  const era = matchBefore(re.eraBefore, text, context.start);
  if (era) context.era = { year: lexicon.eras.get(era.word)!, start: context.start - era.length };
  if (numeral.bare && !lexicon.ideographic) {
    const article = matchBefore(re.articleBefore, text, context.start);
    if (article) context.start -= article.length;
    else if (numeral.plural && numeral.tokens === 1) return undefined; // millions alone: a vague amount, read elsewhere
  }
  if (matchBefore(re.approxBefore, text, context.start)) context.approx = true;
  return context;
}

/** The words after a numeral, and whether it is a quantity at all. */
function readRight(text: string, end: number, context: Context, lexicon: Lexicon): Draft | undefined {
  const { numeral } = context;
  const { marked, numberEnd, after } = readOrdinalSuffix(text, end, context, lexicon);
  if (!numeral.digits && !lexicon.ideographic && isLatinLetter(text[end]) && after?.start !== end) {
    // "ten" in "tennis"; in a compounding language a number word opening a longer word (Dreiwege,
    // Zweijahresvertrag) is a count inside a compound: weak, it only excuses its like.
    if (!lexicon.compounds || numeral.tokens !== 1 || !compoundTail(text, end)) return undefined;
    return { kind: 'number', text: '', value: numeral.value, start: numeral.start, end: numeral.end, step: numeral.step, weak: true };
  }
  const value = numeral.value + (context.half ? 0.5 : 0);
  const draft: Draft = { kind: 'number', text: '', value, start: context.start, end: numberEnd, step: numeral.step };
  if (numeral.digits) draft.digits = true;
  if (numeral.scale) draft.scale = numeral.scale;
  if (context.spread !== undefined && !context.half) Object.assign(draft, { kind: 'vague', min: value, max: value + context.spread });
  if (context.unit) applyUnit(draft, context.unit);
  if (marked) {
    if (!after?.def.ordinal) return positionDraft(numeral.value, draft.start, numberEnd, numeral.digits, true);
    Object.assign(draft, { kind: 'ordinal', unit: after.def.ordinal, end: after.end });
    return finish(text, draft, context, after.end, true, lexicon);
  }
  if (!after) return finish(text, draft, context, numberEnd, false, lexicon);
  const generation = after.def.generation && numeral.digits && numeral.value < 100; // 80 后, not 2000 后
  if ((after.def.decade || generation) && !numeral.scale && isDecade(numeral.value)) return decadeDraft(numeral.value, draft.start, after.end);
  if (after.def.age && !numeral.scale && isDecade(numeral.value) && numeral.value < 100) return ageDraft(numeral.value, draft.start, after.end);
  if (after.def.label || after.def.decade) return positionDraft(numeral.value, draft.start, after.end, numeral.digits);
  const date = asDate(after, context);
  if (date) return date;
  const wordsEnd = attach(text, draft, after, context, lexicon);
  const counted = wordsEnd !== undefined && Boolean(after.def.counter) && draft.unit === undefined;
  return finish(text, draft, context, wordsEnd ?? numberEnd, wordsEnd !== undefined, lexicon, counted);
}

/** 3rd, 3., 1er: digits marked as an ordinal; a German period only before an ordinal noun (3. Quartal, not 18. Juni). */
function readOrdinalSuffix(text: string, end: number, context: Context, lexicon: Lexicon): { marked: boolean; numberEnd: number; after?: SuffixMatch } {
  const { numeral } = context;
  const allowJoiner = Boolean(numeral.scale);
  const suffix = numeral.digits && !context.ordinalMarked && numeral.tokens === 1 ? matchAt(lexicon.re.ordinalSuffix, text, end) : null;
  if (suffix) {
    const suffixEnd = end + suffix[0].length;
    const after = readSuffix(text, suffixEnd, lexicon, allowJoiner);
    if (after?.def.ordinal || suffix[1] !== '.') return { marked: true, numberEnd: suffixEnd, after };
  }
  return { marked: context.ordinalMarked, numberEnd: end, after: readSuffix(text, end, lexicon, allowJoiner) };
}

/** 2025 年, 2 月, 18 日, 令和7年: a number and a date marker, when the number can be that part of a date. */
function asDate(after: SuffixMatch, context: Context): Draft | undefined {
  const part = after.def.date;
  const { numeral } = context;
  if (!part || !Number.isInteger(numeral.value) || numeral.scale || numeral.bare || context.unit) return undefined;
  const { value } = numeral;
  if (part === 'year' && context.era) return dateDraft({ year: context.era.year + value }, context.era.start, after.end, context.approx);
  const fits =
    part === 'year'
      ? value >= 1000 && value <= 2999 && (numeral.positional || (numeral.digits && numeral.tokens === 1))
      : value >= 1 && value <= (part === 'month' ? 12 : 31);
  return fits ? dateDraft({ [part]: value }, context.start, after.end, context.approx) : undefined;
}

/**
 * Makes the word after a number its ordinal noun (三季度), unit or counter; returns where the
 * quantity's words end, or undefined when the word is none of these.
 */
function attach(text: string, draft: Draft, after: SuffixMatch, context: Context, lexicon: Lexicon): number | undefined {
  const { def } = after;
  const { numeral } = context;
  let counter = false;
  const counted = matchBefore(lexicon.re.countPrefixBefore, text, numeral.start); // 前三季度: three quarters
  if (def.bareOrdinal && def.ordinal && !numeral.scale && Number.isInteger(numeral.value) && !counted) {
    Object.assign(draft, { kind: 'ordinal', unit: def.ordinal, end: after.end });
  } else if (def.unit && !context.unit) {
    applyUnit(draft, def.unit);
    draft.end = after.end;
  } else if (def.counter || def.unit) {
    counter = true; // counters (片, 名) and a unit already stated before (人民币 3800 亿元) stay outside the text
  } else {
    return undefined;
  }
  let end = after.end;
  const half = matchAt(lexicon.re.half, text, end);
  if (half) {
    // 一年半, 两个半, deux ans et demi: a half more.
    draft.value += 0.5 * (def.unit?.times ?? 1);
    end += half[0].length;
    if (!counter) draft.end = end;
  }
  return end;
}

/** What follows the quantity's words (以上, or more, 级), the readings of an ambiguous suffix, and weakness. */
function finish(text: string, draft: Draft, context: Context, wordsEnd: number, hasSuffix: boolean, lexicon: Lexicon, counted = false): Draft {
  const { re } = lexicon;
  const { numeral } = context;
  const approx =
    context.approx ||
    (numeral.bare && lexicon.ideographic) || // 百万用户: a million, give or take
    Boolean(matchAt(re.approxAfter, text, wordsEnd) ?? matchAt(re.vagueSuffix, text, wordsEnd));
  if (approx) draft.approx = true;
  if (numeral.ambiguousSuffix && draft.unit === undefined) {
    const { unit, mantissa, step } = numeral.ambiguousSuffix;
    draft.alternatives = [{ value: mantissa, unit, step }];
  }
  if (approx && isStrictlyAbove(text, draft, context, wordsEnd, lexicon)) {
    // more than one is two or more (2 つ以上, 两个以上): a whole count past a strict bound also reads as the next one.
    const next: Reading = { value: draft.value + 1, step: 1 };
    if (draft.unit !== undefined) next.unit = draft.unit;
    draft.alternatives = [...(draft.alternatives ?? []), next];
  }
  if (isWeak(draft, numeral, hasSuffix, lexicon) || isArticle(text, draft, context, wordsEnd, counted, lexicon) || namesSign(text, draft, numeral)) {
    draft.weak = true;
  }
  return draft;
}

/** A whole count after more than, mehr als, 超过, or before 초과: a strict lower bound. */
function isStrictlyAbove(text: string, draft: Draft, context: Context, wordsEnd: number, lexicon: Lexicon): boolean {
  if (draft.kind !== 'number' || draft.step !== 1 || !Number.isInteger(draft.value)) return false;
  return matchBefore(lexicon.re.aboveBefore, text, context.start) !== undefined || matchAt(lexicon.re.aboveAfter, text, wordsEnd) !== null;
}

/** un %, um %: a one spelled out before a sign names the sign (a literal %), no amount of it. */
function namesSign(text: string, draft: Draft, numeral: Numeral): boolean {
  return numeral.value === 1 && !numeral.digits && !numeral.scale && draft.unit !== undefined && !/\p{L}/u.test(text.slice(numeral.end, draft.end));
}

/**
 * A number that only stands for an article or a determiner: 1 つ and 1 个 (a, one), 1 ページあたり
 * (per page), les deux and 这两个 (both, these two) unless a unit follows (les deux ans).
 */
function isArticle(text: string, draft: Draft, context: Context, wordsEnd: number, counted: boolean, lexicon: Lexicon): boolean {
  const { numeral } = context;
  const { re } = lexicon;
  const one = numeral.value === 1 && draft.value === 1 && !numeral.scale && draft.kind === 'number';
  if (one && counted && lexicon.ideographic) return true;
  if (one && re.perAfter && matchAt(re.perAfter, text, wordsEnd)) return true;
  const two = numeral.value === 2 && numeral.tokens === 1 && !numeral.digits && draft.unit === undefined;
  return two && matchBefore(re.determinerBefore, text, context.start) !== undefined && !rangeGoesOn(text, wordsEnd, lexicon);
}

/** zwischen zwei und fünf, entre deux et trois: a range connector after the number, so no determiner's two. */
function rangeGoesOn(text: string, end: number, lexicon: Lexicon): boolean {
  const next = /^[ \u00a0\u202f]+(\p{L}+)/u.exec(text.slice(end, end + 24))?.[1];
  if (!next) return false;
  if (lexicon.rangeConnectors.has(next)) return true;
  for (const closers of lexicon.rangeClosers.values()) if (closers.has(next)) return true;
  return false;
}

/**
 * Numerals that are words more often than amounts: 一 and "one" as articles (一个, one of),
 * a lone numeral character with nothing after it (三大 is kept by its counter, 四川 is not),
 * 二〇 read digit by digit without being a year, a number word that is also a word (neuf).
 */
function isWeak(draft: Draft, numeral: Numeral, hasSuffix: boolean, lexicon: Lexicon): boolean {
  if (numeral.digits) return false;
  const plain = draft.kind === 'number' || draft.kind === 'multiple';
  if (numeral.value === 0) return true;
  if (numeral.value === 1 && !numeral.scale && !numeral.bare && plain && draft.value === 1) return true;
  if (numeral.ambiguous && !hasSuffix) return true;
  if (!lexicon.ideographic) return false;
  if (numeral.positional && numeral.value < 100) return true;
  return numeral.tokens === 1 && !numeral.scale && !hasSuffix && plain;
}
