// Fuzzing the engine: random pairs and unpaired blocks of hostile text, in random
// languages, audited with every rule on. Properties: nothing throws, no item takes longer
// than TIME_BOUND_MS, and every finding points at a line of the segment it is about.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditItems, emptySummary } from '../src/audit.js';
import { RULES } from '../src/check/index.js';
import type { AuditItem, Finding, Segment } from '../src/model.js';
import { allRulesPack } from './bad-inputs/all-rules.js';
import { hostileText, language, withinBoundAsync } from './bad-inputs/hostile-text.js';
import { itemsOf, segment } from './support/audit.js';

const pack = allRulesPack();
/** Some suppressions, known and unknown, for the suppression rule to judge. */
const SUPPRESSIONS = [[], [], ['*'], ['numeric-drift'], ['no-such-rule', 'omission']];

/** A segment of hostile text starting at a random line. */
const segmentArb = fc.tuple(hostileText(600), fc.integer({ min: 1, max: 10_000 })).map(([text, line]) => segment(text, line));

const pairArb = fc
  .record({ source: segmentArb, target: segmentArb, sourceLang: language, targetLang: language, suppressed: fc.constantFrom(...SUPPRESSIONS) })
  .map(({ suppressed, ...sides }): AuditItem => ({ kind: 'pair', pair: { id: 'p', input: 'fuzz', ...sides, ...(suppressed.length ? { suppressed } : {}) } }));
const unpairedArb = fc
  .record({ segment: segmentArb, lang: language, side: fc.constantFrom('source' as const, 'target' as const) })
  .map((unpaired): AuditItem => ({ kind: 'unpaired', unpaired: { input: 'fuzz', ...unpaired } }));
const itemArb = fc.oneof({ weight: 4, arbitrary: pairArb }, { weight: 1, arbitrary: unpairedArb });

/** Lines a segment covers: from its first line, one per part. */
function linesOf(segment: Segment): [number, number] {
  return [segment.line, Math.max(segment.line, ...segment.parts.map((part) => part.line))];
}

function expectOnItem(finding: Finding, item: AuditItem): void {
  const sides = item.kind === 'pair' ? { source: item.pair.source, target: item.pair.target } : { [item.unpaired.side]: item.unpaired.segment };
  for (const side of ['source', 'target'] as const) {
    const place = finding[side];
    if (!place) continue;
    const segment = sides[side];
    expect(segment, `${finding.ruleId} points at a ${side} the item does not have`).toBeDefined();
    const [first, last] = linesOf(segment!);
    expect(place.line, finding.ruleId).toBeGreaterThanOrEqual(first);
    expect(place.line, finding.ruleId).toBeLessThanOrEqual(last);
  }
}

describe('the engine with every rule on', () => {
  it('turns every rule on', () => {
    expect([...pack.rules.keys()].sort()).toEqual(RULES.map((rule) => rule.meta.id).sort());
  });

  it('audits random items: no exception, bounded time per item, every finding on a line of its item', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(itemArb, { minLength: 1, maxLength: 6 }), async (items) => {
        // Each item alone, so that the time bound is per item and findings map to it.
        for (const [index, item] of items.entries()) {
          const findings: Finding[] = [];
          await withinBoundAsync(`item ${index}`, async () => {
            for await (const finding of auditItems(itemsOf([item]), pack, emptySummary())) findings.push(finding);
          });
          for (const finding of findings) expectOnItem(finding, item);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('audits a run of random items together (cross-pair rules, document statistics)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(itemArb, { minLength: 2, maxLength: 12 }), async (items) => {
        const summary = emptySummary();
        let count = 0;
        for await (const finding of auditItems(itemsOf(items), pack, summary)) {
          expect(finding.input).toBe('fuzz');
          count++;
        }
        expect(summary.findings.error + summary.findings.warning + summary.findings.info).toBe(count);
        expect(summary.pairs).toBe(items.filter((item) => item.kind === 'pair').length);
      }),
      { numRuns: 60 },
    );
  });
});
