import type { ListRules } from './data.js';

// Lists as detectors propose them, before overlaps are settled and nesting is known.

export type DraftKind = 'numbered' | 'bullet' | 'sequence' | 'label' | 'semicolons' | 'counted' | 'series';

export interface DraftItem {
  /** Offsets of the whole item, marker included. */
  start: number;
  end: number;
  /** Where the item's reported text starts: after a symbol marker, at a marker word. */
  textStart: number;
  /** The number its marker gives; absent for bullets, labels and runs. */
  number?: number;
  /** Marked as the last item by a closing word ("Finally," 最后). */
  closing?: true;
}

export interface Draft {
  family: string;
  kind: DraftKind;
  items: DraftItem[];
}

/** Which list wins where two proposals cross: explicit markers first, inferred runs last. */
export const PRIORITY: Readonly<Record<DraftKind, number>> = {
  numbered: 0,
  bullet: 1,
  sequence: 2,
  label: 3,
  semicolons: 4,
  counted: 5,
  series: 6,
};

const TRAILING = /[\s;；,，、。.]+$/u;
const LEADING = /^\s+/u;

/**
 * An item from `start` to `end` with its text from `textStart`, trimmed of spaces, of trailing
 * separators and full stops, and (for runs) of a joining word such as "and"; undefined when nothing is left.
 */
export function draftItem(
  text: string,
  span: { start: number; textStart: number; end: number; number?: number },
  rules: ListRules,
  dropLead = false,
): DraftItem | undefined {
  const body = text.slice(span.textStart, span.end);
  let textStart = span.textStart + (LEADING.exec(body)?.[0].length ?? 0);
  if (dropLead && rules.itemLead) textStart += rules.itemLead.exec(text.slice(textStart, span.end))?.[0].length ?? 0;
  const end = span.end - (TRAILING.exec(text.slice(textStart, span.end))?.[0].length ?? 0);
  if (end <= textStart) return undefined;
  const start = span.start === span.textStart ? textStart : span.start;
  return span.number === undefined ? { start, end, textStart } : { start, end, textStart, number: span.number };
}
