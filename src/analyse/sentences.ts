// Splits each side of a pair into sentences, each with the input line it stands on and
// its offsets in the segment text, so that a finding can name the sentence a translator
// skipped. ICU's sentence breaker (Intl.Segmenter) does the bulk; three corrections make
// it fit bilingual articles: sentences glued without a space (`moats.The full`), list
// items run together with `；` (`第一层是…；第二层是…`), and abbreviations ICU breaks after
// (`Mr. Smith`).
import type { Segment } from '../model.js';
import { eachMatch } from './each-match.js';
import { baseLanguage } from './language.js';
import { perSegment } from './memo.js';

export interface Sentence {
  /** The input line of the part (line, paragraph) the sentence stands in. */
  line: number;
  text: string;
  /** UTF-16 offsets of the sentence in `segment.text`, end exclusive. */
  start: number;
  end: number;
}

export interface Span {
  start: number;
  end: number;
}

/** A period, `!` or `?` directly before a capital: a sentence end missing its space, perhaps. */
const GLUED_CANDIDATE = /[.!?](?=\p{Lu})/gu;

/**
 * The start of an enumerated item: `第二层`, `二是`, `其三`, `(2)`, `②`, `2.`, `second,`,
 * `finally`, with its ordinal in one of the groups. A `；` or `：` (or `;`, `:`) followed
 * by one ends a sentence, so that each item of an inline list is its own sentence, as it usually is in
 * the translation, while a `；` between ordinary clauses does not split (a translator may
 * keep them in one sentence).
 */
const ITEM_START =
  /^\s*(?:第([一二三四五六七八九十\d]+)|([一二三四五六七八九十])是|其([一二三四五六七八九十])|[(（]\s*(\d{1,2}|[一二三四五六七八九十]{1,3}|[a-z])\s*[)）]|([①-⑳])|(\d{1,2})[.)、]\s|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?\b|(?:finally|lastly)\b)/iu;
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const HAN_DIGITS = '一二三四五六七八九十';

/**
 * The ordinal of the list item a text starts with (`第三层…` 3, `(c)` 3, `Finally,` 0:
 * an item, but unnumbered), or undefined when it starts with no item marker.
 */
export function itemOrdinal(text: string): number | undefined {
  const match = ITEM_START.exec(text);
  if (!match) return undefined;
  const written = (match.slice(1).find((group) => group !== undefined) ?? '').toLowerCase();
  if (written === '') return 0;
  if (/^\d+$/.test(written)) return Number(written);
  if (/^[a-z]$/.test(written)) return written.charCodeAt(0) - 0x60;
  if (/^[①-⑳]$/u.test(written)) return written.charCodeAt(0) - 0x2460 + 1;
  if (ORDINAL_WORDS.includes(written)) return ORDINAL_WORDS.indexOf(written) + 1;
  return hanNumber(written);
}

/** 一 .. 九十九 written with Han digits. */
function hanNumber(text: string): number {
  const digit = (char: string | undefined) => (char ? HAN_DIGITS.indexOf(char) + 1 : 0);
  const ten = text.indexOf('十');
  if (ten < 0) return digit(text[0]);
  return (ten === 0 ? 1 : digit(text[ten - 1])) * 10 + digit(text[ten + 1]);
}

const ITEM_SEPARATOR = /[；;：:]/gu;

/**
 * Abbreviations after which ICU breaks although the sentence goes on (`Mr. Smith`,
 * `Fig. 3`): titles, references, Latin and German short forms, dotted initialisms
 * (`U.S.`) and single initials (`J. K.`). `No.` only counts before a number.
 */
