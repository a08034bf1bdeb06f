// What real tools write (Trados, memoQ, Okapi, Phrase, Crowdin, Poedit, Tatoeba,
// HuggingFace datasets), as small files under tests/fixtures/read-variants/: pairs, ids,
// lines and languages as read, and no finding caused by the file's markup or layout.
import { describe, expect, it } from 'vitest';
import { auditItems, emptySummary } from '../src/audit.js';
import { loadRulePack } from '../src/config/rule-pack.js';
import csv from '../src/read/csv.js';
import jsonl from '../src/read/jsonl.js';
import po from '../src/read/po.js';
import type { Reader } from '../src/read/reader.js';
import tmx from '../src/read/tmx.js';
import tsv from '../src/read/tsv.js';
import xliff from '../src/read/xliff.js';
import { PLACEHOLDER } from '../src/read/xml-stream.js';
import { readAll, readError, scratchFile } from './read-helpers.js';

const DIR = 'tests/fixtures/read-variants';
const P = PLACEHOLDER;

/** Each pair as [id, source line, target line, source text, target text, source lang, target lang]. */
async function pairsOf(reader: Reader, file: string, options: { sourceLang?: string; targetLang?: string } = {}) {
  const { pairs, unpaired } = await readAll(reader, { path: `${DIR}/${file}`, ...options });
  return {
    pairs: pairs.map((pair) => [pair.id, pair.source.line, pair.target.line, pair.source.text, pair.target.text, pair.sourceLang, pair.targetLang]),
    unpaired: unpaired.map((block) => [block.segment.line, block.segment.text]),
  };
}

/** Rule ids of every finding of the default pack on the file. */
async function findingRules(reader: Reader, file: string): Promise<string[]> {
  const found: string[] = [];
  for await (const finding of auditItems(reader.read({ path: `${DIR}/${file}` }), loadRulePack(), emptySummary())) found.push(`${finding.ruleId}@${finding.source?.line}`);
  return found;
}

describe('TMX variants', () => {
  it('Trados TMX 1.4: bpt/ept/ph/it/ut become placeholders, hi keeps its text, prop and note are not text', async () => {
    expect((await pairsOf(tmx, 'trados-inline.tmx')).pairs).toEqual([
      ['1', 8, 15, `Click ${P}Save${P} to store 10${P}20 files.`, `Klicken Sie auf ${P}Speichern${P}, um 10${P}20 Dateien zu speichern.`, 'en', 'de'],
      ['2', 18, 20, `See page 5 and ${P}note${P}.`, `Siehe Seite 5 und ${P}Hinweis${P}.`, 'en', 'de'],
    ]);
    expect(await findingRules(tmx, 'trados-inline.tmx')).toEqual([]);
  });

  it('Okapi multilingual memory (srclang="*all*"): one pair per target language, ids <tuid>@<lang>', async () => {
    expect((await pairsOf(tmx, 'okapi-multilingual.tmx')).pairs).toEqual([
      ['a@fr', 5, 7, 'Open 3 files.', 'Ouvrir 3 fichiers.', 'en', 'fr'],
      ['a@de', 5, 8, 'Open 3 files.', '3 Dateien öffnen.', 'en', 'de'],
      ['b', 10, 12, 'Close 2 windows.', '2 Fenster schließen.', 'en', 'de'],
    ]);
    // The same source in French and in German is no inconsistency.
    expect(await findingRules(tmx, 'okapi-multilingual.tmx')).toEqual([]);
  });

  it('a declared target language picks that variant alone', async () => {
    expect((await pairsOf(tmx, 'okapi-multilingual.tmx', { targetLang: 'de' })).pairs.map(([id, , line]) => [id, line])).toEqual([
      ['a', 8],
      ['b', 12],
    ]);
  });

  it('TMX 1.1 `lang` attributes in upper case, no tuid', async () => {
    expect((await pairsOf(tmx, 'tmx11-lang.tmx')).pairs).toEqual([['p1', 5, 7, 'Print 4 pages.', '4 Seiten drucken.', 'en', 'de']]);
  });

  it('UTF-16 with a BOM reads as the same file in UTF-8', async () => {
    expect(await pairsOf(tmx, 'utf16-bom.tmx')).toEqual(await pairsOf(tmx, 'tmx11-lang.tmx'));
  });
});

