// Reads one numeral: digits, number words or numeral characters, with their scales.
// One grammar serves 两千五百万, 1億2千万, 3.5 万亿, two hundred fifty thousand,
// dreiundzwanzig, 3 mil millones: values, small scales inside a group (hundred, 百, 千),
// big scales that close a group (thousand, 万, 亿), several big scales in a row multiplying.
import { readArabic } from './arabic.js';
import { lookup, type Lexicon, type NumeralToken } from './lexicon.js';
import { isDigit, isLatinLetter, matchAt } from './text.js';

export interface Numeral {
  start: number;
  end: number;
  value: number;
  /** The unit of the last digit written (see ExtractedQuantity.step). */
  step: number;
  /** Written with Arabic digits, at least in part. */
  digits: boolean;
  /** Starts with a scale, no number before it (万亿, millions, hundred). */
  bare: boolean;
  /** Made of scales only (十, 十亿, 千亿): what follows a vague head such as 数 or 上. */
  scalesOnly: boolean;
  /** How many tokens it was read from. */
  tokens: number;
  /** The big scale that multiplied the leading digits, as written (亿, 万亿, billion). */
  scale?: { word: string; factor: number };
  /** Ends on a plural scale word (millions, Milliarden): vague when it is the only word. */
  plural: boolean;
  /** Marked approximate inside: 二十多万. */
  approx: boolean;
  /** How far past its value an amount marked inside may go: 二十多万 is 200 000 to 300 000, a spread of 100 000. */
  spread?: number;
  /** Numeral characters read one by one (二〇二六). */
  positional: boolean;
  /** A single word that is also a common word (neuf). */
  ambiguous: boolean;
  /** The scale came glued to digits and may be a unit instead (100m). */
  ambiguousSuffix?: { unit: string; mantissa: number; step: number };
}

type Last = 'value' | 'small' | 'big' | undefined;

/** The running state of one numeral; each `add` returns false when the token cannot continue it. */
class Accumulator {
  total = 0;
  section = 0;
  pending: number | undefined;
  pendingArabic = false;
  /** The pending value is a numeral character, not a word. */
  pendingCharacter = false;
  step = 1;
  maxBig = 0;
  sectionSmall = Infinity;
  last: Last;
  /** The scale just before the pending value, for colloquial tails (一万五 is 15 000). */
  scaleBefore = 0;
  afterZero = false;
  positional = false;
  hasValue = false;
  tokens = 0;
  bare = false;
  plural = false;
  approx = false;
  spread?: number;
  topScale?: { start: number; end: number; factor: number };

  constructor(private readonly lexicon: Lexicon) {}

  addValue(value: number, step: number, arabic: boolean, character: boolean, reverseJoined: boolean): boolean {
    if (this.last === undefined || this.last === 'small' || this.last === 'big') {
      if (this.last === 'small' && this.sectionSmall <= value && !arabic) return false;
      this.afterZero = false;
      this.setPending(value, step, arabic, character);
      return true;
    }
    const pending = this.pending!;
    if (arabic || this.pendingArabic) return false;
    if (character && this.pendingCharacter && this.lexicon.ideographic) {
      if (pending === 0 && this.scaleBefore > 0) {
        // 一百零五: the zero only holds a place.
        this.afterZero = true;
        this.setPending(value, 1, false, true);
        return true;
      }
      if (this.total !== 0 || this.section !== 0) return false;
      this.positional = true;
      this.pending = pending * 10 + value;
      this.tokens++;
      return true;
    }
    const tens = value >= 20 && value < 100 && value % 10 === 0;
    if (reverseJoined && pending < 10 && tens) this.pending = pending + value;
    else if (value < placeOf(pending)) this.pending = pending + value;
    else if (this.lexicon.vigesimal && pending >= 60 && pending % 20 === 0 && value < 20) this.pending = pending + value;
    else return false;
    this.tokens++;
    return true;
  }

