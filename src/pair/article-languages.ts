// The language of each block of a bilingual article, and the short lines that turn out to
// be content because their translation stands next to them.
import { baseLanguage, DEFAULT_CANDIDATES, detectLanguage, dominantScript, letterCount, scriptOfLanguage } from '../analyse/language.js';
import type { Block } from '../read/article-blocks.js';
import { continues } from './article-align.js';

/** The share of a marker's reliably detected blocks that must be in one language for it to name that language's slot. */
const SLOT_MIN_SHARE = 0.75;
/** Reliably detected blocks of the slot's language it takes to overrule a reliable detection (one, an unreliable guess). */
const SLOT_MIN_BLOCKS_TO_OVERRULE = 3;
/** Letters below which a block's language, among languages of one script, is a guess (franc's own minimum in language.ts). */
const RELIABLE_LETTERS = 60;

export function candidateLanguages(sourceLang?: string, targetLang?: string): readonly string[] {
  const declared = [sourceLang, targetLang].filter((lang): lang is string => Boolean(lang)).map(baseLanguage);
  return declared.length === 2 ? declared : [...new Set([...declared, ...DEFAULT_CANDIDATES])];
}

/**
 * Short lines (`谢谢大家。` `Thank you all.`, `3000 吉瓦` `3,000 GW`) are asides or titles
 * alone, but two of them side by side in two languages are a sentence and its translation:
 * those become content. Returns the blocks with such lines as content.
 */
export function withShortExchanges(blocks: Block[], candidates: readonly string[]): Block[] {
  const result = [...blocks];
  for (let i = 0; i + 1 < result.length; i++) {
    const first = result[i]!;
    const second = result[i + 1]!;
    if (!first.short || !second.short || !differInLanguage(first.text, second.text, candidates)) continue;
    result[i] = { ...first, kind: 'content' };
    result[i + 1] = { ...second, kind: 'content' };
    i++;
  }
  return result;
}

function differInLanguage(first: string, second: string, candidates: readonly string[]): boolean {
  const scripts = [dominantScript(first), dominantScript(second)];
  if (!scripts[0] || !scripts[1]) return false;
  if (scripts[0] !== scripts[1]) return true;
  const langs = [detectLanguage(first, candidates), detectLanguage(second, candidates)];
  return Boolean(langs[0] && langs[1] && langs[0] !== langs[1]);
}

/**
 * The language of every content block: a declared one (marker, label) first; else the
 * script decides, and where several candidates share a script (Latin), franc decides
 * over all the document's blocks of that script together, unless the document has only
 * that script, in which case each block is judged between the two languages most seen.
 * Then each block takes the language of its slot (markerSlots).
 */
export function blockLanguages(blocks: Block[], candidates: readonly string[]): Map<Block, string> {
  const content = blocks.filter((block) => block.kind === 'content');
  const langs = new Map<Block, string>();
  const undecided = new Map<string, Block[]>();
  for (const block of content) {
    if (block.declaredLang) {
      langs.set(block, block.declaredLang);
      continue;
    }
    const script = dominantScript(block.text);
    if (!script) continue;
    const inScript = candidates.filter((lang) => scriptOfLanguage(lang) === script);
    if (inScript.length <= 1) {
      const lang = inScript[0] ?? detectLanguage(block.text, candidates);
      if (lang) langs.set(block, lang);
    } else {
      undecided.set(script, [...(undecided.get(script) ?? []), block]);
    }
  }
  const scripts = new Set(content.map((block) => dominantScript(block.text)).filter(Boolean));
  for (const [script, group] of undecided) {
    const inScript = candidates.filter((lang) => scriptOfLanguage(lang) === script);
    if (scripts.size > 1) {
      // One language per script: detected on all of that script's text at once.
      const lang = detectLanguage(group.map((block) => block.text).join('\n'), inScript) ?? inScript[0]!;
      for (const block of group) langs.set(block, lang);
      continue;
    }
    const votes = new Map<string, number>();
    for (const block of group) {
      const lang = detectLanguage(block.text, inScript) ?? inScript[0]!;
      votes.set(lang, (votes.get(lang) ?? 0) + block.text.length);
    }
    const top = [...votes].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([lang]) => lang);
    for (const block of group) langs.set(block, detectLanguage(block.text, top) ?? top[0]!);
  }
  const reliable = (block: Block) => Boolean(block.declaredLang) || scripts.size > 1 || letterCount(block.text) >= RELIABLE_LETTERS;
  for (const [block, lang] of markerSlots(content, langs, reliable)) langs.set(block, lang);
  for (const [block, lang] of turnLanguages(blocks, langs, reliable)) langs.set(block, lang);
  for (const [block, lang] of untranslatedCopies(blocks, langs)) langs.set(block, lang);
  return langs;
}

