// Quantities while extraction still builds them, and the small constructors every reader shares.
import type { Lexicon, UnitUse } from './lexicon.js';
import { matchBefore } from './text.js';
import type { DateParts, ExtractedQuantity, QuantityKind } from './types.js';

/** A quantity while extraction still joins parts; the extra fields never leave extraction. */
export interface Draft extends ExtractedQuantity {
  /** Written with Arabic digits: next to a month name it may be the day or the year. */
  digits?: boolean;
  /** A month name that counts only next to a day or a year (May). */
  needsNeighbour?: boolean;
}

/** The step of a value that is exact as written (一半, twice): far below any rounding. */
export function exactStep(value: number): number {
  return Math.abs(value) * 1e-9 || 1e-9;
}

/** yyyymmdd with absent parts 0; a year alone is the year. */
export function packDate(date: DateParts): number {
  if (date.month === undefined && date.day === undefined) return date.year ?? 0;
  return (date.year ?? 0) * 10000 + (date.month ?? 0) * 100 + (date.day ?? 0);
}

export function dateDraft(date: DateParts, start: number, end: number, approx = false): Draft {
  const draft: Draft = { kind: 'date', text: '', value: packDate(date), unit: 'date', start, end, step: 1, date };
  if (approx) draft.approx = true;
  return draft;
}

/**
 * A decade: the 1990s (1990), 90 年代 and the nineties (90, the century left unsaid). A date of
 * unit `decade`, so that it compares only with decades (a number of decades has kind number).
 */
export function decadeDraft(value: number, start: number, end: number): Draft {
  return { kind: 'date', text: '', value, unit: 'decade', start, end, step: 10 };
}

/** The 1990s, or, after a possessive, an age: in their 30s, in her thirties are 30 to 40 years old. */
export function decadeOrAge(text: string, value: number, start: number, end: number, lexicon: Lexicon): Draft {
  if (value >= 100 || !matchBefore(lexicon.re.ageBefore, text, start)) return decadeDraft(value, start, end);
  return ageDraft(value, start, end);
}

/** An age by its decade: in their 30s, 30 代 are 30 to 40 years old. */
export function ageDraft(value: number, start: number, end: number): Draft {
  return { kind: 'vague', text: '', value, unit: 'year', start, end, step: 10, min: value, max: value + 10 };
}

/** Whether a number can name a decade: a multiple of ten, two digits or a year. */
export function isDecade(value: number): boolean {
  return Number.isInteger(value) && value % 10 === 0 && (value < 100 || (value >= 1000 && value < 3000));
}

export function fractionDraft(value: number, start: number, end: number): Draft {
  return { kind: 'fraction', text: '', value, unit: 'fraction', start, end, step: exactStep(value) };
}

/** A position; a rank (第三, 21st, Article 12) is one in a series the text counts, not a list marker. */
export function positionDraft(value: number, start: number, end: number, digits: boolean, rank = false): Draft {
  const draft: Draft = { kind: 'position', text: '', value, start, end, step: 1, weak: true };
  if (rank) draft.rank = true;
  if (digits) draft.digits = true;
  return draft;
}

/** Gives a draft a unit; percent and times make it a percent or a multiple. */
export function applyUnit(draft: Draft, use: UnitUse): void {
  draft.unit = use.unit;
  draft.value *= use.times;
  draft.step *= use.times;
  if (draft.min !== undefined) draft.min *= use.times;
  if (draft.max !== undefined) draft.max *= use.times;
  const kind = kindOfUnit(use.unit);
  if (kind && draft.kind === 'number') draft.kind = kind;
}

function kindOfUnit(unit: string): QuantityKind | undefined {
  if (unit === '%' || unit === '‰' || unit === 'pp') return 'percent';
  if (unit === 'times') return 'multiple';
  return undefined;
}
