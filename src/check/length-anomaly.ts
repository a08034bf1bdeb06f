import { textLength } from '../analyse/length-model.js';
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
      'segments are judged more leniently than long paragraphs. A target far too short usually means a truncated or ' +
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
    const sourceChars = textLength(pair.source.text);
    const targetChars = textLength(pair.target.text);
    if (Math.max(sourceChars, targetChars) < options.minChars) return [];
    const verdict = lengths.judge(sourceChars, targetChars);
    const deviation = Math.log(verdict.ratio / verdict.expectedRatio);
    if (Math.abs(verdict.score) < options.threshold || Math.abs(deviation) < options.minDeviation) return [];
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

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
