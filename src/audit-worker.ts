// A worker thread of `--jobs N`: runs the per-pair rules on the items it is sent (see audit-workers.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { Checker, type Observation } from './audit.js';
import type { WorkBatch, WorkResults } from './audit-workers.js';
import type { RulePack } from './config/rule-pack.js';
import { governHeap, HEAP_BUDGET_MB } from './heap-governor.js';

governHeap(HEAP_BUDGET_MB);

const checker = new Checker((workerData as { pack: RulePack }).pack, 'per-pair');
/** Observations received and not yet applied; `queue[head]` has sequence number `observed`. */
let queue: (Observation | undefined)[] = [];
let head = 0;
let observed = 0;

parentPort!.on('message', (batch: WorkBatch) => {
  queue.push(...batch.observations);
  const results: WorkResults['results'] = batch.items.map(({ seq, item, observeUpTo }) => {
    for (; observed <= observeUpTo; observed++, head++) {
      const observation = queue[head];
      if (observation) checker.observe(observation);
    }
    return { seq, result: checker.check(item) };
  });
  if (head > 4096) {
    queue = queue.slice(head);
    head = 0;
  }
  parentPort!.postMessage({ results } satisfies WorkResults);
});
