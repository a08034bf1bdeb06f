import { describe, expect, it } from 'vitest';
import { auditItems, emptySummary } from '../src/audit.js';
import { loadRulePack } from '../src/config/rule-pack.js';
import type { AuditItem, Finding } from '../src/model.js';
import { itemsOf, pair, segment } from './support/audit.js';

async function audit(items: AuditItem[]): Promise<{ findings: Finding[]; summary: ReturnType<typeof emptySummary> }> {
  const summary = emptySummary();
  const findings: Finding[] = [];
  for await (const finding of auditItems(itemsOf(items), loadRulePack(), summary)) findings.push(finding);
  return { findings: findings.filter((f) => f.ruleId === 'unpaired-segment'), summary };
}

describe('unpaired-segment', () => {
  it('reports an untranslated source run with its lines and size, and counts it against coverage', async () => {
    const { findings, summary } = await audit([
      { kind: 'pair', pair: pair('项目于 2023 年 6 月开工。', 'Construction began in June 2023.') },
      { kind: 'unpaired', unpaired: { input: 'test', side: 'source', lang: 'zh', segment: segment('全年未发生安全事故。\n所有人员均完成培训。', 5) } },
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'info',
      pairId: null,
      source: { line: 5 },
      details: { side: 'source', chars: 21 },
      message: 'zh text at lines 5-6 (21 characters) has no translation',
    });
    expect(findings[0]!.target).toBeUndefined();
    expect(summary.coverage).toEqual({ sourceChars: 38, pairedSourceChars: 17, ratio: 0.447 });
  });

  it('reports a target with no source on the target side', async () => {
    const { findings } = await audit([
      { kind: 'unpaired', unpaired: { input: 'test', side: 'target', lang: 'en', segment: segment('An extra paragraph with no original.', 9) } },
    ]);
    expect(findings[0]).toMatchObject({ target: { line: 9 }, details: { side: 'target' }, message: expect.stringContaining('has no source text') });
    expect(findings[0]!.source).toBeUndefined();
  });

  it('reports nothing for paired text', async () => {
    const { findings, summary } = await audit([{ kind: 'pair', pair: pair('这是中文。', 'This is Chinese.') }]);
    expect(findings).toEqual([]);
    expect(summary.coverage.ratio).toBe(1);
  });
});
