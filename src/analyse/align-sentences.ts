// Sentence alignment inside one pair: which source sentences a target sentence translates,
// and which sentences of either side have no counterpart. Shared by the omission rule,
// other rules that want to say which sentence lost something, and the reports.
import type { Segment, SegmentPair } from '../model.js';
import { alignSequences, type BeadCost } from './align.js';
import { beadCost, type LengthExpectation } from './align-cost.js';
import { UnitBuilder } from './align-units.js';
import { quantitiesOf } from './quantity/index.js';
import { sentencesOf, type Sentence } from './sentences.js';

/** Consecutive sentences of each side that translate each other; one side empty for an omission or addition. */
export interface SentenceBead {
  source: Sentence[];
  target: Sentence[];
}

export interface SentenceAlignment {
  source: Sentence[];
  target: Sentence[];
  beads: SentenceBead[];
}

/**
 * Sentence lengths vary more between translations than paragraph lengths (a clause moves
 * to the next sentence): a wider spread than the paragraph prior's 0.2. The counting noise
 * is Gale and Church's variance per character.
 */
const SENTENCE_SPREAD = 0.3;
const NOISE = 6.8;

/** The half-width of alignSequences' first band (its default). */
const FIRST_BAND = 32;
/**
 * The corridor below is as wide as keeps it to CORRIDOR_CELLS cells of the alignment matrix,
 * so that a pair whose sentence counts multiply to no more (256 a side) is aligned over the
 * whole matrix, as without a corridor; and no narrower than MIN_CORRIDOR sentences, which is
 * inside the first band: on the longest pairs that band is the only one run, and the work
 * grows linearly with the sentences.
 */
const CORRIDOR_CELLS = 1 << 16;
const MIN_CORRIDOR = 8;

const cache = new WeakMap<SegmentPair, Map<number, SentenceAlignment>>();

/** What the sentence aligner expects of a sentence's length in translation, given the document's ratio. */
export function sentenceLengths(ratio: number): LengthExpectation {
  return { ratio, spread: SENTENCE_SPREAD, noise: NOISE };
}

/**
 * The sentence alignment of a pair, given the expected target/source length ratio (the
 * document's, from its length model). Memoised per pair and ratio.
 */
export function sentenceAlignment(pair: SegmentPair, ratio: number): SentenceAlignment {
  let byRatio = cache.get(pair);
  if (!byRatio) cache.set(pair, (byRatio = new Map()));
  let alignment = byRatio.get(ratio);
  if (!alignment) byRatio.set(ratio, (alignment = alignPair(pair, sentenceLengths(ratio))));
  return alignment;
}

function alignPair(pair: SegmentPair, lengths: LengthExpectation): SentenceAlignment {
  const source = sentencesOf(pair.source, pair.sourceLang);
  const target = sentencesOf(pair.target, pair.targetLang);
  // One sentence a side, as in most translation-memory units: nothing to choose between.
  if (source.length <= 1 && target.length <= 1) return { source, target, beads: [{ source, target }] };
  const builder = new UnitBuilder(pair.sourceLang, pair.targetLang);
  // The segment's quantities, memoised for numeric-drift too, shared out among its sentences.
  const unitsOf = (side: Segment, lang: string, sentences: Sentence[]) => {
    const quantities = quantitiesOf(side, lang);
    // Both in text order, sentences apart: one walk along the quantities, not a filter per sentence.
    let next = 0;
    return sentences.map((sentence) => {
      while (next < quantities.length && quantities[next]!.start < sentence.start) next++;
      const first = next;
      while (next < quantities.length && quantities[next]!.start < sentence.end) next++;
      return builder.unit(sentence.text, lang, quantities.slice(first, next));
    });
  };
  const sourceUnits = unitsOf(pair.source, pair.sourceLang, source);
  const targetUnits = unitsOf(pair.target, pair.targetLang, target);
  const cost = withinCorridor(source.length, target.length, beadCost(sourceUnits, targetUnits, lengths));
  const beads = alignSequences(source.length, target.length, cost, { band: FIRST_BAND }).map((bead) => ({
    source: source.slice(bead.sourceStart, bead.sourceEnd),
    target: target.slice(bead.targetStart, bead.targetEnd),
  }));
  return { source, target, beads };
}

/**
 * Forbids beads ending further than a corridor's half-width from the diagonal, which
 * alignSequences' band follows (lo and hi of its Band). The band widens until the best path
 * keeps off its edge; on degenerate text ("。4。4…": thousands of alike sentences) equally
 * cheap paths stray arbitrarily far, and the band grew to the whole matrix, quadratic in the
 * sentences. Within the corridor the band stops at twice its width. The half-width leaves
 * room for the steepest slope, so that a path always exists.
 */
function withinCorridor(rows: number, columns: number, cost: BeadCost): BeadCost {
  const halfWidth = Math.max(MIN_CORRIDOR, Math.ceil(CORRIDOR_CELLS / rows), Math.ceil(columns / rows) + 1);
  // No cell is further from the diagonal than the number of columns.
  if (halfWidth >= columns) return cost;
  return (i0, i1, j0, j1) => {
    const diagonal = (i1 * columns) / rows;
    return j1 < Math.floor(diagonal) - halfWidth || j1 > Math.ceil(diagonal) + halfWidth ? Infinity : cost(i0, i1, j0, j1);
  };
}