const ABBREVIATION =
  /(?:^|[\s(（"“])(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|Sr|Jr|Gen|Col|Capt|Lt|Sgt|Rev|Hon|Gov|Sen|Rep|Fig|Figs|Vol|Vols|Ch|Sec|Art|Eq|pp?|cf|vs|approx|ca|al|resp|Nr|vgl|bzw|Mme|Mlle|e\.g|i\.e|z\.B|d\.h|(?:\p{Lu}\.)*\p{Lu})\.$/u;
const NUMBER_ABBREVIATION = /(?:^|\s)(?:No|Nos|no|nr)\.$/u;

/**
 * What ICU breaks a sentence after: a sentence terminator (`.`, `?`, `。` ...), a paragraph
 * separator, and in Greek `;` (UAX #29 with ICU's tailorings). Breaking elsewhere takes
 * one of these before the break.
 */
const BREAKS_AFTER = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E\r\n\u0085\u2028\u2029;\u037E]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;
const WHITESPACE = /\s/u;

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      // A tag ICU rejects: sentence rules barely depend on the locale.
      segmenter = new Intl.Segmenter('und', { granularity: 'sentence' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** The sentences of one text (a line or paragraph), as trimmed spans. */
export function sentenceSpans(text: string, lang: string): Span[] {
  const cuts = new Set<number>([0]);
  // ICU's segmenter is most of the cost; a text with no mark ICU breaks after, save in its
  // closing punctuation, is one sentence to it (a cut with no letter or digit after it
  // would only be merged back below). Most translation units are single sentences.
  if (mayBreakBeforeEnd(text)) {
    addSegmenterCuts(text, lang, cuts);
    for (const cut of [...cuts]) {
      if (continuesAfterAbbreviation(text, cut) || continuesArguments(text, cut) || continuesAfterWrap(text, cut, lang)) cuts.delete(cut);
    }
  }
  eachMatch(GLUED_CANDIDATE, text, (match) => {
    if (isGluedEnd(text, match.index)) cuts.add(match.index + 1);
  });
  eachMatch(ITEM_SEPARATOR, text, (match) => {
    if (itemOrdinal(text.slice(match.index + 1, match.index + 12)) !== undefined) cuts.add(match.index + 1);
  });
  cuts.add(text.length);
  const ordered = [...cuts];
  // Mostly in order already (ICU's cuts, then the end): sorting would copy the array anyway.
  if (!ascending(ordered)) ordered.sort((a, b) => a - b);
  const spans: Span[] = [];
  let from = 0;
  for (const cut of ordered) {
    const span = trimmed(text, from, cut);
    from = cut;
    if (span.start === span.end) continue;
    const last = spans.at(-1);
    // A piece with no letter or digit (a closing quote, an ellipsis) belongs to the sentence before.
    if (last && !hasLetterOrDigit(text, span)) last.end = span.end;
    else spans.push(span);
  }
  return spans;
}

/**
 * The longest text ICU's segmenter is given at once. Each of its steps takes time that grows
 * with the length of its text (ten times as steeply past 65,536 characters), so a long text
 * of short sentences ("。4。4…") was quadratic: a longer text is segmented window by window.
 */
const SEGMENTER_WINDOW = 1 << 14;

/** Adds the sentence starts ICU finds in `text` to `cuts`. */
function addSegmenterCuts(text: string, lang: string, cuts: Set<number>): void {
  const segmenter = sentenceSegmenter(lang);
  let window = SEGMENTER_WINDOW;
  for (let from = 0; from < text.length; ) {
    const end = Math.min(text.length, from + window);
    const segments = segmenter.segment(text.slice(from, end));
    let next = end;
    let previous = 0;
    // Segment by segment with `containing`: twice as fast as iterating the segments.
    for (let at = 0; from + at < end; ) {
      const { index, segment } = segments.containing(at)!;
      // The window's last sentence may go on after it, and where the one before ends may
      // depend on the last one's text up to its first letter or terminator ("etc. 12 apples"
      // is one sentence): the next window starts with the one before.
      if (end < text.length && from + index + segment.length === end) {
        next = from + previous;
        break;
      }
      cuts.add(from + index);
      previous = index;
      at = index + segment.length;
    }
    // Two sentences or one filled the window: read them again in one twice as wide.
    window = next === from ? window * 2 : SEGMENTER_WINDOW;
    from = next;
  }
}

function ascending(numbers: readonly number[]): boolean {
  for (let index = 1; index < numbers.length; index++) if (numbers[index - 1]! > numbers[index]!) return false;
  return true;
}

/** Whether a mark ICU may break after stands before the text's last letter or digit. */
function mayBreakBeforeEnd(text: string): boolean {
  const mark = BREAKS_AFTER.exec(text);
  if (!mark) return false;
  LETTER_OR_DIGIT.lastIndex = mark.index + 1;
  return LETTER_OR_DIGIT.test(text);
}

function hasLetterOrDigit(text: string, span: Span): boolean {
  LETTER_OR_DIGIT.lastIndex = span.start;
  const found = LETTER_OR_DIGIT.exec(text);
  return found !== null && found.index < span.end;
}

function continuesAfterAbbreviation(text: string, cut: number): boolean {
  if (cut === 0 || cut === text.length) return false;
  const from = Math.max(0, cut - 24);
  // Every abbreviation ends with a full stop: most cuts (after `。`, `?`) are done at once.
  let end = cut;
  while (end > from && WHITESPACE.test(text[end - 1]!)) end--;
  if (end === from || text[end - 1] !== '.') return false;
  const before = text.slice(from, end);
  if (ABBREVIATION.test(before)) return true;
  return NUMBER_ABBREVIATION.test(before) && /^\s*\d/.test(text.slice(cut));
}

/**
 * A usage line's repeatable argument, bracketed (`[OPTION]...`, `<file>…`) or in capitals
 * (`FILE...`), then another argument on the same line: `Usage: %s [OPTION]... [FILE]...` and
 * `用法：%s [选项]... 尾数` are one sentence. After a bracket anything but a new sentence (`Then`)
 * goes on; after capitals, only an argument.
 */
const BRACKETED_REPEAT = /[\]>}](?:\.\.\.|…)[ \t]*$/u;
const CAPITALS_REPEAT = /\p{Lu}{2}(?:\.\.\.|…)[ \t]*$/u;
const SENTENCE_START = /^\p{Lu}\p{Ll}/u;
const ARGUMENT_START = /^(?:[[<{-]|\p{Lu}{2,}(?!\p{Ll}))/u;

function continuesArguments(text: string, cut: number): boolean {
  if (cut === 0 || cut === text.length || text[cut - 1] === '\n') return false;
  const before = text.slice(Math.max(0, cut - 24), cut);
  const after = text.slice(cut, cut + 24);
  if (BRACKETED_REPEAT.test(before)) return !SENTENCE_START.test(after);
  return CAPITALS_REPEAT.test(before) && ARGUMENT_START.test(after);
}

/** A line that a hard wrap cut mid-sentence ends with a letter, digit, comma, or a closing bracket or quote (`(counting from\nzero) is at`) ... */
const WRAPPED_LINE_END = /[\p{L}\p{N},，、)）\]>'"’”»」』]/u;
/** ... and the next goes on in lower case or with a placeholder (`%lu`, `{0}`) ... */
const WRAPPED_LINE_START = /^[\p{Ll}%{]/u;
/** ... or, in a language that capitalises its nouns (`und lassen\nSie dann`), after a lower-case word or comma ... */
const CAPITALISED_NOUNS = new Set(['de', 'lb']);
const MID_CLAUSE_LINE_END = /[\p{Ll},]/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
/**
 * ... or, in a script with no case (Chinese, Japanese), with any letter: such text wrapped at
 * a fixed width ends a line mid-word as often as not (`最近でない時間\nのファイル`).
 */
const CASELESS_LINE_START = /^\p{Lo}/u;
/**
 * A line of a table (`%b      ARGUMENT as`, `整数1 -eq 整数2   <整数1> 等于`) starts an entry of its
 * own: a placeholder or, in a script with no case, any words, then a column gap (a tab, or two
 * spaces or more not after a full stop or colon), before any sentence ends.
 */
const PLACEHOLDER_ENTRY = /^%\S*(?:\t| {2,})/u;
const TABLE_ENTRY = /^[^\s.!?。！？:：]+(?: [^\s.!?。！？:：]+)*(?:\t| {2,})/u;
/** A line of caseless or German text ending with a placeholder is a whole message line (`报告程序错误到: %s`, `Zugriff: %x`). */
const ENDS_WITH_PLACEHOLDER = /%(?:\d+\$)?[-+ #0']*\d*(?:\.\d+)?[a-zA-Z]{1,2}$/u;

/**
 * Whether ICU cut at a line break inside a sentence: text wrapped at a fixed width
 * (`…after running fdisk, due to\n\ta modified partition…`, common in gettext catalogs)
 * is one sentence, not a fragment per line. A line starting a list item still breaks.
 */
function continuesAfterWrap(text: string, cut: number, lang: string): boolean {
  if (cut === 0 || cut === text.length) return false;
  let end = cut;
  while (end > 0 && WHITESPACE.test(text[end - 1]!)) end--;
  let start = cut;
  while (start < text.length && WHITESPACE.test(text[start]!)) start++;
  const gap = text.slice(end, start);
  // A blank line ends a paragraph, wrapped or not.
  if (end === 0 || start === text.length || !gap.includes('\n') || gap.indexOf('\n') !== gap.lastIndexOf('\n')) return false;
  const last = text[end - 1]!;
  if (!WRAPPED_LINE_END.test(last)) return false;
  const next = text.slice(start, start + 40);
  const lineEnd = text.slice(Math.max(0, end - 12), end);
  const goesOn =
    (WRAPPED_LINE_START.test(next) && !PLACEHOLDER_ENTRY.test(next)) ||
    (CASELESS_LINE_START.test(next) && !TABLE_ENTRY.test(next) && !ENDS_WITH_PLACEHOLDER.test(lineEnd)) ||
    (MID_CLAUSE_LINE_END.test(last) && CAPITALISED_WORD.test(next) && CAPITALISED_NOUNS.has(baseLanguage(lang)) && !ENDS_WITH_PLACEHOLDER.test(lineEnd));
  return goesOn && itemOrdinal(next) === undefined;
}

/**
 * Whether the mark at `at` ends a sentence glued to the next (`narrow.AI`, `market.This`,
 * `AI.Alibaba`): the word before has two or more letters (not an initial as in `U.S.A`
 * or `e.g.`), and it ends in lower case unless the next word is capitalised (so that
 * `ASP.NET` stays one token); web addresses and e-mails never split.
 */
function isGluedEnd(text: string, at: number): boolean {
  const word = /[\p{L}\d]+[%)\]"”’']?$/u.exec(text.slice(Math.max(0, at - 40), at))?.[0] ?? '';
  if (word.replace(/[^\p{L}\d]/gu, '').length < 2) return false;
  const endsLower = /[\p{Ll}\d%)\]"”’']$/u.test(word);
  if (!endsLower && !/^\p{Lu}\p{Ll}/u.test(text.slice(at + 1, at + 3))) return false;
  const after = text.indexOf(' ', at);
  const token = text.slice(text.lastIndexOf(' ', at) + 1, after < 0 ? text.length : after);
  return !/(?:\/\/|www\.|@)/i.test(token);
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && WHITESPACE.test(text[start]!)) start++;
  while (end > start && WHITESPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Where each part (line, paragraph) of a segment lies in its text. */
function partSpans(segment: Segment): { line: number; start: number; end: number }[] {
  const spans: { line: number; start: number; end: number }[] = [];
  let offset = 0;
  for (const part of segment.parts) {
    const at = segment.text.indexOf(part.text, offset);
    // Parts that are not the text's pieces (a reader that rewrote the text): one part.
    if (at < 0) return [{ line: segment.line, start: 0, end: segment.text.length }];
    spans.push({ line: part.line, start: at, end: at + part.text.length });
    offset = at + part.text.length;
  }
  return spans.length > 0 ? spans : [{ line: segment.line, start: 0, end: segment.text.length }];
}

/** A sentence end, perhaps followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?。！？…]["'”’»)）」』]*\s*$/u;

/** Whether a text ends as a sentence does (`.`, `?`, `。` ...), not mid-sentence or as a wrapped line. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** The sentences of one side of a pair, in order; memoised per segment and language. */
export const sentencesOf = perSegment((segment: Segment, lang: string): Sentence[] =>
  partSpans(segment).flatMap((part) =>
    sentenceSpans(segment.text.slice(part.start, part.end), lang).map(({ start, end }) => ({
      line: part.line,
      text: segment.text.slice(part.start + start, part.start + end),
      start: part.start + start,
      end: part.start + end,
    })),
  ),
);