  addSmall(factor: number): boolean {
    if (this.positional || this.last === 'small' || factor >= this.sectionSmall) return false;
    if (this.pending === undefined) {
      // 十五 starts with ten; 百万 and "hundred" start bare.
      if (this.tokens === 0 && factor !== 10) this.bare = true;
      this.section += factor;
      this.step = 1;
    } else {
      this.section += this.pending * factor;
      this.step = this.pendingArabic ? this.step * factor : 1;
    }
    this.pending = undefined;
    this.sectionSmall = factor;
    this.scaleBefore = factor;
    this.last = 'small';
    this.tokens++;
    return true;
  }

  addBig(factor: number, plural: boolean, start: number, end: number): boolean {
    if (this.positional) return false;
    const group = this.section + (this.pending ?? 0);
    if (this.tokens === 0) {
      this.bare = true;
      this.total = factor;
      this.step = factor;
      this.maxBig = factor;
      this.topScale = { start, end, factor };
    } else if (this.last === 'big') {
      this.total *= factor;
      if (this.spread !== undefined) this.spread *= factor;
      this.step *= factor;
      this.maxBig *= factor;
      this.topScale = { start: this.topScale!.start, end, factor: this.maxBig };
    } else if (group === 0) {
      return false;
    } else if (factor > this.maxBig) {
      this.total = (this.total + group) * factor;
      this.step *= factor;
      this.maxBig = factor;
      this.topScale = { start, end, factor };
    } else if (factor < this.maxBig) {
      this.total += group * factor;
      this.step *= factor;
    } else {
      return false;
    }
    this.section = 0;
    this.pending = undefined;
    this.sectionSmall = Infinity;
    this.scaleBefore = factor;
    this.plural = plural;
    this.last = 'big';
    this.tokens++;
    return true;
  }

  result(): { value: number; step: number } {
    let pending = this.pending ?? 0;
    let step = this.step;
    // 一万五 is 15 000 and 三千五 is 3 500: a bare digit after a scale counts in the next lower unit.
    if (this.lexicon.ideographic && this.last === 'value' && this.pendingCharacter && !this.afterZero && this.scaleBefore > 10 && pending < 10) {
      pending *= this.scaleBefore / 10;
      step = this.scaleBefore / 10;
    }
    return { value: this.total + this.section + pending, step };
  }

  private setPending(value: number, step: number, arabic: boolean, character: boolean): void {
    this.hasValue = true;
    this.pending = value;
    this.pendingArabic = arabic;
    this.pendingCharacter = character;
    this.step = step;
    this.last = 'value';
    this.tokens++;
  }
}

/** The largest power of ten dividing a value of ten or more: what place a following word may fill. */
export function placeOf(value: number): number {
  if (value < 10) return 0;
  let place = 1;
  while (value % (place * 10) === 0) place *= 10;
  return place;
}

