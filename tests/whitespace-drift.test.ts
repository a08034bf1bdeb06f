// whitespace-drift: line breaks and spaces at the edges of UI strings, as msgfmt --check and
// pofilter's startwhitespace/endwhitespace see them.
import { describe, expect, it } from 'vitest';
import { findingsOf, pair } from './support/audit.js';

type Expected = [kind: 'newline' | 'space', edge: 'start' | 'end', side: 'source' | 'target'] | undefined;
type Row = [sourceLang: string, targetLang: string, source: string, target: string, expected: Expected];

const ROWS: Row[] = [
  ['en', 'de', 'Backup finished.\n', 'Sicherung abgeschlossen.\n', undefined],
  ['en', 'de', 'Backup finished.\n', 'Sicherung abgeschlossen.', ['newline', 'end', 'source']],
  ['en', 'fr', '\nUsage: %s [OPTION]...', 'Utilisation : %s [OPTION]...', ['newline', 'start', 'source']],
  ['en', 'fr', 'Usage: %s [OPTION]...', '\nUtilisation : %s [OPTION]...', ['newline', 'start', 'target']],
  ['en', 'ja', 'Done.\r\n', '完了。\n', undefined],
  ['en', 'de', 'Name: ', 'Name: ', undefined],
  ['en', 'de', 'Name: ', 'Name:', ['space', 'end', 'source']],
  ['en', 'es', '  -v, --verbose   explain what is being done', '-v, --verbose   explica lo que se va a hacer', ['space', 'start', 'source']],
  ['en', 'fr', 'Size:', 'Taille : ', ['space', 'end', 'target']],
  ['en', 'fr', 'Name: ', 'Nom\u00a0: ', undefined],
  // Chinese and Japanese part words with nothing: the space has nowhere to go.
  ['en', 'zh', 'Name: ', '名称：', undefined],
  ['en', 'ja', ' (core dumped)', '(コアダンプ)', undefined],
  // ... and a translation out of them may need one where they had none.
  ['zh', 'en', '名称：', 'Name: ', undefined],
  ['en', 'de', 'Everything is up to date.', 'Alles ist auf dem neuesten Stand.', undefined],
  ['en', 'de', 'Line one\nLine two', 'Zeile eins\nZeile zwei\nZeile drei', undefined],
];

describe('whitespace-drift', () => {
  it.each(ROWS.map((row) => [JSON.stringify(row.slice(2, 4)), row] as const))('%s', async (_, [sl, tl, source, target, expected]) => {
    const findings = await findingsOf('whitespace-drift', [pair(source, target, sl, tl)]);
    const got = findings.map(({ details }) => [details.newline ? 'newline' : 'space', details.edge, details.side]);
    expect(got).toEqual(expected ? [expected] : []);
  });

  it('gives a lost line break the error msgfmt --check gives it, and a lost space an info', async () => {
    const findings = await findingsOf('whitespace-drift', [pair('Done.\n', 'Fertig.', 'en', 'de'), pair('Name: ', 'Name:', 'en', 'de')]);
    expect(findings.map((finding) => finding.severity)).toEqual(['error', 'info']);
  });
});
