// placeholder-drift: authored UI strings and documents in the style of gettext catalogs,
// web-app resource files and CAT exports; each row says which kind the rule must report,
// or that it must stay silent.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeholdersIn } from '../src/analyse/placeholders.js';
import type { Finding, SegmentPair } from '../src/model.js';
import { findingsOf, pair } from './support/audit.js';
import { cli, scratchDir } from './support/cli.js';
import { poString } from './support/po.js';

type Kind = 'missing' | 'added' | 'reordered' | undefined;
type Row = [sourceLang: string, targetLang: string, source: string, target: string, kind: Kind];

const ROWS: Row[] = [
  // printf
  ['en', 'de', 'Copying %s to %s', 'Kopiere %s nach %s', undefined],
  ['en', 'fr', 'Copied %d files to %s.', '%d fichiers copiés dans %s.', undefined],
  ['en', 'de', 'Copied %d files to %s.', 'Dateien nach %s kopiert.', 'missing'],
  ['en', 'ja', 'Cannot open %s', '%s を開けません: %s', 'added'],
  ['en', 'de', 'Copying %s (%d bytes)', '%d Bytes werden kopiert: %s', 'reordered'],
  ['en', 'de', 'Copying %s (%d bytes)', '%2$d Bytes werden kopiert: %1$s', undefined],
  ['en', 'zh', 'cannot move %s to %s', '无法将 %1$s 移动到 %2$s', undefined],
  ['en', 'zh', 'Report %s bugs to: %s', '请将 %1$s 的错误报告给 %2$s；%1$s 的翻译错误另行报告', undefined],
  ['en', 'fr', 'Every %.1fs:', 'Toutes les %.1lfs :', undefined],
  ['en', 'es', 'Read %lu bytes', 'Leídos %d bytes', 'missing'],
  ['en', 'de', 'Progress: %d%%', 'Fortschritt: %d %%', undefined],
  ['en', 'fr', 'Save 20%off today, 50% more', 'Économisez 20 % aujourd’hui, 50 % de plus', undefined],
  ['en', 'it', 'data directory not yet created', '%la directory dei dati non è stata ancora creata', 'added'],
  ['en', 'fr', 'See https://example.com/a%20b for %s', 'Voir https://example.com/a%20b pour %s', undefined],
  ['en', 'de', 'failed to truncate to %<PRIdMAX> bytes in %s', 'Kürzen von %2$s auf %1$<PRIdMAX> Bytes fehlgeschlagen', undefined],
  ['en', 'fr', '%@ was deleted', '%@ a été supprimé', undefined],
  ['en', 'fr', 'Show %*d items', 'Afficher %*d éléments', undefined],
  // a format of its own: strftime and e2fsprogs' codes move by design
  ['en', 'fr', '%Y-%m-%d %l:%M %p', '%d/%m/%Y %H:%M', undefined],
  ['en', 'de', '@E has a @z name.', 'Eintrag „%Dn“ in %p (%i) hat einen Namen der Länge Null.', undefined],
  ['en', 'fr', 'Each PATTERN may be: %REGEXP%[OFFSET]', 'Chaque MOTIF peut être : %EXPRREG%[DÉCALAGE]', undefined],
  ['en', 'nl', 'Both formats may contain: %% a percent sign', 'Beide formaten mogen bevatten: %% een %-teken', undefined],
  ['en', 'de', "%'dnd link to %s", "%'d. Verknüpfung mit %s", undefined],
  ['en', 'ko', 'cannot convert U+%04X to local character set: %s', 'U+%04X을(를) 로칼 문자셋으로 변환할 수 없습니다: %s', undefined],
  ['en', 'es', 'You have not entered a passphrase!%0AAn empty one is not allowed.', '¡No ha introducido una frase contraseña!%0Ano se permite una vacía.', undefined],
  ['en', 'es', '%s: line %d: cannot specify more than %d trim domains', '%s: línea %d: no se pueden especificar más de % dominios', 'missing'],
  // Python, Ruby, ICU, .NET, Qt, templates
  ['en', 'fr', 'Hello %(name)s, you have %(count)d messages', 'Vous avez %(count)d messages, %(name)s', undefined],
  ['en', 'fr', 'Hello %(name)s', 'Bonjour %(nom)s', 'missing'],
  ['en', 'de', 'Hello {name}, you have {count} messages', 'Hallo {name}, du hast {count} Nachrichten', undefined],
  ['en', 'fr', 'Hello {name}, you have {count} messages', 'Bonjour {nom}, vous avez {count} messages', 'missing'],
  ['en', 'es', 'Page {0} of {1}', 'Página {0}', 'missing'],
  ['en', 'de', 'Total: {0:N2} EUR', 'Summe: {0:N2} EUR', undefined],
  ['en', 'ja', '{count, plural, one {# file} other {# files}} in {folder}', '{folder} 内の {count, plural, other {# 個のファイル}}', undefined],
  ['en', 'de', '{count, plural, one {# file} other {# files}}', '{anzahl, plural, one {# Datei} other {# Dateien}}', 'missing'],
  ['en', 'fr', 'Welcome back, %{user}!', 'Bon retour, %{utilisateur} !', 'missing'],
  ['en', 'de', 'File %1 of %2', 'Datei %1 von %2', undefined],
  ['en', 'de', 'File %1 of %2', 'Datei %1', 'missing'],
  ['en', 'fr', 'Hi {{ user.name }}!', 'Salut {{user.name}} !', undefined],
  ['en', 'de', 'Path: ${HOME}/bin', 'Pfad: $HOME/bin', 'missing'],
  ['en', 'de', 'cannot combine any two of {ascii,ebcdic,ibm}', 'je zwei von ascii, ebcdic und ibm können nicht kombiniert werden', undefined],
  ['en', 'de', 'Each PATTERN may be: {INTEGER} repeat the previous pattern', 'Jedes MUSTER kann sein: {GANZZAHL} vorheriges Muster wiederholen', undefined],
  // markup
  ['en', 'de', 'Click <b>Save</b> to keep your changes.', 'Klicken Sie auf <b>Speichern</b>, um Ihre Änderungen zu behalten.', undefined],
  ['en', 'de', 'Click <b>Save</b> to keep your changes.', 'Klicken Sie auf Speichern, um Ihre Änderungen zu behalten.', 'missing'],
  ['en', 'zh', 'Signed by <i>%s</i> <b>expired</b> on %s.', '签署者 <i>%s</i>，已于 %s </i><b>过期</b></i>。', 'added'],
  ['en', 'fr', 'Read the <a href="https://example.com/guide">guide</a> first.', 'Lisez d’abord le <a href="https://example.com/fr/guide">guide</a>.', undefined],
  ['en', 'de', 'Line one<br>Line two', 'Zeile eins Zeile zwei', 'missing'],
  ['en', 'de', 'Usage: cp <file> <dir>', 'Aufruf: cp <Datei> <Verzeichnis>', undefined],
  ['en', 'fr', '<link> is the symlink pointing to %s/<name>.', '<lien> est le lien symbolique pointant vers %s/<nom>.', undefined],
  ['en', 'zh', 'Press <kbd>Ctrl</kbd>+<kbd>C</kbd> to copy', '按 <kbd>Ctrl</kbd>+<kbd>C</kbd> 复制', undefined],
  // prose without placeholders
  ['zh', 'en', '营收增长 25%，达到 3800 亿元。', 'Revenue grew 25% to RMB 380 billion.', undefined],
  ['en', 'de', 'a < b and c > d', 'a < b und c > d', undefined],
];

