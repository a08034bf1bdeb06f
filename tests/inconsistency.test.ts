import { describe, expect, it } from 'vitest';
import inconsistency from '../src/check/inconsistency.js';
import type { CheckContext } from '../src/check/rule.js';
import type { SegmentPair } from '../src/model.js';
import { findingsOf, pair } from './support/audit.js';

type Row = [source: string, target: string, context?: string];

/** Pairs p1, p2, ... of the rows; a row's third field is its source's context (a PO msgctxt). */
function pairsOf(rows: Row[], sourceLang: string, targetLang: string): SegmentPair[] {
  return rows.map(([source, target, context], index) => {
    const made = pair(source, target, sourceLang, targetLang, `p${index + 1}`);
    if (context !== undefined) made.source.context = context;
    return made;
  });
}

const audit = (rows: Row[], sourceLang: string, targetLang: string) => findingsOf('inconsistency', pairsOf(rows, sourceLang, targetLang));

/** Every string an object holds, however deep. */
function stringsIn(value: unknown, found: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') found.push(value);
  if (typeof value !== 'object' || value === null || seen.has(value)) return found;
  seen.add(value);
  const children = value instanceof Map ? [...value.keys(), ...value.values()] : Object.values(value);
  for (const child of children) stringsIn(child, found, seen);
  return found;
}

