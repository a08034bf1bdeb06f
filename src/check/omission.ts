import { lengthDeviation } from '../analyse/align-cost.js';
import { sentenceAlignment, sentenceLengths, type SentenceAlignment, type SentenceBead } from '../analyse/align-sentences.js';
import { UnitBuilder } from '../analyse/align-units.js';
import { eachMatch } from '../analyse/each-match.js';
import { scriptOfLanguage } from '../analyse/language.js';
import { textLength, type LengthModel } from '../analyse/length-model.js';
import { listsOf, type Enumeration } from '../analyse/lists/index.js';
import { placeholdersIn } from '../analyse/placeholders.js';
import { endsSentence, sentencesOf, type Sentence } from '../analyse/sentences.js';
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
/** A sentence this share of its side's characters may be reported when the pair without it has ordinary lengths. */
const SUBSTANTIAL_SHARE = 0.2;
/** How many standard deviations too long the translation of a single sentence must be before a sentence of it counts as added. */
const ADDITION_MIN_SCORE = 1;
/** Lengths within this many standard deviations of the expected ratio are ordinary. */
const ORDINARY_SCORE = 1.5;
/**
 * A merged bead this many standard deviations too short (too long, for an addition), that fits
 * within MERGE_FITS_Z without one end sentence; less when that sentence's numbers or names are
 * nowhere on the other side.
 */
const MERGE_MISFIT_Z = { plain: 1.2, anchored: 0.8 };
const MERGE_FITS_Z = { plain: 0.75, anchored: 1 };
const SIDES: readonly SideName[] = ['source', 'target'];
/** Text that opens with a letter or digit, as the continuation of a wrapped line does. */
const OPENS_WITH_WORD = /^\s*[\p{L}\p{N}]/u;

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
      'document (or, for a sentence that is a fifth of its side or more, leaves lengths within 1.5 standard ' +
      'deviations of it). A sentence the aligner merges into a neighbour\'s translation that is far too short to ' +
      'hold it, sharing none of its numbers or names, is an omission too; the items of a list the other side lists ' +
      'in full (laid out differently) are not. A target sentence repeated word for word (pasted twice) is an addition, ' +
      'and so is a whole target sentence merged into a translation far too long to need it; a lone source sentence ' +
      'translated as two is split, not added to, unless the target is longer than usual, and so is a sentence merged into ' +
      'a translation far too long for it when the translation beside it is short without it. The wrapped-line ' +
      'continuation of a source sentence (`...created by the` / `WARC writer`) is no sentence of its own to drop, and a ' +
      'sentence sharing an option (`-m`) or placeholder with the neighbouring translation belongs to it. Sentences inside a list item ' +
      'that missing-list-items already reports are named as such. A skipped ' +
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
  const score = lengths.judge(sourceChars, targetChars).score;
  const before = Math.abs(score);
  /**
   * Leaving the sentence out must bring the pair closer to the expected ratio, or (for a
   * source sentence that is a good part of its side) leave a pair of quite ordinary lengths: a
   * translator who writes a little long hides a dropped sentence from the first test alone.
   */
  const reportable = (sentence: Sentence, side: SideName) => {
    const chars = textLength(sentence.text);
    if (chars < minChars) return false;
    // A translation splits a lone sentence in two more often than it adds one: then an addition needs a target longer than usual.
    if (side === 'target' && sentences.source.length === 1 && score < ADDITION_MIN_SCORE) return false;
    const after = side === 'source' ? lengths.judge(sourceChars - chars, targetChars) : lengths.judge(sourceChars, targetChars - chars);
    if (Math.abs(after.score) < before) return true;
    return side === 'source' && chars >= SUBSTANTIAL_SHARE * sourceChars && Math.abs(after.score) < ORDINARY_SCORE;
  };
  // Most pairs have no sentence whose absence their lengths could show, nor a repeated one: no need to align them.
  const repeated = repeatedSentences(sentences.source, sentences.target);
  if (repeated.length === 0 && !SIDES.some((side) => sentences[side].some((sentence) => reportable(sentence, side)))) return result;

  const ratio = Math.exp(lengths.centre().mu);
  const alignment = sentenceAlignment(pair, ratio);
  const anchors = new AnchorCheck(pair);
  const listed = new ListedItems(pair);
  alignment.beads.forEach((bead, index) => {
    // A null bead, or a sentence merged into a neighbour's counterpart that cannot hold it.
    const nullSide: SideName = bead.source.length === 0 ? 'target' : 'source';
    const { side, sentences: dropped } =
      bead.target.length === 0 || bead.source.length === 0 ? { side: nullSide, sentences: bead[nullSide] } : droppedFromMerge(bead, ratio, anchors);
    for (const sentence of dropped) {
      if (!reportable(sentence, side) || listed.has(side, sentence)) continue;
      const expectedChars = side === 'source' ? textLength(sentence.text) * ratio : textLength(sentence.text);
      if (expectedChars < SHORT_TARGET_CHARS && anchors.foldedIntoNeighbour(sentence, side, neighbours(alignment, index))) continue;
      if (side === 'target' && bead.source.length > 0 && completesNeighbour(sentence, alignment, index, ratio)) continue;
      result[side].push(sentence);
    }
  });
  // A repeated sentence is an addition wherever the aligner put it, whatever the lengths say.
  for (const sentence of repeated) {
    if (textLength(sentence.text) >= minChars && !result.target.includes(sentence)) result.target.push(sentence);
  }
  result.target.sort((a, b) => a.start - b.start);
  return result;
}

