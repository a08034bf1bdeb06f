import { describe, expect, it } from 'vitest';
import { auditItems, emptySummary } from '../src/audit.js';
import { loadRulePack } from '../src/config/rule-pack.js';
import type { Finding } from '../src/model.js';
import { itemsOf, pair } from './support/audit.js';

async function audit(source: string, target: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  for await (const finding of auditItems(itemsOf([{ kind: 'pair', pair: pair(source, target) }]), loadRulePack(), emptySummary())) findings.push(finding);
  return findings;
}

describe('oversized-segment', () => {
  it('audits a long but ordinary paragraph with every rule', async () => {
    const findings = await audit('公司今年营收 300 亿元。'.repeat(200), 'Revenue this year was RMB 3 billion. '.repeat(200));
    expect(findings.map((finding) => finding.ruleId)).toContain('numeric-drift');
    expect(findings.map((finding) => finding.ruleId)).not.toContain('oversized-segment');
  });

  it('gives a pair past the budget only its own info finding: no rule runs on it, so none can stall', async () => {
    // Text that makes the aligner and the list finder quadratic: minutes at this size without the budget.
    const findings = await audit('。4'.repeat(60_000), '：'.repeat(120_000));
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([['oversized-segment', 'info']]);
    expect(findings[0]!.details).toEqual({ sourceChars: 120_000, targetChars: 120_000, maxChars: 10_000 });
    expect(findings[0]!.message).toContain('the other rules skipped it');
  });
});
