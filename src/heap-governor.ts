// Keeps the heap of a long run near its live size.
// V8 sizes its heap for throughput and collects the old generation late: a streaming run
// over a million pairs, whose live data stays under 50 MB, peaks at 370 MB of mostly dead
// objects. A full collection whenever the heap's used part passes a budget keeps the peak
// flat. When the live data itself needs more (an HTML report keeps every pair), the budget
// follows it, so that the run is never collected over and over for nothing.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Used heap past which a thread collects: one thread's run peaks under 250 MB of memory in all. */
export const HEAP_BUDGET_MB = 48;
const CHECK_EVERY_MS = 200;
const MB = 2 ** 20;

/** Governs this thread's heap until it ends (the timer does not keep it alive). */
export function governHeap(budgetMb: number): void {
  // Found on first need: a run that stays small (most) never pays for the extra context.
  let collect: (() => void) | undefined;
  const base = budgetMb * MB;
  let budget = base;
  setInterval(() => {
    if (process.memoryUsage().heapUsed <= budget) return;
    collect ??= fullCollection();
    collect();
    // Room for as much garbage as there is live data: no collecting over and over while a
    // report holds much, and back to the base budget once it no longer does.
    budget = Math.max(base, 2 * process.memoryUsage().heapUsed);
  }, CHECK_EVERY_MS).unref();
}

/** V8's full collection, which Node exposes only behind a flag that may be set at run time. */
function fullCollection(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
