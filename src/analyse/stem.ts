// Word stems per language, from natural's Porter stemmers.
//
// Each stemmer module is required on its own: natural's package index loads every storage
// back end, takes about a second and prints dotenv notices on stdout (which corrupts JSON
// reports). The modules are CommonJS without their own type declarations, hence
// createRequire and the type from the stemmers' index declaration.
import { createRequire } from 'node:module';
import type { Stemmer } from 'natural/lib/natural/stemmers/index.js';
import { baseLanguage, scriptOfLanguage } from './language.js';

const require = createRequire(import.meta.url);

/** natural's Porter stemmer module per language. */
const STEMMER_MODULES: Record<string, string> = {
  en: 'porter_stemmer',
  de: 'porter_stemmer_de',
  fr: 'porter_stemmer_fr',
  es: 'porter_stemmer_es',
  it: 'porter_stemmer_it',
  nl: 'porter_stemmer_nl',
  pt: 'porter_stemmer_pt',
  sv: 'porter_stemmer_sv',
  nb: 'porter_stemmer_no',
  no: 'porter_stemmer_no',
  ru: 'porter_stemmer_ru',
  uk: 'porter_stemmer_uk',
};

/** Stems are cached per language; the cache is dropped when full, so memory stays bounded. */
const MAX_CACHED = 50_000;

/** The possessive `'s` is not an inflection the stemmers know; it goes first. */
const POSSESSIVE = /['’]s$/u;

const stemmers = new Map<string, (word: string) => string>();
/** stemLanguage by language tag: every segment asks, and a tag's base language is not free to find. */
const stemLanguages = new Map<string, string>();

/**
 * The language whose stems the words of `lang` get. Latin-script words in a text of
 * another script (`AI`, `Qwen` in Chinese) are English in practice, so those languages
 * stem them as English; Latin-script languages without a stemmer only lower-case.
 */
export function stemLanguage(lang: string): string {
  let stems = stemLanguages.get(lang);
  if (stems === undefined) {
    const base = baseLanguage(lang);
    stems = STEMMER_MODULES[base] || scriptOfLanguage(base) === 'Latin' ? base : 'en';
    // Tags come from inputs: a corpus has a handful, but keep the map bounded.
    if (stemLanguages.size >= MAX_CACHED) stemLanguages.clear();
    stemLanguages.set(lang, stems);
  }
  return stems;
}

/** A function giving the stem of one word (lower-cased) in a language (see stemLanguage). */
export function stemmerFor(lang: string): (word: string) => string {
  const base = stemLanguage(lang);
  let stem = stemmers.get(base);
  if (stem) return stem;
  const module = STEMMER_MODULES[base];
  const stemmer = module ? (require(`natural/lib/natural/stemmers/${module}.js`) as Stemmer) : undefined;
  const cache = new Map<string, string>();
  stem = (word) => {
    const lower = word.toLowerCase();
    let result = cache.get(lower);
    if (result === undefined) {
      const bare = lower.replace(POSSESSIVE, '');
      result = stemmer ? stemmer.stem(bare) : bare;
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(lower, result);
    }
    return result;
  };
  stemmers.set(base, stem);
  return stem;
}
