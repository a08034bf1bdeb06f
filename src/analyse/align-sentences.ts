// Sentence alignment inside one pair: which source sentences a target sentence translates,
// and which sentences of either side have no counterpart. Shared by the omission rule,
// other rules that want to say which sentence lost something, and the reports.
import type { Segment, SegmentPair } from '../model.js';
import { alignSequences } from './align.js';
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

const cache = new WeakMap<SegmentPair, Map<number, SentenceAlignment>>();

/**
 * The sentence alignment of a pair, given the expected target/source length ratio (the
 * document's, from its length model). Memoised per pair and ratio.
 */
export function sentenceAlignment(pair: SegmentPair, ratio: number): SentenceAlignment {
  let byRatio = cache.get(pair);
  if (!byRatio) cache.set(pair, (byRatio = new Map()));
  let alignment = byRatio.get(ratio);
  if (!alignment) byRatio.set(ratio, (alignment = alignPair(pair, { ratio, spread: SENTENCE_SPREAD, noise: NOISE })));
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
    return sentences.map((sentence) =>
      builder.unit(sentence.text, lang, quantities.filter((quantity) => quantity.start >= sentence.start && quantity.start < sentence.end)),
    );
  };
  const sourceUnits = unitsOf(pair.source, pair.sourceLang, source);
  const targetUnits = unitsOf(pair.target, pair.targetLang, target);
  const beads = alignSequences(source.length, target.length, beadCost(sourceUnits, targetUnits, lengths)).map((bead) => ({
    source: source.slice(bead.sourceStart, bead.sourceEnd),
    target: target.slice(bead.targetStart, bead.targetEnd),
  }));
  return { source, target, beads };
}
