import { describe, expect, it } from 'vitest';
import { auditItems, emptySummary } from '../src/audit.js';
import { loadRulePack } from '../src/config/rule-pack.js';
import type { Finding, SegmentPair } from '../src/model.js';
import { findingsOf, itemsOf, pair } from './support/audit.js';

const check = (source: string, target: string, sourceLang: string, targetLang: string) =>
  findingsOf('entity-drift', [pair(source, target, sourceLang, targetLang)]);

/** Audits with the pack's entity-drift options replaced. */
async function withOptions(options: Record<string, unknown>, pairs: SegmentPair[]): Promise<Finding[]> {
  const pack = loadRulePack();
  const only = { ...pack, rules: new Map([['entity-drift', { severity: 'warning' as const, options }]]) };
  const findings: Finding[] = [];
  for await (const finding of auditItems(itemsOf(pairs.map((p) => ({ kind: 'pair' as const, pair: p }))), only, emptySummary())) findings.push(finding);
  return findings;
}

describe('entity-drift', () => {
  describe('valid: no finding', () => {
    it.each([
      [
        'names and acronyms kept, inflected and spelled out',
        '这 50 万亿美元,就是 AI 完整的潜在市场(TAM)。阿里巴巴的 GPU 集群与 Qwen 模型,完全符合 GDPR。',
        'That $50 trillion is AI’s total addressable market. Alibaba’s GPUs and Qwen models fully comply with GDPR.',
        'zh', 'en',
      ],
      [
        'names the glossary maps (博世 = Bosch, 平头哥 = T-Head, 通义千问 = Qwen)',
        '阿里巴巴已经和博世落地合作;平头哥自研芯片累计交付 56 万片;通义千问已开放 300 多个模型。',
        'Alibaba has partnered with Bosch; T-Head has delivered 560,000 chips; Qwen has released over 300 models.',
        'zh', 'en',
      ],
      [
        'English words in the Chinese side that the English renders differently',
        '这是阿里 All in 人工智能的原因;欧洲企业提供工业 know-how,面向 C 端消费者。',
        'This is why Alibaba is fully committed to AI; European firms contribute industrial expertise for consumers.',
        'zh', 'en',
      ],
      [
        'units after numbers and capitalised words at sentence starts',
        '项目总装机容量为 1.8 GW,每年发电 31 亿 kWh。',
        'Construction of the project is complete. It has a capacity of 1.8 gigawatts and generates 3.1 billion kilowatt-hours a year.',
        'zh', 'en',
      ],
      [
        'English acronyms a Chinese translation renders in Chinese',
        'Alibaba committed to investing over RMB 380 billion in R&D and cloud infrastructure.',
        '阿里巴巴承诺投入超过 3800 亿元人民币用于研发和云基础设施。',
        'en', 'zh',
      ],
      [
        'acronyms a Japanese translation adds for its reader',
        'failed to get pid %d\'s scheduling policy',
        'プロセス ID %d のスケジューリングポリシーの取得に失敗しました',
        'en', 'ja',
      ],
      [
        'German nouns, translated names and acronyms between Latin languages',
        'The CPU in Germany runs the EU data centre on Mondays.',
        'Der Prozessor in Deutschland betreibt das Rechenzentrum der Europäischen Union montags.',
        'en', 'de',
      ],
      [
        'a name with inner capitals kept in a German compound, and a mnemonic',
        'Configure _IPv4 for the VivaTech network',
        'IPv4 für das VivaTech-Netzwerk konfigurieren',
        'en', 'de',
      ],
      [
        'an e-mail address and a URL kept',
        '请联系 press@example.com 或访问 https://www.example.com/vivatech 获取官方原文。',
        'Contact press@example.com or visit https://www.example.com/vivatech for the official transcript.',
        'zh', 'en',
      ],
      [
        'GDPR as DSGVO in German, from the glossary',
        'The platform is fully compliant with the GDPR.',
        'Die Plattform erfüllt die Anforderungen der DSGVO vollständig.',
        'en', 'de',
      ],
      [
        'placeholders and units glued to them',
        'warning: file sizes truncated to %luMB (minus 1 byte).',
        'avertissement : taille des fichiers tronquée à %lu Mo (moins 1 octet).',
        'en', 'fr',
      ],
    ])('%s', async (_name, source, target, sourceLang, targetLang) => {
      expect(await check(source, target, sourceLang, targetLang)).toEqual([]);
    });
  });

  describe('invalid: flagged', () => {
    it.each([
      [
        'a Qwen sentence dropped',
        '第三层是模型层:通义千问(Qwen)开源大模型,全球下载量突破 10 亿次,完全符合欧盟 GDPR。',
        'The third layer is models, with over one billion downloads worldwide.',
        'zh', 'en',
        { missingInTarget: ['通义千问 (Qwen)', 'GDPR'], missingInSource: [] },
      ],
      [
        'a Latin name in the Chinese source missing from the English',
        '蔡崇信在 VivaTech 欧洲科技峰会上对 AI 的核心观点。',
        'Joe Tsai’s key views on AI at the European technology summit.',
        'zh', 'en',
        { missingInTarget: ['VivaTech'], missingInSource: [] },
      ],
      [
        'a name the target adds, and a URL changed',
        'Details are on https://example.com/report.',
        '详情见 https://example.org/report,由 DeepSeek 提供。',
        'en', 'zh',
        { missingInTarget: ['https://example.com/report'], missingInSource: ['https://example.org/report', 'DeepSeek'] },
      ],
      [
        'a camel-case name misspelt in a German target',
        'Check the Cinnamon LookingGlass log for any issues.',
        'Prüfen Sie das Cinnamon-LookingGlas-Protokoll auf Probleme.',
        'en', 'de',
        { missingInTarget: ['LookingGlass'], missingInSource: ['LookingGlas'] },
      ],
      [
        'a glossary name dropped in French',
        'Bosch and Huawei signed the agreement in Paris.',
        'Huawei a signé l’accord à Paris.',
        'en', 'fr',
        { missingInTarget: ['Bosch'], missingInSource: [] },
      ],
    ])('%s', async (_name, source, target, sourceLang, targetLang, details) => {
      const findings = await check(source, target, sourceLang, targetLang);
      expect(findings).toHaveLength(1);
      expect(findings[0]!.severity).toBe('warning');
      expect(findings[0]!.details).toEqual(details);
    });
  });

  it('takes names from its options, and can leave out the bundled ones', async () => {
    const source = '该项目由蚂蚁集团和钉钉联合开发。';
    const target = 'The project was developed jointly by Ant Group and DingTalk.';
    expect(await withOptions({ bundled: true, names: [] }, [pair(source, target)])).toEqual([]);
    const own = await withOptions({ bundled: false, names: [{ zh: '钉钉', en: 'DingTalk' }] }, [pair('该项目由钉钉开发。', 'The project was developed by the team.')]);
    expect(own[0]!.details).toEqual({ missingInTarget: ['钉钉 (DingTalk)'], missingInSource: [] });
  });
});
