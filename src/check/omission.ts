import { sentenceAlignment, type SentenceAlignment, type SentenceBead } from '../analyse/align-sentences.js';
import { UnitBuilder } from '../analyse/align-units.js';
import { textLength, type LengthModel } from '../analyse/length-model.js';
import { sentencesOf, type Sentence } from '../analyse/sentences.js';
import type { SegmentPair, SideName } from '../model.js';
import { defineRule, type ClaimedSpan, type RuleResult } from './rule.js';

interface Options {
  /** Sentences shorter than this many characters are never reported. */
  minChars: number;
  /** Report target sentences with no source (additions) as well as omissions. */
  additions: boolean;
}

const DEFAULT_OPTIONS: Options = { minChars: 8, additions: true };
/**
 * A sentence whose translation would be shorter than this (target characters) is short
 * enough to have been folded into a neighbour's translation; if it shares a number or name
 * with that neighbour, it was, and is no omission.
 */
const SHORT_TARGET_CHARS = 60;
const EXCERPT_CHARS = 30;
const SIDES: readonly SideName[] = ['source', 'target'];

/** An unmatched sentence as findings report it. */
interface Unmatched {
  sentence: Sentence;
  /** The rule that already reported the passage holding it, and how. */
  claimedBy?: ClaimedSpan;
}

