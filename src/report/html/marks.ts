// Where to highlight a pair's text: every quantity (matched, drifted, missing), names, terms
// and figures with a problem, list items and sentences the other side lacks. Quantities come
// from the analyser with their offsets; the rest is quoted by findings and found in the text.
import type { Finding, SideName } from '../../model.js';
import { entityDrift, formatIssueText, glossaryTerm, missingListItems, numericDrift, unmatchedSentences } from './finding-details.js';
import { quantityMarks, type SideText } from './quantity-marks.js';
import { OTHER_SIDE, SIDES } from './sides.js';

export type MarkKind =
  | 'quantity-matched'
  | 'quantity-drifted'
  | 'quantity-missing'
  | 'entity-missing'
  | 'term-issue'
  | 'format-issue'
  | 'list-missing'
  | 'sentence-missing';

/** A highlighted span of one side's text, UTF-16 offsets. */
export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** What the mark means, in words (tooltip). */
  note: string;
  /** The finding the mark illustrates, if one reports it: filters hide the mark with it. */
  finding?: Finding;
}

export type SideMarks = Record<SideName, Mark[]>;

type Place = (side: SideName, needle: string, kind: MarkKind, note: string, finding: Finding) => void;

/**
 * The marks of a pair: its quantities as the analyser matches them, then what findings report,
 * attached to the quantity marks they confirm or placed by their quoted text.
 */
export function pairMarks(sides: Record<SideName, SideText>, findings: readonly Finding[]): SideMarks {
  const marks = quantityMarks(sides);
  const place: Place = (side, needle, kind, note, finding) => {
    const sameFamily = marks[side].filter((mark) => family(mark.kind) === family(kind));
    const analysed = family(kind) === 'quantity' ? sameFamily.find((mark) => !mark.finding && sameText(sides[side].text.slice(mark.start, mark.end), needle)) : undefined;
    if (analysed) Object.assign(analysed, { kind, note, finding });
    else {
      const span = locate(sides[side].text, needle, sameFamily);
      if (span) marks[side].push({ ...span, kind, note, finding });
    }
  };
  for (const finding of findings) {
    markQuantities(finding, place);
    markEntities(finding, place);
    markTerms(finding, place);
    markFormatIssue(finding, sides, place);
    markListItems(finding, sides, place);
    markSentences(finding, place);
  }
  for (const side of SIDES) adoptInnerQuantities(marks[side]);
  return marks;
}

/** Quantities inside a missing item or sentence are missing with it: that finding reports them. */
function adoptInnerQuantities(marks: Mark[]): void {
  const passages = marks.filter((mark) => mark.finding && (mark.kind === 'list-missing' || mark.kind === 'sentence-missing'));
  for (const mark of marks) {
    if (mark.finding || mark.kind === 'quantity-matched') continue;
    const passage = passages.find((outer) => outer.start <= mark.start && mark.end <= outer.end);
    if (passage) mark.finding = passage.finding;
  }
}

function markQuantities(finding: Finding, place: Place): void {
  const drift = numericDrift(finding);
  if (!drift) return;
  for (const quantity of drift.missingInTarget) place('source', quantity.text, 'quantity-missing', 'no equal quantity in the target', finding);
  for (const quantity of drift.missingInSource) place('target', quantity.text, 'quantity-missing', 'no equal quantity in the source', finding);
  for (const { source, target } of drift.mismatched) {
    place('source', source.text, 'quantity-drifted', `the target says ${target.text}`, finding);
    place('target', target.text, 'quantity-drifted', `the source says ${source.text}`, finding);
  }
}

function markEntities(finding: Finding, place: Place): void {
  const drift = entityDrift(finding);
  if (!drift) return;
  for (const entity of drift.missingInTarget) place('source', entity, 'entity-missing', 'not in the target', finding);
  for (const entity of drift.missingInSource) place('target', entity, 'entity-missing', 'not in the source', finding);
}

function markTerms(finding: Finding, place: Place): void {
  const glossary = glossaryTerm(finding);
  if (!glossary) return;
  place('source', glossary.term, 'term-issue', 'glossary term', finding);
  if (glossary.found) place('target', glossary.found, 'term-issue', 'a variant the glossary forbids', finding);
}

function markFormatIssue(finding: Finding, sides: Record<SideName, SideText>, place: Place): void {
  const text = formatIssueText(finding);
  if (text === undefined) return;
  // The finding points at the side it is about; the quoted text is found there.
  const side = SIDES.find((candidate) => finding[candidate] && locate(sides[candidate].text, text, []));
  if (side) place(side, text, 'format-issue', 'spacing or punctuation', finding);
}

function markListItems(finding: Finding, sides: Record<SideName, SideText>, place: Place): void {
  for (const item of missingListItems(finding)) {
    // The item's text is on the side that has it: the other one from the side that lacks it.
    const holder = item.side ? OTHER_SIDE[item.side] : SIDES.find((side) => locate(sides[side].text, item.text, []));
    if (holder) place(holder, item.text, 'list-missing', `list item ${item.index} has no counterpart in the ${OTHER_SIDE[holder]}`, finding);
  }
}

function markSentences(finding: Finding, place: Place): void {
  const unmatched = unmatchedSentences(finding);
  if (!unmatched) return;
  for (const sentence of unmatched.sentences) {
    // A sentence inside a list item another rule reported is marked by that rule already.
    if (!sentence.reportedBy) place(unmatched.side, sentence.text, 'sentence-missing', `no counterpart in the ${OTHER_SIDE[unmatched.side]}`, finding);
  }
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

// Marks of different families may nest (a number inside a missing item), but two marks of one
// family must not land on the same text when it occurs twice.
function family(kind: MarkKind): string {
  return kind.slice(0, kind.indexOf('-'));
}

const TRAILING_ELLIPSIS = /\s*(?:…|\.\.\.)$/;

/**
 * The first occurrence of `needle` in `text` not overlapping `taken`. Rules may quote text
 * normalised (`通义千问 (Qwen)` for `通义千问(Qwen)`) or cut short (`第三层是…`), so whitespace
 * matches any whitespace or none, and a quote cut short marks the part it quotes.
 */
function locate(text: string, needle: string, taken: readonly Mark[]): { start: number; end: number } | undefined {
  const words = needle.replace(TRAILING_ELLIPSIS, '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'gu');
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!taken.some((mark) => mark.start < end && start < mark.end)) return { start, end };
  }
  return undefined;
}
