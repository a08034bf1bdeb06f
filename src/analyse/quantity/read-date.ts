// Dates that are not a number with a date marker (2025 年 reads as a number): ISO forms and month names.
import { dateDraft, type Draft } from './draft.js';
import { lookup, type Lexicon } from './lexicon.js';
import { matchAt } from './text.js';

const ISO_DATE = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])|(\d{4})-(\d{2})(?![\d-])/y;

/** 2025-02-18, 2025/2/18, 2025.02.18 and 2025-02. */
export function readIsoDate(text: string, at: number): Draft | undefined {
  const match = matchAt(ISO_DATE, text, at);
  if (!match) return undefined;
  const year = Number(match[1] ?? match[5]);
  const month = Number(match[3] ?? match[6]);
  const day = match[4] === undefined ? undefined : Number(match[4]);
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return undefined;
  return dateDraft({ year, month, ...(day === undefined ? {} : { day }) }, at, at + match[0].length);
}

const DAY_MONTH_YEAR = /(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\d]|[.,]\d)/y;

/** 04/04/2310, 18.06.2026: day, month and year, where the language writes them in that order. */
export function readDayMonthYear(text: string, at: number, lexicon: Lexicon): Draft | undefined {
  if (lexicon.dateOrder !== 'dmy') return undefined;
  const match = matchAt(DAY_MONTH_YEAR, text, at);
  if (!match) return undefined;
  const day = Number(match[1]);
  const month = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return dateDraft({ year: Number(match[4]), month, day }, at, at + match[0].length);
}

/** A month name; the day and year next to it join it later (see combine). */
export function readMonth(text: string, at: number, lexicon: Lexicon): Draft | undefined {
  if (!lexicon.months.size) return undefined;
  const match = matchAt(lexicon.re.month, text, at);
  if (!match) return undefined;
  const draft = dateDraft({ month: lookup(lexicon.months, match[1]!)! }, at, at + match[0].length);
  // "May" starting a sentence is a verb; "in May" is the month.
  const afterLowerCase = /\p{Ll}[ \u00a0]+$/u.test(text.slice(Math.max(0, at - 3), at));
  // A month name that is the whole text is a month (a calendar's label), not a verb.
  if (lexicon.ambiguousMonths.has(match[1]!) && !afterLowerCase && !alone(text, at, at + match[0].length)) draft.needsNeighbour = true;
  return draft;
}

function alone(text: string, start: number, end: number): boolean {
  return /^[\s\p{P}]*$/u.test(text.slice(0, start)) && /^[\s\p{P}]*$/u.test(text.slice(end));
}
