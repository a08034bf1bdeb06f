import { eachMatch } from '../analyse/each-match.js';
import { foldText } from '../analyse/similarity.js';
import { textHash } from '../text-hash.js';
import type { Segment, SegmentPair } from '../model.js';
import type { RuleResult } from './rule.js';
import { defineRule } from './rule.js';

interface Options {
  /** Sources shorter than this (folded) are not compared. */
  minChars: number;
  /** How many distinct sources are remembered; the least recently seen are forgotten first. */
  maxEntries: number;
}

/** Pair ids kept per source, for `otherPairs`. */
const MAX_OTHER_PAIRS = 5;
const PUNCTUATION_AND_SPACE = /[\p{P}\s]+/gu;
const NUMBER = /\p{Nd}+(?:[.,]\p{Nd}+)*/gu;
const SEPARATORS = /[.,]/g;
/** A line that ends as a sentence or a clause does. */
const LINE_END = /[.!?:;。！？：；…]["'”’»)）」』]*\s*$/u;
/** A line that carries on the one before it: after its indentation, a lower-case word that is no label (`or:`). */
const CONTINUATION = /^\s*\p{Ll}[\p{L}\p{N}'’-]*(?![\p{L}\p{N}'’-]|:)/u;
const LOWER_CASE = /\p{Ll}/u;
const TWO_CAPITALS = /\p{Lu}[^]*\p{Lu}/u;
const SHORT_OPTION = /(?<![\p{L}\p{N}-])-\p{L}(?![\p{L}\p{N}])/gu;

/** Between the parts of a key (target language, context, source), as gettext joins msgctxt and msgid. */
const KEY_SEPARATOR = '\u0004';

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
      'folded, though a source all in capitals, a status such as `REMOVE`, is apart from `Remove`, and `-o` from `-O`) ' +
      'and reports later pairs that translate the same source differently, with the ids of the pairs that gave the ' +
      'first translation. Targets that differ only in white space or punctuation agree. Different numbers ' +
      '(`quantities`) are usually an error in one of them; different wording (`wording`) may be a legitimate choice ' +
      'for another context, so it is reported at a lower level. Lines repeated within one multi-line pair (a list, ' +
      'subtitles) are compared the same way when both sides have as many lines, except the lines of a sentence wrapped ' +
      'over several (a line that does not end as a sentence or clause does, followed by one that starts with a ' +
      'lower-case word, not a label such as `or:`), which each translation wraps elsewhere. Only translations into one ' +
      'language are compared. A source in another context (a PO msgctxt) is another unit: `Open` in a menu and `Open` ' +
      'as a status are not compared. Memory is bounded by `maxEntries` sources (default 100000), the least recently ' +
      'seen forgotten first; sources shorter than `minChars` (default 3) are not compared. Make the translations ' +
      'agree, or confirm that the context differs.',
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
  createState(options): Memory {
    return new Memory(options.maxEntries);
  },
  checkPair(pair, { options, state }) {
    const memory = state as Memory;
    const results: RuleResult[] = [];
    // Translations into other languages (a multilingual memory) or in other contexts are not compared.
    const scope = `${pair.targetLang.toLowerCase()}${KEY_SEPARATOR}${pair.source.context ?? ''}${KEY_SEPARATOR}`;
    for (const unit of unitsOf(pair)) {
      const folded = foldText(unit.source);
      if (folded.length < options.minChars) continue;
      const key = textHash(scope + caseKept(unit.source) + KEY_SEPARATOR + folded);
      const wording = textHash(wordingOf(unit.target));
      const slot = memory.recall(key);
      if (slot === undefined) {
        memory.remember(key, wording, textHash(numbersOf(unit.target)), pair.id);
        continue;
      }
      if (memory.wording[slot] === wording) {
        memory.agree(slot, pair.id);
        continue;
      }
      const kind = memory.numbers[slot] === textHash(numbersOf(unit.target)) ? 'wording' : 'quantities';
      const what = kind === 'quantities' ? 'with different numbers' : 'in other words';
      const others = memory.pairsOf(slot);
      const result: RuleResult = {
        kind,
        message: `the same source was translated ${what} in ${others.join(', ')}; make the translations agree, or confirm that the context differs`,
        details: { otherPairs: others },
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
    // A piece of a sentence wrapped at a fixed width is no unit: each translation wraps it elsewhere.
    if (wrapped(sourceLines, index)) return;
    units.push({ source, target: targetLines[index]!, sourceLine: lineOf(pair.source, index), targetLine: lineOf(pair.target, index) });
  });
  return units;
}