/**
 * A sentence at either end of a bead that joins several sentences of one side to fewer of
 * the other, when that side is far too long for the other to hold it and just right without
 * it, and none of its numbers or names is on the other side: the aligner folds a dropped
 * (or added) sentence into its neighbour when a null bead costs more than a poor merge.
 */
function droppedFromMerge(bead: SentenceBead, ratio: number, anchors: AnchorCheck): { side: SideName; sentences: Sentence[] } {
  const side: SideName = bead.source.length > bead.target.length ? 'source' : 'target';
  const other: SideName = side === 'source' ? 'target' : 'source';
  if (bead[side].length < 2 || bead[other].length >= bead[side].length) return { side, sentences: [] };
  const sourceChars = charsOf(bead.source);
  const targetChars = charsOf(bead.target);
  // Standard deviations by which the longer side has too much, with `without` of its characters left out.
  const excess = (without: number) =>
    side === 'source' ? -lengthZ(sourceChars - without, targetChars, ratio) : lengthZ(sourceChars, targetChars - without, ratio);
  const merged = excess(0);
  if (merged < MERGE_MISFIT_Z.anchored) return { side, sentences: [] };
  const otherText = bead[other].map((sentence) => sentence.text).join(' ');
  const candidates = [bead[side][0]!, bead[side].at(-1)!]
    // Translations run longer and wrap their lines where sources do not: only a whole sentence is an addition.
    // A source line that carries on a wrapped sentence is no sentence of its own to drop: a translation condenses it.
    .filter((sentence) => (side === 'source' ? startsOwnSentence(sentence, bead.source) : wholeSentence(sentence, bead.target)))
    .map((sentence) => ({ sentence, z: excess(textLength(sentence.text)) }))
    .filter(({ sentence, z }) => {
      // Something of its own on the other side: condensed into it (or spelt out), not dropped (or added).
      const rest = bead[side].filter((sibling) => sibling !== sentence).map((sibling) => sibling.text).join(' ');
      const shared = side === 'source' ? anchors.sharesAnchor(sentence.text, otherText) : anchors.sharesAnchor(otherText, sentence.text);
      if (shared || anchors.sharesOwnWord(sentence.text, rest, otherText)) return false;
      // Numbers or names of its own that the whole translation lacks: less length evidence needed (a translation
      // that adds a name, `mimetype` spelt `MIME 型`, is common and no such evidence).
      if (side === 'source' && anchors.lostEverywhere(sentence.text)) return Math.abs(z) < MERGE_FITS_Z.anchored;
      return merged >= MERGE_MISFIT_Z.plain && Math.abs(z) < MERGE_FITS_Z.plain;
    })
    .sort((a, b) => Math.abs(a.z) - Math.abs(b.z));
  return { side, sentences: candidates.length > 0 ? [candidates[0]!.sentence] : [] };
}

