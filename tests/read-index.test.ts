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
  it.each(EXPORT_CASES.filter(({ format }) => !format).map(({ file }) => file))('%s: recognised by content as by extension', async (file) => {
    const path = `tests/fixtures/exports/${file}`;
    const bare = scratchFile('export', '');
    copyFileSync(path, bare);
    expect((await readerFor(bare)).format).toBe((await readerFor(path)).format);
  });

  it('a PO catalog in GB2312 is recognised by its content (sniffing does not stop at its first non-UTF-8 byte)', async () => {
    const bare = scratchFile('catalog', '');
    copyFileSync('tests/fixtures/exports/launchpad-zh_CN.gb2312.po', bare);
    expect((await readerFor(bare)).format).toBe('po');
  });

  // Excel's "Unicode Text" is tab-separated with CSV quoting (a cell holding a line break or
  // a quote is quoted); TSV never quotes, so reading it as the TSV it is sniffed as fails
  // at the first quoted cell (exit 2, with its line): --input-format csv reads it.
  it.fails('Excel Unicode text: recognised by content as the CSV it must be read as, not as TSV', async () => {
    const bare = scratchFile('sheet', '');
    copyFileSync('tests/fixtures/exports/excel-unicode-text.txt', bare);
    expect((await readerFor(bare)).format).toBe('csv');
  });

  it('a first line of prose naming two languages is no CSV header', async () => {
    expect((await readerFor(scratchFile('notes', 'English, Deutsch and Français are the languages of this manual, in that order.\n\nChapter 1\n'))).format).toBe('article');
  });
});
