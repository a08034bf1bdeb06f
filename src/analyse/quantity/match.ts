// Which quantities of a source and its translation correspond, and which drifted.
import { driftLikeness, sameQuantity } from './compare.js';
import { isDigit } from './text.js';
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
  /**
   * The texts the quantities were read from. A quantity whose text the other side repeats
   * verbatim, read differently there (`[8,63]` as 8.63 in German, `1B` as a billion in
   * English), is the same text, not a drift.
   */
  texts?: { source: string; target: string };
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
  if (options.texts && (leftSource.length || leftTarget.length)) {
    const sourceSide = { left: leftSource, text: options.texts.source };
    const targetSide = { left: leftTarget, text: options.texts.target };
    const repeated = new Set([...verbatim(sourceSide, targetSide, matched, 'source'), ...verbatim(targetSide, sourceSide, matched, 'target')]);
    if (repeated.size) {
      leftSource = leftSource.filter((quantity) => !repeated.has(quantity));
      leftTarget = leftTarget.filter((quantity) => !repeated.has(quantity));
    }
  }
  if (options.countRepeats === false) {
    leftSource = leftSource.filter((quantity) => !matched.some((pair) => sameQuantity(quantity, pair.source)));
    leftTarget = leftTarget.filter((quantity) => !matched.some((pair) => sameQuantity(quantity, pair.target)));
  }
  const mismatched = [...pairDrifts(leftSource, leftTarget), ...changedRanks(source, target)].sort((a, b) => a.source.start - b.source.start);
  return {
    matched,
    mismatched,
    missingInTarget: unmatched(leftSource, mismatched, 'source').filter(reportableAlone),
    missingInSource: unmatched(leftTarget, mismatched, 'target').filter(reportableAlone),
  };
}

/**
 * A few, several times, for hours, 数年: a vague amount from a few, with no digit, states no
 * figure a reader would miss, and translators drop or add it freely. It still matches or
 * mismatches a counterpart (几天 against three weeks), but is never missing or added alone.
 * Amounts with a scale (十几, dozens, 数十亿) start higher and stay reportable.
 */
function reportableAlone(quantity: ExtractedQuantity): boolean {
  return !(quantity.kind === 'vague' && quantity.min !== undefined && quantity.min < A_FEW_AT_MOST && !/\d/u.test(quantity.text));
}

/** Vague amounts that start below this (several: 2, 数: 1) start from a few. */
const A_FEW_AT_MOST = 10;

function unmatched(quantities: ExtractedQuantity[], pairs: QuantityPair[], side: keyof QuantityPair): ExtractedQuantity[] {
  const used = new Set(pairs.map((pair) => pair[side]));
  return quantities.filter((quantity) => !used.has(quantity));
}

/**
 * Kuhn's augmenting paths; each source tries its closest equal targets first (nearest in text
 * order). Equals of the same value and unit are matched first (`three months` with `三个月`;
 * `1024` with `1024` rather than with the binary reading of `1K`), then the
 * paths may use any equal: a number without a unit fits any unit, and would otherwise take a
 * partner that has a better match (`three` from `--three` taking `三个月`).
 */
function maximumMatching(source: ExtractedQuantity[], target: ExtractedQuantity[]): QuantityPair[] {
  const candidates = source.map((quantity, index) =>
    target
      .map((other, position) => ({
        position,
        strict: quantity.unit === other.unit && quantity.value === other.value,
        distance: Math.abs(relative(index, source.length) - relative(position, target.length)),
      }))
      .filter(({ position }) => sameQuantity(quantity, target[position]!))
      .sort((a, b) => Number(b.strict) - Number(a.strict) || a.distance - b.distance),
  );
  const owner: number[] = new Array<number>(target.length).fill(-1);
  let strictOnly = true;
  const assign = (index: number, seen: boolean[]): boolean => {
    for (const { position, strict } of candidates[index]!) {
      if (seen[position] || (strictOnly && !strict)) continue;
      seen[position] = true;
      if (owner[position]! < 0 || assign(owner[position]!, seen)) {
        owner[position] = index;
        return true;
      }
    }
    return false;
  };
  for (let index = 0; index < source.length; index++) assign(index, []);
  strictOnly = false;
  const matched = new Set(owner);
  for (let index = 0; index < source.length; index++) if (!matched.has(index)) assign(index, []);
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
    (that) =>
      (that.weak && (equal(that.value) || that.alternatives?.some((reading) => equal(reading.value))) && weakFits(that, quantity)) ||
      (bare && that.kind === 'date' && (equal(that.date?.year) || equal(that.date?.day))),
  );
}

/** A weak date or ordinal (first day of week) excuses only its like; names and positions excuse any number. */
function weakFits(weak: ExtractedQuantity, quantity: ExtractedQuantity): boolean {
  if (weak.kind === 'date') return quantity.kind === 'date';
  if (weak.kind === 'ordinal') return quantity.kind === 'ordinal' || quantity.kind === 'position';
  return true;
}

