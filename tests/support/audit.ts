// Test helpers: build pairs from plain strings and audit them with one rule.
import { auditItems, emptySummary } from '../../src/audit.js';
import { loadRulePack } from '../../src/config/rule-pack.js';
import type { AuditItem, Finding, Segment, SegmentPair } from '../../src/model.js';

export function segment(text: string, line = 1): Segment {
  const parts = text.split('\n').map((part, index) => ({ line: line + index, text: part }));
  return { line, text, parts };
}

export function pair(source: string, target: string, sourceLang = 'zh', targetLang = 'en', id = 'p1'): SegmentPair {
  return { id, input: 'test', sourceLang, targetLang, source: segment(source), target: segment(target) };
}

export async function* itemsOf(items: AuditItem[]): AsyncGenerator<AuditItem> {
  yield* items;
}

/** Audits pairs with the bundled pack narrowed to one rule. */
export async function findingsOf(ruleId: string, pairs: SegmentPair[]): Promise<Finding[]> {
  const pack = loadRulePack();
  const setting = pack.rules.get(ruleId);
  if (!setting) throw new Error(`rule ${ruleId} is not on in the default pack`);
  const only = { ...pack, rules: new Map([[ruleId, setting]]) };
  const findings: Finding[] = [];
  for await (const finding of auditItems(itemsOf(pairs.map((p) => ({ kind: 'pair' as const, pair: p }))), only, emptySummary())) {
    findings.push(finding);
  }
  return findings;
}
