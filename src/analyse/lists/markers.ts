import { nextMatch } from '../each-match.js';
import type { ListRules, NumberStyle, SequenceStep } from './data.js';
import type { DraftKind } from './draft.js';
import { allowsMarker, indentAt, startsLine } from './layout.js';
import { markerNumber } from './numbers.js';

/** One list marker found in a text: `第三`, `2.`, `(b)`, `•`, "Finally,". */
export interface Marker {
  family: string;
  kind: DraftKind;
  /** The number it gives, a sequence step, or undefined for a bullet. */
  step: SequenceStep | undefined;
  start: number;
  end: number;
  /** Whether the marker is a word of the item's text (kept) rather than a symbol (dropped). */
  keep: boolean;
  /** Whether it starts its line; the indentation of its line (its nesting level). */
  startsLine: boolean;
  indent: number;
}

/** Every marker of every family of the language, in text order. */
export function findMarkers(text: string, rules: ListRules): Marker[] {
  const markers: Marker[] = [];
  for (const family of rules.markers) {
    if (family.literal !== undefined && !text.includes(family.literal)) continue;
    // A loop, not eachMatch: a callback would be a closure per family and text.
    const { pattern } = family;
    pattern.lastIndex = 0;
    for (let match = nextMatch(pattern, text); match; match = nextMatch(pattern, text)) {
      const start = match.index;
      if (!allowsMarker(text, start, family.at, rules)) continue;
      const step = markerNumber(family.number, match.groups?.n ?? match[0], rules);
      if (family.number !== 'none' && step === undefined) continue;
      markers.push({
        family: family.family,
        kind: kindOf(family.number),
        step,
        start,
        end: start + match[0].length,
        keep: family.keep,
        startsLine: startsLine(text, start),
        indent: indentAt(text, start),
      });
    }
  }
  return markers.sort((a, b) => a.start - b.start);
}

function kindOf(style: NumberStyle): DraftKind {
  if (style === 'none') return 'bullet';
  return style === 'word' ? 'sequence' : 'numbered';
}
