// At thousands of pairs a reviewer needs the findings, not every line: items that matter and
// their neighbours stay open, long quiet runs fold behind one "N pairs without findings" line.
import type { ItemView } from './attach.js';

export interface Run {
  folded: boolean;
  items: ItemView[];
}

export interface FoldOptions {
  /** Quiet items kept open on each side of an item that matters, for context. */
  context: number;
  /** Quiet runs shorter than this stay open: folding them would save less than it hides. */
  minRun: number;
}

const DEFAULT_FOLD: FoldOptions = { context: 1, minRun: 6 };

/** Unpaired blocks always matter: they are marked in place even when no rule reports them. */
function matters(view: ItemView): boolean {
  return view.findings.length > 0 || view.item.kind === 'unpaired';
}

/** Splits items, in order, into open runs and folded quiet runs. */
export function foldQuietRuns(items: readonly ItemView[], options: FoldOptions = DEFAULT_FOLD): Run[] {
  const near = new Array<boolean>(items.length).fill(false);
  items.forEach((view, index) => {
    if (!matters(view)) return;
    for (let other = Math.max(0, index - options.context); other <= Math.min(items.length - 1, index + options.context); other++) near[other] = true;
  });
  const runs: Run[] = [];
  let start = 0;
  while (start < items.length) {
    let end = start + 1;
    while (end < items.length && near[end] === near[start]) end++;
    const folded = !near[start] && end - start >= options.minRun;
    const last = runs.at(-1);
    // Short quiet runs join the open run before them, so open text reads as one stretch.
    if (!folded && last && !last.folded) last.items.push(...items.slice(start, end));
    else runs.push({ folded, items: items.slice(start, end) });
    start = end;
  }
  return runs;
}
