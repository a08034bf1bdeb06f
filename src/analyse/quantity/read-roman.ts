// Centuries written in Roman numerals: XIXe siècle, siglo XXI. They read as the ordinal
// (19th century) that other languages write with digits.
import type { Draft } from './draft.js';
import type { Lexicon } from './lexicon.js';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of a Roman numeral up to C, or undefined when the letters do not form one. */
export function romanValue(letters: string): number | undefined {
  let total = 0;
  for (let i = 0; i < letters.length; i++) {
    const value = ROMAN[letters[i]!];
    const next = ROMAN[letters[i + 1] ?? ''] ?? 0;
    if (value === undefined) return undefined;
    total += value < next ? -value : value;
  }
  return total > 0 && toRoman(total) === letters ? total : undefined;
}

function toRoman(value: number): string {
  const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [size, letters] of table) while (value >= size) { out += letters; value -= size; }
  return out;
}

/** Every Roman-numeral century of a text, as ordinals with the unit of their noun. */
export function readRomanOrdinals(text: string, lexicon: Lexicon): Draft[] {
  const drafts: Draft[] = [];
  for (const [pattern, numeralGroup, nounGroup] of [[lexicon.re.romanAfter, 1, 2], [lexicon.re.romanBefore, 2, 1]] as const) {
    if (!pattern) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const value = romanValue(match[numeralGroup]!);
      const noun = lexicon.romanNouns.get(match[nounGroup]!) ?? lexicon.romanNouns.get(match[nounGroup]!.toLowerCase());
      if (value === undefined || !noun) continue;
      drafts.push({ kind: 'ordinal', text: '', value, unit: noun, start: match.index, end: match.index + match[0].length, step: 1 });
    }
  }
  return drafts;
}
