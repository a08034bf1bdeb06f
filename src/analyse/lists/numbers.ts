import type { ListRules, NumberStyle, SequenceStep } from './data.js';

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };
const CIRCLED_ONE = 0x2460;
const DIGITS = /^\d+$/;
const SPACES = /\s+/g;

/** The number a marker stands for (or a sequence step such as `next`); undefined when it is not one. */
export function markerNumber(style: NumberStyle, written: string, rules: ListRules): SequenceStep | undefined {
  switch (style) {
    case 'decimal':
      return Number.parseInt(written, 10);
    case 'letter':
      return written.toLowerCase().charCodeAt(0) - 0x60;
    case 'roman':
      return romanValue(written.toLowerCase());
    case 'circled':
      return written.charCodeAt(0) - CIRCLED_ONE + 1;
    case 'numeral':
      return numeralValue(written, rules.numerals);
    case 'word':
      return rules.sequenceWords.get(written.toLowerCase().replace(SPACES, ' '));
    case 'none':
      return undefined;
  }
}

/** Digits, or the language's numerals; `十` composes as in 十二 (12) and 二十 (20). */
export function numeralValue(written: string, numerals: ReadonlyMap<string, number>): number | undefined {
  if (DIGITS.test(written)) return Number.parseInt(written, 10);
  const whole = numerals.get(written.toLowerCase());
  if (whole !== undefined) return whole;
  const ten = written.indexOf('十');
  if (ten < 0) return undefined;
  const tens = ten === 0 ? 1 : numerals.get(written.slice(0, ten));
  const units = ten === written.length - 1 ? 0 : numerals.get(written.slice(ten + 1));
  return tens === undefined || units === undefined ? undefined : tens * 10 + units;
}

/** i..xxxix in the usual subtractive notation; undefined for malformed numerals such as `iiv`. */
function romanValue(written: string): number | undefined {
  let total = 0;
  for (let index = 0; index < written.length; index++) {
    const value = ROMAN[written[index]!]!;
    const next = ROMAN[written[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === written ? total : undefined;
}

function toRoman(value: number): string {
  const tens = 'x'.repeat(Math.floor(value / 10));
  const units = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'][value % 10];
  return tens + units;
}
