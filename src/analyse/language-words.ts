// Word evidence of a language: its function words (the, der, le) and frequent content words
// of software and everyday text (save, Datei, fichier), from rules/lang/<lang>/function-words.yaml
// and common-words.yaml. Only words listed for exactly one language count: `in`, `die`, `a`
// belong to several (or, between two languages, to both). On short texts (`Save 3 files`,
// `Fichier`) this is the evidence there is, where franc guesses.
import { languageData } from '../config/data-files.js';
import { eachMatch } from './each-match.js';
import { functionWords } from './function-words.js';

/** The languages with word lists, all written in Latin script. */
export const LEXICAL_LANGUAGES: readonly string[] = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'];

const LETTERS = /\p{L}+/gu;
/** Each listed word and the languages it is listed for: in `words` alone, and with `sharedWords` too. */
let listings: { alone: Map<string, readonly string[]>; withShared: Map<string, readonly string[]> } | undefined;

interface WordLists {
  words?: string[];
  /** Words the language writes as another does (`error` in Spanish): evidence between the two only. */
  sharedWords?: string[];
}

function listedWords(): NonNullable<typeof listings> {
  if (listings) return listings;
  const alone = new Map<string, string[]>();
  const withShared = new Map<string, string[]>();
  const list = (map: Map<string, string[]>, word: string, lang: string) => map.set(word, [...(map.get(word) ?? []), lang]);
  for (const lang of LEXICAL_LANGUAGES) {
    const data = languageData<WordLists>(lang, 'common-words');
    const words = new Set<string>(functionWords(lang));
    for (const word of data?.words ?? []) words.add(String(word).toLowerCase());
    for (const word of words) {
      list(alone, word, lang);
      list(withShared, word, lang);
    }
    for (const word of data?.sharedWords ?? []) list(withShared, String(word).toLowerCase(), lang);
  }
  listings = { alone, withShared };
  return listings;
}

/** The one language of `among` a word is listed for, if only one lists it. */
function ownerAmong(langs: readonly string[], among: readonly string[]): string | undefined {
  let owner: string | undefined;
  for (const lang of langs) {
    if (!among.includes(lang)) continue;
    if (owner) return undefined;
    owner = lang;
  }
  return owner;
}

export interface WordEvidence {
  /** Distinctive words per language. */
  counts: Map<string, number>;
  /** Words of two letters or more in the text. */
  words: number;
  /** Distinct listed words, whatever their language. */
  distinct: number;
  /** Whether the text's first letter is upper case: a label or sentence (`Cancel`), not a keyword (`mount`, `help`). */
  capitalised: boolean;
}

/**
 * Counts the distinctive words of each language in a text: words listed for only one
 * language, or, given the languages of a pair (`among`), for only one of them. Between two
 * languages a word both write (`error` in English and Spanish, `file` in English and
 * Italian: `sharedWords`) is evidence of neither, while it still tells English from German.
 */
export function wordEvidence(text: string, among?: readonly string[]): WordEvidence {
  const lists = among ? listedWords().withShared : listedWords().alone;
  const counts = new Map<string, number>();
  let words = 0;
  const distinct = new Set<string>();
  eachMatch(LETTERS, text, (match) => {
    const [original] = match;
    // Acronyms, upper-case keywords and letters (`DOS`, `FAILED LOGIN`, the `A` of `N/A`) and file-name
    // extensions (`.war`) are no words of a language. Nor are parts of compounds and names (`EZ-Drive`, `Save-Modus`).
    const before = text[match.index - 1];
    const after = text[match.index + original.length];
    if (before === '.' || before === '-' || after === '-' || (!startsLowerAscii(original) && original === original.toUpperCase())) return;
    const word = original.toLowerCase();
    const listed = lists.get(word);
    const lang = listed && (among ? ownerAmong(listed, among) : listed.length === 1 ? listed[0] : undefined);
    if (lang) {
      counts.set(lang, (counts.get(lang) ?? 0) + 1);
      distinct.add(word);
    }
    if (word.length >= 2 || lang) words++;
  });
  const firstLetter = /\p{L}/u.exec(text)?.[0];
  return { counts, words, distinct: distinct.size, capitalised: firstLetter !== undefined && firstLetter !== firstLetter.toLowerCase() };
}

/** What the spelling of a language's words gives away, from its common-words.yaml. */
interface Spelling {
  /** Letters beyond a-z each language writes. */
  letters: Map<string, string>;
  /** Word endings and the languages that list them. */
  endings: Map<string, string[]>;
  longestEnding: number;
}
let spelling: Spelling | undefined;

function spellingData(): Spelling {
  if (spelling) return spelling;
  const letters = new Map<string, string>();
  const endings = new Map<string, string[]>();
  for (const lang of LEXICAL_LANGUAGES) {
    const data = languageData<{ letters?: string; endings?: string[] }>(lang, 'common-words');
    letters.set(lang, data?.letters ?? '');
    for (const ending of data?.endings ?? []) endings.set(ending, [...(endings.get(ending) ?? []), lang]);
  }
  spelling = { letters, endings, longestEnding: Math.max(0, ...[...endings.keys()].map((ending) => ending.length)) };
  return spelling;
}

const ASCII_LETTER_OR_NOT_LETTER = /[a-z]|[^\p{L}]/gu;

/**
 * The languages of `candidates` that write every letter of a text beyond a-z (`letters`):
 * `é` rules English out, `ß` all but German.
 */
