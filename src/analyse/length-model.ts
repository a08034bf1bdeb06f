/**
 * A Gale-Church style model of target/source length ratios for one input.
 *
 * Each pair's log ratio x = ln(target / source) is modelled as normal with a centre
 * (the prior for the language pair, pulled towards this document's own median) and a
 * variance with two parts: the spread between well-translated paragraphs (tau^2, from
 * the prior blended with this document's median absolute deviation) and a counting
 * noise k / length that makes short segments (headings, one-liners) far more lenient.
 *
 * The document's median and MAD come from a fixed histogram, so memory stays constant
 * however many pairs a corpus has, and the estimate can run alongside the audit.
 */

import { eachMatch } from './each-match.js';

export interface LengthPrior {
  /** Expected target/source character ratio for the language pair. */
  ratio: number;
  /** Standard deviation of ln(ratio) between correct translations of paragraph length. */
  spread: number;
  /** How many pairs' worth of weight the prior carries against the document's estimate. */
  weight: number;
  /** Counting noise: variance added is noise / length in characters (of the longer side: see judge). */
  noise: number;
  /** Pairs whose expected target length is below this do not inform the document estimate. */
  minChars: number;
}

export interface LengthVerdict {
  ratio: number;
  expectedRatio: number;
  /** (x - centre) / sd: negative when the target is too short. */
  score: number;
  sd: number;
}

const BINS = 1200;
const LOW = -6;
const HIGH = 6;
const WIDTH = (HIGH - LOW) / BINS;

/** Length in characters as readers perceive it: whitespace runs count as one. */
export function textLength(text: string): number {
  let length = 0;
  let inSpace = true;
  // By UTF-16 unit rather than `for...of`, which is several times slower: a surrogate pair
  // is one character, and never a space.
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const space = code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x3000;
    if (space) {
      if (!inSpace) length++;
    } else {
      length++;
      if (isSurrogatePair(code, text.charCodeAt(index + 1))) index++;
    }
    inSpace = space;
  }
  return inSpace && length > 0 ? length - 1 : length;
}

/** Characters an ordinary word takes, with its space: English averages about six. */
const WORD_CHARS = 6;
const WORD = /[\p{L}\p{N}]+/gu;
/** Scripts written without spaces between words: their texts' word counts say nothing. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;

/**
 * How many ordinary words' worth of choices a pair's text offers, as a share of its
 * characters (at most 1): the words of the side written with spaces that has more of them,
 * times WORD_CHARS, over that side's characters. 1 when neither side separates its words
 * with spaces (Chinese and Japanese).
 */
export function wordShare(source: string, target: string): number {
  let share = 1;
  let most = 0;
  for (const text of [source, target]) {
    if (UNSPACED.test(text)) continue;
    let words = 0;
    eachMatch(WORD, text, () => void words++);
    if (words <= most) continue;
    most = words;
    share = Math.min(1, (WORD_CHARS * words) / Math.max(1, textLength(text)));
  }
  return share;
}

