import type { ListRules } from './data.js';
import { draftItem, type Draft, type DraftItem } from './draft.js';
import { blockEndAt, lineStartAt, sentenceEnds } from './layout.js';
import type { Marker } from './markers.js';

/** How many numbers a list may skip between two items (1, 2, 4 skips one) and stay one list. */
const MAX_SKIPPED = 2;

interface Run {
  markers: Marker[];
  numbers: number[];
  /** A closing word ("finally", 最后) was seen. */
  ended: boolean;
}

/** Lists made of markers: runs of one family whose numbers count up, one run per indentation level. */
export function markerDrafts(text: string, markers: readonly Marker[], rules: ListRules): Draft[] {
  const byFamily = new Map<string, Marker[]>();
  for (const marker of markers) {
    const group = byFamily.get(marker.family);
    if (group) group.push(marker);
    else byFamily.set(marker.family, [marker]);
  }
  const sentenceEndAfter = sentenceEnds(text, rules);
  return [...byFamily.values()].flatMap((group) => runsOf(group, text).map((run) => toDraft(run, text, rules, sentenceEndAfter)));
}

function runsOf(markers: readonly Marker[], text: string): Run[] {
  const runs: Run[] = [];
  const open = new Map<number, Run>();
  for (const marker of markers) {
    // A marker at a shallower indentation ends the lists nested deeper.
    for (const level of open.keys()) if (level > marker.indent) open.delete(level);
    const run = open.get(marker.indent);
    const number = numberOf(marker, run, text);
    if (number === undefined) continue;
    if (run && continues(run, number)) {
      run.markers.push(marker);
      run.numbers.push(number);
      run.ended = marker.step === 'last';
    } else if (opens(marker, number)) {
      const fresh = { markers: [marker], numbers: [number], ended: false };
      runs.push(fresh);
      open.set(marker.indent, fresh);
    }
  }
  return runs;
}

/**
 * Bullets count by position, from 1 again after anything but blank or nested lines;
 * "next" and "finally" continue the run they follow.
 */
function numberOf(marker: Marker, run: Run | undefined, text: string): number | undefined {
  if (typeof marker.step === 'number') return marker.step;
  const last = run?.numbers.at(-1);
  if (marker.step === undefined) return run && adjacent(text, run.markers.at(-1)!, marker) ? last! + 1 : 1;
  return last === undefined ? undefined : last + 1;
}

function continues(run: Run, number: number): boolean {
  const last = run.numbers.at(-1)!;
  return !run.ended && number > last && number <= last + 1 + MAX_SKIPPED;
}

/** A list starts at 1; a list of lines may start a little later (its first items lost). */
function opens(marker: Marker, number: number): boolean {
  return number === 1 || (marker.startsLine && typeof marker.step === 'number' && number <= 1 + MAX_SKIPPED);
}

function adjacent(text: string, previous: Marker, marker: Marker): boolean {
  const previousEnd = blockEndAt(text, previous.start, previous.indent);
  return text.slice(previousEnd, lineStartAt(text, marker.start)).trim() === '';
}

function toDraft(run: Run, text: string, rules: ListRules, sentenceEndAfter: (offset: number) => number): Draft {
  const { markers, numbers } = run;
  const items = markers.flatMap((marker, index): DraftItem[] => {
    const next = markers[index + 1];
    const end = next ? next.start : lastItemEnd(marker, text, sentenceEndAfter);
    const textStart = marker.keep ? marker.start : marker.end;
    // Only a written number is the item's own: bullets and "next"/"finally" are counted.
    const number = typeof marker.step === 'number' ? numbers[index] : undefined;
    const item = draftItem(text, { start: marker.start, textStart, end, number }, rules);
    if (item && marker.step === 'last') item.closing = true;
    return item ? [item] : [];
  });
  const first = markers[0]!;
  return { family: first.family, kind: first.kind, items };
}

/** A list of lines ends with its last line (and what is indented under it); a list inside a paragraph, with the sentence. */
function lastItemEnd(marker: Marker, text: string, sentenceEndAfter: (offset: number) => number): number {
  return marker.startsLine ? blockEndAt(text, marker.start, marker.indent) : sentenceEndAfter(marker.end);
}