export function languagesSpelling(text: string, candidates: readonly string[]): string[] {
  const extra = text.toLowerCase().replace(ASCII_LETTER_OR_NOT_LETTER, '');
  if (extra === '') return [...candidates];
  const { letters } = spellingData();
  return candidates.filter((lang) => [...extra].every((letter) => letters.get(lang)?.includes(letter)));
}

/** Letters a word needs before its ending says anything: `date`, `data` end like Italian words. */
const MIN_ENDING_WORD = 6;
/** Letters of a word before its ending: an ending is never the whole word. */
const MIN_STEM = 3;

/**
 * Words per language that end as the language's words do (`endings`): the longest listed
 * ending of each word of six letters or more counts for every language listing it
 * (`Aktualisierungen` German, `Ordinateur` French, `-tion` French and English).
 * Acronyms and upper-case words are left out.
 */
export function endingEvidence(text: string): Pick<WordEvidence, 'counts'> {
  const { endings, longestEnding } = spellingData();
  const counts = new Map<string, number>();
  eachMatch(LETTERS, text, ([word]) => {
    if (word.length < MIN_ENDING_WORD || word === word.toUpperCase()) return;
    const lower = word.toLowerCase();
    for (let length = Math.min(longestEnding, lower.length - MIN_STEM); length > 0; length--) {
      const langs = endings.get(lower.slice(-length));
      if (!langs) continue;
      for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
      return;
    }
  });
  return { counts };
}

/** Whether a word starts with a-z: most words do, and are then no acronym without a case conversion. */
function startsLowerAscii(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 0x61 && code <= 0x7a;
}

export function hasWordLists(lang: string): boolean {
  return LEXICAL_LANGUAGES.includes(lang);
}

/**
 * The candidate with the most distinctive words, when it has strictly more than any other
 * candidate and at least `minWords`; its count and the runner-up's.
 */
export function lexicalLanguage(evidence: Pick<WordEvidence, 'counts'>, candidates: readonly string[], minWords = 1): { lang: string; count: number; runnerUp: number } | undefined {
  let lang: string | undefined;
  let count = 0;
  let runnerUp = 0;
  for (const candidate of candidates) {
    const found = evidence.counts.get(candidate) ?? 0;
    if (found > count) {
      runnerUp = count;
      count = found;
      lang = candidate;
    } else if (found > runnerUp) {
      runnerUp = found;
    }
  }
  return lang !== undefined && count >= minWords && count > runnerUp ? { lang, count, runnerUp } : undefined;
}

let variants: { simplified: ReadonlySet<string>; traditional: ReadonlySet<string> } | undefined;

export interface HanEvidence {
  /** Han characters, kana, and Han characters only Simplified or only Traditional Chinese writes. */
  han: number;
  kana: number;
  simplified: number;
  traditional: number;
}

/** Counts the Han characters of a text that tell Simplified from Traditional Chinese and Japanese (rules/lang/zh/characters.yaml). */
export function hanEvidence(text: string): HanEvidence {
  if (!variants) {
    const data = languageData<{ simplified?: string; traditional?: string }>('zh', 'characters');
    variants = { simplified: new Set(data?.simplified ?? ''), traditional: new Set(data?.traditional ?? '') };
  }
  const evidence: HanEvidence = { han: 0, kana: 0, simplified: 0, traditional: 0 };
  for (const char of text) {
    if (char.charCodeAt(0) < 0x2e80) continue;
    if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(char)) evidence.kana++;
    else if (/\p{Script=Han}/u.test(char)) {
      evidence.han++;
      if (variants.simplified.has(char)) evidence.simplified++;
      if (variants.traditional.has(char)) evidence.traditional++;
    }
  }
  return evidence;
}

/**
 * A sentence (it ends with `。`, `！` or `？`) in Han characters alone: Chinese, since a Japanese
 * sentence has kana (its particles and endings) even where a heading (`環境政策年次報告書`) has none.
 */
const HAN_SENTENCE = /[。！？]["”」』）)]*\s*$/u;

/** Characters of one writing system a Han text needs before it is called that one (`网络设置` has 3). */
const MIN_VARIANT_CHARS = 2;

/**
 * The writing system of a Han text that is not the expected one: Simplified Chinese (`zh`,
 * or `zh-Hans` against Traditional) in a Japanese or Traditional text, Traditional (`zh-Hant`)
 * in a Simplified one; a sentence of Han characters alone in a Japanese text. Texts with kana
 * are left to the script check; tags without a script or region (`zh`) accept both.
 */
export function foreignHan(text: string, expected: string): string | undefined {
  const tag = expected.toLowerCase();
  const base = tag.split(/[-_]/)[0];
  const traditional = /^zh[-_](?:hant|tw|hk|mo)\b/.test(tag) || /[-_]hant\b/.test(tag);
  const simplified = /^zh[-_](?:hans|cn|sg|my)\b/.test(tag) || /[-_]hans\b/.test(tag);
  if (base !== 'ja' && !traditional && !simplified) return undefined;
  const evidence = hanEvidence(text);
  if (evidence.kana > 0 || evidence.han < 2 * MIN_VARIANT_CHARS) return undefined;
  if (base === 'ja') return (evidence.simplified >= MIN_VARIANT_CHARS && evidence.traditional === 0) || HAN_SENTENCE.test(text) ? 'zh' : undefined;
  if (traditional) return evidence.simplified >= MIN_VARIANT_CHARS && evidence.traditional === 0 ? 'zh-Hans' : undefined;
  return evidence.traditional >= MIN_VARIANT_CHARS && evidence.simplified === 0 ? 'zh-Hant' : undefined;
}
