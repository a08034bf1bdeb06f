import { foreignLanguage, type LanguageThresholds } from '../analyse/language-evidence.js';
import { baseLanguage } from '../analyse/language.js';
import { bigramDice, segmentWording } from '../analyse/similarity.js';
import type { SegmentPair, SideName } from '../model.js';
import type { RuleResult } from './rule.js';
import { copiedSentence } from './untranslated.js';
import { defineRule } from './rule.js';

/** A target this like its source is a copy, which untranslated reports (and other rules leave to it). */
const COPY_SIMILARITY = 0.9;

export default defineRule<LanguageThresholds>({
  meta: {
    id: 'language-mismatch',
    summary: 'A side not in its expected language: a paragraph left in the wrong column, or a swapped pair.',
    explanation:
      'Checks that each side is in its language (the input\'s source and target language). The script decides first: ' +
      'a Chinese side needs at least `minShare` (default 0.2) of its letters in Han, so Chinese with Latin acronyms ' +
      'and names (`AI`, `GDP`, `Qwen`) passes, while an English paragraph (with at least one English function word: ' +
      'keyword lists and identifiers have none) in the Chinese column does not, and is named by its words (French, not ' +
      'the source\'s English, when French words prevail); kana make a Chinese side Japanese, and a sentence of Han ' +
      'characters alone (Japanese sentences have kana) makes a Japanese side Chinese. ' +
      'Between two languages of one script (English and German) the text needs `minLettersSameScript` letters ' +
      '(default 60), at least two function words of the other language and more than of its own, and franc restricted ' +
      'to the two must agree: on short text franc alone is unreliable. A third language of the script (French in a ' +
      'Spanish file) is judged the same way. Shorter texts, UI strings included (`Fichier` in German, `Save the 3 ' +
      'files`), are judged by words of one language only (rules/lang/<lang>/function-words.yaml, common-words.yaml): ' +
      'more than half their words or at least three, or two in a sentence of 20 letters or more when franc between ' +
      'the two languages agrees; none of the expected language, a capital first letter (lower-case ' +
      'keywords are left alone); names, acronyms and internationalisms (`Computer`, `OK`) are no evidence. Han text ' +
      'is told apart by characters only one writing system uses: Simplified Chinese in a Japanese or `zh-Hant` side, ' +
      'Traditional in a `zh-Hans` side. Links, placeholders, ' +
      'numbers and code do not count, and sides shorter than `minLetters` (default 20; a Han character counts 3) are ' +
      'not judged by script, but for Chinese, Japanese and Korean written wholly in one another\'s script (`ファイルを開く` ' +
      'in a Korean side). A target that copies its source, whole or a sentence of it, is left to the untranslated ' +
      'rule. Kana in a Korean side make it Japanese, and Han alone Chinese. Move the text to its column, or ' +
      'fix the input\'s language settings (--source-lang, --target-lang) if the whole input is reported.',
    defaultSeverity: 'error',
    defaultOptions: { minLetters: 20, minLettersSameScript: 60, minShare: 0.2 },
    optionsSchema: {
      type: 'object',
      properties: {
        minLetters: { type: 'integer', minimum: 1 },
        minLettersSameScript: { type: 'integer', minimum: 1 },
        minShare: { type: 'number', minimum: 0, maximum: 1 },
      },
      additionalProperties: false,
    },
    example: {
      source: 'Few technology companies anywhere cover computing power, foundation models and real business scenarios at once.',
      target: '全球范围内,同时完整覆盖算力、基础大模型、大规模真实商业场景的科技公司非常稀少。',
      sourceLang: 'zh',
      targetLang: 'en',
    },
  },
  checkPair(pair, { options }) {
    const source = foreignLanguage(pair.source, pair.sourceLang, pair.targetLang, options, 'source');
    const foreignTarget = foreignLanguage(pair.target, pair.targetLang, pair.sourceLang, options);
    // A target copied whole or in part is the untranslated rule's.
    const target = foreignTarget && !isCopy(pair) && !copiedSentence(pair) ? foreignTarget : undefined;
    // Both sides foreign first: most pairs have neither, and need no base languages worked out.
    const swapped = source !== undefined && target !== undefined && source === baseLanguage(pair.targetLang) && target === baseLanguage(pair.sourceLang);
    const results: RuleResult[] = [];
    if (source) results.push(finding('source', pair.sourceLang, source, swapped));
    if (target) results.push(finding('target', pair.targetLang, target, swapped));
    return results;
  },
});

export function isCopy(pair: SegmentPair): boolean {
  return bigramDice(segmentWording(pair.source), segmentWording(pair.target)) >= COPY_SIMILARITY;
}

function finding(side: SideName, expected: string, detected: string, swapped: boolean): RuleResult {
  const advice = swapped ? 'the two sides look swapped' : `move it to the ${side === 'source' ? 'target' : 'source'} column or translate it`;
  return {
    message: `${side} should be ${expected} but reads as ${detected}: ${advice}`,
    details: { side, expected, detected },
    sides: [side],
  };
}
