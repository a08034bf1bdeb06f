// How alike two texts are, for copies of a source left in the target.
import { maskedText } from './invariants.js';
import { perSegmentText } from './memo.js';

const WHITE_SPACE = /\s+/gu;
/** White space other than single spaces: what collapsing changes (most texts have none, and replacing costs). */
const UNCOLLAPSED = /[^\S ]| \s/u;

/** Lower case, NFKC (full-width forms fold to ASCII), white space collapsed. */
export function foldText(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase();
  return (UNCOLLAPSED.test(folded) ? folded.replace(WHITE_SPACE, ' ') : folded).trim();
}

/** The wording of a segment, as copies are told by: invariants masked, then folded. */
export const segmentWording = perSegmentText((segment) => foldText(maskedText(segment)));

/**
 * Dice coefficient of the character bigrams of two strings: 1 for equal strings, near 1
 * for a copy with a word changed, near 0 for texts in different scripts.
 */
export function bigramDice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let index = 0; index < a.length - 1; index++) {
    const bigram = a.slice(index, index + 2);
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  let shared = 0;
  for (let index = 0; index < b.length - 1; index++) {
    const bigram = b.slice(index, index + 2);
    const count = counts.get(bigram);
    if (count) {
      shared++;
      counts.set(bigram, count - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

/** The most the Dice coefficient of strings of these lengths can be, to skip hopeless pairs cheaply. */
export function diceBound(lengthA: number, lengthB: number): number {
  if (lengthA < 2 || lengthB < 2) return lengthA === lengthB ? 1 : 0;
  return (2 * (Math.min(lengthA, lengthB) - 1)) / (lengthA + lengthB - 2);
}
