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
  speaker?: string;
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

  let text = raw.trim();
  // `嘉宾: 蔡崇信` is metadata, `嘉宾: 我认为……。` is speech: only the first has no sentence.
  if (META.test(text) && !TERMINATOR.test(text) && displayWidth(text) < MAX_HEADING_WIDTH) return { line, kind: 'aside', text };
  let declaredLang: string | undefined;
  let speaker: string | undefined;
  let labelled = false;
  const marker = MARKER.exec(text);
  if (marker) {
    declaredLang = MARKER_LANG.get((marker[1] ?? marker[2] ?? '').toLowerCase());
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
  const block: Block = { line, kind: 'content', text, ...(declaredLang ? { declaredLang } : {}), ...(speaker ? { speaker } : {}) };
  if (labelled || LIST_ITEM.test(text)) return block;
  const width = displayWidth(text);
  const terminated = TERMINATOR.test(text);
  const introducesList = /[:：]$/.test(text);
  if (width < MIN_CONTENT_WIDTH) return { ...block, kind: terminated ? 'aside' : 'heading' };
  if (!terminated && !introducesList && width < MAX_HEADING_WIDTH) return { ...block, kind: 'heading' };
  return block;
}

/** A heading as a section name: markdown hashes and leading numbering removed. */
export function sectionName(text: string): string {
  return text.replace(/^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:[.、．)]\s*|\s+|(?=\p{Script=Han}))/u, '').trim();
}