/**
 * A paragraph repeated word for word right after itself is its translation left
 * untranslated (pasted, never translated over): it stands in the other language's place,
 * and pairs as the translation for the checks to report it.
 */
function untranslatedCopies(blocks: Block[], langs: Map<Block, string>): Map<Block, string> {
  const chars = new Map<string, number>();
  for (const [block, lang] of langs) chars.set(lang, (chars.get(lang) ?? 0) + block.text.length);
  const [first, second] = [...chars].sort((a, b) => b[1] - a[1]).map(([lang]) => lang);
  const copies = new Map<Block, string>();
  if (!first || !second) return copies;
  let previous: Block | undefined;
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'break') previous = undefined;
    if (block.kind !== 'content' || !langs.has(block)) continue;
    const lang = langs.get(block);
    if (previous && !copies.has(previous) && langs.get(previous) === lang && sameWords(previous.text, block.text)) {
      copies.set(block, lang === first ? second : first);
    }
    previous = block;
  }
  return copies;
}

const sameWords = (a: string, b: string) => a.replace(/\s+/gu, ' ').trim() === b.replace(/\s+/gu, ' ').trim();

/**
 * A block that continues a turn (`- restaurer 12 000 hectares ;` after `Français : Le plan
 * comporte trois volets :`) and is too short to tell its language is in the turn's language.
 */
function turnLanguages(blocks: Block[], langs: Map<Block, string>, reliable: (block: Block) => boolean): Map<Block, string> {
  const inherited = new Map<Block, string>();
  let turn: Block[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' || block.kind === 'break') turn = [];
    if (block.kind !== 'content' || !langs.has(block)) continue;
    if (turn.length > 0 && continues(turn, block)) {
      const lang = inherited.get(turn[0]!) ?? langs.get(turn[0]!)!;
      if (!reliable(block) && langs.get(block) !== lang) inherited.set(block, lang);
      turn.push(block);
    } else {
      turn = [block];
    }
  }
  return inherited;
}

/**
 * Where a marker or label without a language (`译文:`, `Original:`, `Frage:`) opens blocks
 * of one language throughout the document, it names that language's slot. A block it opens
 * in another language stands where that language should be: an English paragraph left
 * under `译文:` pairs as the translation, for the checks to report it untranslated, and a
 * short question under `Frage:` whose German franc cannot tell is German. The slot is
 * learnt from the blocks whose language is reliable.
 */
function markerSlots(content: Block[], langs: Map<Block, string>, reliable: (block: Block) => boolean): Map<Block, string> {
  const byLabel = new Map<string, Block[]>();
  for (const block of content) {
    const label = block.declaredLang ? undefined : (block.marker ?? block.speaker);
    if (label && langs.has(block)) byLabel.set(label, [...(byLabel.get(label) ?? []), block]);
  }
  const slots = new Map<Block, string>();
  for (const group of byLabel.values()) {
    const counts = new Map<string, number>();
    const known = group.filter(reliable);
    for (const block of known) counts.set(langs.get(block)!, (counts.get(langs.get(block)!) ?? 0) + 1);
    const [lang, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (count === 0 || count < SLOT_MIN_SHARE * known.length) continue;
    for (const block of group) {
      if (langs.get(block) !== lang && (!reliable(block) || count >= SLOT_MIN_BLOCKS_TO_OVERRULE)) slots.set(block, lang);
    }
  }
  return slots;
}
