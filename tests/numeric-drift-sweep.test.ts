// numeric-drift on the sweep of realistic pairs (numeric-drift-sweep.cases.ts): every faithful
// translation gives no finding, every drifted one gives one. Precision and recall over the
// whole table are stated, and held at least where they stand.
import { describe, expect, it } from 'vitest';
import { SWEEP } from './numeric-drift-sweep.cases.js';
import { checkDrift, linePair } from './support/numeric-drift.js';

const flagged = (sourceLang: string, targetLang: string, source: string, target: string) =>
  checkDrift(linePair(source, target, sourceLang, targetLang)).length > 0;

/** Targets the rule still gets wrong, with why. */
const KNOWN_GAPS = new Map<string, string>([]);

describe('numeric-drift sweep', () => {
  for (const [sourceLang, targetLang, source, faithful, drifted, what] of SWEEP) {
    const label = `${sourceLang}→${targetLang} ${source}`;
    (KNOWN_GAPS.has(faithful) ? it.fails : it)(`silent: ${label} = ${faithful}`, () => {
      expect(flagged(sourceLang, targetLang, source, faithful)).toBe(false);
    });
    if (drifted === null) continue;
    (KNOWN_GAPS.has(drifted) ? it.fails : it)(`${what}: ${label} ≠ ${drifted}`, () => {
      expect(flagged(sourceLang, targetLang, source, drifted)).toBe(true);
    });
  }

  it('states precision and recall over the table', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const [sourceLang, targetLang, source, faithful, drifted] of SWEEP) {
      if (flagged(sourceLang, targetLang, source, faithful)) falsePositives++;
      if (drifted === null) continue;
      if (flagged(sourceLang, targetLang, source, drifted)) truePositives++;
      else falseNegatives++;
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    const pairs = SWEEP.length + SWEEP.filter((row) => row[4] !== null).length;
    console.log(`sweep: ${pairs} pairs, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (TP ${truePositives}, FP ${falsePositives}, FN ${falseNegatives})`);
    expect(pairs).toBeGreaterThanOrEqual(120);
    // Measured before the fixes that came with this table: precision 0.915, recall 0.896 (8 false alarms, 10 misses).
    expect(precision).toBeGreaterThanOrEqual(0.99);
    expect(recall).toBeGreaterThanOrEqual(0.99);
  });
});
