import type { Segment } from '../../model.js';
import type { Count } from './counts.js';
import { PRIORITY, type Draft } from './draft.js';
import { inputLineAt } from './layout.js';
import type { Enumeration, ListItem } from './types.js';

interface Span {
  start: number;
  end: number;
}

/**
 * Settles the detectors' proposals into a tree of lists. Where two proposals cross, the one
 * with explicit markers wins; a proposal inside one item of another becomes its nested list.
 * A single item is a list only when a count announces it ("four layers:" and one line).
 */
export function assemble(drafts: readonly Draft[], counts: readonly Count[], text: string, segment: Segment): Enumeration[] {
  const announcedStarts = new Set(counts.map((count) => count.listStart));
  const candidates = drafts
    .filter((draft) => draft.items.length >= 2 || (draft.items.length === 1 && (announcedStarts.has(draft.items[0]!.start) || nestedFirst(draft, text))))
    .sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || length(spanOf(b)) - length(spanOf(a)) || spanOf(a).start - spanOf(b).start);
  const accepted: Draft[] = [];
  for (const candidate of candidates) if (accepted.every((other) => compatible(candidate, other))) accepted.push(candidate);
  // A lone indented item is a list only inside an item of another list (a sublist cut to one item).
  for (let index = accepted.length - 1; index >= 0; index--) {
    const draft = accepted[index]!;
    if (draft.items.length === 1 && !announcedStarts.has(draft.items[0]!.start) && !enclosingItem(draft, accepted)) accepted.splice(index, 1);
  }

  const lists = new Map(accepted.map((draft) => [draft, toEnumeration(draft, segment)]));
  const topLevel: Enumeration[] = [];
  for (const draft of [...accepted].sort((a, b) => spanOf(a).start - spanOf(b).start)) {
    const list = lists.get(draft)!;
    const parent = enclosingItem(draft, accepted);
    if (parent) lists.get(parent.draft)!.items[parent.index]!.children.push(list);
    else topLevel.push(list);
  }
  announce(topLevel, counts, segment);
  return topLevel;
}

/** A numbered item 1, or a bullet, on an indented line of its own: the first item of a nested list. */
function nestedFirst(draft: Draft, text: string): boolean {
  const item = draft.items[0]!;
  if (!(draft.kind === 'numbered' && item.number === 1) && draft.kind !== 'bullet') return false;
  const lineStart = text.lastIndexOf('\n', item.start - 1) + 1;
  const before = text.slice(lineStart, item.start);
  return lineStart > 0 && before.length > 0 && /^[ \t\u3000]+$/u.test(before);
}

function compatible(a: Draft, b: Draft): boolean {
  const spanA = spanOf(a);
  const spanB = spanOf(b);
  if (spanA.end <= spanB.start || spanB.end <= spanA.start) return true;
  return a.items.some((item) => contains(item, spanB)) || b.items.some((item) => contains(item, spanA));
}

/** The smallest item of another list that holds this whole list. */
function enclosingItem(draft: Draft, accepted: readonly Draft[]): { draft: Draft; index: number } | undefined {
  const span = spanOf(draft);
  let best: { draft: Draft; index: number; length: number } | undefined;
  for (const other of accepted) {
    if (other === draft) continue;
    other.items.forEach((item, index) => {
      if (contains(item, span) && (!best || length(item) < best.length)) best = { draft: other, index, length: length(item) };
    });
  }
  return best;
}

/** Binds each count to the list that starts right after its phrase (the nearest count first). */
function announce(lists: readonly Enumeration[], counts: readonly Count[], segment: Segment): void {
  const unused = [...counts].sort((a, b) => b.start - a.start);
  const visit = (list: Enumeration) => {
    // Where a series starts is a guess: a count before it may count something else (后三层，拥有从芯片、…).
    const index = list.family === 'series' ? -1 : unused.findIndex((count) => count.listStart === list.start);
    const [count] = index >= 0 ? unused.splice(index, 1) : [];
    if (count) {
      const { value, text, start, end } = count;
      list.announced = { count: value, text, start, end, line: inputLineAt(segment, start) };
    }
    for (const item of list.items) item.children.forEach(visit);
  };
  lists.forEach(visit);
}

function toEnumeration(draft: Draft, segment: Segment): Enumeration {
  const items: ListItem[] = draft.items.map((item, index) => ({
    number: item.number ?? index + 1,
    numbered: item.number !== undefined,
    closing: item.closing === true,
    // From the segment: the `text` lists were found in may have quoted punctuation masked.
    text: segment.text.slice(item.textStart, item.end),
    start: item.start,
    end: item.end,
    line: inputLineAt(segment, item.start),
    children: [],
  }));
  const first = items[0]!;
  return { family: draft.family, items, gaps: gapsIn(items), start: first.start, end: items.at(-1)!.end, line: first.line };
}

/** Numbers skipped between 1 and the highest number written. */
function gapsIn(items: readonly ListItem[]): number[] {
  const written = items.filter((item) => item.numbered).map((item) => item.number);
  const given = new Set(items.map((item) => item.number));
  const last = Math.max(0, ...written);
  return Array.from({ length: last }, (_, index) => index + 1).filter((number) => !given.has(number));
}

function spanOf(draft: Draft): Span {
  return { start: draft.items[0]!.start, end: draft.items.at(-1)!.end };
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function length(span: Span): number {
  return span.end - span.start;
}
