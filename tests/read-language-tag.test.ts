// Language tags as tools write them, folded to the ISO 639-1 code language data is filed under.
import { describe, expect, it } from 'vitest';
import { baseLanguageOf } from '../src/read/language-tag.js';

/** [tag as written, where it is written, base language]. */
const TAGS: [string, string, string][] = [
  ['de-DE', 'BCP 47 (TMX, XLIFF)', 'de'],
  ['pt_BR', 'PO Language:', 'pt'],
  ['EN-US', 'OmegaT TMX 1.1', 'en'],
  ['zh-Hans', 'Xcode', 'zh'],
  ['eng', 'memoQ XLIFF', 'en'],
  ['ger', 'memoQ XLIFF (ISO 639-2/B)', 'de'],
  ['fre-CA', 'memoQ XLIFF', 'fr'],
  ['zho-CN', 'memoQ XLIFF', 'zh'],
  ['jpn', 'ISO 639-3', 'ja'],
  ['sr@latin', 'PO Language: (gettext modifier)', 'sr'],
  ['ca@valencia', 'PO Language:', 'ca'],
  ['de_DE.UTF-8', 'POSIX locale', 'de'],
  ['fil', 'no ISO 639-1 code', 'fil'],
  ['yue-HK', 'no ISO 639-1 code', 'yue'],
  ['und', 'undetermined', 'und'],
  ['../../etc', 'no language: kept as written, never a path', '../../etc'],
];

describe('baseLanguageOf', () => {
  it.each(TAGS)('%s (%s) -> %s', (tag, _where, base) => {
    expect(baseLanguageOf(tag)).toBe(base);
  });
});
