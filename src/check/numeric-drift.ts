import { baseLanguage } from '../analyse/language.js';
import {
  describeQuantity,
  explainDrift,
  matchQuantities,
  quantitiesOf,
  type ExtractedQuantity,
  type QuantityMatch,
} from '../analyse/quantity/index.js';
import type { Quantity, Segment } from '../model.js';
import { defineRule } from './rule.js';

interface Options {
  /** Kinds of quantity not compared at all (number, percent, fraction, multiple, date, time, ordinal, range, vague). */
  ignoreKinds: string[];
  /** Report a quantity stated more often on one side than on the other (`50 万亿` twice, `$50 trillion` once). */
  countRepeats: boolean;
}

/** At most this many quantities are spelled out per list in a message; details hold them all. */
const LISTED = 3;

export default defineRule<Options>({
  meta: {
    id: 'numeric-drift',
    summary: 'A number, amount, percentage or date with no equal on the other side: changed, mis-scaled, missing or added.',
    explanation:
      'Extracts every quantity on both sides (digits in any locale, Chinese and Japanese numerals with 万/亿/兆, number ' +
      'words, scales such as million or Milliarde, percentages, fractions and shares (one in three, jeder dritte, ' +
      '每五人中有一人), multiples, ranges, vague magnitudes such as 数十亿, multi-billion, 二十多 or dozens, dates in any ' +
      'order (2/3/2025 keeps both readings), decades (the 1990s = 90 年代), ordinals), normalises them and matches them ' +
      'by value, allowing the rounding the ' +
      'less precise side shows (530 亿美元 = $53 billion). A changed figure in a translation misinforms readers and is ' +
      'rarely caught by reading the translation alone. One finding per pair lists what changed (kind `mismatch`, an ' +
      'error by default: 10 亿 translated as 10 billion, USD as EUR) and what is missing or added (kind `missing`, a ' +
      'warning). Correct the translated figure, or the source if the translation is right; translate a missing ' +
      'figure or confirm the omission. List positions (第一层, Layer 1) and digits inside names (Qwen2.5, GPT-4) are not ' +
      'reported missing; a position on its own (third, 第三, Article 12) is reported only when the other side states ' +
      'a different one; a vague amount from a few with no digit (several times, for hours, 数年) is compared with its ' +
      'counterpart but never reported missing or added alone; placeholders, command-line options and markup (%1$s, 0x%08x, --three, <size>) are no quantities, and ' +
      'digits both sides write alike ([8,63], 32M) are no drift however each language reads them. Options: ignoreKinds (kinds of quantity to skip, e.g. [date]), countRepeats (default true: a figure ' +
      'stated twice in the source and once in the target is reported).',
    defaultSeverity: 'error',
    kinds: {
      mismatch: 'a quantity changed in translation: value, scale, unit or date',
      missing: 'a quantity missing from the translation, or added to it',
    },
    defaultOptions: { ignoreKinds: [], countRepeats: true },
    optionsSchema: {
      type: 'object',
      properties: {
        ignoreKinds: {
          type: 'array',
          items: { enum: ['number', 'percent', 'fraction', 'multiple', 'date', 'time', 'ordinal', 'range', 'vague'] },
          uniqueItems: true,
        },
        countRepeats: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    example: {
      source: '通义千问已开放 300 多个模型，全球下载量突破 10 亿次。',
      target: 'Qwen has released over 300 models, with more than 10 billion downloads worldwide.',
      sourceLang: 'zh',
      targetLang: 'en',
    },
  },
  checkPair(pair, { options, scratch }) {
    const ignored = new Set(options.ignoreKinds);
    const usable = (quantities: ExtractedQuantity[], claimed: Set<string>) =>
      quantities.filter((quantity) => !ignored.has(quantity.kind) && !claimed.has(String(quantity.start)));
    const source = usable(quantitiesOf(pair.source, baseLanguage(pair.sourceLang)), scratch.claimedQuantities.source);
    const target = usable(quantitiesOf(pair.target, baseLanguage(pair.targetLang)), scratch.claimedQuantities.target);
    const result = matchQuantities(source, target, { countRepeats: options.countRepeats, texts: { source: pair.source.text, target: pair.target.text } });
    const { mismatched, missingInTarget, missingInSource } = result;
    if (!mismatched.length && !missingInTarget.length && !missingInSource.length) return [];
    const firstSource = mismatched[0]?.source ?? missingInTarget[0];
    const firstTarget = mismatched[0]?.target ?? missingInSource[0];
    return [
      {
        kind: mismatched.length ? 'mismatch' : 'missing',
        message: messageOf(result),
        details: {
          missingInTarget: missingInTarget.map(contractForm),
          missingInSource: missingInSource.map(contractForm),
          mismatched: mismatched.map((drift) => ({ source: contractForm(drift.source), target: contractForm(drift.target) })),
        },
        ...(firstSource ? { sourceLine: lineAt(pair.source, firstSource.start) } : {}),
        ...(firstTarget ? { targetLine: lineAt(pair.target, firstTarget.start) } : {}),
      },
    ];
  },
});

function messageOf({ mismatched, missingInTarget, missingInSource }: QuantityMatch): string {
  const parts = [
    ...mismatched
      .slice(0, LISTED)
      .map((drift) => `source ${describeQuantity(drift.source)}, target ${describeQuantity(drift.target)}: ${explainDrift(drift.source, drift.target)}`),
  ];
  if (mismatched.length > LISTED) parts.push(`${mismatched.length - LISTED} more changed`);
  if (missingInTarget.length) parts.push(`${listed(missingInTarget)} in the source ${missingInTarget.length === 1 ? 'has' : 'have'} no equal in the target`);
  if (missingInSource.length) parts.push(`${listed(missingInSource)} in the target ${missingInSource.length === 1 ? 'has' : 'have'} no equal in the source`);
  const advice = mismatched.length
    ? 'A changed figure misinforms readers: correct the translation, or the source if the translation is right.'
    : 'Readers of one side miss a figure the other states: translate it or remove it, unless the difference is intended.';
  const what = parts.join('; ');
  return `${what}${what.endsWith('?') ? '' : '.'} ${advice}`;
}

function listed(quantities: ExtractedQuantity[]): string {
  const shown = quantities.slice(0, LISTED).map(describeQuantity).join(', ');
  return quantities.length > LISTED ? `${shown} and ${quantities.length - LISTED} more` : shown;
}

/** A quantity as the report contract has it. */
function contractForm(quantity: ExtractedQuantity): Quantity {
  const form: Quantity = { text: quantity.text, value: quantity.value };
  if (quantity.unit !== undefined) form.unit = quantity.unit;
  if (quantity.approx) form.approx = true;
  if (quantity.min !== undefined && quantity.max !== undefined) {
    form.min = quantity.min;
    form.max = quantity.max;
  }
  return form;
}

/** The line of the segment part that holds an offset of the segment text (parts are joined by newlines). */
function lineAt(segment: Segment, offset: number): number {
  let start = 0;
  for (const part of segment.parts) {
    if (offset < start + part.text.length + 1) return part.line;
    start += part.text.length + 1;
  }
  return segment.line;
}