const label = ([sl, tl, source, target, kind]: Row) => `${sl}→${tl} ${source} → ${target}: ${kind ?? 'silent'}`;

/** A finding's kind, as its details tell it (reports carry the severity the kind maps to). */
function kindOf({ details }: { details: Record<string, unknown> }): Kind {
  if (details.sourceOrder) return 'reordered';
  return (details.missingInTarget as string[]).length > 0 ? 'missing' : 'added';
}

describe('placeholder-drift', () => {
  it.each(ROWS.map((row) => [label(row), row] as const))('%s', async (_, [sl, tl, source, target, kind]) => {
    const findings = await findingsOf('placeholder-drift', [pair(source, target, sl, tl)]);
    expect(findings.map(kindOf)).toEqual(kind ? [kind] : []);
  });

  it('names what is missing and what was added in details', async () => {
    const [finding] = await findingsOf('placeholder-drift', [pair('Hello {name}, {count} new', 'Bonjour {nom}, {count} nouveaux', 'en', 'fr')]);
    expect(finding!.details).toEqual({ missingInTarget: ['{name}'], missingInSource: ['{nom}'] });
  });

  it('counts the inline codes that TMX and XLIFF readers turn into placeholder characters', async () => {
    const code = '\uFFFC';
    expect(await findingsOf('placeholder-drift', [pair(`Press ${code}OK${code} now`, `Drücken Sie jetzt ${code}OK${code}`, 'en', 'de')])).toEqual([]);
    const [finding] = await findingsOf('placeholder-drift', [pair(`Press ${code}OK${code} now`, `Drücken Sie jetzt OK${code}`, 'en', 'de')]);
    expect(finding!.message).toContain('an inline code');
  });
});

