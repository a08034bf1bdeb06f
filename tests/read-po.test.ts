import { describe, expect, it } from 'vitest';
import po from '../src/read/po.js';
import { findingsOf, pairById, readAll, readError, scratchFile } from './read-helpers.js';

const SAMPLE = 'samples/messages.po';
const HEADER = 'msgid ""\nmsgstr ""\n"Language: de\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n';

describe('po reader on the sample', () => {
  it('pairs translated entries: msgid-based ids, lines of msgid and msgstr, Language header', async () => {
    const { pairs } = await readAll(po, { path: SAMPLE });
    expect(pairs.map((pair) => [pair.id, pair.source.line, pair.target.line])).toEqual([
      ['Save', 17, 18],
      ['Each workspace can store up to 25 million files.', 21, 22],
      ['%d file was uploaded.[0]', 26, 28],
      ['%d file was uploaded.[1]', 26, 29],
      ['menu|Open', 33, 34],
      ['status|Open', 38, 39],
      ['You can upload 10 files at once.', 42, 43],
      ['Your free trial lasts 30 days.', 62, 63],
      [expect.stringMatching(/^Files larger than 2 GB cannot be shared\. Split t…[0-9a-f]{8}$/), 66, 69],
      ['{name} shared the folder {folder} with you.', 74, 75],
    ]);
    expect(pairs.every((pair) => pair.sourceLang === 'en' && pair.targetLang === 'de' && pair.input === SAMPLE)).toBe(true);
  });

  it('splits plural forms: form 0 against msgid, the others against msgid_plural', async () => {
    const { pairs } = await readAll(po, { path: SAMPLE });
    expect(pairById(pairs, '%d file was uploaded.[0]')).toMatchObject({ source: { text: '%d file was uploaded.' }, target: { text: '%d Datei wurde hochgeladen.' } });
    expect(pairById(pairs, '%d file was uploaded.[1]')).toMatchObject({ source: { text: '%d files were uploaded.' }, target: { text: '%d Dateien wurden hochgeladen.' } });
  });

  it('joins continued strings', async () => {
    const { pairs } = await readAll(po, { path: SAMPLE });
    const help = pairs.at(-2)!;
    expect(help.source.text).toBe('Files larger than 2 GB cannot be shared. Split them or upload them to a shared folder instead.');
    expect(help.target.text).toBe('Dateien, die größer als 2 GB sind, können nicht geteilt werden. Teilen Sie sie auf oder laden Sie sie in einen freigegebenen Ordner hoch.');
  });

  it('reports empty msgstr as untranslated: one unpaired source per entry, plural ones with both strings', async () => {
    const { unpaired } = await readAll(po, { path: SAMPLE });
    expect(unpaired.map((unit) => [unit.side, unit.lang, unit.segment.line, unit.segment.text, unit.segment.parts.map((part) => part.line)])).toEqual([
      ['source', 'en', 46, 'Deleted files stay in the trash for 30 days.', [46]],
      ['source', 'en', 50, '%d person has access.\n%d people have access.', [50, 51]],
    ]);
  });

  it('skips fuzzy entries unless asked, ignores obsolete ones and their comments', async () => {
    const strict = await readAll(po, { path: SAMPLE });
    expect(strict.pairs.some((pair) => pair.source.text.includes('Pro plan'))).toBe(false);
    const fuzzy = await readAll(po, { path: SAMPLE, includeFuzzy: true });
    expect(pairById(fuzzy.pairs, 'The Pro plan costs $12 per user per month.')).toMatchObject({ source: { line: 57 }, target: { line: 58, text: 'Der Pro-Tarif kostet 10 $ pro Nutzer und Monat.' } });
    expect(fuzzy.items.some((item) => item.kind === 'pair' && item.pair.source.text.includes('Sync'))).toBe(false);
  });

  it('reads suppressions from translator comments only where they stand', async () => {
    const { pairs } = await readAll(po, { path: SAMPLE });
    expect(pairs.filter((pair) => pair.suppressed).map((pair) => [pair.id, pair.suppressed])).toEqual([['Your free trial lasts 30 days.', ['numeric-drift']]]);
  });

  it('reports the untranslated units at their lines (unpaired-segment)', async () => {
    expect(await findingsOf(po, { path: SAMPLE }, 'unpaired-segment')).toEqual([
      ['unpaired-segment', 46, undefined],
      ['unpaired-segment', 50, undefined],
    ]);
  });
});

