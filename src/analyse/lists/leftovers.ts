import { covers, hasOrphan, isQuantity, sharesAnchor, type Anchors } from './anchors.js';
import type { ListMatch } from './compare.js';

/** Unaligned items that are not missing, by side, and how many items of each side another absorbed. */
export interface Explained {
  source: Set<number>;
  target: Set<number>;
  /** Items of the other side merged into this side's items: they count towards this side's announced count. */
  mergedInto: { source: number; target: number };
}

/**
 * Items the in-order alignment left over that the other side still has: moved (a list
 * reordered in translation, found by an anchor shared with a leftover of the other side),
 * or merged into the counterpart of a neighbour ("- energy\n- chips" as "- 能源和芯片"), which
 * needs every strong anchor of the item there. Without such evidence the tool cannot tell a
 * merge from a loss, and the item stays missing. In an inline series, whose parse is a guess,
 * an item is missing only when its content is nowhere on the other side.
 */
export function explainedLeftovers(match: ListMatch): Explained {
  const explained: Explained = { source: new Set(), target: new Set(), mergedInto: { source: 0, target: 0 } };
  const sourceLeft = leftovers(match.source.items.length, match.pairs.map(([a]) => a));
  const targetLeft = leftovers(match.target.items.length, match.pairs.map(([, b]) => b));
  for (const a of sourceLeft) {
    const b = targetLeft.find((index) => !explained.target.has(index) && sharesAnchor(match.sourceAnchors[a]!, match.targetAnchors[index]!));
    if (b === undefined) continue;
    explained.source.add(a);
    explained.target.add(b);
  }
  const counterpartOf = {
    source: new Map(match.pairs.map(([a, b]) => [a, b])),
    target: new Map(match.pairs.map(([a, b]) => [b, a])),
  };
  const sides = [
    { side: 'source', other: 'target', left: sourceLeft, own: match.sourceAnchors, theirs: match.targetAnchors, otherWhole: match.targetWhole },
    { side: 'target', other: 'source', left: targetLeft, own: match.targetAnchors, theirs: match.sourceAnchors, otherWhole: match.sourceWhole },
  ] as const;
  const series = match.source.family === 'series' || match.target.family === 'series';
  for (const { side, other, left, own, theirs, otherWhole } of sides) {
    for (const index of left) {
      if (explained[side].has(index)) continue;
      const holder = [index - 1, index + 1]
        .map((neighbour) => counterpartOf[side].get(neighbour))
        .find((counterpart): counterpart is number => counterpart !== undefined && covers(theirs[counterpart]!, own[index]!));
      if (holder !== undefined) explained.mergedInto[other]++;
      if (holder !== undefined || keptElsewhere(own[index]!, otherWhole, series)) explained[side].add(index);
    }
  }
  return explained;
}

/**
 * Whether an item's content is on the other side outside its list: laid out as prose after the
 * list ("with -l, WORD determines ..." for a label line "mit -l: ..."). That needs every strong
 * anchor of the item there, and a name among them: a number alone ("Android 12") may be any
 * other item's. An item of an inline series, whose parse is a guess, only needs none of its
 * anchors missing.
 */
function keptElsewhere(item: Anchors, otherWhole: Anchors, series: boolean): boolean {
  if (series) return !hasOrphan(item, otherWhole);
  return covers(otherWhole, item) && [...item.strong].some((anchor) => !isQuantity(anchor));
}

/**
 * When a list is shorter, order and numbers alone cannot tell which item went: the translator
 * renumbers. An item whose content (a quantity, a name, a hint term) is nowhere on the other
 * side is the one that went: it changes places with an unaligned neighbour that has no such
 * orphan anchor, where the order of the pairs allows (no aligned item between the two).
 */
export function leaveOrphansOut(pairs: [number, number][], sourceOrphans: readonly boolean[], targetOrphans: readonly boolean[]): [number, number][] {
  const swapped = swapOrphans(pairs, sourceOrphans, 0);
  return swapOrphans(swapped, targetOrphans, 1);
}

function swapOrphans(pairs: [number, number][], orphans: readonly boolean[], side: 0 | 1): [number, number][] {
  const result = pairs.map((pair): [number, number] => [pair[0], pair[1]]);
  const taken = new Set(result.map((pair) => pair[side]));
  for (const pair of result) {
    const index = pair[side];
    if (!orphans[index]) continue;
    // The nearest unaligned, non-orphan item before or after, with no aligned item in between.
    const free = [index - 1, index + 1].find((neighbour) => neighbour >= 0 && neighbour < orphans.length && !taken.has(neighbour) && !orphans[neighbour]);
    if (free === undefined) continue;
    taken.delete(index);
    taken.add(free);
    pair[side] = free;
  }
  return result;
}

function leftovers(count: number, aligned: readonly number[]): number[] {
  const taken = new Set(aligned);
  return Array.from({ length: count }, (_, index) => index).filter((index) => !taken.has(index));
}
