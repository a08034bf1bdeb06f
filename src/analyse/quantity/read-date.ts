// Dates that are not a number with a date marker (2025 年 reads as a number): ISO forms and month names.
import { dateDraft, type Draft } from './draft.js';
import { lookup, type Lexicon } from './lexicon.js';
import { matchAt } from './text.js';

const ISO_DATE = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d|\.\d)|(\d{4})-(\d{2})(?![\d-])/y;

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

const NUMERIC_DATE = /(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[.,]\d)/y;

/** Two-digit years: 12/31/99, 31.12.99 (as POSIX reads them: 69 to 99 are 1969 to 1999, the rest 2000 to 2068). */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year >= 69 ? 1900 + year : 2000 + year;
}

/**
 * Whether a short year may end the date: after slashes (12/31/99); after dots only where dates are
 * written day first (31.12.99: 2.6.32 in English is a version). Hyphens take four-digit years only
 * (31-12-1999), as 10-12-15 may be a list.
 */
function shortYearFits(separator: string, lexicon: Lexicon): boolean {
  return separator === '/' || (separator === '.' && lexicon.dateOrder === 'dmy');
}

/**
 * 04/04/2310, 18.06.2026, 2/3/2025, 12/31/99, 31-12-1999: a day, a month and a year. Languages that write the day first
 * read it so; elsewhere (English is written both ways) a part over 12 is the day, and when both
 * could be the month the date keeps both readings, month first.
 */
export function readNumericDate(text: string, at: number, lexicon: Lexicon): Draft | undefined {
  const match = matchAt(NUMERIC_DATE, text, at);
  if (!match) return undefined;
  if (match[4]!.length === 2 && !shortYearFits(match[2]!, lexicon)) return undefined;
  const [first, second, year] = [Number(match[1]), Number(match[3]), fullYear(match[4]!)];
  const dayFirst = lexicon.dateOrder === 'dmy' || first > 12;
  const [day, month] = dayFirst ? [first, second] : [second, first];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const draft = dateDraft({ year, month, day }, at, at + match[0].length);
  if (!dayFirst && day <= 12 && day !== month) draft.otherDate = { year, month: day, day: month };
  return draft;
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