/** Whether a sentence ends as one and follows the end of another (or begins its side's bead): no wrapped line. */
function wholeSentence(sentence: Sentence, bead: Sentence[]): boolean {
  return endsSentence(sentence.text) && followsSentenceEnd(sentence, bead);
}

/** Whether a sentence begins its side's bead or follows a sentence that ends as one. */
function followsSentenceEnd(sentence: Sentence, bead: Sentence[]): boolean {
  const before = bead[bead.indexOf(sentence) - 1];
  return before === undefined || endsSentence(before.text);
}

/**
 * Whether a source sentence starts one of its own: after the end of another, or with a list
 * marker or bracket (`- requires ...`, `(for portability ...)`), not as a wrapped line's continuation.
 */
function startsOwnSentence(sentence: Sentence, bead: Sentence[]): boolean {
  return followsSentenceEnd(sentence, bead) || !OPENS_WITH_WORD.test(sentence.text);
}

/**
 * Target sentences that repeat an earlier target sentence word for word, beyond the
 * repetitions the source has: a sentence pasted twice has no source of its own. A source
 * repeats a sentence in other words too (a help text's summary line, then its first sentence:
 * `Enable and disable shell builtins. Enables and disables builtin shell commands.`; the
 * `+N` and `-N` options described alike), which a translation may render alike.
 */
function repeatedSentences(source: Sentence[], target: Sentence[]): Sentence[] {
  if (target.length < 2) return [];
  const repeated = repeatsOf(target);
  return repeated.length > 0 ? repeated.slice(paraphrasesOf(source)) : repeated;
}

/** Two sentences sharing this share of their words (Dice's coefficient over word stems) say the same thing. */
const PARAPHRASE_SHARE = 0.6;

/** How many sentences say again, in the same or other words, what an earlier sentence says. */
function paraphrasesOf(sentences: Sentence[]): number {
  const earlier: Set<string>[] = [];
  let count = 0;
  for (const sentence of sentences) {
    const stems = wordStems(sentence.text);
    if (stems.size === 0) continue;
    if (earlier.some((other) => dice(stems, other) >= PARAPHRASE_SHARE)) count++;
    earlier.push(stems);
  }
  return count;
}

function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Whole sentences (ending as sentences do: wrapped fragments repeat by chance) that repeat an earlier one as written. */
function repeatsOf(sentences: Sentence[]): Sentence[] {
  const seen = new Set<string>();
  return sentences.filter((sentence) => {
    if (!endsSentence(sentence.text)) return false;
    if (seen.has(sentence.text)) return true;
    seen.add(sentence.text);
    return false;
  });
}

/** How many standard deviations a bead's length ratio lies from the expected one (as the sentence aligner weighs it). */
function lengthZ(sourceChars: number, targetChars: number, ratio: number): number {
  return lengthDeviation(sourceChars, targetChars, sentenceLengths(ratio)).z;
}

/** A translation this many standard deviations from its source's expected length, or nearer, is of ordinary length. */
const SPLIT_FITS_Z = 0.75;

/**
 * Whether a target sentence the aligner merged into a translation far too long to need it is
 * the rest of the translation on its other side: a translation splits a long sentence in two
 * far more often than it adds one, and the aligner may pair the source with either half. The
 * sentence must go somewhere: beside a translation a little short without it, which it leaves
 * of ordinary length, it is that translation's other half. (A sentence the aligner left alone
 * has been weighed against its neighbours already.)
 */
