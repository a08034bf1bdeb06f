// When two quantities say the same thing, and how alike two different ones are.
import type { DateParts, ExtractedQuantity, Reading } from './types.js';
import { dimensionOf, toBase, unitsCompatible } from './units.js';

/**
 * Whether two quantities state the same thing. Numbers agree within half the step of the
 * less precise side (`530 亿` = `53 billion`, `14 亿` = `1.4 billion`, not `1.5 billion`);
 * approximate round numbers are read as rounded to two significant digits (`约 56 万` =
 * `about 558,000`); vague amounts and ranges agree when their intervals overlap; explicit
 * ranges when both ends agree; dates when every part both state agrees (a date of one part
 * also agrees with the bare number: `2000 年` = `2000`).
 */
export function sameQuantity(a: ExtractedQuantity, b: ExtractedQuantity): boolean {
  if (a.weak || b.weak) return false;
  if (a.kind === 'date' || b.kind === 'date') return sameDate(a, b);
  if (a.kind === 'ordinal' || b.kind === 'ordinal') {
    if (a.value !== b.value) return adjacentFloors(a, b);
    if (a.kind === b.kind) return a.unit === undefined || b.unit === undefined || a.unit === b.unit;
    // 二代 against second-generation, 12 楼 against 12th floor: a count word may stand for the position.
    const [ordinal, other] = a.kind === 'ordinal' ? [a, b] : [b, a];
    return other.kind === 'number' && (other.unit === undefined || other.unit === ordinal.unit);
  }
  if (a.kind === 'time' || b.kind === 'time') return a.kind === b.kind ? a.value === b.value : fullHour(a, b) || sameClockReading(a, b);
  return readingsOf(a).some((left) => readingsOf(b).some((right) => sameAmount(a, left, b, right)));
}

/**
 * Floors one apart are one floor: the US and East Asia count the ground floor as the first,
 * Britain and the Continent as zero (the 2nd floor in New York is the 1er étage in Paris),
 * and a text seldom says which convention it follows.
 */
function adjacentFloors(a: ExtractedQuantity, b: ExtractedQuantity): boolean {
  return a.unit === 'floor' && b.unit === 'floor' && Math.abs(a.value - b.value) === 1;
}

/** 9:00 against 9 時, 9 Uhr, 9 h, 8 p.m. against 8 点: a time on the full hour and the bare hour. */
function fullHour(a: ExtractedQuantity, b: ExtractedQuantity): boolean {
  const [time, other] = a.kind === 'time' ? [a, b] : [b, a];
  if (other.kind !== 'number' || (other.unit !== undefined && other.unit !== 'hour') || other.approx) return false;
  // A bare hour may count on a 12-hour clock (晚上 8 点, 8 Uhr abends: 20:00).
  const hour = other.value;
  return Number.isInteger(hour) && hour >= 0 && hour <= 24 && (time.value === hour * 100 || (hour >= 1 && hour <= 12 && time.value === (hour + 12) * 100));
}

/**
 * A time written as hours and minutes against the same reading in another form: a duration
 * (le film dure 1 h 38: 98 minutes) or hh.mm read as a decimal (alle 9.30, om 18.00 uur).
 */
function sameClockReading(a: ExtractedQuantity, b: ExtractedQuantity): boolean {
  const [time, other] = a.kind === 'time' ? [a, b] : [b, a];
  if (other.kind !== 'number' || other.approx) return false;
  const hours = Math.floor(time.value / 100);
  const minutes = time.value % 100;
  if (other.unit === 'minute') return other.value === hours * 60 + minutes;
  return other.unit === undefined && other.step === 0.01 && Math.round(other.value * 100) === time.value;
}

function sameDate(a: ExtractedQuantity, b: ExtractedQuantity): boolean {
  if (isDecade(a) || isDecade(b)) {
    const [decade, other] = isDecade(a) ? [a, b] : [b, a];
    if (other.kind === 'ordinal' && other.unit === 'century') return inCentury(decade.value, other.value);
    return isDecade(other) && sameDecade(a.value, b.value);
  }
  if (a.kind !== 'date') return sameDate(b, a);
  const parts = a.date ?? {};
  if (b.kind !== 'date') {
    // 2000 年 against 2000, 7 日 against 7: a date of one part against the bare number.
    const stated = [parts.year, parts.month, parts.day].filter((part) => part !== undefined);
    // 30 日内 against within 30 days: a day of the month alone may be a number of days (日 is both).
    const unit = b.unit === undefined || b.unit === 'year' || (b.unit === 'day' && parts.day !== undefined && stated.length === 1);
    return stated.length === 1 && b.kind === 'number' && unit && b.value === stated[0];
  }
  return readingsOfDate(a).some((one) => readingsOfDate(b).some((other) => sameParts(one, other)));
}

