import { eachMatch } from '../each-match.js';
import { dominantScript } from '../language.js';
import { listRulesFor } from './data.js';
import type { ListItem } from './types.js';

const LATIN_TOKEN = /\p{Script=Latin}[\p{Script=Latin}\p{N}]*(?:[-'’&][\p{Script=Latin}\p{N}]+)*/gu;
const ACRONYM_OR_CODE = /\p{Lu}.*\p{Lu}|\p{N}/u;
const CAPITALISED = /^\p{Lu}/u;
const SENTENCE_BREAK = /[.!?。！？:：]\s*$/u;

/**
 * What an item shares with its translation whatever the language: the values of its
 * quantities, Latin-script names (Qwen, T-Head, GPU), and hint concepts from the list data
 * ("能源" and "energy" both give `~energy`).
 */
export function anchorsOf(item: ListItem, lang: string, quantityValues: readonly number[]): Set<string> {
  const anchors = new Set(quantityValues.map((value) => `#${value}`));
  for (const name of namesIn(item.text)) anchors.add(`@${name}`);
  const { hints } = listRulesFor(lang);
  if (hints) eachMatch(hints.pattern, item.text, (match) => anchors.add(`~${hints.concepts.get(match[0].toLowerCase())}`));
  return anchors;
}

/**
 * Latin words that look like names. In a Latin-script text only capitalised words that do not
 * start a sentence, acronyms and words with digits; in other scripts every Latin word.
 */
function namesIn(text: string): string[] {
  const latinText = dominantScript(text) === 'Latin';
  const names: string[] = [];
  eachMatch(LATIN_TOKEN, text, (match) => {
    const word = match[0];
    const startsSentence = match.index === 0 || SENTENCE_BREAK.test(text.slice(Math.max(0, match.index - 4), match.index));
    if (!latinText || ACRONYM_OR_CODE.test(word) || (CAPITALISED.test(word) && !startsSentence)) names.push(normalise(word));
  });
  return names;
}

/** Case and a plural `s` do not matter: "GPUs" and "GPU" are one name. */
function normalise(word: string): string {
  const lower = word.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower;
}
