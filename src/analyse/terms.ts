// Glossaries: terms and names with their forms in several languages, and a matcher that
// finds those forms in text, aware of case and inflection.
//
// One data source serves two rules: the bundled rules/lang/und/glossary.yaml has `names`
// (read by entity-drift: `博世` and `Bosch` are the same company) and `terms` (read by
// glossary: `email` must become `E-Mail` in German, never `Email`). A rule pack adds its
// own entries in the rules' options, in the same shape.
import { languageData } from '../config/data-files.js';
import { wordsOf, type Word } from './words.js';

/** A glossary entry as written in YAML: forms per language, e.g. `{ zh: 博世, en: Bosch }`. */
export interface RawEntry {
  /** Accepted forms per language (BCP 47 primary subtag): one string or a list, the first preferred. */
  [lang: string]: string | string[] | Record<string, string | string[]> | boolean | undefined;
  /** Variants that must not be used, per language. */
  forbidden?: Record<string, string | string[]>;
  /**
   * Whether case must match. Default: only for forms with a capital after their first
   * letter (`GDPR`, `JavaScript`, `E-Mail`), so that `open source` also matches `Open source`.
   */
  matchCase?: boolean;
}

export interface GlossaryEntry {
  forms: Record<string, string[]>;
  forbidden: Record<string, string[]>;
  matchCase?: boolean;
}

export interface TermMatch {
  /** Index of the entry in its glossary. */
  entry: number;
  form: string;
  start: number;
  end: number;
}

const FORMS_SCHEMA = {
  oneOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
  ],
};
const LANGUAGE_KEY = '^[a-z]{2,3}$';

/** JSON Schema of one glossary entry, for the options of the rules that take entries. */
export const GLOSSARY_ENTRY_SCHEMA = {
  type: 'object',
  propertyNames: { anyOf: [{ pattern: LANGUAGE_KEY }, { enum: ['forbidden', 'matchCase'] }] },
  properties: {
    forbidden: { type: 'object', propertyNames: { pattern: LANGUAGE_KEY }, additionalProperties: FORMS_SCHEMA },
    matchCase: { type: 'boolean' },
  },
  additionalProperties: FORMS_SCHEMA,
  minProperties: 2,
} as const;

/** Options shared by the rules that read a glossary. */
export interface GlossaryOptions {
  /** Use the bundled entries as well as the pack's own. */
  bundled: boolean;
}

/** Han, Kana and Hangul: forms containing them are matched as substrings, not words. */
const UNSPACED_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const ACRONYM_INFLECTIONS = new Set(['s', "'s", '’s']);
/** A capital after the first character: such forms match case-sensitively by default. */
const INNER_CAPITAL = /^.+\p{Lu}/su;

interface WordPattern {
  entry: number;
  form: string;
  words: { text: string; stem: string; joint: string }[];
  matchCase: boolean;
}

/** Finds the forms of many entries in texts of one language. */
export class TermMatcher {
  /** Substring forms by their first UTF-16 unit (a code: no one-character string per character of the text). */
  private readonly substrings = new Map<number, { entry: number; form: string }[]>();
  /** Word-sequence forms by the stem of their first word. */
  private readonly patterns = new Map<string, WordPattern[]>();

  constructor(forms: Iterable<{ entry: number; form: string; matchCase?: boolean }>, lang: string) {
    for (const { entry, form, matchCase } of forms) {
      if (UNSPACED_SCRIPT.test(form)) {
        pushTo(this.substrings, form.charCodeAt(0), { entry, form });
        continue;
      }
      const words = wordsOf(form, lang).map(({ text, stem, joint }) => ({ text, stem, joint }));
      if (words.length === 0) continue;
      pushTo(this.patterns, words[0]!.stem, { entry, form, words, matchCase: matchCase ?? INNER_CAPITAL.test(form) });
    }
  }