/** A date's readings: its parts, and the other order of an ambiguous numeric date. */
function readingsOfDate(quantity: ExtractedQuantity): DateParts[] {
  const parts = quantity.date ?? {};
  return quantity.otherDate ? [parts, quantity.otherDate] : [parts];
}

/** Every part both state agrees, and they state one at least. */
function sameParts(parts: DateParts, other: DateParts): boolean {
  let shared = 0;
  for (const part of ['year', 'month', 'day'] as const) {
    if (parts[part] === undefined || other[part] === undefined) continue;
    if (parts[part] !== other[part]) return false;
    shared++;
  }
  return shared > 0;
}

function isDecade(quantity: ExtractedQuantity): boolean {
  return quantity.kind === 'date' && quantity.unit === 'decade';
}

/** 1990 and 90: a decade whose century one side leaves unsaid (90 年代, the nineties) is any century's. */
function sameDecade(a: number, b: number): boolean {
  return a === b || (Math.min(a, b) < 100 && a % 100 === b % 100);
}

/** The early 2000s against 21 世纪初: a decade the century holds (the 2000s in the 21st, counted from 2000). */
function inCentury(decade: number, century: number): boolean {
  return decade >= 1000 && Math.floor(decade / 100) + 1 === century;
}

function readingsOf(quantity: ExtractedQuantity): Reading[] {
  const own: Reading = { value: quantity.value, step: quantity.step };
  if (quantity.unit !== undefined) own.unit = quantity.unit;
  return quantity.alternatives ? [own, ...quantity.alternatives] : [own];
}

function sameAmount(a: ExtractedQuantity, left: Reading, b: ExtractedQuantity, right: Reading): boolean {
  if (!unitsCompatible(left.unit, right.unit)) return false;
  // Units convert only when both sides state one: `3800 亿元` against `380 billion` compares as written.
  const convert = left.unit !== undefined && right.unit !== undefined;
  const scaleOf = (reading: Reading) => (convert ? toBase(1, reading.unit) : 1);
  const leftScale = scaleOf(left);
  const rightScale = scaleOf(right);
  if (a.kind === 'range' && b.kind === 'range') {
    return a.ends !== undefined && b.ends !== undefined && sameQuantity(a.ends[0], b.ends[0]) && sameQuantity(a.ends[1], b.ends[1]);
  }
  if (a.kind === 'vague' || b.kind === 'vague' || a.kind === 'range' || b.kind === 'range') {
    if (a.kind !== 'vague' && b.kind !== 'vague') return false; // a range against one number: not the same
    const [lowA, highA] = interval(a, left, leftScale);
    const [lowB, highB] = interval(b, right, rightScale);
    // One number against a vague amount: the number itself must lie in it (30 is not 二十多, 20 to 30).
    if (a.kind !== 'vague' && a.kind !== 'range') return within(left.value * leftScale, lowB, highB);
    if (b.kind !== 'vague' && b.kind !== 'range') return within(right.value * rightScale, lowA, highA);
    return lowA < highB && lowB < highA;
  }
  const step = Math.max(stepOf(a, left) * leftScale, stepOf(b, right) * rightScale);
  return close(left.value * leftScale, right.value * rightScale, step);
}

/** The values a quantity allows, half-open: [min, max) for vague amounts, the rounding interval for numbers. */
function interval(quantity: ExtractedQuantity, reading: Reading, scale: number): [number, number] {
  if (quantity.min !== undefined && quantity.max !== undefined) return [quantity.min * scale, quantity.max * scale];
  const half = (stepOf(quantity, reading) * scale) / 2;
  return [reading.value * scale - half, reading.value * scale + half];
}

/** Whether a value lies in [low, high), allowing for floating-point error at both ends. */
function within(value: number, low: number, high: number): boolean {
  const slack = 1e-9 * Math.max(Math.abs(low), Math.abs(high));
  return value >= low - slack && value < high - slack;
}

