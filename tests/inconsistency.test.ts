import { describe, expect, it } from 'vitest';
import inconsistency from '../src/check/inconsistency.js';
import type { CheckContext } from '../src/check/rule.js';
import { findingsOf, pair } from './support/audit.js';

type Row = [source: string, target: string];

const audit = (rows: Row[], sourceLang: string, targetLang: string) =>
  findingsOf('inconsistency', rows.map(([source, target], index) => pair(source, target, sourceLang, targetLang, `p${index + 1}`)));

describe('inconsistency', () => {
  describe('valid: no finding', () => {
    it.each([
      ['the same translation twice', [['保存文件', 'Save the file'], ['保存文件', 'Save the file']], 'zh', 'en'],
      ['translations that differ in white space and punctuation only', [['Speichern …', 'Save ...'], ['Speichern …', 'Save…'], ['Speichern …', 'Save  ...']], 'de', 'en'],
      ['sources that differ in a word', [['Delete the file', 'Datei löschen'], ['Delete the folder', 'Ordner löschen']], 'en', 'de'],
      ['a source shorter than minChars', [['OK', '确定'], ['OK', '好']], 'en', 'zh'],
      ['multi-line pairs whose lines do not correspond', [['第一行\n第二行', 'Line one and line two\nin other words\nover three lines']], 'zh', 'en'],
    ] as [string, Row[], string, string][])('%s', async (_name, rows, sourceLang, targetLang) => {
      expect(await audit(rows, sourceLang, targetLang)).toEqual([]);
    });
  });

  describe('invalid: flagged', () => {
    it('different numbers for the same source, on the later pair', async () => {
      const findings = await audit(
        [
          ['董事会批准了五十亿美元的回购计划。', 'The board approved a $5 billion buyback.'],
          ['管理层表示将继续投入。', 'Management said it would keep investing.'],
          ['董事会批准了五十亿美元的回购计划。', 'The board approved a $5 billion buyback.'],
          ['董事会批准了五十亿美元的回购计划。', 'The board approved a $50 billion buyback.'],
        ],
        'zh', 'en',
      );
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ pairId: 'p4', severity: 'warning', details: { otherPairs: ['p1', 'p3'] } });
      expect(findings[0]!.message).toMatch(/different numbers in p1, p3/);
    });

    it('different wording, reported at a lower level', async () => {
      const findings = await audit([['Reset the settings', '重置设置'], ['Reset the settings', '复位设置']], 'en', 'zh');
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ pairId: 'p2', severity: 'info', details: { otherPairs: ['p1'] } });
    });

    it('sources that differ in case, spacing and full-width punctuation count as the same', async () => {
      const findings = await audit([['Basic plan: 20 EUR per month', 'Basistarif: 20 EUR pro Monat'], ['basic plan： 20  EUR per month', 'Basistarif: 25 EUR pro Monat']], 'en', 'de');
      expect(findings.map((finding) => finding.details)).toEqual([{ otherPairs: ['p1'] }]);
    });

    it('a line repeated within one multi-line pair, pointing at its lines', async () => {
      const findings = await audit([['Price: $20 per month.\nCancel at any time.\nPrice: $20 per month.', 'Prix : 20 $ par mois.\nRésiliable à tout moment.\nPrix : 25 $ par mois.']], 'en', 'fr');
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ severity: 'warning', source: { line: 3 }, target: { line: 3 }, details: { otherPairs: ['p1'] } });
    });
  });

  it('keeps at most maxEntries sources, forgetting the least recently seen', () => {
    const options = { minChars: 3, maxEntries: 2 };
    const ctx = { options, state: inconsistency.createState!(options), scratch: {}, lengths: undefined } as unknown as CheckContext<Record<string, unknown>>;
    const check = (source: string, target: string, id: string) => inconsistency.checkPair!(pair(source, target, 'en', 'de', id), ctx);
    check('Open the file', 'Datei öffnen', 'p1');
    check('Close the file', 'Datei schließen', 'p2');
    check('Open the file', 'Datei öffnen', 'p3'); // refreshes the first source
    check('Save the file', 'Datei speichern', 'p4'); // evicts "Close the file"
    expect(check('Close the file', 'Datei zumachen', 'p5')).toEqual([]); // forgotten: a first translation again
    expect(check('Save the file', 'Datei sichern', 'p6')).toHaveLength(1);
    expect((ctx.state as Map<string, unknown>).size).toBe(2);
  });
});