describe('XLIFF variants', () => {
  it('XLIFF 1.2: nested groups, g/x/bx/ex/ph, mrk segments, alt-trans ignored, translate="no" skipped, per-<file> languages', async () => {
    const { pairs, unpaired } = await pairsOf(xliff, 'xliff12-tools.xlf');
    expect(pairs).toEqual([
      ['1', 8, 11, `Save all 5 files${P}now`, `Alle 5 Dateien${P}jetzt speichern`, 'en', 'de'],
      ['4', 18, 18, 'Delete 2 items?', '2 Elemente löschen?', 'en', 'de'],
      // A unit id repeated in another <file> is made unique.
      ['1#4', 23, 23, 'Open 3 files', 'Ouvrir 3 fichiers', 'en', 'fr'],
    ]);
    // state="needs-translation" with an empty target: untranslated.
    expect(unpaired).toEqual([[17, `Page ${P}1${P} of ${P}`]]);
    expect(await findingRules(xliff, 'xliff12-tools.xlf')).toEqual(['unpaired-segment@17']);
  });

  it('XLIFF 2.0: pc keeps its text, sc/ec/ph are placeholders, ignorable and notes are not text, one pair per segment', async () => {
    const { pairs, unpaired } = await pairsOf(xliff, 'xliff20-segments.xlf');
    expect(pairs).toEqual([
      ['u1/s1', 8, 10, 'Press OK to copy 3 files.', '3 個のファイルをコピーするには OK を押します。', 'en', 'ja'],
      ['u1/s2', 13, 15, `Use ${P}bold${P} for ${P}.`, `${P}太字${P}は ${P} に使います。`, 'en', 'ja'],
    ]);
    expect(unpaired).toEqual([[18, 'Untranslated 4']]);
    expect(await findingRules(xliff, 'xliff20-segments.xlf')).toEqual(['unpaired-segment@18']);
  });
});

describe('PO variants', () => {
  it('CRLF, #| previous msgid, no-c-format, msgctxt with plurals, obsolete #~; language from Language-Team', async () => {
    expect((await pairsOf(po, 'crlf-plural-ctx.po')).pairs).toEqual([
      ['menu|Open %d file[0]', 13, 15, 'Open %d file', '%d Datei öffnen', 'en', 'de'],
      ['menu|Open %d file[1]', 13, 16, 'Open %d files', '%d Dateien öffnen', 'en', 'de'],
      ['One', 19, 20, 'One', 'Eins', 'en', 'de'],
    ]);
  });

  it('three plural forms (Russian): no inconsistency between the forms of msgid_plural', async () => {
    expect((await pairsOf(po, 'plural3-team.po')).pairs).toEqual([
      ['%d file[0]', 7, 9, '%d file', '%d файл', 'en', 'ru'],
      ['%d file[1]', 7, 10, '%d files', '%d файла', 'en', 'ru'],
      ['%d file[2]', 7, 11, '%d files', '%d файлов', 'en', 'ru'],
    ]);
    expect(await findingRules(po, 'plural3-team.po')).toEqual([]);
  });

  it('six plural forms (Arabic) and one (Japanese)', async () => {
    const arabic = (await pairsOf(po, 'plural6.po')).pairs;
    expect(arabic.map(([id, , line]) => [id, line])).toEqual([0, 1, 2, 3, 4, 5].map((form) => [`%d day[${form}]`, 8 + form]));
    expect(await findingRules(po, 'plural6.po')).toEqual([]);
    expect((await pairsOf(po, 'plural1.po')).pairs).toEqual([['%d file[0]', 6, 8, '%d file', '%d 個のファイル', 'en', 'ja']]);
  });

  it('charset ISO-8859-1, and the language named by Language-Team alone', async () => {
    expect((await pairsOf(po, 'latin1-team.po')).pairs).toEqual([['Café for 2', 6, 7, 'Café for 2', 'Café pour 2', 'en', 'fr']]);
  });

  it('Language-Team as a template says nothing', async () => {
    const path = scratchFile('template.po', 'msgid ""\nmsgstr ""\n"Language-Team: LANGUAGE <LL@li.org>\\n"\n\nmsgid "Save"\nmsgstr "Speichern"\n');
    expect((await readAll(po, { path, targetLang: 'de' })).pairs.map((pair) => pair.targetLang)).toEqual(['de']);
  });
});

