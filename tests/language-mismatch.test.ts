import { describe, expect, it } from 'vitest';
import { findingsOf, pair } from './support/audit.js';

const check = (source: string, target: string, sourceLang: string, targetLang: string) =>
  findingsOf('language-mismatch', [pair(source, target, sourceLang, targetLang)]);

describe('language-mismatch', () => {
  describe('valid: no finding', () => {
    it.each([
      [
        'Chinese full of Latin acronyms and names',
        '阿里巴巴的 Qwen 大模型在 AI 基础设施、GDP 测算和 IT 支出分析中被广泛使用,GPU 集群规模持续扩大。',
        'Alibaba’s Qwen models are widely used for AI infrastructure, GDP estimates and IT spending analysis, and its GPU clusters keep growing.',
        'zh', 'en',
      ],
      ['a short name in the Chinese column', 'VivaTech 2026', 'VivaTech 2026', 'zh', 'en'],
      ['a command line in a Chinese target', 'Run the tool with --verbose to see more.', '使用 --verbose 运行 bitext-audit --format json ./docs/input.txt', 'en', 'zh'],
      [
        'a Japanese target written in kanji only',
        'Network settings',
        '通信設定',
        'en', 'ja',
      ],
      [
        'English-German pair, both right',
        'The new rail line will connect the two cities in under an hour.',
        'Die neue Bahnstrecke wird die beiden Städte in weniger als einer Stunde verbinden.',
        'en', 'de',
      ],
      [
        'a German keyword list with English loanwords',
        'colour, profile, calibrate, printer, display',
        'Color, ICC, Profile, Calibrate, Printer, Display, Farbe, Kalibrieren, Drucker, Bildschirm',
        'en', 'de',
      ],
      [
        'a short French sentence franc alone would call English',
        'You can remove instances in panel edit mode via the context menu.',
        'Vous pouvez supprimer des instances dans le mode d’édition du panneau.',
        'en', 'fr',
      ],
      [
        'a target copied from the source (the untranslated rule reports it)',
        'The device is busy and cannot be unmounted right now.',
        'The device is busy and cannot be unmounted right now.',
        'en', 'zh',
      ],
    ])('%s', async (_name, source, target, sourceLang, targetLang) => {
      expect(await check(source, target, sourceLang, targetLang)).toEqual([]);
    });
  });

  describe('invalid: flagged', () => {
    it('an English paragraph left in the Chinese column', async () => {
      const findings = await check(
        'European enterprises today focus on two core priorities: technological sovereignty and the privacy of their data.',
        'European enterprises focus on two priorities: sovereignty over their technology and the privacy of their data.',
        'zh', 'en',
      );
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ severity: 'error', details: { side: 'source', expected: 'zh', detected: 'en' } });
      expect(findings[0]!.target).toBeUndefined();
    });

    it('a third Latin language: its function words pick it, franc between it and the expected one agrees', async () => {
      const findings = await check(
        'The city council will vote on the final budget in March, after a public consultation.',
        'Le conseil municipal votera le budget définitif en mars, après une consultation publique qui dure jusqu’à la fin du mois de février.',
        'en', 'de',
      );
      expect(findings.map((finding) => finding.details)).toEqual([{ side: 'target', expected: 'de', detected: 'fr' }]);
    });

    it('a swapped pair: each side in the other language', async () => {
      const findings = await check(
        'The board approved a new share buyback programme of five billion dollars.',
        '董事会批准了新的股票回购计划,金额为五十亿美元,将在未来两年内执行完毕。',
        'zh', 'en',
      );
      expect(findings.map((finding) => finding.details)).toEqual([
        { side: 'source', expected: 'zh', detected: 'en' },
        { side: 'target', expected: 'en', detected: 'zh' },
      ]);
      expect(findings[0]!.message).toMatch(/swapped/);
    });

    it('a Japanese paragraph in a Chinese target', async () => {
      const findings = await check(
        'The new data centres use liquid cooling and consume about a third less energy.',
        '新しいデータセンターは液体冷却を採用しており、従来のサーバールームより消費電力が約三割少ない。',
        'en', 'zh',
      );
      expect(findings.map((finding) => finding.details)).toEqual([{ side: 'target', expected: 'zh', detected: 'ja' }]);
    });

    it('an English sentence left in a German target', async () => {
      const findings = await check(
        'Residents near the planned station have raised concerns about noise and traffic during construction.',
        'Residents near the station are worried about the noise and the traffic that the building work will bring to the area.',
        'en', 'de',
      );
      expect(findings.map((finding) => finding.details)).toEqual([{ side: 'target', expected: 'de', detected: 'en' }]);
    });

  });
});
