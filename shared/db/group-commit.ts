// Group commit: writes that arrive together share one write transaction (one fsync), which is what makes libSQL
// keep up under load (machine-facts: ~6k commits/s one row each, 35-48k rows/s in batches of 100).
import { setImmediate } from "node:timers";
import type { Transaction } from "@libsql/client";
import { writeRaw, type Db } from "./database.ts";

type Pending<In, Out> = { item: In; resolve(out: Out): void; reject(err: unknown): void };

export class GroupCommit<In, Out> {
  #queue: Pending<In, Out>[] = [];
  #running = false;

  /**
   * `write` stores a batch inside the transaction it is given and returns one result per item, in order;
   * `committed`, when given, hears of each batch right after its commit, before any submitter does.
   */
  constructor(
    private readonly db: Db,
    private readonly write: (tx: Transaction, items: In[]) => Promise<Out[]>,
    private readonly options: { maxBatch?: number; committed?: (items: In[], results: Out[]) => void } = {},
  ) {}

  /** Resolves once the item's transaction has committed. */
  submit(item: In): Promise<Out> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      if (!this.#running) {
        this.#running = true;
        // libSQL answers local queries without yielding to I/O, so a whole request runs within one socket read.
        // Waiting for the end of this event-loop turn lets every connection read in it join the transaction.
        setImmediate(() => void this.#drain());
      }
    });
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, this.options.maxBatch ?? 200);
      await this.#commit(batch);
    }
    this.#running = false;
  }

  async #commit(batch: Pending<In, Out>[]): Promise<void> {
    const items = batch.map((p) => p.item);
    let results: Out[];
    try {
      results = await writeRaw(this.db, (tx) => this.write(tx, items));
    } catch (err) {
      if (batch.length === 1) return batch[0].reject(err);
      // One bad item must not fail its neighbours: retry each alone.
      for (const p of batch) await this.#commit([p]);
      return;
    }
    this.options.committed?.(items, results);
    for (const [i, p] of batch.entries()) p.resolve(results[i]);
  }
}
