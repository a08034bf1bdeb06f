import { describe, expect, it } from 'vitest';
import csv from '../src/read/csv.js';
import tsv from '../src/read/tsv.js';
import { findingsOf, pairById, readAll, readError, scratchFile } from './read-helpers.js';

describe('csv reader on the sample', () => {
  it('pairs records: id column, the line where each record begins, detected languages', async () => {
    const { pairs } = await readAll(csv, { path: 'samples/pairs.csv' });
    expect(pairs.map((pair) => [pair.id, pair.source.line, pair.target.line])).toEqual([
      ['q1-revenue', 2, 2],
      ['capex', 3, 3],
      ['users', 4, 4],
      ['stores', 5, 5],
      ['layers', 6, 6],
      ['dividend', 14, 14],
      ['growth', 15, 15],
    ]);
    expect(pairs.every((pair) => pair.sourceLang === 'zh' && pair.targetLang === 'en')).toBe(true);
    expect(pairById(pairs, 'capex').target.text).toBe('Alibaba plans to invest more than RMB 38 billion in cloud and AI infrastructure over the next three years.');
    expect(pairById(pairs, 'layers').source.text.split('\n')).toHaveLength(4);
  });

  it('reports a record with an empty target as untranslated', async () => {
    const { unpaired } = await readAll(csv, { path: 'samples/pairs.csv' });
    expect(unpaired.map((unit) => [unit.side, unit.lang, unit.segment.line, unit.segment.text])).toEqual([['source', 'zh', 13, '公司目前有约 20 万名员工。']]);
  });

  it('reports the untranslated units at their lines (unpaired-segment)', async () => {
    expect(await findingsOf(csv, { path: 'samples/pairs.csv' }, 'unpaired-segment')).toEqual([['unpaired-segment', 13, undefined]]);
  });
});

describe('csv details', () => {
  it.each([
    ['\r\n', 'CRLF'],
    ['\n', 'LF'],
    ['\r', 'CR'],
  ])("Excel's `sep=` first line names the delimiter and is no record (%#: %s)", async (eol) => {
    const path = scratchFile('excel.csv', ['sep=|', 'source|target', 'Rinse at 30 °C, then dry|Bei 30 °C spülen, dann trocknen', 'Wait 2 hours|2 Stunden warten', ''].join(eol));
    const { pairs, unpaired } = await readAll(csv, { path });
    expect(pairs.map((pair) => [pair.source.line, pair.source.text, pair.target.text])).toEqual([
      [3, 'Rinse at 30 °C, then dry', 'Bei 30 °C spülen, dann trocknen'],
      [4, 'Wait 2 hours', '2 Stunden warten'],
    ]);
    expect(unpaired).toEqual([]);
  });

  it('matches header names loosely and reads per-record languages', async () => {
    const path = scratchFile('langs.csv', 'Source_Lang,SOURCE,Target,target-lang\nen-US,Two apples,Deux pommes,fr-FR\nen,Three pears,Drei Birnen,de\n');
    const { pairs } = await readAll(csv, { path });
    expect(pairs.map((pair) => [pair.id, pair.sourceLang, pair.targetLang, pair.target.text])).toEqual([
      ['p1', 'en', 'fr', 'Deux pommes'],
      ['p2', 'en', 'de', 'Drei Birnen'],
    ]);
  });

  it('detects the target language from the translated targets, not from copies of the source', async () => {
    const path = scratchFile('copies.csv', 'source,target\nCancel,Cancel\nOpen file,Datei öffnen\nSave changes,Änderungen speichern\nPrint,Print\nClose window,Fenster schließen\n');
    const { pairs } = await readAll(csv, { path });
    expect(pairs.map((pair) => pair.targetLang)).toEqual(['de', 'de', 'de', 'de', 'de']);
  });

  it('counts lines across empty lines, mixed line endings and quoted line breaks', async () => {
    const path = scratchFile('lines.csv', 'source,target\r\n\r\n"One\r\ntwo",Un deux\n\n\nThree,Trois\rFour,"Quatre ""4"""\n');
    const { pairs } = await readAll(csv, { path, sourceLang: 'en', targetLang: 'fr' });
    expect(pairs.map((pair) => [pair.source.line, pair.source.text, pair.target.text])).toEqual([
      [3, 'One\ntwo', 'Un deux'],
      [7, 'Three', 'Trois'],
      [8, 'Four', 'Quatre "4"'],
    ]);
  });

  it('refuses a source column beside columns per language: half a header, not one column per language', async () => {
    const path = scratchFile('source-and-languages.csv', 'id,source,de,fr\n1,Save,Speichern,Enregistrer\n');
    expect((await readError(csv, { path })).message).toBe(`${path}:1: CSV header has no 'target' column (columns: 'id', 'source', 'de', 'fr')`);
  });

  it('refuses a header without a target column', async () => {
    const path = scratchFile('no-target.csv', 'id,source,comment\n1,Hello,Bonjour\n');
    expect((await readError(csv, { path })).message).toBe(`${path}:1: CSV header has no 'target' column (columns: 'id', 'source', 'comment')`);
  });

  it('reports a quote never closed at the line where its record begins', async () => {
    const path = scratchFile('open-quote.csv', 'source,target\nHello,Bonjour\n"Good bye,Au revoir\nThanks,Merci\n');
    expect((await readError(csv, { path })).message).toBe(`${path}:3: malformed CSV: a quoted field is never closed`);
  });

  it('reports a record with more fields than the header', async () => {
    const path = scratchFile('fields.csv', 'source,target\nHello,Bonjour\n\nRevenue was 2,435 million,Le chiffre d’affaires\n');
    expect((await readError(csv, { path })).message).toMatch(new RegExp(`^${path}:4: malformed CSV: the record has a different number of fields than the header`));
  });

  it('refuses an empty file', async () => {
    const path = scratchFile('empty.csv', '');
    expect((await readError(csv, { path })).message).toMatch(/no header row/);
  });

  it('sniffs a source/target header', () => {
    expect(csv.sniff('id,"Source",Target\n1,a,b')).toBe(true);
    expect(csv.sniff('source\ttarget\n')).toBe(false);
    expect(csv.sniff('Hello, world\n')).toBe(false);
  });
});

