import { isDigit } from './text.js';

export interface ArabicNumber {
  value: number;
  /** 10^-decimals: the unit of the last digit written. */
  step: number;
  end: number;
}

/** Characters that may group thousands in any language; a plain space only where the language says so. */
const GROUPING_SPACES = new Set(["'", '’', '\u00a0', '\u202f', '\u2009']);

/**
 * Reads digits with separators from `start`: `1,234.5`, `1.234,5`, `1 234,5`, `1'234.5`.
 * A lone separator before exactly three digits is ambiguous (`1,500`, `1.500`) and follows
 * the language's decimal separator; before more or fewer digits it is a decimal point where
 * the language allows one there, else the number ends (English `1,5` is two numbers).
 */
export function readArabic(text: string, start: number, decimalComma: boolean, spaceGrouping: boolean): ArabicNumber {
  const groups: string[] = [];
  const separators: string[] = [];
  let at = readDigits(text, start, groups);
  let marked = false;
  // The index of the first group that breaks grouping by thousands (a first group of more than
  // three digits, a later one of other than three), or -1.
  let broken = groups[0]!.length > 3 ? 1 : -1;
  // interpret uses no group past `broken`, and the group after it settles the reading (two
  // marks: neither is a lone ambiguous one), so reading on could not change the result; it
  // would only make "1,1,1,…" quadratic, read again from every digit.
  while (at < text.length && (broken < 0 || groups.length <= broken + 1)) {
    const separator = text[at]!;
    const isSpace = GROUPING_SPACES.has(separator) || (spaceGrouping && separator === ' ');
    if (separator !== '.' && separator !== ',' && !isSpace) break;
    if (!isDigit(text[at + 1])) break;
    const next: string[] = [];
    const end = readDigits(text, at + 1, next);
    // A space or apostrophe groups only a full group of three after a short first group.
    if (isSpace && (next[0]!.length !== 3 || groups[0]!.length > 3 || marked)) break;
    if (broken < 0 && next[0]!.length !== 3) broken = groups.length;
    groups.push(next[0]!);
    separators.push(isSpace ? ' ' : separator);
    marked ||= !isSpace;
    at = end;
  }
  return interpret(groups, separators, start, decimalComma);
}

function readDigits(text: string, start: number, into: string[]): number {
  let at = start;
  while (isDigit(text[at])) at++;
  into.push(text.slice(start, at));
  return at;
}

function interpret(groups: string[], separators: string[], start: number, decimalComma: boolean): ArabicNumber {
  const localeDecimal = decimalComma ? ',' : '.';
  const marks = separators.filter((s) => s === '.' || s === ',');
  const lastMark = marks.at(-1);
  let decimalAt = -1;
  if (lastMark !== undefined) {
    const lastIndex = separators.lastIndexOf(lastMark);
    const mixed = marks.some((mark) => mark !== lastMark);
    const repeated = marks.filter((mark) => mark === lastMark).length > 1;
    const fullGroup = groups[lastIndex + 1]!.length === 3 && groups[0]!.length <= 3 && groups[0] !== '0';
    if (mixed) decimalAt = lastIndex;
    else if (repeated) decimalAt = -1;
    else if (fullGroup) decimalAt = lastMark === localeDecimal ? lastIndex : -1;
    else decimalAt = lastMark === '.' || lastMark === localeDecimal ? lastIndex : -2;
  }
  // Keep the longest prefix that is well formed: groups of three before the decimal mark.
  let used = groups.length;
  if (decimalAt === -2) used = separators.indexOf(lastMark!) + 1;
  for (let index = 0; index < used - 1; index++) {
    if (index === decimalAt) {
      used = index + 2;
      break;
    }
    const isGroupingOk = groups[index + 1]!.length === 3 && groups[0]!.length <= 3;
    if (!isGroupingOk) {
      used = index + 1;
      break;
    }
  }
  let integer = '';
  let fraction = '';
  for (let index = 0; index < used; index++) {
    if (decimalAt >= 0 && index === decimalAt + 1) fraction = groups[index]!;
    else integer += groups[index];
  }
  const end = start + groups.slice(0, used).reduce((sum, group) => sum + group.length, 0) + (used - 1);
  return {
    value: Number(fraction ? `${integer}.${fraction}` : integer),
    step: 10 ** -fraction.length,
    end,
  };
}
