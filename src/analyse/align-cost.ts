// What a bead costs, in nats (negative log-likelihood, up to a constant): how unlikely its
// move is, how far its length ratio is from the expected one (Gale-Church, in the log-normal
// form of the length model), and how much of what survives translation it matches.
import type { BeadCost } from './align.js';
import type { AlignUnit } from './align-units.js';

export interface LengthExpectation {
  /** Expected target/source length ratio (lengthPrior or the document's length model). */
  ratio: number;
  /** Standard deviation of ln(ratio) between correct translations of this kind of item. */
  spread: number;
  /** Counting noise: variance added is noise / expected target length (short items vary more). */
  noise: number;
}

/**
 * Move costs, -ln P(move): Gale and Church's priors (1-1 .89, 1-2 and 2-1 .089, 2-2 .011),
 * with 1-3 and 3-1 as rare as 2-2. A null bead (an item with no counterpart) is what the
 * audit looks for, so its cost is the threshold of evidence that something is missing.
 */
const MOVE_COST: Record<string, number> = { '1-1': 0.12, '1-2': 3.1, '2-1': 3.1, '2-2': 4.5, '1-3': 4.5, '3-1': 4.5 };
/** MOVE_COST by the items each side joins, looked up without building a key for every cell of the aligner. */
const MOVE_COSTS: readonly (readonly (number | undefined)[])[] = [0, 1, 2, 3].map((source) => [0, 1, 2, 3].map((target) => MOVE_COST[`${source}-${target}`]));
const NULL_COST = 5.3;
/** A number or name found on both sides of a bead: strong evidence of translation. */
const ANCHOR_MATCH = 2;
/** A number on one side of a bead only: translations keep their numbers. */
const NUMBER_MISS = 1;
/**
 * Words (through the lexicon, or as cognates) are weighed as a likelihood ratio: how much
 * likelier a word finds its meaning on the other side if the bead is a translation than by
 * chance. The chance rate is measured on the texts being aligned (topical texts share many
 * words by chance); a translation is taken to find 45% of the words chance misses (a
 * word-for-word lexicon knows far from every rendering). Words are not independent
 * evidence, so the ratio is tempered by half.
 */
const TRANSLATED_SHARE = 0.45;
const TEMPER = 0.5;
/** Up to this many pairs of items, the chance rate is measured over all of them. */
const FULL_SAMPLE_LIMIT = 4096;

/** The cost of joining source[i0..i1) to target[j0..j1). */
export function beadCost(source: readonly AlignUnit[], target: readonly AlignUnit[], lengths: LengthExpectation): BeadCost {
  const sourceWords = wordEvidence(source, target);
  const targetWords = wordEvidence(target, source);
  const numbers = new AnchorOverlap(source, target, 'numbers');
  const names = new AnchorOverlap(source, target, 'names');
  return (i0, i1, j0, j1) => {
    if (i1 === i0 || j1 === j0) return NULL_COST * (i1 - i0 + j1 - j0);
    numbers.count(i0, i1, j0, j1);
    const numberCost = -ANCHOR_MATCH * numbers.shared + NUMBER_MISS * (numbers.sourceOnly + numbers.targetOnly);
    names.count(i0, i1, j0, j1);
    return (
      MOVE_COSTS[i1 - i0]?.[j1 - j0]! +
      lengthCost(charsOf(source, i0, i1), charsOf(target, j0, j1), lengths) +
      numberCost -
      ANCHOR_MATCH * names.shared +
      sourceWords(i0, i1, j0, j1) +
      targetWords(j0, j1, i0, i1)
    );
  };
}

function charsOf(units: readonly AlignUnit[], from: number, to: number): number {
  let chars = 0;
  for (let k = from; k < to; k++) chars += units[k]!.chars;
  return chars;
}

/**
 * Counts the anchors of one kind that both sides of a bead have, and those only one side
 * has, as sets: a number repeated in two merged items counts once, so that merging
 * look-alike neighbours gains nothing. Marks ids in typed arrays with a fresh stamp per
 * count, because the aligner asks this for every cell and move of its band.
 */
class AnchorOverlap {
  shared = 0;
  sourceOnly = 0;
  targetOnly = 0;
  private readonly sourceMarks: Int32Array;
  private readonly targetMarks: Int32Array;
  private stamp = 0;

  constructor(
    private readonly source: readonly AlignUnit[],
    private readonly target: readonly AlignUnit[],
    private readonly kind: 'numbers' | 'names',
  ) {
    let ids = 0;
    for (const units of [source, target]) for (const unit of units) for (const id of unit[kind]) ids = Math.max(ids, id + 1);
    this.sourceMarks = new Int32Array(ids);
    this.targetMarks = new Int32Array(ids);
  }

  count(i0: number, i1: number, j0: number, j1: number): void {
    const stamp = ++this.stamp;
    let targetDistinct = 0;
    for (let j = j0; j < j1; j++) {
      for (const id of this.target[j]![this.kind]) {
        if (this.targetMarks[id] === stamp) continue;
        this.targetMarks[id] = stamp;
        targetDistinct++;
      }
    }
    let sourceDistinct = 0;
    let shared = 0;
    for (let i = i0; i < i1; i++) {
      for (const id of this.source[i]![this.kind]) {
        if (this.sourceMarks[id] === stamp) continue;
        this.sourceMarks[id] = stamp;
        sourceDistinct++;
        if (this.targetMarks[id] === stamp) shared++;
      }
    }
    this.shared = shared;
    this.sourceOnly = sourceDistinct - shared;
    this.targetOnly = targetDistinct - shared;
  }
}