describe('placeholder-drift: PO format flags and plural forms', () => {
  const po = (pairs: SegmentPair[]) => findingsOf('placeholder-drift', pairs);
  const flagged = (source: string, target: string, formats?: string[], pluralForm?: number): SegmentPair => ({
    ...pair(source, target, 'en', 'de'),
    ...(formats && { formats }),
    ...(pluralForm !== undefined && { pluralForm }),
  });

  it('reads only the syntaxes a flag names: `{INTEGER}` in a c-format usage line is text', async () => {
    expect(await po([flagged('%s: {device} not found', '%s: {Gerät} nicht gefunden', ['c-format'])])).toEqual([]);
    expect(await po([flagged('%s: {device} not found', '%s: {Gerät} nicht gefunden', ['python-brace-format'])])).toHaveLength(1);
  });

  it('leaves printf out under no-c-format', async () => {
    expect(await po([flagged('50%s of the disk', '50 % der Festplatte', ['no-c-format'])])).toEqual([]);
  });

  it('lets a plural form leave out or add the count, and nothing else', async () => {
    expect(await po([flagged('%s: file shrank by %s byte', '%s: Datei ist um ein Byte geschrumpft', undefined, 0)])).toEqual([]);
    expect(await po([flagged('One file', '%d Datei', undefined, 0)])).toEqual([]);
    expect(await po([flagged('%s: file shrank by %s byte', 'Datei ist um ein Byte geschrumpft', undefined, 0)])).toHaveLength(1);
  });
});

describe('placeholder-drift: analyser properties', () => {
  const conversion = fc.constantFrom('s', 'd', 'u', 'ld', 'lu', 'f', 'x', 'c', 'zu');
  const words = fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 3 }).map((list) => list.join(' '));

  it('numbers conversions by order, so a translation that moves them by position is no finding', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(words, conversion), { minLength: 1, maxLength: 5 }), async (parts) => {
        const source = parts.map(([text, type]) => `${text} %${type}`).join(' ');
        const moved = parts.map(([text, type], index) => `${text} %${index + 1}$${type}`).reverse().join(' ');
        expect(await findingsOf('placeholder-drift', [pair(source, moved, 'en', 'de')])).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('reports a conversion dropped from anywhere in the message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(words, conversion), { minLength: 1, maxLength: 5 }), fc.nat(), async (parts, seed) => {
        const dropped = seed % parts.length;
        const source = parts.map(([text, type]) => `${text} %${type}`).join(' ');
        const target = parts.map(([text, type], index) => (index === dropped ? text : `${text} %${type}`)).join(' ');
        const findings = await findingsOf('placeholder-drift', [pair(source, target, 'en', 'de')]);
        expect(findings.map(kindOf)).toEqual(['missing']);
      }),
      { numRuns: 60 },
    );
  });

  it('finds no placeholder in text without %, {, $, < or @', () => {
    fc.assert(
      fc.property(fc.string().filter((text) => !/[%{$<@\uFFFC]/.test(text)), (text) => {
        expect(placeholdersIn(text).list).toEqual([]);
      }),
    );
  });
});

describe('placeholder-drift in PO files, end to end', () => {
  it('reads c-format flags and plural forms from the catalog', async () => {
    const dir = scratchDir();
    const file = join(dir, 'app.de.po');
    writeFileSync(
      file,
      [
        'msgid ""\nmsgstr ""\n"Language: de\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n',
        `#, c-format\nmsgid ${poString('Run {command} on %s')}\nmsgstr ${poString('{Befehl} auf %s ausführen')}\n`,
        `#, c-format\nmsgid ${poString('%s: file shrank by %s byte')}\nmsgid_plural ${poString('%s: file shrank by %s bytes')}\nmsgstr[0] ${poString('%s: Datei ist um ein Byte geschrumpft')}\nmsgstr[1] ${poString('%s: Datei ist um %s Bytes geschrumpft')}\n`,
        `#, c-format\nmsgid ${poString('Copying %s (%d bytes)')}\nmsgstr ${poString('%d Bytes werden kopiert: %s')}\n`,
      ].join('\n'),
    );
    const { code, stdout } = cli([file, '--format', 'json', '--fail-on', 'never']);
    expect(code).toBe(0);
    const findings: Finding[] = JSON.parse(stdout).findings.filter((finding: Finding) => finding.ruleId === 'placeholder-drift');
    expect(findings.map((finding) => [kindOf(finding), finding.source?.line])).toEqual([['reordered', 17]]);
  });
});