export default defineRule<Options>({
  meta: {
    id: 'omission',
    summary: 'A source sentence with no translation, or a target sentence with no source.',
    explanation:
      'Aligns the sentences of each pair (a Gale-Church dynamic programme over lengths, numbers, Latin-script names, ' +
      'list markers and, for Chinese and English, a bilingual lexicon from CC-CEDICT) and reports source sentences ' +
      'that no target sentence translates, with their line and text, and target sentences with no source as ' +
      'additions. It is conservative: a sentence merged with its neighbour in translation (two sentences made one) ' +
      'is no omission, nor is a short sentence sharing a number or name with the neighbouring translation, and a ' +
      'sentence is only reported when leaving it out brings the pair closer to the length ratio expected for this ' +
      'document. Sentences inside a list item that missing-list-items already reports are named as such. A skipped ' +
      'sentence silently drops content the reader of the translation never learns of: translate it, or suppress the ' +
      'rule for the pair if the cut is intended. Kinds: omission, addition. Options: minChars (shortest sentence ' +
      'reported, default 8), additions (report target sentences with no source, default true).',
    defaultSeverity: 'warning',
    kinds: {
      omission: 'source sentences with no translation',
      addition: 'target sentences with no source',
    },
    defaultOptions: DEFAULT_OPTIONS,
    optionsSchema: {
      type: 'object',
      properties: {
        minChars: { type: 'integer', minimum: 0 },
        additions: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    example: {
      source: '阿里巴巴核心电商业务每年产生约 250 亿美元自由现金流。全球范围内，同时覆盖算力、模型与商业场景的科技公司非常稀少。这是我们持续投入 AI 的底气。',
      target: 'Our core e-commerce business generates roughly $25 billion in free cash flow every year. This is why we keep investing in AI.',
      sourceLang: 'zh',
      targetLang: 'en',
    },
  },
  checkPair(pair, { options, lengths, scratch }) {
    const unmatched = unmatchedSentences(pair, lengths, options.minChars);
    const sides = options.additions ? SIDES : SIDES.slice(0, 1);
    return sides.flatMap((side) => {
      const claimed = (sentence: Sentence) =>
        scratch.claimedSpans?.find((span) => span.side === side && span.start <= sentence.start && sentence.end <= span.end);
      const found = unmatched[side].map((sentence): Unmatched => ({ sentence, claimedBy: claimed(sentence) }));
      // Everything already reported elsewhere: nothing new to say.
      if (found.every((entry) => entry.claimedBy)) return [];
      return [toResult(side, found)];
    });
  },
});

/**
 * The source sentences of a pair that its translation leaves out, as the omission rule
 * judges them with its default options. For length-anomaly, whose "target too short" an
 * omission explains.
 */
export function omittedSentences(pair: SegmentPair, lengths: LengthModel): Sentence[] {
  return unmatchedSentences(pair, lengths, DEFAULT_OPTIONS.minChars).source;
}

/** `explained by omission of 2 sentences (line 27)`, or undefined when nothing is omitted. */
export function omissionNote(pair: SegmentPair, lengths: LengthModel): string | undefined {
  const omitted = omittedSentences(pair, lengths);
  if (omitted.length === 0) return undefined;
  return `explained by omission of ${plural(omitted.length, 'sentence')} (${linesOf(omitted)})`;
}

interface UnmatchedMemo {
  pair: SegmentPair;
  lengths: LengthModel;
  observations: number;
  minChars: number;
  unmatched: Record<SideName, Sentence[]>;
}

/**
 * The last answer: length-anomaly asks about a pair it finds too short, and the omission
 * rule, next, asks again. The length model's answers change only with its observations,
 * so those are part of the key.
 */
let lastUnmatched: UnmatchedMemo | undefined;

/** Sentences of each side with no counterpart that pass the rule's checks. */
function unmatchedSentences(pair: SegmentPair, lengths: LengthModel, minChars: number): Record<SideName, Sentence[]> {
  const last = lastUnmatched;
  if (last?.pair === pair && last.lengths === lengths && last.observations === lengths.observations && last.minChars === minChars) return last.unmatched;
  const unmatched = findUnmatched(pair, lengths, minChars);
  lastUnmatched = { pair, lengths, observations: lengths.observations, minChars, unmatched };
  return unmatched;
}

function findUnmatched(pair: SegmentPair, lengths: LengthModel, minChars: number): Record<SideName, Sentence[]> {
  const result: Record<SideName, Sentence[]> = { source: [], target: [] };
  const sentences = { source: sentencesOf(pair.source, pair.sourceLang), target: sentencesOf(pair.target, pair.targetLang) };
  // A side with no text at all is an untranslated unit, not an omission of some sentences.
  if (sentences.source.length === 0 || sentences.target.length === 0) return result;
  const sourceChars = textLength(pair.source.text);
  const targetChars = textLength(pair.target.text);
  const before = Math.abs(lengths.judge(sourceChars, targetChars).score);
  /** Leaving the sentence out must bring the pair closer to the expected ratio. */
  const reportable = (sentence: Sentence, side: SideName) => {
    const chars = textLength(sentence.text);
    if (chars < minChars) return false;
    const after = side === 'source' ? lengths.judge(sourceChars - chars, targetChars) : lengths.judge(sourceChars, targetChars - chars);
    return Math.abs(after.score) < before;
  };
  // Most pairs have no sentence whose absence their lengths could show: no need to align them.
  if (!SIDES.some((side) => sentences[side].some((sentence) => reportable(sentence, side)))) return result;

  const ratio = Math.exp(lengths.centre().mu);
  const alignment = sentenceAlignment(pair, ratio);
  const anchors = new AnchorCheck(pair);
  alignment.beads.forEach((bead, index) => {
    const side: SideName | undefined = bead.target.length === 0 ? 'source' : bead.source.length === 0 ? 'target' : undefined;
    if (!side) return;
    for (const sentence of bead[side]) {
      if (!reportable(sentence, side)) continue;
      const expectedChars = side === 'source' ? textLength(sentence.text) * ratio : textLength(sentence.text);
      if (expectedChars < SHORT_TARGET_CHARS && anchors.foldedIntoNeighbour(sentence, side, neighbours(alignment, index))) continue;
      result[side].push(sentence);
    }
  });
  return result;
}

/** The nearest beads before and after one that pair sentences of both sides. */
function neighbours(alignment: SentenceAlignment, index: number): SentenceBead[] {
  const paired = (bead: SentenceBead) => bead.source.length > 0 && bead.target.length > 0;
  const before = alignment.beads.slice(0, index).reverse().find(paired);
  const after = alignment.beads.slice(index + 1).find(paired);
  return [before, after].filter((bead): bead is SentenceBead => bead !== undefined);
}

/** Whether a sentence's numbers and names turn up in a neighbouring translation but not in its source. */
class AnchorCheck {
  private readonly builder: UnitBuilder;

  constructor(private readonly pair: SegmentPair) {
    this.builder = new UnitBuilder(pair.sourceLang, pair.targetLang, { words: false });
  }

  foldedIntoNeighbour(sentence: Sentence, side: SideName, beads: SentenceBead[]): boolean {
    const other: SideName = side === 'source' ? 'target' : 'source';
    const own = this.anchors(sentence.text, side);
    if (own.size === 0) return false;
    return beads.some((bead) => {
      const across = this.anchors(bead[other].map((s) => s.text).join(' '), other);
      const alongside = this.anchors(bead[side].map((s) => s.text).join(' '), side);
      return [...own].some((id) => across.has(id) && !alongside.has(id));
    });
  }

  private anchors(text: string, side: SideName): Set<number> {
    const unit = this.builder.unit(text, side === 'source' ? this.pair.sourceLang : this.pair.targetLang);
    return new Set([...unit.numbers, ...unit.names]);
  }
}

function toResult(side: SideName, found: Unmatched[]): RuleResult {
  const fresh = found.filter((entry) => !entry.claimedBy);
  const claimed = found.filter((entry) => entry.claimedBy);
  const quoted = fresh.map(({ sentence }) => `line ${sentence.line} "${excerpt(sentence.text)}"`).join(', ');
  const what =
    side === 'source'
      ? `${plural(fresh.length, 'source sentence')} ${fresh.length === 1 ? 'has' : 'have'} no translation: ${quoted}`
      : `${plural(fresh.length, 'target sentence')} ${fresh.length === 1 ? 'has' : 'have'} no source: ${quoted}`;
  const alsoReported = claimed.length > 0 ? `; ${claimedNote(claimed)}` : '';
  const advice =
    side === 'source'
      ? 'A skipped sentence drops content the reader of the translation never learns of: translate it.'
      : 'Text added in translation may be a note or a paragraph pasted from elsewhere: check that it belongs, or add it to the source.';
  const first = fresh[0]!.sentence;
  return {
    kind: side === 'source' ? 'omission' : 'addition',
    message: `${what}${alsoReported}. ${advice}`,
    details: {
      side,
      sentences: found.map(({ sentence, claimedBy }) => ({
        line: sentence.line,
        text: sentence.text,
        ...(claimedBy && { reportedBy: claimedBy.ruleId }),
      })),
    },
    ...(side === 'source' ? { sourceLine: first.line } : { targetLine: first.line }),
  };
}

/** `list item 3 and list item 4 (line 26) are reported by missing-list-items` */
function claimedNote(claimed: Unmatched[]): string {
  const byRule = new Map<string, Unmatched[]>();
  for (const entry of claimed) byRule.set(entry.claimedBy!.ruleId, [...(byRule.get(entry.claimedBy!.ruleId) ?? []), entry]);
  return [...byRule]
    .map(([ruleId, entries]) => {
      const labels = [...new Set(entries.map((entry) => entry.claimedBy!.label))];
      const verb = entries.length === 1 ? 'is' : 'are';
      return `the sentences of ${labels.join(' and ')} (${linesOf(entries.map((entry) => entry.sentence))}) ${verb} reported by ${ruleId}`;
    })
    .join('; ');
}

function linesOf(sentences: Sentence[]): string {
  const lines = [...new Set(sentences.map((sentence) => sentence.line))];
  return `${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function excerpt(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length <= EXCERPT_CHARS ? chars.join('') : `${chars.slice(0, EXCERPT_CHARS).join('')}…`;
}