interface Side {
  /** Its unmatched quantities. */
  left: ExtractedQuantity[];
  text: string;
}

/**
 * Unmatched quantities read from digits that the other side repeats verbatim, where the other
 * side read them differently (`0,3,7-11 700`: 3 and 7-11 in English, 3.7 to 11 700 in German;
 * `32M`, `1B`: a million, a billion, or a name): the same text, not a drift. Returns the
 * quantities of both sides read from such text. A repeated figure still needs its repetition:
 * text whose quantities on the other side are matched to quantities elsewhere does not count.
 */
function verbatim(own: Side, other: Side, matched: QuantityPair[], side: keyof QuantityPair): ExtractedQuantity[] {
  const otherSide: keyof QuantityPair = side === 'source' ? 'target' : 'source';
  const partners = new Map(matched.map((pair) => [pair[otherSide], pair[side]]));
  const otherQuantities = [...other.left, ...partners.keys()];
  const found: ExtractedQuantity[] = [];
  const used = new Set<number>();
  for (const quantity of own.left) {
    if (found.includes(quantity) || !quantity.text || lentDate(quantity)) continue;
    const [runStart, runEnd] = runAround(own.text, quantity.start, quantity.end);
    const run = own.text.slice(runStart, runEnd);
    for (let at = other.text.indexOf(run); at >= 0; at = other.text.indexOf(run, at + 1)) {
      const end = at + run.length;
      if (used.has(at) || !standsAlone(other.text, at, end)) continue;
      const overlapping = otherQuantities.filter((that) => that.start < end && that.end > at);
      const elsewhere = overlapping.some((that) => {
        const partner = partners.get(that);
        // A partner that reaches into the run is read from it (`56 -0600` after `02:34:56`), not from elsewhere.
        return partner !== undefined && (partner.end <= runStart || partner.start >= runEnd);
      });
      if (elsewhere) continue;
      used.add(at);
      found.push(...own.left.filter((that) => that.start < runEnd && that.end > runStart));
      found.push(...other.left.filter((that) => overlapping.includes(that)));
      break;
    }
  }
  return found;
}

/** The digits and separators around a quantity's text: 0,3,7-11 700 around the 3. */
function runAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from > 0 && continuesRun(text, from - 1, -1)) from--;
  while (to < text.length && continuesRun(text, to, 1)) to++;
  return [from, to];
}

/** Whether text[at] belongs to the run of digits next to it (on the side `direction` points away from). */
function continuesRun(text: string, at: number, direction: 1 | -1): boolean {
  const char = text[at]!;
  if (isDigit(char)) return true;
  if (!RUN_JOINERS.has(char)) return false;
  // A joiner only between digits: 0,3 and 7-11 and 11 700, not the comma ending a sentence.
  return isDigit(text[at - direction]) && isDigit(text[at + direction]);
}

const RUN_JOINERS = new Set(['.', ',', ':', '/', '-', '–', ' ', '\u00a0', '\u202f', "'"]);

/** Whether text[start, end) is a whole token: no letter or digit goes on either side, nor a digit group (8 of 8,63). */
/** The 10 of 10 to 20 May: a date its digits alone do not state (the month came from the other end), so not repeated by a bare 10. */
function lentDate(quantity: ExtractedQuantity): boolean {
  return quantity.kind === 'date' && /^\d+$/.test(quantity.text);
}

function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && (WORD_CHAR.test(before) || continuesRun(text, start - 1, -1))) return false;
  return !(after !== undefined && (WORD_CHAR.test(after) || continuesRun(text, end, 1)));
}

/** Letters and digits of alphabetic scripts: a CJK character next to a Latin token does not continue it. */
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}_]/u;

/**
 * Ranks (third, 第三, Article 12) that no quantity on the other side states, paired in text order
 * when both sides have as many: `second attempt` against `dritte Versuch`. A rank alone on one
 * side is no finding (First, … against 首先，…).
 */
function changedRanks(source: readonly ExtractedQuantity[], target: readonly ExtractedQuantity[]): QuantityPair[] {
  const unstated = (own: readonly ExtractedQuantity[], other: readonly ExtractedQuantity[]) =>
    own.filter((rank) => rank.rank && !other.some((that) => statesPosition(that, rank.value)));
  const left = unstated(source, target);
  const right = unstated(target, source);
  if (!left.length || left.length !== right.length) return [];
  return left.map((rank, index) => ({ source: rank, target: right[index]! }));
}

/**
 * Whether a quantity states the position `value`: as its value, or as the day or year of a date
 * (the 21st, 21 日). Weak words other than positions state nothing (une as an article is no first).
 */
function statesPosition(quantity: ExtractedQuantity, value: number): boolean {
  if (quantity.weak && quantity.kind !== 'position' && quantity.kind !== 'ordinal') return false;
  return quantity.value === value || quantity.date?.day === value || quantity.date?.year === value;
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
