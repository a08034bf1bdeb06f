// Quantities and their drift in words, for finding messages.
import { valueRelation } from './compare.js';
import { dimensionOf, toBase, unitsCompatible } from './units.js';
import type { ExtractedQuantity } from './types.js';

const MAX_DECIMALS = 4;

/**
 * English digit grouping and at most four decimals, rounded half up from the shortest decimal
 * form, as `Intl.NumberFormat('en-US')` writes them, without creating a formatter (ICU's
 * number data costs a cold start 10 ms). Never `-0`.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) < 5e-5) return '0';
  const [whole, fraction = ''] = plainDecimal(Math.abs(value)).split('.') as [string, string?];
  let digits = whole + fraction.slice(0, MAX_DECIMALS).padEnd(MAX_DECIMALS, '0');
  if ((fraction[MAX_DECIMALS] ?? '0') >= '5') digits = (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
  const integer = digits.slice(0, -MAX_DECIMALS) || '0';
  const decimals = digits.slice(-MAX_DECIMALS).replace(/0+$/u, '');
  const sign = value < 0 && (integer !== '0' || decimals) ? '-' : '';
  return `${sign}${integer.replace(/\B(?=(\d{3})+$)/gu, ',')}${decimals ? `.${decimals}` : ''}`;
}

/** A number's shortest decimal form without an exponent: `1e+21` is `1000000000000000000000`. */
function plainDecimal(value: number): string {
  const text = String(value);
  const exponent = /^(\d)(?:\.(\d+))?e\+(\d+)$/u.exec(text);
  if (!exponent) return text;
  const [, first, rest = '', power] = exponent;
  return (first! + rest).padEnd(Number(power) + 1, '0');
}

/** `10 亿` (1,000,000,000), `250 亿美元` (about 25,000,000,000 USD) after 约, `上千亿` (100,000,000,000 to 1,000,000,000,000). */
export function describeQuantity(quantity: ExtractedQuantity): string {
  return `\`${quantity.text}\` (${normalForm(quantity)})`;
}

function normalForm(quantity: ExtractedQuantity): string {
  const { kind, value, unit } = quantity;
  if (kind === 'date') return unit === 'decade' ? decadeName(value) : isoDate(quantity);
  if (kind === 'time') return `${Math.floor(value / 100)}:${String(value % 100).padStart(2, '0')}`;
  if (kind === 'ordinal') return `${ordinalWord(value)}${unit ? ` ${unit}` : ''}`;
  const amount =
    quantity.min !== undefined && quantity.max !== undefined
      ? `${formatNumber(quantity.min)} to ${formatNumber(quantity.max)}`
      : formatNumber(value);
  const unitText = unit === undefined || unit === 'fraction' ? '' : unit === '%' ? ' %' : ` ${unit}`;
  return `${quantity.approx ? 'about ' : ''}${amount}${unitText}`;
}

/** the 1990s; the '90s when the century is left unsaid. */
function decadeName(value: number): string {
  return value < 100 ? `the '${String(value).padStart(2, '0')}s` : `the ${value}s`;
}

function isoDate(quantity: ExtractedQuantity): string {
  const { year, month, day } = quantity.date ?? {};
  const two = (part: number) => String(part).padStart(2, '0');
  if (year !== undefined) return [String(year), month && two(month), month && day && two(day)].filter(Boolean).join('-');
  return `--${month ? two(month) : '--'}${day ? `-${two(day)}` : ''}`;
}

function ordinalWord(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}`;
}

/** Why a target quantity is not its source: "10 times larger, a 亿/billion confusion?", "unit differs: USD against EUR". */
export function explainDrift(source: ExtractedQuantity, target: ExtractedQuantity): string {
  if (source.unit === 'decade' && target.unit === 'decade') return 'a different decade';
  if (source.kind === 'date' || target.kind === 'date') return 'a different date';
  if (source.kind === 'ordinal' || target.kind === 'ordinal') return 'a different position in a series';
  const units = source.unit !== undefined && target.unit !== undefined;
  if (units && !unitsCompatible(source.unit, target.unit)) {
    const sameDimension = dimensionOf(source.unit) === dimensionOf(target.unit);
    if (source.unit === 'pp' || target.unit === 'pp') return 'percent against percentage points: not the same measure';
    return `the unit differs (${source.unit} against ${target.unit})${sameDimension ? '' : ', a different measure'}`;
  }
  const scale = (quantity: ExtractedQuantity) => (units ? toBase(1, quantity.unit) : 1);
  const from = centre(source) * scale(source);
  const to = centre(target) * scale(target);
  if (source.kind === 'vague' || target.kind === 'vague' || source.kind === 'range' || target.kind === 'range') {
    return `the amounts do not overlap; the target is ${timesWord(from, to)}`;
  }
  const relation = valueRelation(from, to);
  if (relation === 'scale') return `${timesWord(from, to)}, ${scaleHint(source, target)}`;
  if (relation === 'digits') return 'the same digits in another order: transposed?';
  const change = ((to - from) / Math.abs(from)) * 100;
  return `${formatNumber(Math.abs(Math.round(change * 10) / 10))}% ${change > 0 ? 'larger' : 'smaller'}`;
}

/** The middle of a quantity on a log scale: vague amounts span orders of magnitude. */
function centre(quantity: ExtractedQuantity): number {
  if (quantity.min !== undefined && quantity.max !== undefined && quantity.min > 0) return Math.sqrt(quantity.min * quantity.max);
  return quantity.value;
}

function timesWord(from: number, to: number): string {
  if (from === 0 || to === 0) return 'a different amount';
  const ratio = to / from;
  const times = ratio >= 1 ? ratio : 1 / ratio;
  const shown = times >= 10 ? Math.round(times) : Math.round(times * 10) / 10;
  const exact = Math.abs(times - shown) < 1e-9 * times;
  return `${exact ? '' : 'about '}${formatNumber(shown)} times ${ratio >= 1 ? 'larger' : 'smaller'}`;
}

function scaleHint(source: ExtractedQuantity, target: ExtractedQuantity): string {
  const [from, to] = [source.scale, target.scale];
  if (from && to && from.factor !== to.factor) return `a ${from.word}/${to.word} confusion?`;
  if (!from !== !to) return `a scale error with ${(from ?? to)!.word}?`;
  return 'a misplaced decimal point or a zero too many or too few?';
}
