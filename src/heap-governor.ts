// Keeps the heap of a long run near its live size.
// V8 sizes its heap for throughput and collects the old generation late: a streaming run
// over a million pairs, whose live data stays under 50 MB, peaks at 370 MB of mostly dead
// objects. A full collection whenever the heap's used part passes a budget keeps the peak
// flat. When the live data itself needs more (an HTML report keeps every pair), the budget
// follows it, so that the run is never collected over and over for nothing.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Used heap, per thread, past which a thread collects: a run's peak stays under 250 MB. */
export const HEAP_BUDGET_MB = 48;
const CHECK_EVERY_MS = 200;
const MB = 2 ** 20;

/** Governs this thread's heap until it ends (the timer does not keep it alive). */
export function governHeap(budgetMb: number): void {
  // Found on first need: a run that stays small (most) never pays for the extra context.
  let collect: (() => void) | undefined;
  let budget = budgetMb * MB;
  setInterval(() => {
    if (process.memoryUsage().heapUsed <= budget) return;
    collect ??= fullCollection();
    collect();
    // Live data above half the budget would soon trigger again for little gain: make room.
    const live = process.memoryUsage().heapUsed;
    if (live > budget / 2) budget = 2 * live;
  }, CHECK_EVERY_MS).unref();
}

/** V8's full collection, which Node exposes only behind a flag that may be set at run time. */
function fullCollection(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
