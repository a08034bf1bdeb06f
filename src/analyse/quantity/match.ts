// Which quantities of a source and its translation correspond, and which drifted.
import { driftLikeness, sameQuantity } from './compare.js';
import type { ExtractedQuantity } from './types.js';

export interface QuantityPair {
  source: ExtractedQuantity;
  target: ExtractedQuantity;
}

export interface QuantityMatch {
  /** Equal quantities, one pair per correspondence (a range compared end by end pairs through its ends). */
  matched: QuantityPair[];
  /** One quantity that changed in translation: wrong value, scale, unit or date. */
  mismatched: QuantityPair[];
  /** Source quantities with no equal in the target, that no target quantity seems a changed form of. */
  missingInTarget: ExtractedQuantity[];
  /** Target quantities with no equal in the source (added, or the changed form of nothing). */
  missingInSource: ExtractedQuantity[];
}

export interface MatchOptions {
  /**
   * Whether a quantity mentioned more often on one side than on the other is reported
   * (`50 万亿` twice in the source, once in the target). Default true: matching is by multiset.
   */
  countRepeats?: boolean;
}

/**
 * Matches quantities by value as a multiset: a maximum one-to-one matching of equal quantities
 * (see `sameQuantity`), then ranges end by end against single quantities, then weak labels
 * (Qwen3, 第三层) excusing equal numbers, and finally unmatched quantities paired up as
 * mismatches where they look like one quantity changed (see `driftLikeness`).
 */
export function matchQuantities(
  source: readonly ExtractedQuantity[],
  target: readonly ExtractedQuantity[],
  options: MatchOptions = {},
): QuantityMatch {
  const strongSource = source.filter((quantity) => !quantity.weak);
  const strongTarget = target.filter((quantity) => !quantity.weak);
  const matched = maximumMatching(strongSource, strongTarget);
  let leftSource = unmatched(strongSource, matched, 'source');
  let leftTarget = unmatched(strongTarget, matched, 'target');
  const splitSource = splitRanges(leftSource, leftTarget);
  const splitTarget = splitRanges(leftTarget, leftSource);
  if (splitSource !== leftSource || splitTarget !== leftTarget) {
    const ends = maximumMatching(splitSource, splitTarget);
    matched.push(...ends);
    leftSource = unmatched(splitSource, ends, 'source');
    leftTarget = unmatched(splitTarget, ends, 'target');
  }
  leftSource = leftSource.filter((quantity) => !excused(quantity, target));
  leftTarget = leftTarget.filter((quantity) => !excused(quantity, source));
  if (options.countRepeats === false) {
    leftSource = leftSource.filter((quantity) => !matched.some((pair) => sameQuantity(quantity, pair.source)));
    leftTarget = leftTarget.filter((quantity) => !matched.some((pair) => sameQuantity(quantity, pair.target)));
  }
  const mismatched = pairDrifts(leftSource, leftTarget);
  return {
    matched,
    mismatched,
    missingInTarget: unmatched(leftSource, mismatched, 'source'),
    missingInSource: unmatched(leftTarget, mismatched, 'target'),
  };
}

function unmatched(quantities: ExtractedQuantity[], pairs: QuantityPair[], side: keyof QuantityPair): ExtractedQuantity[] {
  const used = new Set(pairs.map((pair) => pair[side]));
  return quantities.filter((quantity) => !used.has(quantity));
}

/** Kuhn's augmenting paths; each source tries its closest equal targets first (nearest in text order). */
function maximumMatching(source: ExtractedQuantity[], target: ExtractedQuantity[]): QuantityPair[] {
  const candidates = source.map((quantity, index) =>
    target
      .map((_, position) => ({ position, distance: Math.abs(relative(index, source.length) - relative(position, target.length)) }))
      .filter(({ position }) => sameQuantity(quantity, target[position]!))
      .sort((a, b) => a.distance - b.distance)
      .map(({ position }) => position),
  );
  const owner: number[] = new Array<number>(target.length).fill(-1);
  const assign = (index: number, seen: boolean[]): boolean => {
    for (const position of candidates[index]!) {
      if (seen[position]) continue;
      seen[position] = true;
      if (owner[position]! < 0 || assign(owner[position]!, seen)) {
        owner[position] = index;
        return true;
      }
    }
    return false;
  };
  for (let index = 0; index < source.length; index++) assign(index, []);
  return owner.flatMap((index, position) => (index < 0 ? [] : [{ source: source[index]!, target: target[position]! }]));
}

function relative(index: number, count: number): number {
  return count <= 1 ? 0 : index / (count - 1);
}

/**
 * Ranges with an end equal to a single quantity on the other side, replaced by their two
 * ends: `5 至 10 亿` against `500 million … 1 billion` written apart, or `8 to 20` against
 * `8 … 200`, which then reads as 20 changed to 200. Two ranges are compared as ranges.
 */
function splitRanges(quantities: ExtractedQuantity[], others: ExtractedQuantity[]): ExtractedQuantity[] {
  const singles = others.filter((other) => other.kind !== 'range');
  const splits = (quantity: ExtractedQuantity) =>
    quantity.kind === 'range' && quantity.ends !== undefined && quantity.ends.some((end) => singles.some((single) => sameQuantity(end, single)));
  return quantities.some(splits) ? quantities.flatMap((quantity) => (splits(quantity) ? quantity.ends! : [quantity])) : quantities;
}

/**
 * A number equal to a label on the other side is that label written differently (`Qwen 3` /
 * `Qwen3`, `Layer 1` / `第一层`); a bare number equal to a part of a date on the other side
 * is that part stated once for several dates (`11 月 5 日至 7 日` / `November 5 to 7, 2024`).
 */
function excused(quantity: ExtractedQuantity, other: readonly ExtractedQuantity[]): boolean {
  const equal = (value: number | undefined) => value !== undefined && Math.abs(value - quantity.value) <= 1e-12 * Math.abs(quantity.value);
  const bare = quantity.kind === 'number' && quantity.unit === undefined && !quantity.scale;
  return other.some(
    (that) => (that.weak && equal(that.value)) || (bare && that.kind === 'date' && (equal(that.date?.year) || equal(that.date?.day))),
  );
}

/** Pairs unmatched quantities that look like one quantity changed, most alike first. */
function pairDrifts(source: ExtractedQuantity[], target: ExtractedQuantity[]): QuantityPair[] {
  const candidates: { pair: QuantityPair; score: number }[] = [];
  source.forEach((left, index) =>
    target.forEach((right, position) => {
      const likeness = driftLikeness(left, right);
      if (likeness === undefined) return;
      const distance = Math.abs(relative(index, source.length) - relative(position, target.length));
      candidates.push({ pair: { source: left, target: right }, score: likeness - 2 * distance });
    }),
  );
  candidates.sort((a, b) => b.score - a.score);
  const pairs: QuantityPair[] = [];
  const taken = new Set<ExtractedQuantity>();
  for (const { pair } of candidates) {
    if (taken.has(pair.source) || taken.has(pair.target)) continue;
    taken.add(pair.source).add(pair.target);
    pairs.push(pair);
  }
  return pairs.sort((a, b) => a.source.start - b.source.start);
}
