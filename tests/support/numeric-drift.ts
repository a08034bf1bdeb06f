// Shared by the numeric-drift table tests: run the rule on one pair, and state its finding
// as the tables do (kind and the texts of the quantities in each list).
import { expect } from 'vitest';
import { LengthModel } from '../../src/analyse/length-model.js';
import rule from '../../src/check/numeric-drift.js';
import type { PairScratch, RuleResult } from '../../src/check/rule.js';
import type { Quantity, SegmentPair } from '../../src/model.js';
import type { SweepRow } from '../numeric-drift-sweep.cases.js';

const lengths = new LengthModel({ ratio: 1, spread: 0.2, weight: 5, noise: 6.8, minChars: 40 });

export function checkDrift(pair: SegmentPair, scratch?: PairScratch, options = rule.meta.defaultOptions): RuleResult[] {
  scratch ??= { claimedQuantities: { source: new Set(), target: new Set() } };
  return rule.checkPair!(pair, { options, lengths, scratch, state: undefined });
}

/** A one-line source (line 1) and target (line 2). */
export function linePair(source: string, target: string, sourceLang: string, targetLang: string, id = 'p1', input = 'test'): SegmentPair {
  const segment = (text: string, line: number) => ({ line, text, parts: [{ line, text }] });
  return { id, input, sourceLang, targetLang, source: segment(source, 1), target: segment(target, 2) };
}

export interface Drift {
  kind: 'mismatch' | 'missing';
  mismatched?: [string, string][];
  missingInTarget?: string[];
  missingInSource?: string[];
}

/** The pair's one finding as the tables state it, or undefined when there is none. */
export function driftOf(results: RuleResult[]): Drift | undefined {
  if (!results.length) return undefined;
  expect(results).toHaveLength(1);
  const [result] = results;
  const details = result!.details as { mismatched: { source: Quantity; target: Quantity }[]; missingInTarget: Quantity[]; missingInSource: Quantity[] };
  const drift: Drift = { kind: result!.kind as Drift['kind'] };
  if (details.mismatched.length) drift.mismatched = details.mismatched.map((entry) => [entry.source.text, entry.target.text]);
  if (details.missingInTarget.length) drift.missingInTarget = details.missingInTarget.map((quantity) => quantity.text);
  if (details.missingInSource.length) drift.missingInSource = details.missingInSource.map((quantity) => quantity.text);
  return drift;
}

/** Whether the rule reports anything on one pair of a table. */
export const flagged = (sourceLang: string, targetLang: string, source: string, target: string): boolean =>
  checkDrift(linePair(source, target, sourceLang, targetLang)).length > 0;

/** The rule over a table of faithful and drifted translations: its errors, precision and recall. */
export function measure(rows: readonly SweepRow[]) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const [sourceLang, targetLang, source, faithful, drifted] of rows) {
    if (flagged(sourceLang, targetLang, source, faithful)) falsePositives++;
    if (drifted === null) continue;
    if (flagged(sourceLang, targetLang, source, drifted)) truePositives++;
    else falseNegatives++;
  }
  const pairs = rows.length + rows.filter((row) => row[4] !== null).length;
  return { pairs, falsePositives, falseNegatives, precision: truePositives / (truePositives + falsePositives), recall: truePositives / (truePositives + falseNegatives) };
}
