// Whether a text is in the language it should be in, cautiously: the script first; then
// function words (the, der, le), which short texts have where franc only guesses; and
// franc only between the two languages of a pair that share a script, on enough text.
import { languageData } from '../config/data-files.js';
import type { Segment } from '../model.js';
import { countFunctionWords, functionWords } from './function-words.js';
import { maskedText, maskInvariants } from './invariants.js';
import { foreignHan, hasWordLists, LEXICAL_LANGUAGES, lexicalLanguage, wordEvidence } from './language-words.js';
import { baseLanguage, DEFAULT_CANDIDATES, detectLanguage, dominantScript, francAmong, letterCount, scriptCounts, scriptOfLanguage, type Script } from './language.js';

export interface LanguageThresholds {
  /** Letters (a Han or Hangul character counts 3, a kana 2) a text needs before its script is judged. */
  minLetters: number;
  /** Letters a text needs before franc judges between two languages of one script. */
  minLettersSameScript: number;
  /** The least share of a text's letters in its language's scripts (`AI`, `GDP` in Chinese are fine). */
  minShare: number;
}

/** rules/lang/<lang>/script.yaml: the scripts a language is written in, where not the one of language.ts. */
interface ScriptData {
  scripts?: Script[];
  /** Scripts that make a text another language from minShare of its letters (kana in Chinese). */
  notWith?: Script[];
}

/** Letters per character: a Han or Hangul character carries about three Latin letters' worth, a kana syllable two. */
function weight(script: Script): number {
  if (script === 'Han' || script === 'Hangul') return 3;
  return script === 'Kana' ? 2 : 1;
}

/** Scripts of Chinese, Japanese and Korean, which tell the three apart even in short texts. */
const CJK_SCRIPTS: ReadonlySet<Script> = new Set(['Han', 'Kana', 'Hangul']);
/** Letters (weighted) a short text of those scripts needs: two kana, or two Han or Hangul characters. */
const MIN_LETTERS_CJK = 4;

/**
 * Function words of the intruding language a text needs before it is called that
 * language: across scripts one (keyword lists and identifiers such as `Host:Channel:Lun`
 * have none), within a script two, and more than the expected language's.
 */
const MIN_FUNCTION_WORDS_ACROSS_SCRIPTS = 1;
const MIN_FUNCTION_WORDS_SAME_SCRIPT = 2;

/** What a side's language says about its text, looked up once per language tag (every pair asks). */
interface Expectation {
  base: string;
  /** The script language.ts gives the language. */
  script: Script;
  /** The scripts it is written in, and those that make a text another language. */
  scripts: readonly Script[];
  excluded: readonly Script[];
}

/** Tags come from the inputs: a handful per corpus, but the map stays bounded whatever they hold. */
const MAX_TAGS = 1000;
const expectations = new Map<string, Expectation>();

function expectationOf(lang: string): Expectation {
  let expectation = expectations.get(lang);
  if (!expectation) {
    const base = baseLanguage(lang);
    const script = scriptOfLanguage(base);
    const data = languageData<ScriptData>(base, 'script');
    expectation = { base, script, scripts: data?.scripts ?? [script], excluded: data?.notWith ?? [] };
    if (expectations.size >= MAX_TAGS) expectations.clear();
    expectations.set(lang, expectation);
  }
  return expectation;
}

/**
 * The language a text is in when that is not `expected`, or undefined when it is, or
 * when the evidence is too thin to say (short texts, names, code). `other` is the other
 * side's language: the likeliest intruder, as in a swapped pair. Given a segment rather
 * than its text, the masked text other rules need too is worked out once.
 */
export function foreignLanguage(text: string | Segment, expected: string, other: string, thresholds: LanguageThresholds, side: 'source' | 'target' = 'target'): string | undefined {
  const masked = typeof text === 'string' ? maskInvariants(text) : maskedText(text);
  const { base: expectedLang, script: expectedScript, scripts: accepted, excluded } = expectationOf(expected);
  const { base: otherLang, script: otherScript, scripts: otherScripts } = expectationOf(other);
  let total = 0;
  let inAccepted = 0;
  let inExcluded = 0;
  let inCjk = 0;
  for (const [script, count] of scriptCounts(masked)) {
    total += count * weight(script);
    if (accepted.includes(script)) inAccepted += count * weight(script);
    if (excluded.includes(script)) inExcluded += count * weight(script);
    if (CJK_SCRIPTS.has(script)) inCjk += count * weight(script);
  }
  if (total === 0) return undefined;
  // Han text in its expected script: Simplified Chinese in a Japanese or Traditional side, and the reverse.
  if (expectedLang === 'ja' || expectedLang === 'zh') {
    const han = inExcluded === 0 ? foreignHan(masked, expected) : undefined;
    if (han) return han;
  }
  // Short Chinese, Japanese or Korean: the script is evidence enough (`ファイルを開く` in Korean), as
  // no name or acronym of those scripts stands in the others; short Latin text in them may be one.
  const shortCjk = expectedScript !== 'Latin' && inCjk === total && total >= MIN_LETTERS_CJK;
  if (total < thresholds.minLetters && !shortCjk) {
    // Too short to judge by script; a short Latin text may still be judged by its words.
    return expectedScript === 'Latin' && inAccepted === total ? shortForeign(masked, expectedLang, otherLang, sameScriptCandidates(expectedLang, otherLang, otherScript === expectedScript), side) : undefined;
  }
  if (inAccepted / total < thresholds.minShare || inExcluded / total >= thresholds.minShare) {
    const script = dominantScript(masked);
    const detected = script && otherScripts.includes(script) ? (thirdLanguage(masked, otherLang) ?? otherLang) : (detectLanguage(masked, DEFAULT_CANDIDATES) ?? 'und');
    const grammatical = !functionWords(detected) || countFunctionWords(masked, detected) >= MIN_FUNCTION_WORDS_ACROSS_SCRIPTS;
    return grammatical ? detected : undefined;
  }
  // Same script: function words, then franc restricted to the two languages, on enough text;
  // on short text, the distinctive words of one language and none of the expected one.
  if (otherScript !== expectedScript && !hasWordLists(expectedLang)) return undefined;
  const candidates = sameScriptCandidates(expectedLang, otherLang, otherScript === expectedScript);
  if (candidates.length === 0) return undefined;
  if (inAccepted < thresholds.minLettersSameScript) return shortForeign(masked, expectedLang, otherLang, candidates, side);
  const evidence = wordEvidence(masked);
  const intruder = lexicalLanguage(evidence, candidates)?.lang ?? (candidates[0] === otherLang ? otherLang : undefined);
  if (!intruder) return undefined;
  const otherWords = countFunctionWords(masked, intruder);
  if (otherWords < MIN_FUNCTION_WORDS_SAME_SCRIPT || otherWords <= countFunctionWords(masked, expectedLang)) return undefined;
  return detectLanguage(masked, [expectedLang, intruder]) === intruder ? intruder : undefined;
}

