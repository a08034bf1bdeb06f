import { eachMatch, SearchAhead } from '../each-match.js';
import type { Count } from './counts.js';
import type { ListRules } from './data.js';
import { draftItem, type Draft, type DraftItem } from './draft.js';
import { searchFrom, sentenceEnds, skipSpace } from './layout.js';

const LINE_BREAK = /\n/g;
const BLANK_LINE = /\n[ \t]*\n/g;

/** "Europe leads in A; China boasts B." after a colon: items separated by semicolons, to the sentence end. */
export function semicolonDrafts(text: string, rules: ListRules): Draft[] {
  const drafts: Draft[] = [];
  const sentenceEndAfter = sentenceEnds(text, rules);
  const separator = new SearchAhead(rules.itemSeparator, text);
  // searchFrom, not matchAll: matchAll would start from the shared pattern's last position.
  for (let colon = searchFrom(rules.colon, text, 0); colon; colon = searchFrom(rules.colon, text, colon.index + colon[0].length)) {
    const start = skipSpace(text, colon.index + colon[0].length);
    const end = sentenceEndAfter(start);
    // No separator before the sentence end: one item, no run. Not splitting the rest of the
    // sentence after every colon keeps "：：：…" linear. (itemSeparator is a character class:
    // a match in the text is one in the sentence.)
    const first = separator.at(start);
    if (!first || first.index >= end) continue;
    const items = splitItems(text, start, end, rules.itemSeparator, rules);
    if (items.length >= 2) drafts.push({ family: 'semicolons', kind: 'semicolons', items });
  }
  return drafts;
}

/**
 * Items announced by a count and a colon, with no markers of their own: on the following
 * lines, one per line, up to a blank line ("three priorities:\nExpand ...\nRelease ..."), or
 * in the same sentence, joined by commas or "and" ("两个问题：技术自主可控、本地数据隐私安全，…",
 * "two core priorities: sovereignty and privacy."). Such a run is a list only with at least two
 * items and no more than announced: anything else is more likely prose.
 */
export function countedDrafts(text: string, counts: readonly Count[], rules: ListRules): Draft[] {
  const { announce } = rules;
  if (!announce?.separator || !announce.runEnd) return [];
  const drafts: Draft[] = [];
  for (const count of counts) {
    if (!count.colon) continue;
    const onNextLine = text.slice(count.end, count.listStart).includes('\n');
    const items = onNextLine
      ? splitItems(text, count.listStart, searchFrom(BLANK_LINE, text, count.listStart)?.index ?? text.length, LINE_BREAK, rules)
      : splitItems(text, count.listStart, searchFrom(announce.runEnd, text, count.listStart)?.index ?? text.length, announce.separator, rules);
    if (items.length >= 2 && items.length <= count.value) drafts.push({ family: 'counted', kind: 'counted', items });
  }
  return drafts;
}

function splitItems(text: string, start: number, end: number, separator: RegExp, rules: ListRules): DraftItem[] {
  const bounds: [number, number][] = [];
  let itemStart = start;
  eachMatch(separator, text.slice(start, end), (match) => {
    if (match[0] === '') return;
    bounds.push([itemStart, start + match.index]);
    itemStart = start + match.index + match[0].length;
  });
  bounds.push([itemStart, end]);
  return bounds.flatMap(([itemFrom, itemTo]) => {
    const item = draftItem(text, { start: itemFrom, textStart: itemFrom, end: itemTo }, rules, true);
    return item ? [item] : [];
  });
}
