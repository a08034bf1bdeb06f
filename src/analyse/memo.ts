import type { Segment } from '../model.js';

interface Memo {
  analyse: unknown;
  lang: string;
  value: unknown;
}

/**
 * The analyses done on each segment, by every memoised function. One map entry per segment
 * and a short list, rather than a map per function and a map per language: a new key costs
 * a weak map far more than a look along the handful of analyses a segment gets.
 */
const memos = new WeakMap<Segment, Memo[]>();

/**
 * The two segments asked about last, and their analyses: the rules ask about the two sides
 * of one pair in turn, a few dozen times, and most look-ups end here, before the weak map.
 * (They keep the last pair's analyses alive until the next pair's, no longer.)
 */
let latest: Segment | undefined;
let latestMemos: Memo[] = [];
let before: Segment | undefined;
let beforeMemos: Memo[] = [];

function memosOf(segment: Segment): Memo[] {
  if (segment === latest) return latestMemos;
  let done = segment === before ? beforeMemos : memos.get(segment);
  if (!done) memos.set(segment, (done = []));
  before = latest;
  beforeMemos = latestMemos;
  latest = segment;
  latestMemos = done;
  return done;
}

/**
 * Memoises an analysis of one segment side, so that several rules asking for the
 * quantities or sentences of the same segment pay for the work once. Keyed weakly:
 * nothing outlives the pair it belongs to.
 */
export function perSegment<T>(analyse: (segment: Segment, lang: string) => T): (segment: Segment, lang: string) => T {
  return (segment, lang) => {
    const done = memosOf(segment);
    for (const memo of done) if (memo.analyse === analyse && memo.lang === lang) return memo.value as T;
    const value = analyse(segment, lang);
    done.push({ analyse, lang, value });
    return value;
  };
}

/** Memoises an analysis of a segment that does not depend on its language. */
export function perSegmentText<T>(analyse: (segment: Segment) => T): (segment: Segment) => T {
  const memoised = perSegment(analyse);
  return (segment) => memoised(segment, '');
}
