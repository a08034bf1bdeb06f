// Whether a text is in the language it should be in, cautiously: the script first; then
// function words (the, der, le), which short texts have where franc only guesses; and
// franc only between the two languages of a pair that share a script, on enough text.
import { languageData } from '../config/data-files.js';
import { countFunctionWords, functionWords } from './function-words.js';
import { maskInvariants } from './invariants.js';
import { baseLanguage, DEFAULT_CANDIDATES, detectLanguage, dominantScript, scriptCounts, scriptOfLanguage, type Script } from './language.js';

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

/**
 * Function words of the intruding language a text needs before it is called that
 * language: across scripts one (keyword lists and identifiers such as `Host:Channel:Lun`
 * have none), within a script two, and more than the expected language's.
 */
const MIN_FUNCTION_WORDS_ACROSS_SCRIPTS = 1;
const MIN_FUNCTION_WORDS_SAME_SCRIPT = 2;

function scriptsOf(lang: string): readonly Script[] {
  return languageData<ScriptData>(lang, 'script')?.scripts ?? [scriptOfLanguage(lang)];
}

function excludedScriptsOf(lang: string): readonly Script[] {
  return languageData<ScriptData>(lang, 'script')?.notWith ?? [];
}

/**
 * The language a text is in when that is not `expected`, or undefined when it is, or
 * when the evidence is too thin to say (short texts, names, code). `other` is the other
 * side's language: the likeliest intruder, as in a swapped pair.
 */
export function foreignLanguage(text: string, expected: string, other: string, thresholds: LanguageThresholds): string | undefined {
  const masked = maskInvariants(text);
  const expectedLang = baseLanguage(expected);
  const otherLang = baseLanguage(other);
  const accepted = scriptsOf(expectedLang);
  const excluded = excludedScriptsOf(expectedLang);
  let total = 0;
  let inAccepted = 0;
  let inExcluded = 0;
  for (const [script, count] of scriptCounts(masked)) {
    total += count * weight(script);
    if (accepted.includes(script)) inAccepted += count * weight(script);
    if (excluded.includes(script)) inExcluded += count * weight(script);
  }
  if (total < thresholds.minLetters) return undefined;
  if (inAccepted / total < thresholds.minShare || inExcluded / total >= thresholds.minShare) {
    const script = dominantScript(masked);
    const detected = script && scriptsOf(otherLang).includes(script) ? otherLang : (detectLanguage(masked, DEFAULT_CANDIDATES) ?? 'und');
    const grammatical = !functionWords(detected) || countFunctionWords(masked, detected) >= MIN_FUNCTION_WORDS_ACROSS_SCRIPTS;
    return grammatical ? detected : undefined;
  }
  // Same script: function words, then franc restricted to the pair's two languages, on enough text.
  if (otherLang === expectedLang || scriptOfLanguage(otherLang) !== scriptOfLanguage(expectedLang)) return undefined;
  if (inAccepted < thresholds.minLettersSameScript) return undefined;
  const otherWords = countFunctionWords(masked, otherLang);
  if (otherWords < MIN_FUNCTION_WORDS_SAME_SCRIPT || otherWords <= countFunctionWords(masked, expectedLang)) return undefined;
  return detectLanguage(masked, [expectedLang, otherLang]) === otherLang ? otherLang : undefined;
}
