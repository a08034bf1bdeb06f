// What the aligner knows of each item (sentence, paragraph): its length and the things in
// it that survive translation. Numbers, Latin-script names and acronyms, and list markers
// are compared as they are; words through the bilingual lexicon (zh–en) or as cognates (two
// Latin-script languages).
import { eachMatch } from './each-match.js';
import { textLength } from './length-model.js';
import { baseLanguage, scriptOfLanguage } from './language.js';
import { englishStems, lexiconFor, type Lexicon } from './lexicon.js';
import { extractQuantities, type ExtractedQuantity } from './quantity/index.js';
import { itemOrdinal } from './sentences.js';

export interface AlignUnit {
  /** Length as readers perceive it (textLength). */
  chars: number;
  /** Numbers (ids, unique): a translation keeps them, so a missing one counts against a bead. */
  numbers: number[];
  /** Names, acronyms and list markers (ids, unique): evidence when found, no loss when not. */
  names: number[];
  /**
   * Lexical terms: per word, the ids it matches on the other side (a Chinese word: its
   * glosses' stems; an English word: its stem; between Latin-script languages: its cognate key).
   */
  terms: number[][];
  /** Every id in `terms`, to match the other side's terms against. */
  termIds: ReadonlySet<number>;
}

/** Shared by the many units without words (paragraphs of a corpus): a set each would add up. */
const NO_IDS: ReadonlySet<number> = new Set();

