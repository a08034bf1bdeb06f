import type { Segment, SegmentPair, SideName } from '../../model.js';
import { alignSequences, type Move } from '../align.js';
import { hasOrphan, itemAnchors, sideAnchors, type Anchors } from './anchors.js';
import { listsOf } from './extract.js';
import { explainedLeftovers, leaveOrphansOut } from './leftovers.js';
import type { Enumeration, ListItem } from './types.js';

/**
 * `missing`: items on one side with no counterpart on the other; `announced`: a side gives
 * fewer items than it announces, with nothing missing across; `gap`: only numbering gaps.
 */
export type MismatchKind = 'missing' | 'announced' | 'gap';

export interface MissingItem {
  /** The side that lacks the item. */
  side: SideName;
  /** Its number in the list that has it; for a gap, the number skipped. */
  index: number;
  /** Its text on the side that has it; empty for a gap. */
  text: string;
  /** The item on the side that has it; absent for a gap. */
  item?: ListItem;
  gap?: true;
}

export interface ListMismatch {
  kind: MismatchKind;
  /** The lists compared; one side only for a list with no counterpart. */
  source?: Enumeration;
  target?: Enumeration;
  /** Numbers of the (source-side) items the lists are nested in, outermost first. */
  nestedIn: number[];
  missing: MissingItem[];
}

interface Side {
  segment: Segment;
  lang: string;
  /** The anchors of the whole side, computed when first needed. */
  whole?: Anchors;
}

export interface ListMatch {
  source: Enumeration;
  target: Enumeration;
  /** Indices of the items aligned across, source first. */
  pairs: [number, number][];
  sourceAnchors: readonly Anchors[];
  targetAnchors: readonly Anchors[];
  sourceWhole: Anchors;
  targetWhole: Anchors;
}

/** Score of two items aligned by order alone; anchors and equal numbers add to it. */
const ORDER_SCORE = 1;
/** Extra for aligning items at the same position: lists are usually cut at the end. */
const SAME_POSITION_SCORE = 0.5;
const SHARED_ANCHOR_SCORE = 2;
/** Less than an anchor: a translator who drops items usually renumbers the rest. */
const SAME_NUMBER_SCORE = 1;
const SAME_ANNOUNCED_SCORE = 3;
/** Items align one to one, or stand alone (missing on the other side). */
const ITEM_MOVES: readonly Move[] = [
  { source: 1, target: 1 },
  { source: 1, target: 0 },
  { source: 0, target: 1 },
];

/**
 * Compares the lists of a pair's two sides: lists are matched by their items' alignment and
 * announced counts, items aligned by order and anchors (quantities, names, hint terms), then
 * nested lists of aligned items the same way. Lists with no counterpart are only checked
 * against themselves (announced counts, numbering gaps): prose on the other side is no evidence.
 */
export function listMismatches(pair: SegmentPair): ListMismatch[] {
  const source: Side = { segment: pair.source, lang: pair.sourceLang };
  const target: Side = { segment: pair.target, lang: pair.targetLang };
  return compareLevel(source, target, listsOf(pair.source, pair.sourceLang), listsOf(pair.target, pair.targetLang), []);
}

function compareLevel(
  source: Side,
  target: Side,
  sourceLists: readonly Enumeration[],
  targetLists: readonly Enumeration[],
  nestedIn: number[],
): ListMismatch[] {
  const matches = matchLists(source, target, sourceLists, targetLists);
  const mismatches: ListMismatch[] = [];
  for (const match of matches) {
    const mismatch = compareMatched(match, nestedIn);
    if (mismatch) mismatches.push(mismatch);
    for (const [a, b] of match.pairs) {
      const sourceItem = match.source.items[a]!;
      const targetItem = match.target.items[b]!;
      mismatches.push(...compareLevel(source, target, sourceItem.children, targetItem.children, [...nestedIn, sourceItem.number]));
    }
  }
  const matchedSource = new Set(matches.map((match) => match.source));
  const matchedTarget = new Set(matches.map((match) => match.target));
  for (const list of sourceLists) if (!matchedSource.has(list)) mismatches.push(...selfMismatches('source', list, nestedIn));
  for (const list of targetLists) if (!matchedTarget.has(list)) mismatches.push(...selfMismatches('target', list, nestedIn));
  return mismatches;
}

/** Pairs lists greedily, best alignment first. */
function matchLists(source: Side, target: Side, sourceLists: readonly Enumeration[], targetLists: readonly Enumeration[]): ListMatch[] {
  if (sourceLists.length === 0 || targetLists.length === 0) return [];
  const sourceWhole = (source.whole ??= sideAnchors(source.segment, source.lang));
  const targetWhole = (target.whole ??= sideAnchors(target.segment, target.lang));
  const sourceAnchors = sourceLists.map((list) => list.items.map((item) => itemAnchors(source.segment, source.lang, item)));
  const targetAnchors = targetLists.map((list) => list.items.map((item) => itemAnchors(target.segment, target.lang, item)));
  const candidates = sourceLists.flatMap((sourceList, a) =>
    targetLists.map((targetList, b) => {
      const match = { source: sourceList, target: targetList, sourceAnchors: sourceAnchors[a]!, targetAnchors: targetAnchors[b]!, sourceWhole, targetWhole };
      const alignment = alignItems(match);
      const sameCount = sourceList.announced && sourceList.announced.count === targetList.announced?.count;
      return { ...match, pairs: alignment.pairs, score: alignment.score + (sameCount ? SAME_ANNOUNCED_SCORE : 0) };
    }),
  );
  const matches: ListMatch[] = [];
  for (const candidate of candidates.sort((a, b) => b.score - a.score)) {
    if (matches.some((match) => match.source === candidate.source || match.target === candidate.target)) continue;
    matches.push(candidate);
  }
  return matches.sort((a, b) => a.source.start - b.source.start);
}