  /** Every occurrence of every form; `words` are the text's words in this matcher's language. */
  find(text: string, words: readonly Word[]): TermMatch[] {
    const matches: TermMatch[] = [];
    if (this.substrings.size > 0) {
      for (let index = 0; index < text.length; index++) {
        const forms = this.substrings.get(text.charCodeAt(index));
        if (!forms) continue;
        for (const { entry, form } of forms) {
          if (text.startsWith(form, index)) matches.push({ entry, form, start: index, end: index + form.length });
        }
      }
    }
    if (this.patterns.size > 0) {
      for (let index = 0; index < words.length; index++) {
        const patterns = this.patterns.get(words[index]!.stem);
        if (!patterns) continue;
        for (const pattern of patterns) {
          if (matchesAt(pattern, words, index)) {
            const last = words[index + pattern.words.length - 1]!;
            matches.push({ entry: pattern.entry, form: pattern.form, start: words[index]!.start, end: last.end });
          }
        }
      }
    }
    return matches;
  }
}

function matchesAt(pattern: WordPattern, words: readonly Word[], index: number): boolean {
  return pattern.words.every((expected, offset) => {
    const word = words[index + offset];
    if (!word || word.stem !== expected.stem) return false;
    if (offset > 0 && word.joint !== expected.joint) return false;
    return !pattern.matchCase || sameCase(word.text, expected.text);
  });
}

/**
 * Whether a word of the text is written like a case-sensitive form's word with the same
 * stem: `GPUs` for `GPU` (not `gpu`), `Mails` for `Mail`. An acronym takes no inflection
 * but a plural or possessive `s` (`US` is not `USED`, which stems to `us`).
 */
function sameCase(a: string, b: string): boolean {
  if (ALL_CAPITALS.test(b)) return a === b || (a.startsWith(b) && ACRONYM_INFLECTIONS.has(a.slice(b.length)));
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  let common = 0;
  while (common < lowerA.length && lowerA[common] === lowerB[common]) common++;
  return a.slice(0, common) === b.slice(0, common);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A list of entries with matchers per language, built on first use. */
export class Glossary {
  private readonly accepted = new Map<string, TermMatcher>();
  private readonly banned = new Map<string, TermMatcher>();

  constructor(readonly entries: readonly GlossaryEntry[]) {}

  /**
   * Finds the accepted forms that entries give for `lang`, in words stemmed as `stemLang`
   * (by default `lang` itself; names are compared by English stems whatever the language).
   */
  formsIn(lang: string, stemLang = lang): TermMatcher {
    return this.matcher(this.accepted, lang, stemLang, (entry) => entry.forms[lang]);
  }

  /** Finds the forbidden variants that entries give for `lang`. */
  forbiddenIn(lang: string): TermMatcher {
    return this.matcher(this.banned, lang, lang, (entry) => entry.forbidden[lang]);
  }

  private matcher(cache: Map<string, TermMatcher>, lang: string, stemLang: string, formsOf: (entry: GlossaryEntry) => string[] | undefined): TermMatcher {
    const key = `${lang}/${stemLang}`;
    let matcher = cache.get(key);
    if (!matcher) {
      const forms = this.entries.flatMap((entry, index) => (formsOf(entry) ?? []).map((form) => ({ entry: index, form, matchCase: entry.matchCase })));
      cache.set(key, (matcher = new TermMatcher(forms, stemLang)));
    }
    return matcher;
  }
}

export function normaliseEntry(raw: RawEntry): GlossaryEntry {
  const forms: Record<string, string[]> = {};
  const forbidden: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'forbidden' || key === 'matchCase') continue;
    forms[key] = listOf(value as string | string[]);
  }
  for (const [lang, value] of Object.entries(raw.forbidden ?? {})) forbidden[lang] = listOf(value);
  return raw.matchCase === undefined ? { forms, forbidden } : { forms, forbidden, matchCase: raw.matchCase };
}

function listOf(value: string | string[]): string[] {
  return typeof value === 'string' ? [value] : value;
}

interface BundledGlossary {
  names?: RawEntry[];
  terms?: RawEntry[];
}

const glossaries = new WeakMap<object, Glossary>();

/**
 * The glossary a rule works with: the bundled section (unless `bundled: false`) followed by
 * the pack's own entries. Built once per options object, which the engine keeps for the run.
 */
export function glossaryFor(section: keyof BundledGlossary, options: GlossaryOptions, own: readonly RawEntry[]): Glossary {
  let glossary = glossaries.get(options);
  if (!glossary) {
    const bundled = options.bundled ? (languageData<BundledGlossary>('und', 'glossary')?.[section] ?? []) : [];
    glossary = new Glossary([...bundled, ...own].map(normaliseEntry));
    glossaries.set(options, glossary);
  }
  return glossary;
}