describe('CSV and TSV variants', () => {
  it('src/tgt headers', async () => {
    expect((await pairsOf(csv, 'src-tgt.csv')).pairs.map(([id, line, , source, target]) => [id, line, source, target])).toEqual([
      ['p1', 2, 'Save 3 files', '3 Dateien speichern'],
      ['p2', 3, 'Open the menu', 'Das Menü öffnen'],
    ]);
  });

  it('Crowdin: Key, Source string, Translation (Context ignored)', async () => {
    expect((await pairsOf(csv, 'crowdin.csv')).pairs.map(([id, line, , source, target]) => [id, line, source, target])).toEqual([['k1', 2, 'Save 3 files', '3 Dateien speichern']]);
  });

  it('Phrase: a column per language code, one pair per target language', async () => {
    const { pairs, unpaired } = await pairsOf(csv, 'phrase-lang-columns.csv');
    expect(pairs).toEqual([
      ['save@de', 2, 2, 'Save 3 files', '3 Dateien speichern', 'en', 'de'],
      ['save@fr', 2, 2, 'Save 3 files', 'Enregistrer 3 fichiers', 'en', 'fr'],
      ['quit@de', 3, 3, 'Quit', 'Beenden', 'en', 'de'],
    ]);
    // The French of `Quit` is missing.
    expect(unpaired).toEqual([[3, 'Quit']]);
  });

  it('a declared source language picks its column as the source', async () => {
    expect((await pairsOf(csv, 'phrase-lang-columns.csv', { sourceLang: 'de' })).pairs.slice(0, 2).map(([id, , , source, target]) => [id, source, target])).toEqual([
      ['save@en', '3 Dateien speichern', 'Save 3 files'],
      ['save@fr', '3 Dateien speichern', 'Enregistrer 3 fichiers'],
    ]);
  });

  it('memoQ: columns named by language (English, German), quoted', async () => {
    expect((await pairsOf(csv, 'memoq-language-names.csv')).pairs).toEqual([['p1', 2, 2, 'Save 3 files', '3 Dateien speichern', 'en', 'de']]);
  });

  it('semicolon-separated, BOM, CRLF, quoted cells over several lines', async () => {
    expect((await pairsOf(csv, 'semicolon-bom-crlf.csv')).pairs.map(([id, line, , source, target]) => [id, line, source, target])).toEqual([
      ['p1', 2, 'Print page 1\nof the report', 'Seite 1 des\nBerichts drucken'],
      ['p2', 5, 'Save 3 files', '3 Dateien speichern'],
    ]);
    expect(await findingRules(csv, 'semicolon-bom-crlf.csv')).toEqual([]);
  });

  it('sniffs a semicolon header as CSV, a tab one as TSV', () => {
    expect(csv.sniff('\uFEFFsource;target\r\n')).toBe(true);
    expect(csv.sniff('source\ttarget\n')).toBe(false);
    expect(tsv.sniff('source\ttarget\n')).toBe(true);
  });

  it('TSV without a header: two columns are source and target, from line 1', async () => {
    expect((await pairsOf(tsv, 'no-header.tsv')).pairs.map(([id, line, , source, target]) => [id, line, source, target])).toEqual([
      ['p1', 1, 'Save 3 files', '3 Dateien speichern'],
      ['p2', 3, 'Open the menu', 'Das Menü öffnen'],
    ]);
  });

  it('Tatoeba sentence pairs: id, text, id, translation', async () => {
    expect((await pairsOf(tsv, 'tatoeba.tsv')).pairs.map(([id, line, , source, target]) => [id, line, source, target])).toEqual([
      ['1276', 1, 'Let us try something.', 'Lass uns etwas versuchen!'],
      ['1277', 2, 'I have 2 cats.', 'Ich habe 2 Katzen.'],
    ]);
  });

  it('refuses a header that names languages metadata but no texts, at line 1', async () => {
    const error = await readError(csv, { path: `${DIR}/lang-meta-only.csv` });
    expect(error.message).toMatch(/lang-meta-only\.csv:1: CSV header has no 'source' and 'target' columns, nor a column per language/);
  });

  it('refuses a header-less file of three columns', async () => {
    const path = scratchFile('three.tsv', 'a\tb\tc\n');
    expect((await readError(tsv, { path })).message).toMatch(/three\.tsv:1: TSV header has no/);
  });
});

describe('JSONL variants', () => {
  it('src/tgt, source/translation, HuggingFace {"translation": {...}}, texts by language; BOM and blank lines', async () => {
    expect((await pairsOf(jsonl, 'keys-and-hf.jsonl')).pairs).toEqual([
      ['p1', 1, 1, 'Save 3 files', '3 Dateien speichern', 'en', 'de'],
      ['7', 3, 3, 'Open the menu', 'Das Menü öffnen', 'en', 'de'],
      ['p3', 4, 4, 'Print 2 pages', '2 Seiten drucken', 'en', 'de'],
      ['m@de', 5, 5, 'Close 4 tabs', '4 Tabs schließen', 'en', 'de'],
      ['m@fr', 5, 5, 'Close 4 tabs', 'Fermer 4 onglets', 'en', 'fr'],
      ['p5', 6, 6, 'Delete 5 files', '5 Dateien löschen', 'en', 'de'],
    ]);
    expect(await findingRules(jsonl, 'keys-and-hf.jsonl')).toEqual([]);
  });

  it('refuses a translation object with one language, and a record with no texts, at their line', async () => {
    const one = scratchFile('one.jsonl', '{"translation": {"en": "Hello"}}\n');
    expect((await readError(jsonl, { path: one })).message).toBe(`${one}:1: "translation" must be a string or an object of texts by language (two or more, like {"en": "...", "de": "..."})`);
    const none = scratchFile('none.jsonl', '{"source": "a", "target": "b"}\n{"text": "Hello"}\n');
    expect((await readError(jsonl, { path: none })).message).toBe(`${none}:2: "source" must be a string, and is missing`);
  });
});

describe('XLIFF language on the elements', () => {
  it('Okapi: a <file> without target-language, the target saying its xml:lang', async () => {
    expect((await pairsOf(xliff, 'okapi-target-lang.xlf')).pairs).toEqual([['tu1', 5, 7, 'Read chapter 2.', 'Leia o capítulo 2.', 'en', 'pt']]);
  });

  it('reads Trados, memoQ and Phrase XLIFF by their extensions', async () => {
    const { readerFor } = await import('../src/read/index.js');
    for (const name of ['a.sdlxliff', 'a.mqxliff', 'a.mxliff']) expect((await readerFor(name)).format).toBe('xliff');
  });
});
