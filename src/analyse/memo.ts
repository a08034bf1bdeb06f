import type { Segment } from '../model.js';

/**
 * Memoises an analysis of one segment side, so that several rules asking for the
 * quantities or sentences of the same segment pay for the work once. Keyed weakly:
 * nothing outlives the pair it belongs to.
 */
export function perSegment<T>(analyse: (segment: Segment, lang: string) => T): (segment: Segment, lang: string) => T {
  const cache = new WeakMap<Segment, Map<string, T>>();
  return (segment, lang) => {
    let byLang = cache.get(segment);
    if (!byLang) cache.set(segment, (byLang = new Map()));
    let value = byLang.get(lang);
    if (value === undefined && !byLang.has(lang)) {
      value = analyse(segment, lang);
      byLang.set(lang, value);
    }
    return value as T;
  };
}
