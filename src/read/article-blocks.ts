// Classifies the lines of a bilingual article: content, headings, metadata, comments.
import { ruleData } from '../config/data-files.js';

export type BlockKind =
  /** Text to pair and audit. */
  | 'content'
  /** A title or heading: starts a section. */
  | 'heading'
  /** A horizontal rule: ends a section without naming the next. */
  | 'break'
  /** Key-value metadata, signatures and other short lines: neither content nor a boundary. */
  | 'aside'
  /** An HTML comment, which may hold a suppression. */
  | 'comment';

export interface Block {
  line: number;
  kind: BlockKind;
  /** The text with markers and speaker labels removed. */
  text: string;
  /** The language a translation marker or a speaker label declared. */
  declaredLang?: string;
  /** The translation marker that opened the block (`译文`, `original`), lower case. */
  marker?: string;
  speaker?: string;
  /** A marker or speaker label opens the block: it starts a turn, and unlabelled blocks after it continue that turn. */
  opensTurn?: true;
  /** The block is an item of a list (bullet, number, ordinal): it belongs with the paragraph introducing the list. */
  listItem?: true;
  /**
   * A line too short to be content alone (`谢谢。`, `3,000 GW`): it is content only where a
   * short line in the other language stands next to it, as its translation.
   */
  short?: true;
  /** Rule ids named by a `bitext-audit-disable` comment (`*` for all). */
  disables?: string[];
}

interface ArticleData {
  markers: { text: string; lang?: string }[];
  labelLanguages: Record<string, string>;
  speakerRoles: string[];
  metaKeys: string[];
}

const data = ruleData<ArticleData>('article')!;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const MARKER = new RegExp(`^\\s*(?:[【\\[]\\s*(${alternation(data.markers.map((m) => m.text))})\\s*[】\\]]\\s*[:：]?|(${alternation(data.markers.map((m) => m.text))})\\s*[:：])\\s*`, 'iu');
const MARKER_LANG = new Map(data.markers.map((m) => [m.text.toLowerCase(), m.lang]));
const LABEL_WITH_LANGUAGE = new RegExp(`^\\s*([^:：()（）\\n]{1,30}?)\\s*[(（]\\s*(${alternation(Object.keys(data.labelLanguages))})\\s*[)）]\\s*[:：]\\s*`, 'iu');
const LABEL_LANG = new Map(Object.entries(data.labelLanguages).map(([word, lang]) => [word.toLowerCase(), lang]));
const ROLE = new RegExp(`^\\s*(${alternation(data.speakerRoles)})\\s*[:：]\\s*`, 'u');
const META = new RegExp(`^\\s*(?:${alternation(data.metaKeys)})\\s*[:：]`, 'iu');

/** Markdown that wraps a whole line: blockquote marks, and emphasis from end to end (`*Again and again, ...*`). */
const BLOCKQUOTE = /^(?:>\s?)+/u;
const EMPHASISED_LINE = /^(\*{1,3}|_{1,3})(?![*_\s])(.+?)(?<![*_\s])\1$/u;
/** `**Original:**` or `__Q__:`: markdown emphasis around a leading label, dropped so that the label is read as one. */
const EMPHASISED_LABEL = /^(\*\*|__)([^*_\n]{1,40}?)\1/u;
/**
 * A short leading label (`Anna Weber:`, `Frage：`, `Energy layer:`): a speaker's name when it
 * recurs at the start of several blocks, an item's label after a line introducing a list.
 */
const LEADING_LABEL = /^([^\s:：\d][^:：\d。.!?？！,，;；\n]{0,23}?)\s*[:：](?!\/\/)\s*(?=\S)/u;
const MAX_LABEL_WORDS = 4;
const MARKDOWN_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const HORIZONTAL_RULE = /^\s{0,3}([-*_=])(?:\s*\1){2,}\s*$/;
const COMMENT = /^\s*<!--([\s\S]*?)-->\s*$/;
const DISABLE = /bitext-audit-disable(?:\s+([\w\s,*-]+))?/;
/** Bullets, numbers and ordinal markers that open a list item line. */
const LIST_ITEM =
  /^\s*(?:[-*+•·■▪◦●○]\s|\d{1,3}[.)、．]\s?|[(（]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3}|[a-z])\s*[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十\d]{1,3}[、，,:：.．\s]|[a-z][.)]\s)/iu;