/** Whether a line is part of a sentence that runs on over lines: it, or the line before it, does not end and the next carries on. */
function wrapped(lines: string[], index: number): boolean {
  const runsOn = (at: number) => at >= 0 && at + 1 < lines.length && !LINE_END.test(lines[at]!) && CONTINUATION.test(lines[at + 1]!);
  return runsOn(index - 1) || runsOn(index);
}

/**
 * What folding the case of a source must not lose. Whether it is written in capitals: a status
 * or a heading (`REMOVE`), which translations word otherwise than the same words in running text
 * or on a button (`Remove`). And its short options as written: `-o` and `-O` are two options.
 */
function caseKept(text: string): string {
  let kept = !LOWER_CASE.test(text) && TWO_CAPITALS.test(text) ? KEY_SEPARATOR : '';
  if (text.includes('-')) eachMatch(SHORT_OPTION, text, ([option]) => void (kept += option));
  return kept;
}

/** The file line of a segment's `index`-th line, when its parts are its lines. */
function lineOf(segment: Segment, index: number): number | undefined {
  return segment.parts.length === segment.text.split('\n').length ? segment.parts[index]?.line : undefined;
}

/**
 * The sources seen, up to `maxEntries`, each with its first translation and the pairs that
 * agree with it; the least recently seen is forgotten first. Texts are kept as 53-bit hashes
 * (see text-hash.ts) in arrays of numbers, one slot per source: about 100 bytes a source with a short
 * pair id, where the strings cost kilobytes for paragraph-length sources.
 */
class Memory {
  /** Slot of each source, by the hash of its context and folded text; in order of last sight. */
  private readonly slots = new Map<number, number>();
  /** Per slot: hash of the first translation's wording (wordingOf), and of its numbers (numbersOf). */
  readonly wording: number[] = [];
  readonly numbers: number[] = [];
  /** Per slot: the pairs that gave the first translation, one id as such (the common case). */
  private readonly pairs: (string | string[])[] = [];

  constructor(private readonly maxEntries: number) {}

  get size(): number {
    return this.slots.size;
  }


  /** The slot of a source seen before, now the most recently seen. */
  recall(key: number): number | undefined {
    const slot = this.slots.get(key);
    if (slot !== undefined) {
      this.slots.delete(key);
      this.slots.set(key, slot);
    }
    return slot;
  }

  /** A first translation, in the slot of the least recently seen source when memory is full. */
  remember(key: number, wording: number, numbers: number, pair: string): void {
    let slot = this.slots.size;
    if (slot >= this.maxEntries) {
      const [oldest, freed] = this.slots.entries().next().value!;
      this.slots.delete(oldest);
      slot = freed;
    }
    this.slots.set(key, slot);
    this.wording[slot] = wording;
    this.numbers[slot] = numbers;
    this.pairs[slot] = pair;
  }

  /** Another pair that agrees with the first translation, kept up to MAX_OTHER_PAIRS. */
  agree(slot: number, pair: string): void {
    const pairs = this.pairsOf(slot);
    if (pairs.length < MAX_OTHER_PAIRS && !pairs.includes(pair)) this.pairs[slot] = [...pairs, pair];
  }

  /** The pairs that agree with the first translation (a copy). */
  pairsOf(slot: number): string[] {
    const pairs = this.pairs[slot]!;
    return typeof pairs === 'string' ? [pairs] : [...pairs];
  }
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
