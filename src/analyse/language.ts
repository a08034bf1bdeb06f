import { franc } from 'franc';
import { endingEvidence, hanEvidence, hasWordLists, languagesSpelling, lexicalLanguage, wordEvidence } from './language-words.js';

/** Writing systems that decide a language, or narrow it to a family, on their own. */
export type Script = 'Han' | 'Kana' | 'Hangul' | 'Latin' | 'Cyrillic' | 'Greek' | 'Arabic' | 'Hebrew' | 'Thai' | 'Devanagari';

const SCRIPT_PATTERNS: [Script, RegExp][] = [
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Han', /\p{Script=Han}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
];

/** Languages a script alone identifies. */
const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  Han: 'zh', Kana: 'ja', Hangul: 'ko', Greek: 'el', Hebrew: 'he', Thai: 'th',
};

/** Which languages write with which script, for restricting franc. */
const LANGUAGE_SCRIPT: Record<string, Script> = {
  zh: 'Han', ja: 'Kana', ko: 'Hangul', el: 'Greek', he: 'Hebrew', th: 'Thai', hi: 'Devanagari',
  ru: 'Cyrillic', uk: 'Cyrillic', bg: 'Cyrillic', sr: 'Cyrillic', ar: 'Arabic', fa: 'Arabic',
};

/** BCP 47 primary subtags and the ISO 639-3 codes franc answers with. */
const ISO3: Record<string, string> = {
  en: 'eng', de: 'deu', fr: 'fra', es: 'spa', it: 'ita', pt: 'por', nl: 'nld', sv: 'swe', da: 'dan',
  nb: 'nob', no: 'nob', fi: 'fin', pl: 'pol', cs: 'ces', sk: 'slk', hu: 'hun', ro: 'ron', tr: 'tur',
  id: 'ind', vi: 'vie', ru: 'rus', uk: 'ukr', bg: 'bul', sr: 'srp', ar: 'arb', fa: 'pes', hi: 'hin',
  ca: 'cat', hr: 'hrv', sl: 'slv', et: 'est', lv: 'lvs', lt: 'lit',
};
const FROM_ISO3 = Object.fromEntries(Object.entries(ISO3).map(([two, three]) => [three, two]));

/** `zh-Hans-CN` -> `zh`, `EN_us` -> `en`. */
export function baseLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export function scriptOfLanguage(lang: string): Script {
  return LANGUAGE_SCRIPT[baseLanguage(lang)] ?? 'Latin';
}

/**
 * The script of the letters of the blocks most texts are written in, decided by range
 * without a regex: ASCII, Latin-1 and Latin Extended, CJK ideographs, kana, Hangul
 * syllables. Null for a character of those blocks that is no letter; undefined outside them.
 */
function commonScript(code: number): Script | null | undefined {
  if (code < 0x80) {
    const lower = code | 0x20;
    return lower >= 0x61 && lower <= 0x7a ? 'Latin' : null;
  }
  if (code >= 0xc0 && code <= 0x24f) return code === 0xd7 || code === 0xf7 ? null : 'Latin';
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return 'Han';
  // Kana letters; the marks between them (゛, ・, ー) belong to no one script.
  if ((code >= 0x3041 && code <= 0x3096) || (code >= 0x309d && code <= 0x309f) || (code >= 0x30a1 && code <= 0x30fa) || (code >= 0x30fd && code <= 0x30ff)) return 'Kana';
  if (code >= 0xac00 && code <= 0xd7a3) return 'Hangul';
  return undefined;
}

/** Counts letters per script; digits, punctuation and symbols count for nothing. */
export function scriptCounts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (const char of text) {
    let script = commonScript(char.charCodeAt(0));
    if (script === undefined) script = /\p{L}/u.test(char) ? (SCRIPT_PATTERNS.find(([, pattern]) => pattern.test(char))?.[0] ?? null) : null;
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return counts;
}

/**
 * The dominant script of a text. Han counts double against Latin because one Han
 * character carries about as much as a Latin word's worth of letters; Kana anywhere
 * in a Han text makes it Japanese.
 */
export function dominantScript(text: string): Script | undefined {
  const counts = scriptCounts(text);
  const kana = counts.get('Kana') ?? 0;
  const han = counts.get('Han') ?? 0;
  if (kana > 0 && kana + han >= 0.2 * sumOf(counts)) return 'Kana';
  let best: Script | undefined;
  let bestWeight = 0;
  for (const [script, count] of counts) {
    const weight = script === 'Han' || script === 'Hangul' ? count * 3 : count;
    if (weight > bestWeight) {
      best = script;
      bestWeight = weight;
    }
  }
  return best;
}

function sumOf(counts: Map<Script, number>): number {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}

/**
 * Identifies the language of a text: the script first, then franc restricted to the
 * candidate languages of that script (unrestricted franc calls short English "Scots").
 * Returns undefined when the text has no letters or no candidate fits its script.
 */