/**
 * -ln of the normal density of ln(target/source) around the expected ratio (constant
 * dropped). The density's own scale, ln(sd), stays in: each bead explains its lengths
 * separately, so two 1-1 beads of long items earn more than one 2-2 bead merging them,
 * while short items (wide sd, their lengths say little) merge more freely.
 */
export function lengthCost(sourceChars: number, targetChars: number, lengths: LengthExpectation): number {
  const { z, sd } = lengthDeviation(sourceChars, targetChars, lengths);
  return (z * z) / 2 + Math.log(sd);
}

/** How far ln(target/source) lies from the expected ratio: in standard deviations (`z`), and the deviation. */
export function lengthDeviation(sourceChars: number, targetChars: number, { ratio, spread, noise }: LengthExpectation): { z: number; sd: number } {
  const expected = sourceChars * ratio + 1;
  const sd = Math.sqrt(spread * spread + noise / expected);
  return { z: Math.log((targetChars + 1) / expected) / sd, sd };
}

/**
 * The cost, in tempered nats, of the words of units[from, to) given the partner units
 * others[otherFrom, otherTo): hits lower it, misses raise it. A word in a bead with
 * several partners has several chances to hit by chance, so a hit there says less.
 */
function wordEvidence(units: readonly AlignUnit[], others: readonly AlignUnit[]): (from: number, to: number, otherFrom: number, otherTo: number) => number {
  const table = units.length * others.length <= FULL_SAMPLE_LIMIT ? new HitTable(units, others) : undefined;
  const chance = table ? table.chanceHitRate() : sampledChanceHitRate(units, others);
  if (chance === undefined) return () => 0;
  const translated = chance + TRANSLATED_SHARE * (1 - chance);
  // A miss means no partner met the word: as likely whatever the number of partners.
  const missWeight = Math.log((1 - translated) / (1 - chance));
  return (from, to, otherFrom, otherTo) => {
    let hits = 0;
    let misses = 0;
    for (let k = from; k < to; k++) {
      const terms = units[k]!.terms;
      for (let t = 0; t < terms.length; t++) {
        if (table ? table.hitsAny(k, t, otherFrom, otherTo) : hitsAny(terms[t]!, others, otherFrom, otherTo)) hits++;
        else misses++;
      }
    }
    if (hits + misses === 0) return 0;
    // One partner translates the word; the others can only meet it by chance.
    const missedByTheOthers = (1 - chance) ** (otherTo - otherFrom - 1);
    const hitIfTranslated = 1 - (1 - translated) * missedByTheOthers;
    const hitByChance = 1 - (1 - chance) * missedByTheOthers;
    return -TEMPER * (hits * Math.log(hitIfTranslated / hitByChance) + misses * missWeight);
  };
}

/**
 * Whether each word of each unit meets its meaning in each partner, looked up once: the
 * aligner asks about every cell and move of its band, which would look the same words up
 * in the same partners again and again. For few enough pairs of units (FULL_SAMPLE_LIMIT),
 * which also makes the chance rate the rate over all of them.
 */
class HitTable {
  /** Per unit, its terms by partners: 1 where a term meets one of the partner's ids. */
  private readonly rows: Uint8Array[];
  private readonly partners: number;
  private hits = 0;
  private words = 0;

  constructor(units: readonly AlignUnit[], others: readonly AlignUnit[]) {
    this.partners = others.length;
    this.rows = units.map((unit) => {
      const row = new Uint8Array(unit.terms.length * others.length);
      unit.terms.forEach((term, t) => {
        others.forEach((other, l) => {
          if (term.some((id) => other.termIds.has(id))) {
            row[t * others.length + l] = 1;
            this.hits++;
          }
        });
      });
      this.words += unit.terms.length * others.length;
      return row;
    });
  }

  /** How often a word meets its meaning in an item that is not its translation (all pairs of items counted); undefined without words. */
  chanceHitRate(): number | undefined {
    return hitRate(this.hits, this.words);
  }

  hitsAny(k: number, t: number, from: number, to: number): boolean {
    const row = this.rows[k]!;
    const base = t * this.partners;
    for (let l = from; l < to; l++) if (row[base + l]) return true;
    return false;
  }
}

/**
 * How often a word of one side meets its meaning in an unrelated item of the other, for
 * sequences too long to count all pairs (HitTable): over pairs half a sequence apart
 * (surely no translations). Undefined when the units carry no words to compare.
 */
function sampledChanceHitRate(units: readonly AlignUnit[], others: readonly AlignUnit[]): number | undefined {
  let hits = 0;
  let words = 0;
  const step = others.length / units.length;
  units.forEach((unit, k) => {
    const other = others[(Math.round(k * step) + (others.length >> 1)) % others.length]!;
    for (const term of unit.terms) if (term.some((id) => other.termIds.has(id))) hits++;
    words += unit.terms.length;
  });
  return hitRate(hits, words);
}

/** The share of words that hit, kept off the extremes; undefined without words. */
function hitRate(hits: number, words: number): number | undefined {
  return words === 0 ? undefined : Math.min(0.8, Math.max(0.02, hits / words));
}

function hitsAny(term: readonly number[], others: readonly AlignUnit[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const ids = others[k]!.termIds;
    for (const id of term) if (ids.has(id)) return true;
  }
  return false;
}
