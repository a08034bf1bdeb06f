import type { ListRules } from './data.js';
import { draftItem, type Draft, type DraftItem } from './draft.js';
import { blockEndAt, indentAt, lineEndAt } from './layout.js';

const LETTER = /\p{L}/u;
const WHITESPACE_RUN = /\s+/;
/**
 * A printf conversion right after a colon ("Size: %-10s", "Fichier : « %n »"): the line is a
 * field of a program's output template, filled in at run time, not an item of a list.
 */
const TEMPLATE_FIELD = /[:：]\s*["'«“„]?\s*%(?:\d+\$)?[-+ #0']*(?:\d+|\*)?(?:\.\d+)?(?:hh|h|ll|l|j|z|t|L|q)?[a-zA-Z]/u;

interface LabelLine {
  label: string;
  start: number;
  indent: number;
}

/**
 * Runs of consecutive label lines ("Energy layer: ...", "能源层：..."), one item per line.
 * A run that repeats a label is a dialogue ("主持人: ... 嘉宾: ... 主持人: ..."), not a list.
 */
export function labelDrafts(text: string, rules: ListRules): Draft[] {
  const drafts: Draft[] = [];
  let run: LabelLine[] = [];
  const close = () => {
    if (run.length > 0 && new Set(run.map((line) => line.label)).size === run.length) drafts.push(toDraft(run, text, rules));
    run = [];
  };
  for (let start = 0; start <= text.length; start = lineEndAt(text, start) + 1) {
    const line = text.slice(start, lineEndAt(text, start));
    if (line.trim() === '') continue;
    const indent = indentAt(text, start);
    const previous = run.at(-1);
    // Lines indented under a label line belong to its item.
    if (previous && indent > previous.indent) continue;
    const label = labelOf(line.trimStart(), rules);
    if (!label || (previous && indent !== previous.indent)) close();
    if (label) run.push({ label, start: start + line.length - line.trimStart().length, indent });
  }
  close();
  return drafts;
}

function labelOf(line: string, rules: ListRules): string | undefined {
  const { pattern, maxChars, maxWords } = rules.label;
  if (TEMPLATE_FIELD.test(line)) return undefined;
  const label = pattern.exec(line)?.groups?.label?.trim();
  if (!label || !LETTER.test(label) || [...label].length > maxChars) return undefined;
  return label.split(WHITESPACE_RUN).length > maxWords ? undefined : label;
}

function toDraft(run: readonly LabelLine[], text: string, rules: ListRules): Draft {
  const items = run.flatMap(({ start, indent }): DraftItem[] => {
    const item = draftItem(text, { start, textStart: start, end: blockEndAt(text, start, indent) }, rules);
    return item ? [item] : [];
  });
  return { family: 'label', kind: 'label', items };
}