function close(a: number, b: number, step: number): boolean {
  const difference = Math.abs(a - b);
  return difference <= 1e-12 * Math.max(Math.abs(a), Math.abs(b)) || difference < (step / 2) * (1 - 1e-9);
}

/**
 * The rounding a quantity's text allows. An approximate number ending in zeros is taken as
 * rounded to two significant digits (`about 560,000` is 560,000 give or take 5,000).
 */
function stepOf(quantity: ExtractedQuantity, reading: Reading): number {
  let step = reading.step;
  const size = Math.abs(reading.value);
  if (!quantity.approx || size === 0 || step <= 0) return step;
  const coarsest = 10 ** (Math.floor(Math.log10(size)) - 1);
  let units = Math.round(size / step);
  while (units > 0 && units % 10 === 0 && step * 10 <= coarsest * (1 + 1e-9)) {
    units /= 10;
    step *= 10;
  }
  return step;
}

/** What a quantity measures, for deciding whether two different ones are one quantity changed. */
function familyOf(quantity: ExtractedQuantity): string {
  if (quantity.kind === 'date' || quantity.kind === 'time' || quantity.kind === 'ordinal') return quantity.kind;
  return dimensionOf(quantity.unit) ?? 'amount';
}

/** Families a bare number (family `amount`) is not compared with, except a year with a date. */
const POSITIONS = new Set(['time', 'ordinal']);
/** Different measures that translations confuse: percent and percentage points. */
const CONFUSED = new Set(['ratio|percentage-point', 'percentage-point|ratio']);

/** Whether two quantities measure the same kind of thing, so that one may be the other changed. */
function comparable(a: ExtractedQuantity, b: ExtractedQuantity): boolean {
  const one = familyOf(a);
  const other = familyOf(b);
  if (one === other || CONFUSED.has(`${one}|${other}`)) return true;
  if (one === 'amount') return !POSITIONS.has(other);
  if (other === 'amount') return !POSITIONS.has(one);
  return false;
}

/**
 * How likely an unmatched source quantity and an unmatched target quantity are one quantity
 * that changed in translation, or undefined when nothing suggests it: they must measure the
 * same kind of thing, and share a unit or kind, or differ the way drifts do (a power of ten,
 * transposed digits, a small change).
 */
export function driftLikeness(a: ExtractedQuantity, b: ExtractedQuantity): number | undefined {
  if (!comparable(a, b)) return undefined;
  const relation = valueRelation(a.value, b.value);
  // A year is no changed count (2025 against 3000 people), unless the digits say so (1002 against 2001).
  if (yearLike(a) !== yearLike(b) && relation !== 'digits' && relation !== 'scale') return undefined;
  let score = 0;
  if (a.unit !== undefined && a.unit === b.unit) score += 3;
  else if (familyOf(a) === familyOf(b) && familyOf(a) !== 'amount') score += 2;
  if (a.kind === b.kind && a.kind !== 'number') score += 2;
  if (relation === 'scale' || relation === 'digits') score += 3;
  else if (relation === 'close') score += 2;
  else if (relation === 'near') score += 1;
  return score >= 2 ? score : undefined;
}

/** A date, or a bare whole number that reads as a year. */
function yearLike(quantity: ExtractedQuantity): boolean {
  if (quantity.kind === 'date') return true;
  const { value } = quantity;
  return quantity.kind === 'number' && quantity.unit === undefined && !quantity.scale && Number.isInteger(value) && value >= 1800 && value < 2200;
}

export type ValueRelation = 'scale' | 'digits' | 'close' | 'near' | 'far';

/** How two values differ: by a power of ten, by transposed digits, by under half, by under three times, or more. */
export function valueRelation(a: number, b: number): ValueRelation {
  if (a === 0 || b === 0) return 'far';
  const exponent = Math.log10(Math.abs(b / a));
  if (Math.abs(exponent) >= 0.5 && Math.abs(exponent - Math.round(exponent)) < 1e-9) return 'scale';
  if (a !== b && sortedDigits(a) === sortedDigits(b)) return 'digits';
  const ratio = Math.max(Math.abs(a), Math.abs(b)) / Math.min(Math.abs(a), Math.abs(b));
  if (ratio < 1.5) return 'close';
  if (ratio < 3) return 'near';
  return 'far';
}

function sortedDigits(value: number): string {
  return String(Math.abs(value)).replace(/\D|^0+/g, '').split('').sort().join('');
}
