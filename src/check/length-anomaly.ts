import { eachMatch } from '../analyse/each-match.js';
import { EMAIL_PATTERN, URL_PATTERN } from '../analyse/invariants.js';
import { textLength, wordShare } from '../analyse/length-model.js';
import { endsSentence } from '../analyse/sentences.js';
import { isCopy } from './language-mismatch.js';
import { omissionNote } from './omission.js';
import { defineRule } from './rule.js';

interface Options {
  /** How many standard deviations from the expected log ratio make a finding. */
  threshold: number;
  /** The least |ln(ratio / expected)| that makes a finding, whatever the model's spread. */
  minDeviation: number;
  /** Pairs whose longer side has fewer characters are not judged. */
  minChars: number;
}

export default defineRule<Options>({
  meta: {
    id: 'length-anomaly',
    summary: 'A translation far shorter or longer than the language pair and this document make likely.',
    explanation:
      'Compares each pair\'s target/source length ratio with a model of the ratios expected for the language pair ' +
      '(a prior from the rule pack, refined by the robust centre and spread of this document\'s own pairs). Short ' +
      'segments, and texts of a few long words (`Uninterruptible power supply`: `Onduleur`), are judged more leniently ' +
      'than long paragraphs. A target that stops where its source does not (on a comma, or with no full stop where ' +
      'the source has one) needs half the evidence: threshold and minDeviation are halved. A target that copies its ' +
      'source is left to the untranslated rule, links and e-mail addresses (copied as they are) do not count, and a list of search keywords may grow (translators add synonyms). A target far too short usually means a truncated or ' +
      'partial translation; far too long, added text or a merged neighbour. Options: threshold (standard deviations, ' +
      'default 3), minDeviation (least |ln(ratio/expected)|, default 0.4, a factor of 1.5), minChars (pairs whose longer side is shorter are not judged, default 20).',
    defaultSeverity: 'warning',
    defaultOptions: { threshold: 3, minDeviation: 0.4, minChars: 20 },
    optionsSchema: {
      type: 'object',
      properties: {
        threshold: { type: 'number', exclusiveMinimum: 0 },
        minDeviation: { type: 'number', minimum: 0 },
        minChars: { type: 'integer', minimum: 0 },
      },
      additionalProperties: false,
    },
    example: {
      source: '整个产业链分为四层：能源层、基础设施层、模型层和应用层，每一层都有不同的竞争格局与壁垒。阿里覆盖后三层。',
      target: 'The stack has four layers.',
      sourceLang: 'zh',
      targetLang: 'en',
    },
  },
  checkPair(pair, { options, lengths }) {
    const sourceChars = translatedLength(pair.source.text);
    const targetChars = translatedLength(pair.target.text);
    if (Math.max(sourceChars, targetChars) < options.minChars) return [];
    // Most pairs are ordinary even judged as strictly as any pair is: no need to weigh their words or endings.
    const strictest = lengths.judge(sourceChars, targetChars);
    if (Math.abs(strictest.score) < CUT_OFF_EVIDENCE * options.threshold) return [];
    const verdict = lengths.judge(sourceChars, targetChars, wordShare(pair.source.text, pair.target.text));
    const deviation = Math.log(verdict.ratio / verdict.expectedRatio);
    const evidence = verdict.score < 0 && isCutOff(pair.source.text, pair.target.text) ? CUT_OFF_EVIDENCE : 1;
    if (Math.abs(verdict.score) < evidence * options.threshold || Math.abs(deviation) < evidence * options.minDeviation) return [];
    // A copy's length says nothing new: untranslated judges it (and lets licence texts be).
    if (isCopy(pair)) return [];
    // Search keywords: translators keep the originals and add synonyms of their own.
    if (verdict.score > 0 && isKeywordList(pair.source.text)) return [];
    const share = Math.round((100 * verdict.ratio) / verdict.expectedRatio);
    const explained = verdict.score < 0 ? omissionNote(pair, lengths) : undefined;
    const direction =
      verdict.score < 0
        ? `target is ${share}% of the expected length: ${explained ?? 'likely truncated or partly untranslated'}`
        : `target is ${share}% of the expected length: likely added text or a merged neighbour`;
    return [
      {
        message:
          `length ratio ${verdict.ratio.toFixed(2)} (target ${targetChars} / source ${sourceChars} characters) where ` +
          `${verdict.expectedRatio.toFixed(2)} is expected; ${direction} (${verdict.score.toFixed(1)} standard deviations)`,
        details: {
          ratio: round(verdict.ratio),
          expectedRatio: round(verdict.expectedRatio),
          score: round(verdict.score),
          direction: verdict.score < 0 ? 'short' : 'long',
        },
      },
    ];
  },
});

/** How much of the usual evidence a target that stops mid-sentence needs: a cut is likelier than a terse translation. */
const CUT_OFF_EVIDENCE = 0.5;
/** A text that ends on a clause separator or an opening bracket stops mid-sentence. */
const DANGLING_END = /[,，、;；:：(（\-–—]\s*$/u;
const ANY_PUNCTUATION_END = /[\p{P}\p{S}]\s*$/u;

/**
 * Whether a target stops mid-sentence: on a clause separator, or on a word where its
 * source ends with a full stop (`…, once completed, will`; `请点击登录页面上的`).
 */
function isCutOff(source: string, target: string): boolean {
  return DANGLING_END.test(target) || (endsSentence(source) && !ANY_PUNCTUATION_END.test(target));
}

/**
 * The characters of a text that translation makes longer or shorter: links and e-mail
 * addresses are copied as they are, and would drag a short pair's ratio towards 1.
 */
function translatedLength(text: string): number {
  if (!text.includes('@') && !text.includes('://') && !text.includes('www.')) return textLength(text);
  let copied = 0;
  for (const pattern of [URL_PATTERN, EMAIL_PATTERN]) eachMatch(pattern, text, ([address]) => void (copied += address.length));
  return Math.max(0, textLength(text) - copied);
}

const KEYWORD_SEPARATOR = /[,;，；、]/u;
const MIN_KEYWORDS = 3;
const MAX_KEYWORD_WORDS = 3;

/** Whether a text is a list of search keywords (`media, defaults, browser, email`): several short items, no sentence. */
function isKeywordList(text: string): boolean {
  if (endsSentence(text)) return false;
  const items = text.split(KEYWORD_SEPARATOR).map((item) => item.trim()).filter((item) => item !== '');
  return items.length >= MIN_KEYWORDS && items.every((item) => item.split(/\s+/u).length <= MAX_KEYWORD_WORDS);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
