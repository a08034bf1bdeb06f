import type { Quantity } from '../../model.js';

/**
 * What a quantity is. `position` (第一层, Layer 1) and `identifier` (Qwen2.5, GPT-4) are
 * labels rather than amounts: they come back `weak` and are never reported.
 */
export type QuantityKind =
  | 'number'
  | 'percent'
  | 'fraction'
  | 'multiple'
  | 'date'
  | 'time'
  | 'ordinal'
  | 'range'
  | 'vague'
  | 'position'
  | 'identifier';

/** The parts of a calendar date that the text states. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

/** One way to read an ambiguous quantity (`100m`: 100 million, or 100 metres). */
export interface Reading {
  value: number;
  unit?: string;
  step: number;
}

/**
 * A quantity found in a segment. `value`, `unit`, `approx`, `min` and `max` follow the
 * report contract; the rest serves matching and explaining.
 *
 * Dates pack their parts into `value` as yyyymmdd with absent parts 0 (`2025 年 2 月` is
 * 20250200, `June 18` is 618); a year alone is just the year (`2000 年` is 2000).
 */
export interface ExtractedQuantity extends Quantity {
  kind: QuantityKind;
  /** UTF-16 offsets of `text` in the segment text. */
  start: number;
  end: number;
  /**
   * The unit of the last digit the text writes, in the quantity's unit: `530 亿` 1e8,
   * `1.4 billion` 1e8, `3800` 1. Matching allows half of the coarser side's step.
   */
  step: number;
  /**
   * Never reported; only excuses an equal quantity on the other side. List positions
   * (第一层, Layer 1), digits inside names (Qwen2.5, GPT-4), a bare "one" or 一 used as an article.
   */
  weak?: true;
  /**
   * A weak position in a series stated on its own (third, 第三, 21st, zweite, Article 12): never
   * missing, but two that differ on the two sides are one position changed (second against 第三).
   */
  rank?: true;
  /** The scale word that multiplied the leading digits (亿, billion, Milliarde), to explain scale confusions. */
  scale?: { word: string; factor: number };
  date?: DateParts;
  /** The other reading of a numeric date whose day and month may be either (2/3/2025 in English). */
  otherDate?: DateParts;
  /** A range's two ends, as written. */
  ends?: [ExtractedQuantity, ExtractedQuantity];
  /** Other plausible readings of ambiguous text. */
  alternatives?: Reading[];
}