function completesNeighbour(sentence: Sentence, alignment: SentenceAlignment, index: number, ratio: number): boolean {
  const bead = alignment.beads[index]!;
  const adjacent = bead.target[0] === sentence ? alignment.beads[index - 1] : bead.target.at(-1) === sentence ? alignment.beads[index + 1] : undefined;
  if (!adjacent || adjacent.source.length === 0 || adjacent.target.length === 0) return false;
  const sourceChars = charsOf(adjacent.source);
  const targetChars = charsOf(adjacent.target);
  const without = lengthZ(sourceChars, targetChars, ratio);
  return without < 0 && Math.abs(lengthZ(sourceChars, targetChars + textLength(sentence.text), ratio)) < Math.max(-without, SPLIT_FITS_Z);
}

function charsOf(sentences: Sentence[]): number {
  return sentences.reduce((total, sentence) => total + textLength(sentence.text), 0);
}

/** The nearest beads before and after one that pair sentences of both sides. */
function neighbours(alignment: SentenceAlignment, index: number): SentenceBead[] {
  const paired = (bead: SentenceBead) => bead.source.length > 0 && bead.target.length > 0;
  const before = alignment.beads.slice(0, index).reverse().find(paired);
  const after = alignment.beads.slice(index + 1).find(paired);
  return [before, after].filter((bead): bead is SentenceBead => bead !== undefined);
}

/** How much of a sentence lies inside a list item for it to be that item. */
const ITEM_SHARE = 0.8;

/**
 * Sentences inside an item of a list whose counterpart on the other side has as many items:
 * the same list laid out differently (inline on one side, a line per item on the other)
 * splits into sentences differently, and its items are accounted for one by one.
 */
class ListedItems {
  private readonly lists: Record<SideName, Enumeration[]>;

  constructor(pair: SegmentPair) {
    this.lists = { source: listsOf(pair.source, pair.sourceLang), target: listsOf(pair.target, pair.targetLang) };
  }

  has(side: SideName, sentence: Sentence): boolean {
    const other = this.lists[side === 'source' ? 'target' : 'source'];
    return this.lists[side].some(
      (list) =>
        list.items.some((item) => Math.min(item.end, sentence.end) - Math.max(item.start, sentence.start) >= ITEM_SHARE * (sentence.end - sentence.start)) &&
        other.some((counterpart) => counterpart.items.length >= list.items.length),
    );
  }
}

/** A command-line option (`-q`, `--file`), which translations copy as written. */
const OPTION = /(?<![\p{L}\p{N}_-])--?[A-Za-z][\w-]*/gu;
const LATIN_WORD = /[\p{Script=Latin}][\p{Script=Latin}\d]*/gu;
/** Cognates compared on their first four letters, as the sentence aligner compares them. */
const COGNATE_LETTERS = 4;
const LONG_LATIN_WORD = /\p{L}{4,}/gu;
const MARKS = /\p{M}/gu;

/** The first COGNATE_LETTERS letters of each long word, accents dropped. */
function cognateStems(text: string): Set<string> {
  return stemsOf(LONG_LATIN_WORD, text);
}

/** A word in a script that spaces its words, or a character of one that does not (Chinese, Japanese). */
const WORD_OR_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu;

/** The words of a text, each by its first COGNATE_LETTERS letters (`Enables` and `Enable` alike), accents dropped. */
function wordStems(text: string): Set<string> {
  return stemsOf(WORD_OR_CHARACTER, text);
}

function stemsOf(words: RegExp, text: string): Set<string> {
  const stems = new Set<string>();
  eachMatch(words, text.normalize('NFD').replace(MARKS, '').toLowerCase(), ([word]) => void stems.add(word.slice(0, COGNATE_LETTERS)));
  return stems;
}

/** Whether a sentence's numbers and names turn up in a neighbouring translation but not in its source. */
class AnchorCheck {
  private readonly builder: UnitBuilder;