/** Reads the numeral starting at `start`, or undefined when none starts there. */
export function readNumeral(text: string, start: number, lexicon: Lexicon): Numeral | undefined {
  const { re } = lexicon;
  const acc = new Accumulator(lexicon);
  let end = start;
  let digits = false;
  let ambiguous = false;
  let ambiguousSuffix: Numeral['ambiguousSuffix'];
  for (;;) {
    const at = acc.tokens === 0 ? end : (matchAt(re.separator, text, end)?.[0].length ?? 0) + end;
    if (isDigit(text[at])) {
      const number = readArabic(text, at, lexicon.decimalComma, lexicon.spaceGrouping);
      if (!acc.addValue(number.value, number.step, true, false, false)) break;
      digits = true;
      end = number.end;
      const suffix = matchAt(re.suffixScale, text, end);
      if (suffix) {
        const word = suffix[0].trim();
        const factor = lexicon.suffixScales.get(word)!;
        const unit = lexicon.ambiguousSuffixes.get(word);
        if (unit) ambiguousSuffix = { unit, mantissa: number.value, step: number.step };
        acc.addBig(factor, false, end + suffix[0].length - word.length, end + suffix[0].length);
        end += suffix[0].length;
        break;
      }
      continue;
    }
    const match = matchAt(re.token, text, at);
    if (!match) break;
    const token = lookup(lexicon.tokens, match[0])!;
    const tokenEnd = at + match[0].length;
    // mille in milles (miles): a word goes on after the scale; only languages that compound numerals glue words to scales.
    if (token.type !== 'value' && !lexicon.compounds && isLatinLetter(text[tokenEnd - 1]) && isLatinLetter(text[tokenEnd])) break;
    if (token.type === 'joiner' || token.type === 'approx') {
      // A joiner must be followed by a value (one hundred and five); 多/余 by a big scale (二十多万).
      const nextAt = lexicon.compounds ? tokenEnd : tokenEnd + (matchAt(re.separator, text, tokenEnd)?.[0].length ?? 0);
      const next = matchAt(re.token, text, nextAt);
      const nextToken = next && lookup(lexicon.tokens, next[0]);
      if (!next || !nextToken) break;
      const nextEnd = nextAt + next[0].length;
      if (token.type === 'approx') {
        const place = placeOf(acc.section + (acc.pending ?? 0));
        if (nextToken.type !== 'big' || acc.last === 'big' || acc.last === undefined || !acc.addBig(nextToken.factor, nextToken.plural, nextAt, nextEnd)) break;
        acc.approx = true;
        if (place > 0) acc.spread = place * nextToken.factor;
      } else if (nextToken.type !== 'value' || !addToken(acc, lexicon, nextToken, token.reverse, nextAt, nextEnd)) {
        break;
      }
      end = nextEnd;
      continue;
    }
    if (token.type !== 'value' && unitStartsAt(text, at, tokenEnd, lexicon)) break;
    // A one-letter scale (French M) only right after digits, as a word of its own: 10 M€, not CP/M, %M or 10 Mo.
    if (tokenEnd - at === 1 && isLatinLetter(match[0]) && (acc.last !== 'value' || !acc.pendingArabic || isLatinLetter(text[tokenEnd]))) break;
    if (!addToken(acc, lexicon, token, false, at, tokenEnd)) break;
    if (token.type === 'value' && token.ambiguous) ambiguous = true;
    end = tokenEnd;
  }
  if (acc.tokens === 0) return undefined;
  const { value, step } = acc.result();
  const top = acc.topScale;
  return {
    start,
    end,
    value,
    step: acc.bare ? value : step,
    digits,
    bare: acc.bare,
    scalesOnly: !acc.hasValue,
    tokens: acc.tokens,
    scale: top && { word: text.slice(top.start, top.end), factor: top.factor },
    plural: acc.plural,
    approx: acc.approx,
    ...(acc.spread === undefined ? {} : { spread: acc.spread }),
    positional: acc.positional,
    ambiguous: ambiguous && acc.tokens === 1,
    ambiguousSuffix,
  };
}

/** 31 亿千瓦时, 5 千米: a unit that starts with a scale character (千瓦时, 千米, 百分点) is the unit, not the scale. */
function unitStartsAt(text: string, at: number, tokenEnd: number, lexicon: Lexicon): boolean {
  if (!lexicon.ideographic) return false;
  const unit = matchAt(lexicon.re.suffix, text, at);
  return unit !== null && at + unit[0].length > tokenEnd;
}

function addToken(acc: Accumulator, lexicon: Lexicon, token: NumeralToken, reverseJoined: boolean, start: number, end: number): boolean {
  switch (token.type) {
    case 'value':
      return acc.addValue(token.value, 1, false, lexicon.ideographic && end - start === 1, reverseJoined);
    case 'small':
      return acc.addSmall(token.factor);
    case 'big':
      return acc.addBig(token.factor, token.plural, start, end);
    default:
      return false;
  }
}
