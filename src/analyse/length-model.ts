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

export interface LengthPrior {
  /** Expected target/source character ratio for the language pair. */
  ratio: number;
  /** Standard deviation of ln(ratio) between correct translations of paragraph length. */
  spread: number;
  /** How many pairs' worth of weight the prior carries against the document's estimate. */
  weight: number;
  /** Counting noise: variance added is noise / expected target length in characters. */
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
  for (const char of text) {
    const space = char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\u3000';
    if (space) {
      if (!inSpace) length++;
    } else {
      length++;
    }
    inSpace = space;
  }
  return inSpace && length > 0 ? length - 1 : length;
}

export class LengthModel {
  private readonly histogram = new Uint32Array(BINS);
  private count = 0;

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
  }

  /** The centre and between-pair spread of ln(ratio), prior and document blended. */
  centre(): { mu: number; tau: number } {
    const { ratio, spread, weight } = this.prior;
    const mu0 = Math.log(ratio);
    if (this.count === 0) return { mu: mu0, tau: spread };
    const median = this.quantile(0.5, (x) => x);
    const mad = 1.4826 * this.quantile(0.5, (x) => Math.abs(x - median));
    const n = this.count;
    const mu = (n * median + weight * mu0) / (n + weight);
    const tau = Math.sqrt((n * mad * mad + weight * spread * spread) / (n + weight));
    return { mu, tau };
  }

  judge(sourceChars: number, targetChars: number): LengthVerdict {
    const { mu, tau } = this.centre();
    const expectedTarget = Math.max(1, sourceChars * Math.exp(mu));
    const sd = Math.sqrt(tau * tau + this.prior.noise / expectedTarget);
    const x = Math.log(Math.max(1, targetChars) / Math.max(1, sourceChars));
    return {
      ratio: targetChars / Math.max(1, sourceChars),
      expectedRatio: Math.exp(mu),
      score: (x - mu) / sd,
      sd,
    };
  }

  /** Quantile of f(x) over the histogram (bin centres). */
  private quantile(q: number, f: (x: number) => number): number {
    const values: [number, number][] = [];
    for (let bin = 0; bin < BINS; bin++) {
      const n = this.histogram[bin]!;
      if (n > 0) values.push([f(LOW + (bin + 0.5) * WIDTH), n]);
    }
    values.sort((a, b) => a[0] - b[0]);
    const target = q * this.count;
    let seen = 0;
    for (const [value, n] of values) {
      seen += n;
      if (seen >= target) return value;
    }
    return values.at(-1)?.[0] ?? 0;
  }
}
