import { eachMatch } from '../each-match.js';
import type { ListRules } from './data.js';
import { draftItem, type Draft, type DraftItem } from './draft.js';

const WORD = /[^\s]+/gu;
const SPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;
const ONE_COMMA_MAX_WORDS = 2;
const CLAUSE_COMMA = /[，,]/u;
/** Enough characters after a comma to hold a conjunction (以及, 或者). */
const CONJUNCTION_CHARS = 8;

type SeriesRules = NonNullable<ListRules['series']>;

interface Span {
  start: number;
  end: number;
}

/**
 * Inline series inside a clause: "energy, chips, models and applications", 能源、芯片、模型和应用.
 * Middle items are short; the first item is the tail of its chunk, as long as the longest
 * other item; the last follows the conjunction. At least three items; where the separator is
 * also a clause comma (English `,`), only with a conjunction before the last item. Which words
 * begin the first item is a guess, so such lists are compared by content (see leftovers.ts).
 */
export function seriesDrafts(text: string, rules: ListRules): Draft[] {
  const { series } = rules;
  if (!series || text.search(series.separator) < 0) return [];
  const drafts: Draft[] = [];
  let clauseStart = 0;
  const visitClause = (end: number) => {
    const chunks = split(text, { start: clauseStart, end }, series.separator);
    if (chunks.length >= 2) drafts.push(...runsIn(text, chunks, rules));
  };
  eachMatch(series.boundary, text, (match) => {
    if (joinsLastItem(text, clauseStart, match.index, series)) return;
    visitClause(match.index);
    clauseStart = match.index + match[0].length;
  });
  visitClause(text.length);
  return drafts;
}

/**
 * A clause comma that leads to a series' last item: "full-iso、long-iso、iso、locale，或者 +格式".
 * Only after items with no conjunction yet, and before a short item: "…和质量，或者说…" ends at the comma.
 */
function joinsLastItem(text: string, clauseStart: number, at: number, series: SeriesRules): boolean {
  if (!CLAUSE_COMMA.test(text[at]!)) return false;
  let from = at + 1;
  while (from < text.length && SPACE.test(text[from]!)) from++;
  const conjunction = conjunctionIn(text, { start: from, end: Math.min(text.length, from + CONJUNCTION_CHARS) }, series.conjunction);
  if (conjunction?.start !== from) return false;
  const lastSeparator = lastMatchIn(text, clauseStart, at, series.separator);
  if (lastSeparator === undefined || conjunctionIn(text, { start: lastSeparator, end: at }, series.conjunction)) return false;
  // A copy of the boundary pattern: the caller is iterating over the shared one.
  const restEnd = text.slice(conjunction.end).search(new RegExp(series.boundary.source, 'u'));
  return short(text, { start: conjunction.end, end: restEnd < 0 ? text.length : conjunction.end + restEnd }, series.maxUnits, series);
}

/** Where the last match of a global pattern between two offsets ends. */
function lastMatchIn(text: string, start: number, end: number, pattern: RegExp): number | undefined {
  let last: number | undefined;
  eachMatch(pattern, text.slice(start, end), (match) => (last = start + match.index + match[0].length));
  return last;
}

function runsIn(text: string, chunks: readonly Span[], rules: ListRules): Draft[] {
  const series = rules.series!;
  const drafts: Draft[] = [];
  let first = 0;
  for (let index = 1; index < chunks.length; index++) {
    const chunk = chunks[index]!;
    const conjunction = conjunctionIn(text, chunk, series.conjunction);
    const isLast = index === chunks.length - 1 || conjunction !== undefined || !short(text, chunk, series.maxUnits, series);
    if (!isLast) continue;
    const draft = runOf(text, chunks.slice(first, index + 1), conjunction, rules);
    if (draft) drafts.push(draft);
    first = index;
  }
  return drafts;
}

