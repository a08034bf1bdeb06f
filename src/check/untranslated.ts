import { languageData } from '../config/data-files.js';
import { eachMatch } from '../analyse/each-match.js';
import { acronymKey } from '../analyse/entities.js';
import { maskedText, maskInvariants } from '../analyse/invariants.js';
import { baseLanguage, scriptOfLanguage } from '../analyse/language.js';
import { hasWordLists, lexicalLanguage, wordEvidence } from '../analyse/language-words.js';
import { sentencesOf } from '../analyse/sentences.js';
import { bigramDice, diceBound, segmentWording } from '../analyse/similarity.js';
import type { SegmentPair } from '../model.js';
import { defineRule, type RuleResult } from './rule.js';

interface Thresholds {
  /** Dice similarity of the two sides' wording from which the target counts as a copy. */
  minSimilarity: number;
  /** Translatable words a source needs before a copy of it is reported. */
  minWords: number;
}

interface Options {
  /** Between languages of different scripts (English and Chinese): a copy stands out. */
  crossScript: Thresholds;
  /** Between languages of one script, where short phrases and near copies are often right (`Configuration`, `transfert`). */
  sameScript: Thresholds;
}

/** A word that translation changes: not an acronym (`OK`, `USB`) nor a name with inner capitals (`VivaTech`). */
const WORD = /[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}][\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{M}'’]*(?:-[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{M}]+)*/gu;
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const CAPITALISED = /^\p{Lu}/u;
const ANY_CAPITAL = /\p{Lu}/u;
/** File-name extensions and patterns (`(.zip)`, `*.pem`): kept in every language, like paths. */
const FILE_EXTENSION = /(?<![\p{L}\p{N}])\*?(?:\.[\p{L}\p{N}]{1,5})+(?![\p{L}\p{N}])/gu;
/** Two characters of Chinese or Japanese make about one word. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+/gu;

const THRESHOLDS_SCHEMA = {
  type: 'object',
  properties: {
    minSimilarity: { type: 'number', minimum: 0, maximum: 1 },
    minWords: { type: 'integer', minimum: 1 },
  },
  required: ['minSimilarity', 'minWords'],
  additionalProperties: false,
};

let keptAsIs: string[] | undefined;

export default defineRule<Options>({
  meta: {
    id: 'untranslated',
    summary: 'A target identical or nearly identical to its source, or holding a sentence of it as is: untranslated.',
    explanation:
      'Compares the wording of the two sides after setting aside what a translation keeps as it is: links, ' +
      'placeholders (`%s`, `{0}`), markup, numbers, command-line options and their values, paths and identifiers; ' +
      'case, full-width forms and white space do not count either. A target whose wording is as good as the ' +
      'source\'s (Dice similarity of character pairs at least `minSimilarity`) was copied rather than translated, as ' +
      'when a PO msgstr repeats its msgid. Unlike pofilter\'s `unchanged`, it lets be what legitimately stays the ' +
      'same: names and acronyms (`OK`, `USB`, `Looking Glass`: every word capitalised), numbers, code, file-name ' +
      'extensions (`Zip (.zip)`), copyright lines, and texts with fewer than `minWords` translatable words, unless ' +
      'such a short text is a label made for the most part of words only the source language has (`Cancel`, ' +
      '`Open file`: rules/lang/<lang>/common-words.yaml). A target that differs in the case of its letters alone ' +
      '(`in 1 block`, `in 1 Block`) was gone over by a translator into a language of the same script. Between ' +
      'languages of one script the bar is higher (`sameScript`: identical wording, 3 words), because cognates ' +
      '(`Configuration`, `Description`) and near copies (`transfer`/`transfert`) are often right; between scripts ' +
      '(`crossScript`) similarity 0.9 and 2 words. A target that holds a whole sentence of a source of several as ' +
      'it is (five translatable words or more) was translated only in part. ' +
      'Translate the target.',
    defaultSeverity: 'warning',
    defaultOptions: { crossScript: { minSimilarity: 0.9, minWords: 2 }, sameScript: { minSimilarity: 1, minWords: 3 } },
    optionsSchema: {
      type: 'object',
      properties: { crossScript: THRESHOLDS_SCHEMA, sameScript: THRESHOLDS_SCHEMA },
      additionalProperties: false,
    },
    example: {
      source: 'Unable to mount %s: the device is busy.',
      target: 'Unable to mount %s: the device is busy.',
      sourceLang: 'en',
      targetLang: 'zh',
    },
  },
  checkPair(pair, { options }) {
    if (isKeptAsIs(pair.source.text)) return [];
    const copy = wholeCopy(pair, options);
    if (copy) return [copy];
    const sentence = copiedSentence(pair);
    if (!sentence) return [];
    return [
      {
        message: `target keeps the source's sentence "${sentence}" as it is: likely left untranslated in part; translate it into ${pair.targetLang}`,
        details: { copiedSentence: sentence },
      },
    ];
  },
});

/** The finding for a target that copies its source as a whole, if it does. */
function wholeCopy(pair: SegmentPair, options: Options): RuleResult | undefined {
  const source = maskedText(pair.source);
  const sameScript = scriptOfLanguage(pair.sourceLang) === scriptOfLanguage(pair.targetLang);
  const { minSimilarity, minWords } = sameScript ? options.sameScript : options.crossScript;
  if (translatableWords(source) < minWords && !inSourceLanguageOnly(source, pair.sourceLang, pair.targetLang)) return undefined;
  const sourceWording = segmentWording(pair.source);
  const targetWording = segmentWording(pair.target);
  if (diceBound(sourceWording.length, targetWording.length) < minSimilarity) return undefined;
  const similarity = bigramDice(sourceWording, targetWording);
  if (similarity < minSimilarity) return undefined;
  if ((sameScript && recased(source, maskedText(pair.target))) || isCommandLike(source, pair.sourceLang)) return undefined;
  const how = similarity === 1 ? 'the same wording as' : `nearly the same wording as (similarity ${similarity.toFixed(2)})`;
  return {
    message: `target has ${how} the source: likely left untranslated; translate it into ${pair.targetLang}`,
    details: { similarity: Math.round(similarity * 1000) / 1000 },
  };
}

/** A sentence end followed by more text: a source of more than one sentence. */
const INNER_SENTENCE_END = /[.!?][\s"'”’»)]+\S|[。！？]./u;

/**
 * Translatable words a source sentence needs before its verbatim copy inside an otherwise
 * translated target is reported: more than a title or a quoted phrase (`„Save“`) has.
 */
const MIN_COPIED_WORDS = 5;

/**
 * A sentence of a source of several that the target holds verbatim: half a paragraph
 * translated, the rest left as it was (`Votre compte a été créé. Check your inbox to ...`).
 */
export function copiedSentence(pair: SegmentPair): string | undefined {
  if (!INNER_SENTENCE_END.test(pair.source.text)) return undefined;
  for (const { text } of sentencesOf(pair.source, pair.sourceLang)) {
    const sentence = text.trim();
    if (pair.target.text.includes(sentence) && translatableWords(maskInvariants(sentence)) >= MIN_COPIED_WORDS) return sentence;
  }
  return undefined;
}

/**
 * Whether a short source (`Cancel`, `Open file`, `Save 3 files`) is made of words of its own
 * language, no words of the target language and no unknown words for the most part, and starts
 * with a capital as labels do (lower-case `mount`, `help` are commands and keywords): then
 * a copy of it is untranslated even below `minWords`, while names and internationalisms
 * (`Computer`, `Description`, `Looking Glass`) are no evidence and stay allowed.
 */
function inSourceLanguageOnly(masked: string, sourceLang: string, targetLang: string): boolean {
  const source = baseLanguage(sourceLang);
  const target = baseLanguage(targetLang);
  if (source === target || !hasWordLists(source)) return false;
  const evidence = wordEvidence(masked, [source, target]);
  if (!evidence.capitalised || (evidence.counts.get(target) ?? 0) > 0) return false;
  const found = lexicalLanguage(evidence, [source]);
  return found !== undefined && 2 * found.count > evidence.words;
}

/**
 * Whether a text without a capital letter has no word of its language either: a command
 * line or keywords (`git push origin main`, `mount`), kept in every language. Labels and
 * sentences start with a capital; a lower-case one (`show hidden files`) has listed words.
 */
function isCommandLike(masked: string, sourceLang: string): boolean {
  const source = baseLanguage(sourceLang);
  if (!hasWordLists(source) || ANY_CAPITAL.test(masked)) return false;
  return (wordEvidence(masked, [source]).counts.get(source) ?? 0) === 0;
}

/**
 * Whether a target differs from its source in the case of its letters alone (`in 1 block`,
 * `in 1 Block`; `Linux swap`, `Linux Swap`): a translator into a language of the same script
 * went over it and kept the words, as German keeps `Block` and `Swap` as nouns of its own.
 */
function recased(source: string, target: string): boolean {
  return source !== target && source.toLowerCase() === target.toLowerCase();
}

/** Words a translation would change; none when all are capitalised (a name or title: `Looking Glass`). */
function translatableWords(masked: string): number {
  const text = masked.includes('.') ? masked.replace(FILE_EXTENSION, ' ') : masked;
  let unspacedChars = 0;
  eachMatch(UNSPACED, text, ([run]) => (unspacedChars += codePoints(run)));
  const unspacedWords = Math.floor(unspacedChars / 2);
  let words = 0;
  let capitalised = 0;
  eachMatch(WORD, text, ([word]) => {
    if (word.length < 2 || acronymKey(word) || INNER_CAPITAL.test(word)) return;
    words++;
    if (CAPITALISED.test(word)) capitalised++;
  });
  return capitalised === words ? unspacedWords : words + unspacedWords;
}

/** Characters of a text, a surrogate pair (Han beyond the BMP) counting once. */
function codePoints(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xdc00 && code <= 0xdfff) count--;
  }
  return count;
}

function isKeptAsIs(text: string): boolean {
  keptAsIs ??= (languageData<{ keptAsIs?: string[] }>('und', 'untranslated')?.keptAsIs ?? []).map((marker) => marker.toLowerCase());
  const lower = text.toLowerCase();
  return keptAsIs.some((marker) => lower.includes(marker));
}