/** Sentence-final punctuation: a line with none, and short, reads as a title. */
const TERMINATOR = /[。！？!?；;…]|\.(?=\s|$|["”’'）)])/u;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\uff00-\uffef]/u;

/** Lines narrower than this (CJK characters count two) are titles or asides, never content alone. */
const MIN_CONTENT_WIDTH = 20;
/** Lines narrower than this with no sentence punctuation are headings. */
const MAX_HEADING_WIDTH = 100;

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** Classifies one line of an article; a marker alone on a line gives a content block with empty text. */
export function classifyLine(line: number, raw: string): Block {
  const comment = COMMENT.exec(raw);
  if (comment) {
    const disable = DISABLE.exec(comment[1] ?? '');
    const ids = disable?.[1]?.split(/[\s,]+/).filter(Boolean);
    return { line, kind: 'comment', text: '', ...(disable ? { disables: ids?.length ? ids : ['*'] } : {}) };
  }
  const heading = MARKDOWN_HEADING.exec(raw);
  if (heading) return { line, kind: 'heading', text: heading[2] ?? '' };
  if (HORIZONTAL_RULE.test(raw)) return { line, kind: 'break', text: '' };

  let text = withoutLabelEmphasis(withoutLineMarkup(raw.trim()));
  // `嘉宾: 蔡崇信` is metadata, `嘉宾: 我认为……。` is speech: only the first has no sentence.
  if (META.test(text) && !TERMINATOR.test(text) && displayWidth(text) < MAX_HEADING_WIDTH) return { line, kind: 'aside', text };
  let declaredLang: string | undefined;
  let speaker: string | undefined;
  let labelled = false;
  const marker = MARKER.exec(text);
  const markerText = (marker?.[1] ?? marker?.[2])?.toLowerCase();
  if (marker) {
    declaredLang = MARKER_LANG.get(markerText!);
    text = text.slice(marker[0].length);
    labelled = true;
  }
  const label = LABEL_WITH_LANGUAGE.exec(text);
  if (label) {
    speaker = label[1]?.trim();
    declaredLang ??= LABEL_LANG.get((label[2] ?? '').toLowerCase());
    text = text.slice(label[0].length);
    labelled = true;
  } else {
    const role = ROLE.exec(text);
    if (role) {
      speaker = role[1];
      text = text.slice(role[0].length);
      labelled = true;
    }
  }
  const block: Block = {
    line,
    kind: 'content',
    text,
    ...(declaredLang ? { declaredLang } : {}),
    ...(markerText ? { marker: markerText } : {}),
    ...(speaker ? { speaker } : {}),
    ...(labelled ? { opensTurn: true as const } : {}),
  };
  if (LIST_ITEM.test(text)) return { ...block, listItem: true };
  const width = displayWidth(text);
  const terminated = TERMINATOR.test(text);
  const introducesList = /[:：]$/.test(text);
  const titleShaped = !terminated && !introducesList && width < MAX_HEADING_WIDTH;
  // A speaker's words are content however short; a title under a bracketed marker (`【译文】为什么城市需要更多的树`) is a title.
  if (speaker || (labelled && (text === '' || !(marker?.[1] && titleShaped)))) return block;
  if (width < MIN_CONTENT_WIDTH) return { ...block, kind: terminated ? 'aside' : 'heading', ...(terminated || isFigure(text) ? { short: true as const } : {}) };
  if (titleShaped) return { ...block, kind: 'heading' };
  return block;
}

function withoutLineMarkup(text: string): string {
  const unquoted = text.replace(BLOCKQUOTE, '');
  return EMPHASISED_LINE.exec(unquoted)?.[2] ?? unquoted;
}

function withoutLabelEmphasis(text: string): string {
  const match = EMPHASISED_LABEL.exec(text);
  if (!match) return text;
  const rest = text.slice(match[0].length);
  return /[:：]$/.test(match[2]!) || /^\s*[:：]/.test(rest) ? match[2]! + rest : text;
}

/** A line of figures (`3,000 GW`, `3000 吉瓦`, `60%`): digits with at most a unit's few letters. */
function isFigure(text: string): boolean {
  return /\d/.test(text) && text.replace(/[\d\s\p{P}\p{S}]/gu, '').length <= 4;
}

/**
 * Speaker labels without a language (`Anna Weber:`, `蔡崇信:`, `Traduction :`): a leading
 * label that opens two blocks or more is a speaker's (or a marker's) and is taken off the
 * text, as `主持人:` is. A label seen once is left: it is more likely an item's
 * (`Energy layer: ...`) or part of the sentence.
 */
export function labelRecurringSpeakers(blocks: Block[]): void {
  const labelled = new Map<string, Block[]>();
  for (const block of blocks) {
    const sentence = block.kind === 'content' || (block.kind === 'aside' && block.short);
    if (!sentence || block.speaker || block.marker || block.listItem) continue;
    const label = leadingLabel(block.text);
    if (label) labelled.set(label, [...(labelled.get(label) ?? []), block]);
  }
  for (const [label, group] of labelled) {
    if (group.length < 2) continue;
    for (const block of group) {
      // A speaker's words are content however short (`Frage: Vielen Dank.`).
      block.kind = 'content';
      delete block.short;
      block.speaker = label;
      block.opensTurn = true;
      block.text = block.text.replace(LEADING_LABEL, '');
    }
  }
}

/** The label a text opens with, if it reads as one (a few words, no sentence inside). */
export function leadingLabel(text: string): string | undefined {
  const label = LEADING_LABEL.exec(text)?.[1]?.trim();
  if (!label || label.split(/\s+/).length > MAX_LABEL_WORDS) return undefined;
  return label;
}

/** A heading as a section name: markdown hashes and leading numbering removed. */
export function sectionName(text: string): string {
  return text.replace(/^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:[.、．)]\s*|\s+|(?=\p{Script=Han}))/u, '').trim();
}