/** Digit runs with their group separators (`560,000`, `3.5`): the numbers every language writes alike. */
const NUMBER = /\d+(?:[.,]\d+)*/g;
/** A Latin-script token: words, acronyms, `T-Head`, `Qwen3`. */
const LATIN_TOKEN = /[\p{Script=Latin}\d]+(?:[-'’][\p{Script=Latin}\d]+)*/gu;
/** What may stand before a sentence's first word, whose capital says nothing about names. */
const SENTENCE_OPENING = /(?:^|[.!?。！？:：;；"“‘(（—–]\s*)$/u;
const MARK = /\p{M}/gu;
const LONG_WORD = /\p{L}{4,}/gu;
const THOUSANDS_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const LETTER = /\p{L}/u;
const INNER_CAPITAL = /.\p{Lu}/u;
const DIGIT = /\d/;
const CAPITAL = /\p{Lu}/u;
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = /['’]s$/u;
const ACRONYM_PLURAL = /^(\p{Lu}{2,})s$/u;

export interface UnitOptions {
  /** Compare words (lexicon, cognates); default true. */
  words?: boolean;
  /**
   * Read numbers as quantities (`56 万` meets `560,000`, `2025 年 2 月` meets `February
   * 2025`); default true. Without, digits are compared as written: a hundred times
   * cheaper, for corpora of 100,000 paragraphs.
   */
  quantities?: boolean;
}

/** Builds the units of both sides of one alignment, with ids shared between them. */
export class UnitBuilder {
  private readonly ids = new Map<string, number>();
  private readonly lexicon: Lexicon | undefined;
  /** Whether words are compared by their first letters (both languages in Latin script). */
  private readonly cognates: boolean;
  private readonly quantities: boolean;

  constructor(sourceLang: string, targetLang: string, options: UnitOptions = {}) {
    this.lexicon = options.words === false ? undefined : lexiconFor(sourceLang, targetLang);
    this.cognates = options.words !== false && scriptOfLanguage(sourceLang) === 'Latin' && scriptOfLanguage(targetLang) === 'Latin';
    this.quantities = options.quantities !== false;
  }

  /** The unit of one item; `quantities`: the item's quantities when the caller has them already. */
  unit(text: string, lang: string, quantities?: readonly ExtractedQuantity[]): AlignUnit {
    const terms = this.terms(text, lang);
    const values = this.quantities || quantities ? amounts(quantities ?? extractQuantities(text, lang)) : digitValues(text);
    return {
      chars: textLength(text),
      numbers: this.idsOf(values.map((value) => `#${value}`)),
      names: this.idsOf([...namesIn(text, lang).map((name) => `@${name}`), ...markerKeys(text)]),
      terms,
      termIds: terms.length > 0 ? idSet(terms) : NO_IDS,
    };
  }

  private terms(text: string, lang: string): number[][] {
    if (this.cognates) return [...new Set(cognateKeys(text))].map((key) => [this.id(key)]);
    if (!this.lexicon) return [];
    const base = baseLanguage(lang);
    if (base === 'en') return [...new Set(englishStems(text))].map((stem) => [this.id(stem)]);
    if (base !== 'zh') return [];
    const words = new Set(this.lexicon.words(text));
    const terms: number[][] = [];
    for (const word of words) {
      const glosses = this.lexicon.glossesOf(word);
      if (glosses.length > 0) terms.push(glosses.map((stem) => this.id(stem)));
    }
    return terms;
  }

  private idsOf(keys: string[]): number[] {
    return [...new Set(keys.map((key) => this.id(key)))];
  }

  private id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }
}

/** Every id of the terms (not `new Set(terms.flat())`: `flat` is slow in V8). */
function idSet(terms: readonly number[][]): Set<number> {
  const ids = new Set<number>();
  for (const term of terms) for (const id of term) ids.add(id);
  return ids;
}

/**
 * Words of four letters or more cut to their first four, accents dropped: between two
 * Latin-script languages many content words are cognates (`orchestra`, `orchestre`;
 * `Projekt`, `project`), which is what a lexicon would tell. Short words are mostly
 * function words, which say nothing.
 */
function cognateKeys(text: string): string[] {
  const keys: string[] = [];
  eachMatch(LONG_WORD, text.normalize('NFD').replace(MARK, '').toLowerCase(), ([word]) => {
    keys.push(`~${word.slice(0, 4)}`);
  });
  return keys;
}

/** Amounts, normalised; list positions and digits inside names are left to markers and names. */
function amounts(quantities: readonly ExtractedQuantity[]): number[] {
  return quantities.filter((quantity) => !quantity.weak).map((quantity) => quantity.value);
}

/** Numbers written with digits, separators dropped: `560,000` and `560000` meet. */
function digitValues(text: string): number[] {
  const values: number[] = [];
  eachMatch(NUMBER, text, ([digits]) => {
    // A comma between groups of three is a thousands separator; otherwise a decimal mark.
    const plain = THOUSANDS_GROUPED.test(digits) ? digits.replaceAll(',', '') : digits.replace(',', '.');
    const value = Number.parseFloat(plain);
    if (Number.isFinite(value)) values.push(value);
  });
  return values;
}

/**
 * Latin-script names and acronyms (`Qwen`, `GDPR`, `T-Head`, `GPUs`), lower-cased, a plural
 * `s` of an acronym dropped. In a text of another script every capitalised Latin token
 * counts; in a Latin-script text only those that are not merely a sentence's first word.
 */
function namesIn(text: string, lang: string): string[] {
  const latinText = scriptOfLanguage(lang) === 'Latin';
  const names: string[] = [];
  eachMatch(LATIN_TOKEN, text, (match) => {
    const token = match[0];
    if (!LETTER.test(token) || token.length < 2) return;
    const innerCapital = INNER_CAPITAL.test(token) || (DIGIT.test(token) && CAPITAL.test(token));
    const capitalised = CAPITALISED.test(token);
    const opening = SENTENCE_OPENING.test(text.slice(Math.max(0, match.index - 3), match.index));
    if (innerCapital || (capitalised && (!latinText || !opening))) names.push(normaliseName(token));
  });
  return names;
}

/** The ordinal of the list item a text starts with, as an anchor: `第三层` meets `3.`. */
function markerKeys(text: string): string[] {
  const ordinal = itemOrdinal(text);
  return ordinal ? [`§${ordinal}`] : [];
}

function normaliseName(token: string): string {
  return token.replace(POSSESSIVE, '').replace(ACRONYM_PLURAL, '$1').toLowerCase();
}
