// Batches per-user delivery-cursor moves of this node into one write every 100 ms. A crash loses at most the last
// unflushed moves, which only means those events are delivered again (at-least-once). Not more often: a group of
// 1 000 online members moves 1 000 cursors per message, and each flush writes a row per user moved.
import type { Db } from "../shared/db/database.ts";
import { advanceCursors, readCursor } from "../shared/delivery/cursors.ts";
import { describeError, type Logger } from "../shared/log.ts";

const flushEveryMs = 100;

export class CursorWriter {
  #pending = new Map<number, number>();
  /** The batch being written: still counted by read() until it is in the database. */
  #writing = new Map<number, number>();
  #timer: ReturnType<typeof setTimeout> | null = null;
  #flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
    private readonly nowS: () => number,
  ) {}

  /** Records that the user has received (or acked) everything up to eventId. */
  advance(userId: number, eventId: number): void {
    if ((this.#pending.get(userId) ?? 0) >= eventId) return;
    this.#pending.set(userId, eventId);
    this.#timer ??= setTimeout(() => void this.flush(), flushEveryMs);
  }

  /** The user's cursor, counting moves not yet written. */
  async read(userId: number): Promise<number> {
    const unwritten = Math.max(this.#pending.get(userId) ?? 0, this.#writing.get(userId) ?? 0);
    return Math.max(await readCursor(this.db, userId), unwritten);
  }

  /** Writes the pending moves now. */
  flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const batch = this.#pending;
    this.#pending = new Map();
    this.#flushing = this.#flushing.then(() => this.#write(batch));
    return this.#flushing;
  }

  async #write(batch: Map<number, number>): Promise<void> {
    this.#writing = batch;
    try {
      await advanceCursors(this.db, batch, this.nowS());
    } catch (err) {
      this.log.error("cursor flush failed; will retry", describeError(err));
      for (const [userId, eventId] of batch) this.advance(userId, eventId);
    } finally {
      this.#writing = new Map();
    }
  }
}