describe('po details', () => {
  it('decodes C escapes', async () => {
    const path = scratchFile('escapes.po', `${HEADER}msgid "Tab\\there, \\"quoted\\", back\\\\slash\\nnext \\101\\x42"\nmsgstr "ok"\n`);
    const [pair] = (await readAll(po, { path })).pairs;
    expect(pair!.source.text).toBe('Tab\there, "quoted", back\\slash\nnext AB');
  });

  it('detects a non-Latin source language, English otherwise', async () => {
    const chinese = scratchFile('zh.po', 'msgid ""\nmsgstr "Language: en_US\\n"\n\nmsgid "保存文件"\nmsgstr "Save the file"\n\nmsgid "打开最近的项目"\nmsgstr "Open a recent project"\n');
    expect((await readAll(po, { path: chinese })).pairs.map((pair) => [pair.sourceLang, pair.targetLang])).toEqual([['zh', 'en'], ['zh', 'en']]);
    const french = scratchFile('fr.po', 'msgid "Bonjour tout le monde, voici le menu principal"\nmsgstr "Hallo zusammen, hier ist das Hauptmenü"\n');
    expect((await readAll(po, { path: french })).pairs[0]).toMatchObject({ sourceLang: 'en', targetLang: 'de' });
    expect((await readAll(po, { path: french, sourceLang: 'fr' })).pairs[0]).toMatchObject({ sourceLang: 'fr' });
  });

  it('puts the msgctxt on the source as its context', async () => {
    const { pairs } = await readAll(po, { path: SAMPLE });
    expect(pairById(pairs, 'menu|Open').source.context).toBe('menu');
    expect(pairById(pairs, 'status|Open').source.context).toBe('status');
    expect(pairById(pairs, 'Save').source).not.toHaveProperty('context');
    const plural = scratchFile('ctx.po', `${HEADER}msgctxt "Desktop icon size"\nmsgid "%d item"\nmsgid_plural "%d items"\nmsgstr[0] "%d Element"\nmsgstr[1] "%d Elemente"\n`);
    expect((await readAll(po, { path: plural })).pairs.map((pair) => pair.source.context)).toEqual(['Desktop icon size', 'Desktop icon size\u0004msgstr[1]']);
  });

  it('skips translator credits, which list the translators (real: nemo-extensions)', async () => {
    const path = scratchFile(
      'credits.po',
      `${HEADER}msgid "translator-credits"\nmsgstr ""\n"Launchpad Contributions:\\n"\n"  Niko Krause https://launchpad.net/~nikokrause\\n"\n\n` +
        `msgctxt "NAME OF TRANSLATORS"\nmsgid "Your names"\nmsgstr "Niko Krause"\n\n` +
        `msgctxt "EMAIL OF TRANSLATORS"\nmsgid "Your emails"\nmsgstr "niko@example.org"\n\nmsgid "Three-Way Diff"\nmsgstr "Dreiwege-Diff"\n`,
    );
    const { pairs, unpaired } = await readAll(po, { path });
    expect(pairs.map((pair) => pair.id)).toEqual(['Three-Way Diff']);
    expect(unpaired).toEqual([]);
  });

  it('keeps ids unique when an entry repeats', async () => {
    const path = scratchFile('dup.po', `${HEADER}msgid "Open"\nmsgstr "Öffnen"\n\nmsgid "Open"\nmsgstr "Offen"\n`);
    expect((await readAll(po, { path })).pairs.map((pair) => pair.id)).toEqual(['Open', 'Open#2']);
  });

  it.each([
    ['an unterminated string', 'msgid "Save\nmsgstr "Speichern"\n', 6, 12, 'unterminated string'],
    ['an unescaped quote', 'msgid "Say "hi""\nmsgstr "Sag hallo"\n', 6, 13, 'unexpected text after the closing quote'],
    ['a missing quote', 'msgid Save\nmsgstr "Speichern"\n', 6, 7, 'expected a quoted string'],
    ['an invalid escape', 'msgid "C:\\path"\nmsgstr "x"\n', 6, 10, 'invalid escape sequence \\p'],
    ['a bad continuation', 'msgid "a"\nmsgstr "b"\n  "c\n', 8, 5, 'unterminated string'],
    ['an unknown keyword', 'msgid "a"\nmsgtxt "b"\n', 7, 1, "unknown keyword 'msgtxt'"],
  ])('reports %s with file, line and column', async (_, entry, line, column, reason) => {
    const path = scratchFile('bad.po', HEADER + entry);
    const error = await readError(po, { path });
    expect(error.message).toContain(`${path}:${line}:${column}: ${reason}`);
  });

  it.each([
    ['msgstr without msgid', 'msgstr "x"\n', 'msgstr without msgid'],
    ['msgid without msgstr', 'msgid "a"\n\nmsgid "b"\nmsgstr "c"\n', 'msgid without msgstr'],
    ['msgid without msgstr at the end', 'msgid "a"\n', 'msgid without msgstr'],
    ['plural without msgstr[n]', 'msgid "a"\nmsgid_plural "as"\nmsgstr "x"\n', 'a plural entry needs msgstr[n]'],
  ])('reports %s', async (_, entry, reason) => {
    const path = scratchFile('bad.po', HEADER + entry);
    expect((await readError(po, { path })).message).toMatch(new RegExp(`^${path}:\\d+(:\\d+)?: ${reason.replace(/[[\]]/g, '\\$&')}`));
  });

  it('sniffs msgid at a line start', () => {
    expect(po.sniff('# comment\nmsgid ""\nmsgstr ""\n')).toBe(true);
    expect(po.sniff('The msgid "x" is a PO keyword')).toBe(false);
  });
});
