import { copyFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, READERS, readerFor } from '../src/read/index.js';
import { scratchFile } from './read-helpers.js';
import { EXPORT_CASES } from './read-exports.cases.js';

const SAMPLES: [string, string][] = [
  ['samples/glossary-ui.tmx', 'tmx'],
  ['samples/app-strings.xlf', 'xliff'],
  ['samples/app-strings-2.0.xlf', 'xliff'],
  ['samples/messages.po', 'po'],
  ['samples/pairs.csv', 'csv'],
  ['samples/pairs.tsv', 'tsv'],
  ['samples/corpus.jsonl', 'jsonl'],
];

describe('reader registry', () => {
  it('registers every structured format, article last', () => {
    expect(FORMAT_NAMES).toEqual(expect.arrayContaining(['tmx', 'xliff', 'po', 'csv', 'tsv', 'jsonl']));
    expect(READERS.at(-1)!.format).toBe('article');
  });

  it.each(SAMPLES)('picks %s by its extension as %s', async (path, format) => {
    expect((await readerFor(path)).format).toBe(format);
  });

  it.each(SAMPLES)('recognises %s by its content as %s', async (path, format) => {
    const bare = scratchFile('input', '');
    copyFileSync(path, bare);
    expect((await readerFor(bare)).format).toBe(format);
  });
});

describe('tool exports without their extension', () => {
  // Language-column headers (`key,en,de`) and Excel's `sep=` line are headers too.
  it.each(EXPORT_CASES.map(({ file }) => file))('%s: recognised by content as by extension', async (file) => {
    const path = `tests/fixtures/exports/${file}`;
    const bare = scratchFile('export', '');
    copyFileSync(path, bare);
    expect((await readerFor(bare)).format).toBe((await readerFor(path)).format);
  });

  it('a first line of prose naming two languages is no CSV header', async () => {
    expect((await readerFor(scratchFile('notes', 'English, Deutsch and Français are the languages of this manual, in that order.\n\nChapter 1\n'))).format).toBe('article');
  });
});
