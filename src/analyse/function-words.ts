// Function words (the, der, le, ...): the grammar of a language, frequent even in short
// texts, from rules/lang/<lang>/function-words.yaml.
import { languageData } from '../config/data-files.js';
import { eachMatch } from './each-match.js';
import { baseLanguage } from './language.js';

const LETTERS = /\p{L}+/gu;
const lists = new Map<string, ReadonlySet<string> | undefined>();

/** The language's function words, lower case, or undefined when it has no list. */
export function functionWords(lang: string): ReadonlySet<string> | undefined {
  const base = baseLanguage(lang);
  if (!lists.has(base)) {
    const words = languageData<{ words?: string[] }>(base, 'function-words')?.words;
    lists.set(base, words ? new Set(words) : undefined);
  }
  return lists.get(base);
}

/** How many words of a text are function words of `lang` (0 when it has no list). */
export function countFunctionWords(text: string, lang: string): number {
  const words = functionWords(lang);
  if (!words) return 0;
  let count = 0;
  eachMatch(LETTERS, text.toLowerCase(), ([word]) => {
    if (words.has(word)) count++;
  });
  return count;
}
