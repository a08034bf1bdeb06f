// Recall and false positives of length-anomaly, omission, untranslated and
// language-mismatch on the authored table of tests/language-and-length.cases.ts: every
// defect is reported by a rule that fits it (but the known gaps, marked with their reason),
// and no correct translation by any of the four.
// Each pair is audited alone, as the one pair of a small file: the length model has only
// the language pair's prior to go on.
import { describe, expect, it } from 'vitest';
import { auditItems, emptySummary } from '../src/audit.js';
import { loadRulePack } from '../src/config/rule-pack.js';
import { CASES, REAL_CASES, RULES_FOR, type LengthLanguageCase } from './language-and-length.cases.js';
import { itemsOf, pair } from './support/audit.js';
import { segmentAt } from '../src/read/units.js';

const RULE_IDS = ['length-anomaly', 'omission', 'untranslated', 'language-mismatch'];

async function reportingRules(entry: LengthLanguageCase, asPo = false): Promise<string[]> {
  const pack = loadRulePack();
  const only = { ...pack, rules: new Map([...pack.rules].filter(([id]) => RULE_IDS.includes(id))) };
  const built = pair(entry.source, entry.target, entry.sourceLang, entry.targetLang);
  // As the PO reader gives a msgid or msgstr: one part, its line breaks inside.
  const item = { kind: 'pair' as const, pair: asPo ? { ...built, source: segmentAt(1, entry.source), target: segmentAt(1, entry.target) } : built };
  const rules = new Set<string>();
  for await (const finding of auditItems(itemsOf([item]), only, emptySummary())) rules.add(finding.ruleId);
  return [...rules].sort();
}

function title(entry: LengthLanguageCase): string {
  const excerpt = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
  return `${entry.expect} ${entry.sourceLang}-${entry.targetLang}: ${excerpt(entry.source)} => ${excerpt(entry.target)}`;
}

describe('length, omission, untranslated and language on authored pairs', () => {
  it('has at least 100 defects and 100 correct translations', () => {
    expect(CASES.filter((entry) => entry.expect !== 'ok').length).toBeGreaterThanOrEqual(100);
    expect(CASES.filter((entry) => entry.expect === 'ok').length).toBeGreaterThanOrEqual(100);
  });

  async function check(entry: LengthLanguageCase, asPo = false): Promise<void> {
    const reported = await reportingRules(entry, asPo);
    if (entry.expect === 'ok') expect(reported).toEqual([]);
    else expect(reported.filter((rule) => RULES_FOR[entry.expect].includes(rule))).not.toEqual([]);
  }

  it.each(CASES.filter((entry) => !entry.gap).map((entry) => [title(entry), entry] as const))('%s', async (_, entry) => check(entry));

  it.each(REAL_CASES.map((entry) => [title(entry), entry] as const))('real catalog pair, %s', async (_, entry) => check(entry, true));

  // Known gaps: these fail until a rule learns to report them; then move them above.
  it.fails.each(CASES.filter((entry) => entry.gap).map((entry) => [title(entry), entry] as const))('gap: %s', async (_, entry) => check(entry));
});