function isSurrogatePair(high: number, low: number): boolean {
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

export class LengthModel {
  private readonly histogram = new Uint32Array(BINS);
  private count = 0;
  /** The lowest and highest bins observed: quantiles walk only between them. */
  private lowBin = BINS;
  private highBin = -1;
  /**
   * centre() as of `centreCount` observations. Rules judge a pair many times (omission: once
   * per sentence) between two observations, and the histogram changes only with the count,
   * so the cache is exact.
   */
  private centreCache: Readonly<{ mu: number; tau: number }> | undefined;
  private centreCount = -1;

  constructor(readonly prior: LengthPrior) {}

  get observations(): number {
    return this.count;
  }

  /** Adds a pair to the document estimate (ignored when too short to be informative). */
  observe(sourceChars: number, targetChars: number): void {
    if (sourceChars <= 0 || targetChars <= 0) return;
    if (sourceChars * this.prior.ratio < this.prior.minChars) return;
    const x = Math.log(targetChars / sourceChars);
    const bin = Math.min(BINS - 1, Math.max(0, Math.floor((x - LOW) / WIDTH)));
    this.histogram[bin]!++;
    this.count++;
    this.lowBin = Math.min(this.lowBin, bin);
    this.highBin = Math.max(this.highBin, bin);
  }

  /** The centre and between-pair spread of ln(ratio), prior and document blended. */
  centre(): Readonly<{ mu: number; tau: number }> {
    const { ratio, spread, weight } = this.prior;
    const mu0 = Math.log(ratio);
    if (this.count === 0) return { mu: mu0, tau: spread };
    if (this.centreCount === this.count) return this.centreCache!;
    const medianBin = this.medianBin();
    const median = binCentre(medianBin);
    const mad = 1.4826 * this.medianDistance(medianBin, median);
    const n = this.count;
    const mu = (n * median + weight * mu0) / (n + weight);
    const tau = Math.sqrt((n * mad * mad + weight * spread * spread) / (n + weight));
    this.centreCache = { mu, tau };
    this.centreCount = n;
    return this.centreCache;
  }

  /**
   * The counting noise is reckoned on the longer side (of the source and the expected
   * target): the content of a pair, which Chinese and Japanese write in far fewer characters
   * than English, so that a Chinese side of 30 characters, which says what 100 English ones
   * do, varies no more than they. `wordShare` (at most 1) scales that length: a text of a
   * few long words (`Uninterruptible power supply`, 3 words, 28 characters) offers a
   * translator as few choices as a short text does, and its translation varies as much
   * (`Onduleur`). See wordShare().
   */
  judge(sourceChars: number, targetChars: number, wordShare = 1): LengthVerdict {
    const { mu, tau } = this.centre();
    const expectedTarget = Math.max(1, sourceChars * Math.exp(mu));
    const counted = Math.max(sourceChars, expectedTarget) * Math.min(1, wordShare);
    const sd = Math.sqrt(tau * tau + this.prior.noise / Math.max(1, counted));
    const x = Math.log(Math.max(1, targetChars) / Math.max(1, sourceChars));
    return {
      ratio: targetChars / Math.max(1, sourceChars),
      expectedRatio: Math.exp(mu),
      score: (x - mu) / sd,
      sd,
    };
  }

  /** The bin holding the median: bin centres grow with the bin, so the histogram is already sorted. */
  private medianBin(): number {
    const half = 0.5 * this.count;
    let seen = 0;
    for (let bin = this.lowBin; bin < this.highBin; bin++) {
      seen += this.histogram[bin]!;
      if (seen >= half) return bin;
    }
    return this.highBin;
  }

  /**
   * The median of |centre - median| over the observations (bin centres), without sorting:
   * the distances grow from the median bin outwards on either side, so merging the two
   * walks visits them in ascending order (on a tie, the lower bin first, as a stable sort
   * of the bins would; tied distances are equal values, so the result is the same).
   */
  private medianDistance(medianBin: number, median: number): number {
    const half = 0.5 * this.count;
    let seen = 0;
    let below = medianBin;
    let above = medianBin + 1;
    // Ends before both walks run out: the bins from lowBin to highBin hold every observation.
    for (;;) {
      const belowDistance = below >= this.lowBin ? Math.abs(binCentre(below) - median) : Infinity;
      const aboveDistance = above <= this.highBin ? Math.abs(binCentre(above) - median) : Infinity;
      const takeBelow = belowDistance <= aboveDistance;
      seen += this.histogram[takeBelow ? below-- : above++]!;
      if (seen >= half) return takeBelow ? belowDistance : aboveDistance;
    }
  }
}

/** The centre of a histogram bin: the value that stands for every observation in it. */
function binCentre(bin: number): number {
  return LOW + (bin + 0.5) * WIDTH;
}