describe('inconsistency', () => {
  describe('valid: no finding', () => {
    it.each([
      ['the same translation twice', [['保存文件', 'Save the file'], ['保存文件', 'Save the file']], 'zh', 'en'],
      ['translations that differ in white space and punctuation only', [['Speichern …', 'Save ...'], ['Speichern …', 'Save…'], ['Speichern …', 'Save  ...']], 'de', 'en'],
      ['sources that differ in a word', [['Delete the file', 'Datei löschen'], ['Delete the folder', 'Ordner löschen']], 'en', 'de'],
      ['a source shorter than minChars', [['OK', '确定'], ['OK', '好']], 'en', 'zh'],
      ['multi-line pairs whose lines do not correspond', [['第一行\n第二行', 'Line one and line two\nin other words\nover three lines']], 'zh', 'en'],
      [
        'one msgid in three PO contexts (real: cinnamon-control-center, German)',
        [['None', 'Keine'], ['None', 'keine', 'Signal strength'], ['None', 'Keiner', 'proxy method']],
        'en', 'de',
      ],
      [
        'one msgid with and without a context (real: nemo, French)',
        [['Large', 'Grande'], ['Large', 'Grandes', 'Desktop icon size']],
        'en', 'fr',
      ],
      [
        'the lines of a help text wrapped mid-sentence, wrapped elsewhere in each translation (grep, Dutch)',
        [
          [
            '  -x, --exclude=PAT     skip files whose base name matches PAT; the\n                        pattern may use shell wildcards',
            '  -x, --exclude=PAT     bestanden overslaan waarvan de naam overeenkomt\n                        met PAT; het patroon mag jokertekens bevatten',
          ],
          [
            '  -i, --include=PAT     search only files whose base name matches PAT; the\n                        pattern may use shell wildcards',
            '  -i, --include=PAT     alleen bestanden doorzoeken waarvan de naam\n                        overeenkomt met PAT; het patroon mag jokertekens bevatten',
          ],
        ],
        'en', 'nl',
      ],
      [
        'a status in capitals and a command in sentence case (aptitude, Italian)',
        [['PURGE', 'ELIMINATO'], ['Purge', 'Elimina']],
        'en', 'it',
      ],
      [
        'two options that differ in case only, `-o` and `-O` (e2fsprogs, Spanish)',
        [['-o may only be specified once', '-o solo puede especificarse una vez'], ['-O may only be specified once', '-O sólo se puede especificar una vez']],
        'en', 'es',
      ],
    ] as [string, Row[], string, string][])('%s', async (_name, rows, sourceLang, targetLang) => {
      expect(await audit(rows, sourceLang, targetLang)).toEqual([]);
    });

    it('one source translated into two languages, or two variants of one (a multilingual memory)', async () => {
      const pairs = [
        pair('Street address', 'Straße und Hausnummer', 'en', 'de-DE', 'p1'),
        pair('Street address', 'Strasse und Hausnummer', 'en', 'de-CH', 'p2'),
        pair('Street address', 'Adresse postale', 'en', 'fr', 'p3'),
      ];
      expect(await findingsOf('inconsistency', pairs)).toEqual([]);
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

    it('one msgid in one PO context translated differently (real: nemo, German)', async () => {
      const findings = await audit(
        [
          ['Undo', 'Rückgängig', 'shortcut window'],
          ['Undo', 'Rückgängig machen'],
          ['Undo', 'Rückgängig machen', 'shortcut window'],
        ],
        'en', 'de',
      );
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ pairId: 'p3', severity: 'info', details: { otherPairs: ['p1'] } });
    });

    it('a usage line whose `or:` alternatives are lines of their own, not a wrapped sentence (coreutils, German)', async () => {
      const findings = await audit(
        [
          ['Usage: %s [OPTION]... SOURCE DEST\n  or:  %s [OPTION]... -t DIRECTORY SOURCE...', 'Aufruf: %s [OPTION]... QUELLE ZIEL\n  oder: %s [OPTION]... -t VERZEICHNIS QUELLE...'],
          ['Usage: %s [OPTION]... [-T] SOURCE DEST\n  or:  %s [OPTION]... -t DIRECTORY SOURCE...', 'Aufruf: %s [OPTION]... [-T] QUELLE ZIEL\n  oder: %s [OPTION]... -t=VERZEICHNIS QUELLE...'],
        ],
        'en',
        'de',
      );
      expect(findings.map((finding) => finding.source?.line)).toEqual([2]);
    });

    it('a line repeated within one multi-line pair, pointing at its lines', async () => {
      const findings = await audit([['Price: $20 per month.\nCancel at any time.\nPrice: $20 per month.', 'Prix : 20 $ par mois.\nRésiliable à tout moment.\nPrix : 25 $ par mois.']], 'en', 'fr');
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ severity: 'warning', source: { line: 3 }, target: { line: 3 }, details: { otherPairs: ['p1'] } });
    });
  });

  const stateful = (maxEntries: number) => {
    const options = { minChars: 3, maxEntries };
    const ctx = { options, state: inconsistency.createState!(options), scratch: {}, lengths: undefined } as unknown as CheckContext<Record<string, unknown>>;
    const check = (source: string, target: string, id: string) => inconsistency.checkPair!(pair(source, target, 'en', 'de', id), ctx);
    return { ctx, check };
  };

  it('keeps at most maxEntries sources, forgetting the least recently seen', () => {
    const { ctx, check } = stateful(2);
    check('Open the file', 'Datei öffnen', 'p1');
    check('Close the file', 'Datei schließen', 'p2');
    check('Open the file', 'Datei öffnen', 'p3'); // refreshes the first source
    check('Save the file', 'Datei speichern', 'p4'); // evicts "Close the file"
    expect(check('Close the file', 'Datei zumachen', 'p5')).toEqual([]); // forgotten: a first translation again
    expect(check('Save the file', 'Datei sichern', 'p6')).toHaveLength(1);
    expect(check('Close the file', 'Datei schließen', 'p7')).toMatchObject([{ details: { otherPairs: ['p5'] } }]);
    expect((ctx.state as { size: number }).size).toBe(2);
  });

  it('remembers sources and translations as hashes: no text but the pair ids', () => {
    const { ctx, check } = stateful(100);
    const paragraph = 'The quick brown fox jumps over the lazy dog, again and again, for 12 pages. '.repeat(20);
    for (let index = 1; index <= 30; index++) check(`${paragraph}${index}`, `${paragraph.toUpperCase()}${index}`, `p${index}`);
    check(`${paragraph}1`, `${paragraph.toUpperCase()}1`, 'p31');
    expect(new Set(stringsIn(ctx.state))).toEqual(new Set(Array.from({ length: 31 }, (_, index) => `p${index + 1}`)));
  });
});