  constructor(private readonly pair: SegmentPair) {
    this.builder = new UnitBuilder(pair.sourceLang, pair.targetLang, { words: false });
    this.sameScript = scriptOfLanguage(pair.sourceLang) === scriptOfLanguage(pair.targetLang);
  }

  /**
   * Whether a sentence's numbers, names or copied tokens (placeholders, options) are in a
   * neighbouring bead's other side and not its own: the sentence belongs with that bead.
   */
  foldedIntoNeighbour(sentence: Sentence, side: SideName, beads: SentenceBead[]): boolean {
    const other: SideName = side === 'source' ? 'target' : 'source';
    const own = this.anchors(sentence.text, side);
    const ownCopied = this.copied(sentence.text);
    if (own.size === 0 && ownCopied.size === 0) return false;
    return beads.some((bead) => {
      const acrossText = bead[other].map((s) => s.text).join(' ');
      const alongsideText = bead[side].map((s) => s.text).join(' ');
      return (
        onlyAcross(own, this.anchors(acrossText, other), this.anchors(alongsideText, side)) ||
        onlyAcross(ownCopied, this.copied(acrossText), this.copied(alongsideText))
      );
    });
  }

  /**
   * Whether a source sentence shares a number or name with a target text, or something a
   * translation copies as written: a placeholder (`%lu`, `%1$s`, `{0}`), or between scripts
   * a Latin-script word (a command such as `fdisk` in Chinese).
   */
  sharesAnchor(sourceText: string, targetText: string): boolean {
    const across = this.anchors(targetText, 'target');
    if ([...this.anchors(sourceText, 'source')].some((id) => across.has(id))) return true;
    const copied = this.copied(targetText);
    return [...this.copied(sourceText)].some((token) => copied.has(token));
  }

  /**
   * Between two Latin-script languages, whether a source sentence has a long word whose
   * cognate is in the target text (`category`, `catégorie`) and in none of the sentences
   * merged with it: the sentence was condensed into the translation, not left out.
   */
  sharesOwnWord(sourceText: string, restText: string, targetText: string): boolean {
    if (!this.sameScript || scriptOfLanguage(this.pair.sourceLang) !== 'Latin') return false;
    const rest = cognateStems(restText);
    const target = cognateStems(targetText);
    return [...cognateStems(sourceText)].some((stem) => target.has(stem) && !rest.has(stem));
  }

  private readonly sameScript: boolean;

  /** Placeholders, command-line options, and between scripts Latin-script words of two letters or more (lower-cased). */
  private copied(text: string): Set<string> {
    const tokens = new Set<string>();
    for (const placeholder of placeholdersIn(text).list) tokens.add(placeholder.text);
    eachMatch(OPTION, text, ([token]) => void tokens.add(token));
    if (!this.sameScript) eachMatch(LATIN_WORD, text, ([word]) => void (word.length >= 2 && tokens.add(word.toLowerCase())));
    return tokens;
  }

  /** Whether a source sentence has numbers or names and none of them is anywhere in the target. */
  lostEverywhere(sourceText: string): boolean {
    const own = this.anchors(sourceText, 'source');
    if (own.size === 0) return false;
    this.targetAnchors ??= this.anchors(this.pair.target.text, 'target');
    return ![...own].some((id) => this.targetAnchors!.has(id));
  }

  private targetAnchors: Set<number> | undefined;

  private anchors(text: string, side: SideName): Set<number> {
    const unit = this.builder.unit(text, side === 'source' ? this.pair.sourceLang : this.pair.targetLang);
    return new Set([...unit.numbers, ...unit.names]);
  }
}

/** Whether one of a sentence's own tokens is in a bead's other side and not in its own. */
function onlyAcross<T>(own: Set<T>, across: Set<T>, alongside: Set<T>): boolean {
  return [...own].some((token) => across.has(token) && !alongside.has(token));
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