/**
 * A language of the other side's script that is not the other side's: French in the Chinese
 * column of an English-Chinese file. Its words must outnumber every other language's, the
 * other side's included, and be at least two.
 */
function thirdLanguage(masked: string, otherLang: string): string | undefined {
  if (!hasWordLists(otherLang)) return undefined;
  const found = lexicalLanguage(wordEvidence(masked), LEXICAL_LANGUAGES, MIN_FUNCTION_WORDS_SAME_SCRIPT);
  return found && found.lang !== otherLang ? found.lang : undefined;
}

/** The languages a text of the expected one's script may be instead: the other side's first, then those with word lists. */
function sameScriptCandidates(expectedLang: string, otherLang: string, otherSameScript: boolean): string[] {
  return [
    ...(otherSameScript && otherLang !== expectedLang ? [otherLang] : []),
    ...(hasWordLists(expectedLang) ? LEXICAL_LANGUAGES.filter((lang) => lang !== expectedLang && lang !== otherLang) : []),
  ];
}

/** Words of another language that make a short text that language, whatever else it holds. */
const MIN_WORDS_SHORT = 3;

/** Letters a short text needs before its words are weighed (`Fichier` has 7). */
const MIN_LETTERS_SHORT = 4;

/** Languages whose word lists share many words with another's: one word does not tell them apart. */
const CLOSE_RELATIVES: ReadonlyMap<string, readonly string[]> = new Map([
  ['pt', ['es', 'gl']],
  ['es', ['pt', 'gl', 'ca']],
  ['gl', ['pt', 'es']],
  ['ca', ['es']],
  ['nl', ['de']],
  ['de', ['nl']],
]);

/** Words of another language, and letters, that make a short sentence that language when franc agrees. */
const MIN_WORDS_SHORT_SENTENCE = 2;
const MIN_LETTERS_SHORT_SENTENCE = 20;

/**
 * A short text (a UI string) in another language: words of that language only (`Save the
 * 3 files`, `Fichier` in German), making more than half its words or at least three, and none of the expected
 * language (`Klicken Sie auf Save` is German), starting with a capital as labels and
 * sentences do (`mount`, `connection` are keywords). Unknown words (names, internationalisms such
 * as `Computer`) are no evidence either way.
 */
function shortForeign(masked: string, expectedLang: string, otherLang: string, candidates: readonly string[], side: 'source' | 'target'): string | undefined {
  if (!hasWordLists(expectedLang)) return undefined;
  // Words the expected language writes too (`Error` in Spanish) are evidence of neither.
  const evidence = wordEvidence(masked, [expectedLang, ...candidates]);
  if (!evidence.capitalised || (evidence.counts.get(expectedLang) ?? 0) > 0) return undefined;
  // A source is the original more often than not: one word (`War (.war)`, a file type) is not enough there.
  if (side === 'source' && evidence.distinct < 2) return undefined;
  if (letterCount(masked) < MIN_LETTERS_SHORT) return undefined;
  const found = lexicalLanguage(evidence, candidates);
  if (!found || found.runnerUp > 0) return undefined;
  // One word of a close relative is as likely a word the two share (`Grupo` in Portuguese and
  // Spanish, `Alle` in Dutch and German) as an intruder.
  if (evidence.distinct < 2 && CLOSE_RELATIVES.get(expectedLang)?.includes(found.lang) && found.lang !== otherLang) return undefined;
  if (found.count >= MIN_WORDS_SHORT || 2 * found.count > evidence.words) return found.lang;
  // Two words of a sentence (`La connessione al server è stata interrotta.` in French): franc,
  // between the two languages alone, must agree; across all it only guesses on so little.
  return found.count >= MIN_WORDS_SHORT_SENTENCE && letterCount(masked) >= MIN_LETTERS_SHORT_SENTENCE && francAmong(masked, [expectedLang, found.lang]) === found.lang ? found.lang : undefined;
}
