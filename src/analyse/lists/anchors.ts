import type { Segment } from '../../model.js';
import { eachMatch } from '../each-match.js';
import { dominantScript } from '../language.js';
import { perSegment } from '../memo.js';
import { quantitiesOf } from '../quantity/index.js';
import { listRulesFor } from './data.js';
import { quantitiesInItem } from './item-quantities.js';
import type { ListItem } from './types.js';

const LATIN_TOKEN = /\p{Script=Latin}[\p{Script=Latin}\p{N}]*(?:[-'’&][\p{Script=Latin}\p{N}]+)*/gu;
const ACRONYM_OR_CODE = /\p{Lu}.*\p{Lu}|\p{N}/u;
const CAPITALISED = /^\p{Lu}/u;
const QUANTITY_PREFIX = '#';
const TERMINAL_CODE = /[~^]/;
const OPTION = /(?<![\p{L}\p{N}\-])--?(\p{Script=Latin}[\p{Script=Latin}\p{N}-]*)/gu;
const HYPHEN_OR_POSSESSIVE = /-|['’](?=s$)/g;
const SENTENCE_BREAK = /[.!?。！？:：]\s*$/u;

/**
 * What an item shares with its translation whatever the language: the values of its
 * quantities, Latin-script names (Qwen, T-Head, GPU), and hint concepts from the list data
 * ("能源" and "energy" both give `~energy`).
 */
export interface Anchors {
  all: Set<string>;
  /**
   * The anchors a faithful translation keeps: quantities, hint concepts, codes and acronyms,
   * Latin words inside another script. Not a capitalised word of a Latin text, which may be
   * a German noun with no counterpart in English.
   */
  strong: Set<string>;
}

export function itemAnchors(segment: Segment, lang: string, item: ListItem): Anchors {
  // Quantities of the item's text, not of its marker: "2、" and "2." would anchor any item 2.
  const textStart = item.end - item.text.length;
  const values = quantitiesInItem(segment, lang, item)
    .filter((quantity) => quantity.start >= textStart && !isTerminalCode(segment.text, quantity.start))
    .map((quantity) => quantity.value);
  return anchorsOf(item.text, lang, values, isLatinSide(segment, lang));
}

/** Whether a side is written in Latin script: there a capitalised word may be any noun, elsewhere a Latin word is a name. */
const isLatinSide = perSegment((segment) => dominantScript(segment.text) === 'Latin');

/**
 * The anchors of a whole side, to tell whether an item's content is anywhere in it. Every
 * Latin word of a Latin-script side counts: "ascii" is no name in English, but it is the
 * counterpart of the name `ascii` in a Chinese item.
 */
export const sideAnchors: (segment: Segment, lang: string) => Anchors = perSegment((segment, lang) => {
  const values = quantitiesOf(segment, lang)
    .filter((quantity) => !quantity.weak && !isTerminalCode(segment.text, quantity.start))
    .map((quantity) => quantity.value);
  const anchors = anchorsOf(segment.text, lang, values, isLatinSide(segment, lang));
  if (isLatinSide(segment, lang)) eachMatch(LATIN_TOKEN, segment.text, (match) => anchors.all.add(`@${normalise(match[0])}`));
  // The parts of compounds: "USB" of "USB-Speicher" is the counterpart of a "USB" item.
  eachMatch(LATIN_TOKEN, segment.text, (match) => {
    if (match[0].includes('-')) for (const part of match[0].split('-')) anchors.all.add(`@${normalise(part)}`);
  });
  return anchors;
});

/** A digit after `~` or `^` is a terminal code (top's colour `~1`, `^G`), no quantity: every line has them. */
function isTerminalCode(text: string, start: number): boolean {
  return TERMINAL_CODE.test(text[start - 1] ?? '');
}

/** Strong anchors of an item found nowhere on the other side: the item's content is not there. */
export function hasOrphan(item: Anchors, otherSide: Anchors): boolean {
  for (const anchor of item.strong) if (!otherSide.all.has(anchor)) return true;
  return false;
}

export function sharesAnchor(a: Anchors, b: Anchors): boolean {
  for (const anchor of a.all) if (b.all.has(anchor)) return true;
  return false;
}

/** Whether `outer` holds every strong anchor of `inner`, and it has some: the item was merged into it. */
export function covers(outer: Anchors, inner: Anchors): boolean {
  if (inner.strong.size === 0) return false;
  for (const anchor of inner.strong) if (!outer.all.has(anchor)) return false;
  return true;
}

/** Whether an anchor is the value of a quantity rather than a name or a concept. */
export function isQuantity(anchor: string): boolean {
  return anchor.startsWith(QUANTITY_PREFIX);
}

function anchorsOf(text: string, lang: string, quantityValues: readonly number[], latinText: boolean): Anchors {
  const strong = new Set(quantityValues.map((value) => `${QUANTITY_PREFIX}${value}`));
  const all = new Set(strong);
  const add = (anchor: string, isStrong: boolean) => {
    all.add(anchor);
    if (isStrong) strong.add(anchor);
  };
  eachMatch(LATIN_TOKEN, text, (match) => {
    const word = match[0];
    const codes = codePartsOf(word);
    if (codes) {
      // "USB-Speicher" is "USB flash drives": the code carries the name, the rest is translated.
      add(`@${normalise(word)}`, false);
      for (const code of codes) add(`@${normalise(code)}`, true);
    } else if (!latinText || ACRONYM_OR_CODE.test(word)) add(`@${normalise(word)}`, true);
    else if (CAPITALISED.test(word) && !startsSentence(text, match.index)) add(`@${normalise(word)}`, false);
  });
  // A command-line option names the same thing in every language: "-l", "--sort=time".
  eachMatch(OPTION, text, (match) => add(`-${match[1]!.toLowerCase()}`, true));
  const { hints } = listRulesFor(lang);
  if (hints) eachMatch(hints.pattern, text, (match) => add(`~${hints.concepts.get(match[0].toLowerCase())}`, true));
  return { all, strong };
}

/** The acronyms and codes of a hyphenated compound of words ("USB" of "USB-Speicher"), when it has both. */
function codePartsOf(word: string): string[] | undefined {
  if (!word.includes('-')) return undefined;
  const parts = word.split('-');
  const codes = parts.filter((part) => ACRONYM_OR_CODE.test(part));
  return codes.length > 0 && codes.length < parts.length ? codes : undefined;
}

function startsSentence(text: string, offset: number): boolean {
  return offset === 0 || SENTENCE_BREAK.test(text.slice(Math.max(0, offset - 4), offset));
}

/** Case, hyphens and a plural `s` do not matter: "GPUs" and "GPU", "CD-ROMs" and "CDROM's" are one name. */
function normalise(word: string): string {
  const lower = word.toLowerCase().replace(HYPHEN_OR_POSSESSIVE, '');
  return lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower;
}