describe('tsv reader', () => {
  it('pairs the sample, with quotes as ordinary text', async () => {
    const { pairs, unpaired } = await readAll(tsv, { path: 'samples/pairs.tsv' });
    expect(pairs.map((pair) => [pair.id, pair.source.line])).toEqual([
      ['order-shipped', 2],
      ['delivery-time', 3],
      ['free-shipping', 4],
      ['returns', 5],
      ['track', 7],
      ['cart-count', 8],
      ['warehouse', 10],
    ]);
    expect(pairs.every((pair) => pair.sourceLang === 'en' && pair.targetLang === 'fr')).toBe(true);
    expect(pairById(pairs, 'track').source.text).toBe('Click "Track" to follow your parcel.');
    expect(pairById(pairs, 'free-shipping').target.text).toBe("Livraison gratuite dès 15 € d'achat.");
    expect(unpaired.map((unit) => [unit.segment.line, unit.segment.text])).toEqual([[9, 'Gift wrapping is available.']]);
  });

  it('reports the untranslated record at its line (unpaired-segment)', async () => {
    expect(await findingsOf(tsv, { path: 'samples/pairs.tsv' }, 'unpaired-segment')).toEqual([['unpaired-segment', 9, undefined]]);
  });

  it('refuses a source column beside columns per language: half a header, not one column per language', async () => {
    const path = scratchFile('source-and-languages.csv', 'id,source,de,fr\n1,Save,Speichern,Enregistrer\n');
    expect((await readError(csv, { path })).message).toBe(`${path}:1: CSV header has no 'target' column (columns: 'id', 'source', 'de', 'fr')`);
  });

  it('refuses a header without a target column', async () => {
    const path = scratchFile('no-target.tsv', 'source\tcomment\nHello\tgreeting\n');
    expect((await readError(tsv, { path })).message).toBe(`${path}:1: TSV header has no 'target' column (columns: 'source', 'comment')`);
  });

  it('sniffs a tab-separated source/target header', () => {
    expect(tsv.sniff('source\ttarget\tid\n')).toBe(true);
    expect(tsv.sniff('source,target\n')).toBe(false);
  });
});