/** The series from the tail of the first chunk to the last chunk (split at its conjunction). */
function runOf(text: string, chunks: readonly Span[], conjunction: Span | undefined, rules: ListRules): Draft | undefined {
  const series = rules.series!;
  const last = chunks.at(-1)!;
  if (!conjunction && series.needsConjunction) return undefined;
  const middle = chunks.slice(1, -1);
  const ending: Span[] = conjunction
    ? [{ start: last.start, end: conjunction.start }, { start: conjunction.end, end: last.end }].filter((span) => text.slice(span.start, span.end).trim() !== '')
    : [last];
  // A last chunk that is only the conjunction ("A, B, and") ends no series.
  const finalItem = ending.at(-1);
  if (!finalItem) return undefined;
  const inner = [...middle, ...ending.slice(0, -1)];
  // One comma and one "and" make a series only of very short items ("energy, chips and models"),
  // not "..., including small and medium businesses".
  const maxUnits = series.spaced && chunks.length === 2 ? Math.min(series.maxUnits, ONE_COMMA_MAX_WORDS) : series.maxUnits;
  if (inner.length === 0 || ![...inner, finalItem].every((span) => short(text, span, maxUnits, series))) return undefined;
  const units = Math.max(1, ...inner.map((span) => unitsOf(text, span, series)), unitsOf(text, finalItem, series));
  const spans = [{ start: tailStart(text, chunks[0]!, units, series), end: chunks[0]!.end }, ...inner, finalItem];
  const items = spans.flatMap((span): DraftItem[] => {
    const item = draftItem(text, { start: span.start, textStart: span.start, end: span.end }, rules, true);
    return item ? [item] : [];
  });
  return items.length >= 3 ? { family: 'series', kind: 'series', items } : undefined;
}

/** The clause cut at its separators; a single chunk when it has none. */
function split(text: string, clause: Span, separator: RegExp): Span[] {
  // Searched in the clause's own text: a search in the whole text would run on to the next match.
  const body = text.slice(clause.start, clause.end);
  const chunks: Span[] = [];
  let start = clause.start;
  eachMatch(separator, body, (match) => {
    chunks.push({ start, end: clause.start + match.index });
    start = clause.start + match.index + match[0].length;
  });
  chunks.push({ start, end: clause.end });
  return chunks;
}

function conjunctionIn(text: string, chunk: Span, conjunction: RegExp): Span | undefined {
  conjunction.lastIndex = 0;
  const match = conjunction.exec(text.slice(chunk.start, chunk.end));
  return match ? { start: chunk.start + match.index, end: chunk.start + match.index + match[0].length } : undefined;
}

/** A few words or characters, and no clause of its own ("die nicht existiert"). */
function short(text: string, span: Span, maxUnits: number, series: SeriesRules): boolean {
  if (series.clauseStart?.test(text.slice(span.start, span.end))) return false;
  const units = unitsOf(text, span, series);
  return units > 0 && units <= maxUnits;
}

/** Words in a language written with spaces, characters in one written without. */
function unitsOf(text: string, span: Span, series: SeriesRules): number {
  const body = text.slice(span.start, span.end).trim();
  if (!series.spaced) return [...body].length;
  let words = 0;
  eachMatch(WORD, body, () => words++);
  return words;
}

/** Where the last `units` words (or characters) of a span begin. */
function tailStart(text: string, span: Span, units: number, series: SeriesRules): number {
  let end = span.end;
  while (end > span.start && SPACE.test(text[end - 1]!)) end--;
  if (!series.spaced) {
    // Characters, but not into a Latin word or a number written inside the Chinese ("AI产业").
    let start = Math.max(span.start, end - units);
    while (start < end && LATIN_OR_DIGIT.test(text[start]!) && start > span.start && WORD_CHAR.test(text[start - 1]!)) start++;
    return start;
  }
  let start = end;
  for (let word = 0; word < units && start > span.start; word++) {
    while (start > span.start && !SPACE.test(text[start - 1]!)) start--;
    if (word < units - 1) while (start > span.start && SPACE.test(text[start - 1]!)) start--;
  }
  return start;
}