/** The in-order alignment of two lists' items that maximises the summed item scores. */
function alignItems(match: Omit<ListMatch, 'pairs'>): { pairs: [number, number][]; score: number } {
  const { source: sourceList, target: targetList, sourceAnchors, targetAnchors } = match;
  const lastSource = sourceList.items.length - 1;
  const lastTarget = targetList.items.length - 1;
  const itemScore = (a: number, b: number): number => {
    const sourceItem = sourceList.items[a]!;
    const targetItem = targetList.items[b]!;
    const shared = [...sourceAnchors[a]!.all].filter((anchor) => targetAnchors[b]!.all.has(anchor)).length;
    const sameNumber = sourceItem.numbered && targetItem.numbered && sourceItem.number === targetItem.number;
    // "Finally, ..." and 最后… close their lists: they are each other's last items.
    const bothLast = a === lastSource && b === lastTarget && (sourceItem.closing || targetItem.closing);
    return (
      ORDER_SCORE +
      SAME_POSITION_SCORE / (1 + Math.abs(a - b)) +
      SHARED_ANCHOR_SCORE * shared +
      (sameNumber || bothLast ? SAME_NUMBER_SCORE : 0)
    );
  };
  const beads = alignSequences(
    sourceList.items.length,
    targetList.items.length,
    (sourceStart, sourceEnd, targetStart, targetEnd) =>
      sourceEnd > sourceStart && targetEnd > targetStart ? -itemScore(sourceStart, targetStart) : 0,
    { moves: ITEM_MOVES },
  );
  const aligned = beads
    .filter((bead) => bead.sourceEnd > bead.sourceStart && bead.targetEnd > bead.targetStart)
    .map((bead): [number, number] => [bead.sourceStart, bead.targetStart]);
  const orphans = (anchors: readonly Anchors[], other: Anchors) => anchors.map((anchor) => hasOrphan(anchor, other));
  const pairs = leaveOrphansOut(aligned, orphans(sourceAnchors, match.targetWhole), orphans(targetAnchors, match.sourceWhole));
  return { pairs, score: pairs.reduce((total, [a, b]) => total + itemScore(a, b), 0) };
}

function compareMatched(match: ListMatch, nestedIn: number[]): ListMismatch | undefined {
  const { source, target, pairs } = match;
  const explained = explainedLeftovers(match);
  const missing = [
    ...unaligned(source.items, new Set([...pairs.map(([a]) => a), ...explained.source])).map((item) => missingItem('target', item)),
    ...unaligned(target.items, new Set([...pairs.map(([, b]) => b), ...explained.target])).map((item) => missingItem('source', item)),
  ];
  const across = missing.length > 0;
  missing.push(...gapItems('source', source, missing), ...gapItems('target', target, missing));
  const short =
    !mirrorsCount(source, target) && (isShortOfAnnounced(source, explained.mergedInto.source) || isShortOfAnnounced(target, explained.mergedInto.target));
  const kind = kindOf(across, short, missing);
  return kind && { kind, source, target, nestedIn, missing };
}

/** A list with no counterpart, and the lists nested in it, checked against themselves. */
function selfMismatches(side: SideName, list: Enumeration, nestedIn: number[]): ListMismatch[] {
  const missing = gapItems(side, list, []);
  const kind = kindOf(false, isShortOfAnnounced(list), missing);
  const own: ListMismatch[] = kind ? [{ kind, [side]: list, nestedIn, missing }] : [];
  return own.concat(list.items.flatMap((item) => item.children.flatMap((child) => selfMismatches(side, child, [...nestedIn, item.number]))));
}

function kindOf(across: boolean, shortOfAnnounced: boolean, missing: readonly MissingItem[]): MismatchKind | undefined {
  if (across) return 'missing';
  if (shortOfAnnounced) return 'announced';
  return missing.length > 0 ? 'gap' : undefined;
}

/**
 * The target gives as many items as the source, and announces the source's count or none: a
 * count the source's own items do not reach is the source's, kept as it is, and likely counts
 * something else ("all four windows: 'a' forward; 'w' backward").
 */
function mirrorsCount(source: Enumeration, target: Enumeration): boolean {
  const count = source.announced?.count;
  return count !== undefined && source.items.length === target.items.length && (target.announced === undefined || target.announced.count === count);
}

/** Fewer items than the list's count announces; `merged`: items of the other side its items hold. */
export function isShortOfAnnounced(list: Enumeration, merged = 0): boolean {
  return list.announced !== undefined && list.announced.count > list.items.length + merged;
}

function unaligned(items: readonly ListItem[], aligned: ReadonlySet<number>): ListItem[] {
  return items.filter((_, index) => !aligned.has(index));
}

function missingItem(side: SideName, item: ListItem): MissingItem {
  return { side, index: item.number, text: item.text, item };
}

/** Numbers a side's list skips that no item of the other side already fills. */
function gapItems(side: SideName, list: Enumeration, missing: readonly MissingItem[]): MissingItem[] {
  return list.gaps
    .filter((number) => !missing.some((entry) => entry.side === side && entry.index === number))
    .map((number) => ({ side, index: number, text: '', gap: true }));
}
