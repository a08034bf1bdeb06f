import type { Segment } from '../../model.js';
import { perSegment } from '../memo.js';
import { assemble } from './assemble.js';
import { countedDrafts, semicolonDrafts } from './clause-runs.js';
import { findCounts } from './counts.js';
import { listRulesFor } from './data.js';
import { labelDrafts } from './label-runs.js';
import { markerDrafts } from './marker-runs.js';
import { findMarkers } from './markers.js';
import { maskQuotedPunctuation } from './quoted-marks.js';
import { seriesDrafts } from './series-runs.js';
import type { Enumeration } from './types.js';

/**
 * The enumerations of one segment side, outermost first, nested lists under their items:
 * numbered and lettered markers, ordinal and sequence words, bullets, label lines, semicolon
 * runs after a colon, runs announced by a count and inline series, each with the count that announces it.
 * Punctuation quoted as code (`';'`) is read as text.
 */
export const listsOf: (segment: Segment, lang: string) => Enumeration[] = perSegment((segment, lang) => {
  const rules = listRulesFor(lang);
  const text = maskQuotedPunctuation(segment.text);
  const counts = findCounts(text, rules);
  const drafts = [
    ...markerDrafts(text, findMarkers(text, rules), rules),
    ...labelDrafts(text, rules),
    ...semicolonDrafts(text, rules),
    ...countedDrafts(text, counts, rules),
    ...seriesDrafts(text, rules),
  ];
  return assemble(drafts, counts, text, segment);
});
