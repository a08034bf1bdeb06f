import { eachMatch } from '../analyse/each-match.js';
import { foldText } from '../analyse/similarity.js';
import type { Segment, SegmentPair } from '../model.js';
import type { RuleResult } from './rule.js';
import { defineRule } from './rule.js';

interface Options {
  /** Sources shorter than this (folded) are not compared. */
  minChars: number;
  /** How many distinct sources are remembered; the least recently seen are forgotten first. */
  maxEntries: number;
}

/** The first translation of a source, and the pairs that agree with it. */
interface Seen {
  wording: string;
  numbers: string;
  pairs: string[];
}

/** Pair ids kept per source, for `otherPairs`. */
const MAX_OTHER_PAIRS = 5;
const PUNCTUATION_AND_SPACE = /[\p{P}\s]+/gu;
const NUMBER = /\p{Nd}+(?:[.,]\p{Nd}+)*/gu;
const SEPARATORS = /[.,]/g;

/** One translation unit: a whole pair, or a line of a pair whose sides have as many lines. */
interface Unit {
  source: string;
  target: string;
  sourceLine?: number;
  targetLine?: number;
}

export default defineRule<Options>({
  meta: {
    id: 'inconsistency',
    summary: 'The same source text translated differently elsewhere in the input.',
    explanation:
      'Remembers the first translation of every source text (compared with case, white space and full-width forms ' +
      'folded) and reports later pairs that translate the same source differently, with the ids of the pairs that ' +
      'gave the first translation. Targets that differ only in white space or punctuation agree. Different numbers ' +
      '(`quantities`) are usually an error in one of them; different wording (`wording`) may be a legitimate choice ' +
      'for another context, so it is reported at a lower level. Lines repeated within one multi-line pair (a list, ' +
      'subtitles) are compared the same way when both sides have as many lines. Memory is bounded by `maxEntries` ' +
      'sources (default 100000), the least recently seen forgotten first; sources shorter than `minChars` (default 3) ' +
      'are not compared. Make the translations agree, or confirm that the context differs.',
    defaultSeverity: 'warning',
    kinds: { quantities: 'the translations have different numbers', wording: 'the translations are worded differently' },
    defaultOptions: { minChars: 3, maxEntries: 100_000 },
    optionsSchema: {
      type: 'object',
      properties: {
        minChars: { type: 'integer', minimum: 1 },
        maxEntries: { type: 'integer', minimum: 1 },
      },
      additionalProperties: false,
    },
    example: {
      source: 'Basic plan: $20 per month.\nUpgrade at any time.\nBasic plan: $20 per month.',
      target: 'Basistarif: 20 $ pro Monat.\nJederzeit upgraden.\nBasistarif: 25 $ pro Monat.',
      sourceLang: 'en',
      targetLang: 'de',
    },
  },
  createState(): Map<string, Seen> {
    return new Map();
  },
  checkPair(pair, { options, state }) {
    const seen = state as Map<string, Seen>;
    const results: RuleResult[] = [];
    for (const unit of unitsOf(pair)) {
      const key = foldText(unit.source);
      if (key.length < options.minChars) continue;
      const wording = wordingOf(unit.target);
      const first = seen.get(key);
      if (!first) {
        remember(seen, key, { wording, numbers: numbersOf(unit.target), pairs: [pair.id] }, options.maxEntries);
        continue;
      }
      // Refresh: the least recently seen source is the first to go.
      seen.delete(key);
      seen.set(key, first);
      if (first.wording === wording) {
        if (first.pairs.length < MAX_OTHER_PAIRS && !first.pairs.includes(pair.id)) first.pairs.push(pair.id);
        continue;
      }
      const kind = first.numbers === numbersOf(unit.target) ? 'wording' : 'quantities';
      const what = kind === 'quantities' ? 'with different numbers' : 'in other words';
      const result: RuleResult = {
        kind,
        message: `the same source was translated ${what} in ${first.pairs.join(', ')}; make the translations agree, or confirm that the context differs`,
        details: { otherPairs: [...first.pairs] },
      };
      if (unit.sourceLine !== undefined) result.sourceLine = unit.sourceLine;
      if (unit.targetLine !== undefined) result.targetLine = unit.targetLine;
      results.push(result);
    }
    return results;
  },
});

function unitsOf(pair: SegmentPair): Unit[] {
  const units: Unit[] = [{ source: pair.source.text, target: pair.target.text }];
  const sourceLines = pair.source.text.split('\n');
  const targetLines = pair.target.text.split('\n');
  if (sourceLines.length < 2 || sourceLines.length !== targetLines.length) return units;
  sourceLines.forEach((source, index) => {
    units.push({ source, target: targetLines[index]!, sourceLine: lineOf(pair.source, index), targetLine: lineOf(pair.target, index) });
  });
  return units;
}

/** The file line of a segment's `index`-th line, when its parts are its lines. */
function lineOf(segment: Segment, index: number): number | undefined {
  return segment.parts.length === segment.text.split('\n').length ? segment.parts[index]?.line : undefined;
}

function remember(seen: Map<string, Seen>, key: string, entry: Seen, maxEntries: number): void {
  if (seen.size >= maxEntries) seen.delete(seen.keys().next().value!);
  seen.set(key, entry);
}

/** The target as compared: folded, without punctuation and spaces (`Speichern…` and `Speichern ...` agree). */
function wordingOf(text: string): string {
  return foldText(text).replace(PUNCTUATION_AND_SPACE, '');
}

/** The target's numbers without separators, sorted: `20 $` and `20$` agree, `25 $` does not. */
function numbersOf(text: string): string {
  const numbers: string[] = [];
  eachMatch(NUMBER, text.normalize('NFKC'), ([number]) => numbers.push(number.replace(SEPARATORS, '')));
  return numbers.sort().join(' ');
}