export function detectLanguage(text: string, candidates: readonly string[]): string | undefined {
  const script = dominantScript(text);
  if (!script) return undefined;
  const inScript = candidates.map(baseLanguage).filter((lang) => scriptOfLanguage(lang) === script);
  if (inScript.length === 1) return inScript[0];
  if (inScript.length === 0) return SCRIPT_LANGUAGE[script];
  if (letterCount(text) < FRANC_MIN_LETTERS) return shortLanguage(text, inScript);
  return francAmong(text, inScript) ?? inScript[0];
}

/** franc's guess restricted to `candidates`, or undefined when it knows none of them. */
export function francAmong(text: string, candidates: readonly string[]): string | undefined {
  const only = candidates.map((lang) => ISO3[lang]).filter((code): code is string => Boolean(code));
  return FROM_ISO3[franc(text, { only, minLength: 3 })];
}

/**
 * The language of a short text among candidates of one script. franc alone guesses (it
 * called `Save 3 files` French): words of one language decide; else letters a language does
 * not write rule it out (`Téléchargements`, `Verschlüsselung` are no English), and word
 * endings (`Aktualisierungen`), else franc, choose among those left; else the first
 * candidate, the prior (English for the usual source).
 */
function shortLanguage(text: string, inScript: readonly string[]): string | undefined {
  const listed = inScript.filter(hasWordLists);
  const lexical = lexicalLanguage(wordEvidence(text), listed)?.lang;
  if (lexical) return lexical;
  const spelling = languagesSpelling(text, listed);
  if (spelling.length === 0) return inScript[0];
  const endings = leaders(endingEvidence(text).counts, spelling);
  const left = endings.length > 0 ? endings : spelling;
  if (left.length === 1) return left[0];
  // Among the prior and others, the prior: franc is least reliable on short English.
  if (left.includes(inScript[0]!)) return inScript[0];
  return francAmong(text, left) ?? left[0];
}

/** Two counts per language added up. */
function summed(first: ReadonlyMap<string, number>, second: ReadonlyMap<string, number>): { counts: Map<string, number> } {
  const counts = new Map(first);
  for (const [lang, count] of second) counts.set(lang, (counts.get(lang) ?? 0) + count);
  return { counts };
}

/** The candidates with the most evidence, if any has some: `rechazado` ends as Spanish and Portuguese words do. */
function leaders(counts: ReadonlyMap<string, number>, candidates: readonly string[]): string[] {
  let most = 0;
  for (const lang of candidates) most = Math.max(most, counts.get(lang) ?? 0);
  return most === 0 ? [] : candidates.filter((lang) => counts.get(lang) === most);
}

/** Letters a text needs before franc's guess between languages of one script is worth more than word evidence. */
const FRANC_MIN_LETTERS = 60;

/** Letters of every script in a text. */
export function letterCount(text: string): number {
  let letters = 0;
  for (const count of scriptCounts(text).values()) letters += count;
  return letters;
}

/** Languages considered when nothing narrows the choice. */
export const DEFAULT_CANDIDATES: readonly string[] = ['zh', 'ja', 'ko', 'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru'];

/**
 * The one language of many short texts of the same side (the sources of a TMX, the
 * targets of a PO file): detected on their concatenation, which is far more reliable
 * than a vote over one-line guesses.
 */
export function detectCollectiveLanguage(texts: Iterable<string>, candidates: readonly string[] = DEFAULT_CANDIDATES, maxChars = 4000): string | undefined {
  let sample = '';
  // Texts with kana, and Han texts without kana but with characters only Simplified Chinese writes.
  let kanaTexts = 0;
  let simplifiedTexts = 0;
  for (const text of texts) {
    sample += text + '\n';
    const han = hanEvidence(text);
    if (han.kana > 0) kanaTexts++;
    else if (han.simplified > 0 && han.traditional === 0) simplifiedTexts++;
    if (sample.length >= maxChars) break;
  }
  // A Chinese file with a Japanese string or two is Chinese: kana in one text do not make all Japanese.
  if (kanaTexts > 0 && simplifiedTexts >= 2 && simplifiedTexts > kanaTexts && candidates.map(baseLanguage).includes('zh') && dominantScript(sample) === 'Kana') return 'zh';
  // Short UI strings (`Open`, `Cancel`, `Settings`) are words franc knows little about: when the
  // words of one language clearly prevail, with the endings of the others' (an English copy
  // among `Aktualisierungen`, `importieren`), they decide.
  if (dominantScript(sample) === 'Latin') {
    const latin = candidates.map(baseLanguage).filter((lang) => scriptOfLanguage(lang) === 'Latin' && hasWordLists(lang));
    const lexical = lexicalLanguage(summed(wordEvidence(sample).counts, endingEvidence(sample).counts), latin, 2);
    if (lexical && lexical.count >= 2 * lexical.runnerUp + 1) return lexical.lang;
  }
  return detectLanguage(sample, candidates);
}
