// The per-pair rules on N threads (`--jobs N`): N-1 workers and the main thread. The main
// thread reads, runs the cross-pair rules in input order, checks items itself while the
// workers have enough queued, and puts the results back in input order. Every thread replays
// the length observations of all items in input order, so that each item is judged by the
// same document model as in a sequential run: same findings, same order, whoever checks it.
import { Worker } from 'node:worker_threads';
import { Checker, finishItem, observationOf, WARM_UP, type ItemResult, type Observation } from './audit.js';
import type { RulePack } from './config/rule-pack.js';
import type { AuditItem, Finding } from './model.js';

/** Items sent to a worker at once: large enough to amortise messaging, small enough to keep all busy. */
const BATCH = 32;
/** Batches queued per worker beyond which the main thread checks the next item itself: enough
 * for a worker to stay busy while the main thread checks items between two reads of input. */
const QUEUED_BATCHES = 32;
/** Items read ahead of the first one not yet reported: bounds memory whatever the input's size. */
const MAX_IN_FLIGHT = 4096;
/**
 * A worker's young generation: V8's default lets each thread hold up to 48 MB of short-lived
 * objects; 16 MB costs no measurable speed and keeps a run with workers near one without.
 */
const WORKER_YOUNG_MB = 16;

export interface WorkItem {
  seq: number;
  item: AuditItem;
  /** Observations up to this sequence number inform the length model before the item is checked. */
  observeUpTo: number;
}

export interface WorkBatch {
  /** The observations (undefined for unpaired blocks) since the last batch, in sequence. */
  observations: (Observation | undefined)[];
  items: WorkItem[];
}

export interface WorkResults {
  results: { seq: number; result: ItemResult }[];
}

export async function* checkInWorkers(items: AsyncIterable<[AuditItem, boolean]>, pack: RulePack, jobs: number): AsyncGenerator<Finding> {
  const pool = new WorkerPool(pack, jobs - 1);
  const cross = new Checker(pack, 'cross-pair');
  /** The main thread's own share: it has observed every item read, as a dispatched item needs. */
  const local = new Checker(pack, 'per-pair');
  /** Items read and not yet reported, with what the main thread found on them. */
  const held = new Map<number, { item: AuditItem; owned: boolean; cross: ItemResult; own?: ItemResult }>();
  let read = 0;
  let reported = 0;
  // Dispatched items are to be judged with observations up to the last item read, which is
  // where the main thread's model stands: it may check any of them on the spot.
  const dispatch = (seq: number, observeUpTo: number) => {
    const entry = held.get(seq)!;
    if (!entry.owned) return;
    if (pool.queued < QUEUED_BATCHES * BATCH * pool.size) pool.add({ seq, item: entry.item, observeUpTo });
    else entry.own = local.check(entry.item);
  };
  function* report(): Generator<Finding> {
    for (let entry = held.get(reported); entry; entry = held.get(reported)) {
      const result = entry.own ?? (entry.owned ? pool.take(reported) : undefined);
      if (entry.owned && !result) return;
      if (result) yield* finishItem(entry.item, pack, [result, entry.cross]);
      held.delete(reported++);
    }
  }
  try {
    for await (const [item, owned] of items) {
      const observation = observationOf(item);
      pool.observe(observation);
      if (observation) local.observe(observation);
      held.set(read, { item, owned, cross: cross.check(item, !owned) });
      read++;
      if (read === WARM_UP) for (let seq = 0; seq < read; seq++) dispatch(seq, read - 1);
      else if (read > WARM_UP) dispatch(read - 1, read - 1);
      if (read - reported >= MAX_IN_FLIGHT) {
        pool.flush();
        await pool.next();
        yield* report();
      }
    }
    if (read < WARM_UP) for (let seq = 0; seq < read; seq++) dispatch(seq, read - 1);
    pool.flush();
    while (reported < read) {
      yield* report();
      if (reported < read) await pool.next();
    }
  } finally {
    await pool.close();
  }
}

class WorkerPool {
  private readonly workers: Worker[];
  private readonly pending: WorkItem[][];
  /** Observations not yet sent to every worker; `log[0]` has sequence number `logStart`. */
  private log: (Observation | undefined)[] = [];
  private logStart = 0;
  private readonly sent: number[];
  private readonly results = new Map<number, ItemResult>();
  /** Items added and not yet answered. */
  queued = 0;
  private waiting: { resolve: () => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;
  private turn = 0;

  constructor(pack: RulePack, jobs: number) {
    this.workers = Array.from({ length: jobs }, () => {
      const worker = new Worker(new URL('./audit-worker.js', import.meta.url), { workerData: { pack }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
      worker.on('message', (message: WorkResults) => {
        for (const { seq, result } of message.results) this.results.set(seq, result);
        this.queued -= message.results.length;
        this.wake();
      });
      worker.on('error', (error) => {
        this.failure = error;
        this.wake();
      });
      return worker;
    });
    this.pending = this.workers.map(() => []);
    this.sent = this.workers.map(() => 0);
  }

  observe(observation: Observation | undefined): void {
    this.log.push(observation);
  }

  get size(): number {
    return this.workers.length;
  }

  add(work: WorkItem): void {
    this.queued++;
    const index = this.turn++ % this.workers.length;
    this.pending[index]!.push(work);
    if (this.pending[index]!.length >= BATCH) this.send(index);
  }

  flush(): void {
    this.workers.forEach((_worker, index) => {
      if (this.pending[index]!.length) this.send(index);
    });
  }

  take(seq: number): ItemResult | undefined {
    const result = this.results.get(seq);
    this.results.delete(seq);
    return result;
  }

  /** Resolves when a worker has answered (or failed). */
  next(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private send(index: number): void {
    const from = this.sent[index]! - this.logStart;
    const batch: WorkBatch = { observations: this.log.slice(from), items: this.pending[index]! };
    this.pending[index] = [];
    this.sent[index] = this.logStart + this.log.length;
    this.workers[index]!.postMessage(batch);
    // Observations every worker has received are no longer needed.
    const oldest = Math.min(...this.sent);
    if (oldest > this.logStart) {
      this.log = this.log.slice(oldest - this.logStart);
      this.logStart = oldest;
    }
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    if (!waiting) return;
    if (this.failure) waiting.reject(this.failure);
    else waiting.resolve();
  }
}
