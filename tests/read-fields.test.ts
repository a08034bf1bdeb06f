// Column and key names as tools and datasets write them: which field, which language.
import { describe, expect, it } from 'vitest';
import { fieldOf, languageInName, languageOfName } from '../src/read/fields.js';

describe('field names', () => {
  it.each([
    ['Source (en-US)', 'source', 'en-US'],
    ['Target [de]', 'target', 'de'],
    ['source text (English)', 'source', 'en'],
    ['src_text', 'source', undefined],
    ['tgt_text', 'target', undefined],
    ['segment_id', 'id', undefined],
    ['src_language', 'sourcelang', undefined],
    ['tgt_language', 'targetlang', undefined],
    // A parenthesis that names no language is no field's language.
    ['Source (old)', undefined, undefined],
    ['Notes (internal)', undefined, undefined],
  ])('%s: %s, language %s', (name, field, lang) => {
    expect([fieldOf(name), languageInName(name)]).toEqual([field, lang]);
  });
});

describe('language names', () => {
  it.each([
    ['eng_Latn', 'eng-Latn'],
    ['zho_Hans', 'zho-Hans'],
    ['de-DE', 'de-DE'],
    ['English', 'en'],
    // Three-letter keys without a script are too often not languages (url, doc, tag).
    ['url', undefined],
    ['doc', undefined],
    ['xyz_Latn', undefined],
  ])('%s: %s', (name, lang) => {
    expect(languageOfName(name)).toBe(lang);
  });
});
