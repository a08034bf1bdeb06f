import type { Segment } from '../../model.js';
import { SearchAhead } from '../each-match.js';
import type { ListRules, MarkerPosition } from './data.js';

// Where things stand in a segment's text: lines, indentation, clause starts, input line numbers.

const TAB_WIDTH = 4;
const INDENT_ONLY = /^[ \t]*$/;
const WHITESPACE = /\s/;
const INDENT_CHAR = /[ \t]/;
const LINE_BREAK = /\n/g;
/** Enough characters before a marker to hold a joining word ("and", "sowie", 以及). */
const LEAD_CHARS = 12;

export function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

export function lineEndAt(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

/** Width of the spaces and tabs that start the line holding `offset`. */
export function indentAt(text: string, offset: number): number {
  let width = 0;
  for (let index = lineStartAt(text, offset); index < text.length; index++) {
    const char = text[index];
    if (char === ' ') width += 1;
    else if (char === '\t') width += TAB_WIDTH;
    else break;
  }
  return width;
}

/** Whether only spaces and tabs stand between the start of its line and `offset`. */
export function startsLine(text: string, offset: number): boolean {
  return INDENT_ONLY.test(text.slice(lineStartAt(text, offset), offset));
}

/** Whether a marker may stand at `offset`, given where its family allows it. */
export function allowsMarker(text: string, offset: number, at: MarkerPosition, rules: ListRules): boolean {
  if (at === 'anywhere' || startsLine(text, offset)) return true;
  if (at === 'line') return false;
  if (at === 'word' && WHITESPACE.test(text[offset - 1] ?? '')) return true;
  if (followsClausePunctuation(text, offset, rules)) return true;
  // "...; and finally, ...": a joining word between the punctuation and the marker.
  const lead = rules.itemLeadBefore?.exec(text.slice(Math.max(0, offset - LEAD_CHARS), offset));
  return lead ? followsClausePunctuation(text, offset - lead[0].length, rules) : false;
}

function followsClausePunctuation(text: string, offset: number, rules: ListRules): boolean {
  let before = offset - 1;
  while (before >= 0 && INDENT_CHAR.test(text[before]!)) before--;
  return rules.clausePunctuation.has(text[before] ?? '');
}

/**
 * The end of the line holding `offset`, extended over the following lines indented deeper
 * than `indent` (an item's continuation and nested items).
 */
export function blockEndAt(text: string, offset: number, indent: number): number {
  let end = lineEndAt(text, offset);
  while (end < text.length) {
    const next = end + 1;
    const nextEnd = lineEndAt(text, next);
    const blank = text.slice(next, nextEnd).trim() === '';
    if (blank || indentAt(text, next) <= indent) break;
    end = nextEnd;
  }
  return end;
}

/**
 * Where the sentence holding an offset ends (after its final punctuation), at most at the line
 * end: a function for many offsets of one text, fastest in increasing order (SearchAhead).
 */
export function sentenceEnds(text: string, rules: ListRules): (offset: number) => number {
  const lineBreak = new SearchAhead(LINE_BREAK, text);
  const sentenceEnd = new SearchAhead(rules.sentenceEnd, text);
  return (offset) => {
    const lineEnd = lineBreak.at(offset)?.index ?? text.length;
    const match = sentenceEnd.at(offset);
    return match && match.index < lineEnd ? match.index + match[0].length : lineEnd;
  };
}

/** The first match of a global pattern at or after `offset`. */
export function searchFrom(pattern: RegExp, text: string, offset: number): RegExpExecArray | null {
  pattern.lastIndex = offset;
  return pattern.exec(text);
}

/** The first offset at or after `offset` that is not whitespace. */
export function skipSpace(text: string, offset: number): number {
  while (offset < text.length && WHITESPACE.test(text[offset]!)) offset++;
  return offset;
}

/** The input line of an offset in the segment text (its parts are joined by newlines). */
export function inputLineAt(segment: Segment, offset: number): number {
  let partStart = 0;
  for (const part of segment.parts) {
    const partEnd = partStart + part.text.length;
    if (offset <= partEnd) return part.line + countNewlines(part.text, offset - partStart);
    partStart = partEnd + 1;
  }
  return segment.parts.at(-1)?.line ?? segment.line;
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index >= 0 && index < end; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
