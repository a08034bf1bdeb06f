// The per-pair rules in worker threads (`--jobs N`). The main thread reads, runs the
// cross-pair rules in input order, and puts the workers' results back in input order.
// Every worker replays the length observations of all items in input order, so that each
// item is judged by the same document model as in a sequential run: same findings, same order.
import { Worker } from 'node:worker_threads';
import { Checker, finishItem, observationOf, WARM_UP, type ItemResult, type Observation } from './audit.js';
import type { RulePack } from './config/rule-pack.js';
import type { AuditItem, Finding } from './model.js';

/** Items sent to a worker at once: large enough to amortise messaging, small enough to keep all busy. */
const BATCH = 32;
/** Items read ahead of the first one not yet reported: bounds memory whatever the input's size. */
const MAX_IN_FLIGHT = 4096;

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
  const pool = new WorkerPool(pack, jobs);
  const cross = new Checker(pack, 'cross-pair');
  /** Items read and not yet reported, with what the main thread found on them. */
  const held = new Map<number, { item: AuditItem; owned: boolean; cross: ItemResult }>();
  let read = 0;
  let reported = 0;
  const dispatch = (seq: number, observeUpTo: number) => {
    const entry = held.get(seq)!;
    if (entry.owned) pool.add({ seq, item: entry.item, observeUpTo });
  };
  function* report(): Generator<Finding> {
    for (let entry = held.get(reported); entry; entry = held.get(reported)) {
      const result = entry.owned ? pool.take(reported) : undefined;
      if (entry.owned && !result) return;
      if (result) yield* finishItem(entry.item, pack, [result, entry.cross]);
      held.delete(reported++);
    }
  }
  try {
    for await (const [item, owned] of items) {
      pool.observe(observationOf(item));
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
  private waiting: { resolve: () => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;
  private turn = 0;

  constructor(pack: RulePack, jobs: number) {
    this.workers = Array.from({ length: jobs }, () => {
      const worker = new Worker(new URL('./audit-worker.js', import.meta.url), { workerData: { pack } });
      worker.on('message', (message: WorkResults) => {
        for (const { seq, result } of message.results) this.results.set(seq, result);
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

  add(work: WorkItem): void {
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
