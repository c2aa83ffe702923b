// Tails a delivery log from a position: hands on what was appended, in order, then waits for a poke (a write this
// node made) or the poll interval (writes of other nodes and edges), whichever comes first. Events this process
// committed are handed to it (`handOff`) and passed on from memory when they follow the position directly; after a
// gap (another writer's events in between) the log is read, which gives them too.
import { describeError, type Logger } from "../log.ts";
import type { DeliveryLog, LoggedEvent } from "./log.ts";

const pageSize = 500;
const retryAfterErrorMs = 200;
/** Handed-off events kept at most while the tail is behind; past that they are dropped, and read from the log. */
const maxHandedOff = 10_000;

export class LogTail {
  #position: number;
  #wake: (() => void) | null = null;
  #poked = false;
  #stopped = false;
  #done: Promise<void> | null = null;
  /** Events this process committed, not yet passed on, in id order. */
  #handedOff: LoggedEvent[] = [];

  constructor(
    private readonly log: DeliveryLog,
    from: number,
    private readonly handle: (events: LoggedEvent[]) => Promise<void>,
    private readonly logger: Logger,
    private readonly pollMs = 5,
  ) {
    this.#position = from;
  }

  /** The id of the last event handed on. */
  get position(): number {
    return this.#position;
  }

  start(): void {
    this.#done ??= this.#run();
  }

  /** Read now: this node has just appended. */
  poke(): void {
    this.#poked = true;
    this.#wake?.();
  }

  /**
   * Events this process has just committed (one transaction's, in id order): passed on without a read when they
   * can be, at the next poke or poll. No poke here: the writer pokes once what must go out first (its reply) has.
   */
  handOff(events: LoggedEvent[]): void {
    const fresh = events.filter((e) => e.id > this.#position); // a read of the log may have passed them on already
    if (fresh.length === 0) return;
    if (this.#handedOff.length + fresh.length > maxHandedOff) this.#handedOff = [];
    const last = this.#handedOff.at(-1);
    this.#handedOff.push(...fresh);
    // Transactions of one process commit in turn, so this is rare; order is what matters.
    if (last !== undefined && last.id > fresh[0].id) this.#handedOff.sort((a, b) => a.id - b.id);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#wake?.();
    await this.#done;
  }

  async #run(): Promise<void> {
    while (!this.#stopped) {
      this.#poked = false;
      let events: LoggedEvent[] = [];
      try {
        events = this.#takeHandedOff() ?? (await this.log.read(this.#position, pageSize));
        if (events.length > 0) {
          await this.handle(events);
          this.#position = events[events.length - 1].id;
        }
      } catch (err) {
        this.logger.error("log tail failed; retrying", describeError(err));
        await this.#sleep(retryAfterErrorMs);
        continue;
      }
      if (events.length < pageSize && !this.#poked) await this.#sleep(this.pollMs);
    }
  }

  /**
   * The handed-off events that follow the position with no gap (ids of one log have none unless another writer's
   * events are in between), or null when the log must be read. Those at or before the position are dropped.
   */
  #takeHandedOff(): LoggedEvent[] | null {
    const queue = this.#handedOff;
    let start = 0;
    while (start < queue.length && queue[start].id <= this.#position) start++;
    let end = start;
    while (end < queue.length && end - start < pageSize && queue[end].id === this.#position + 1 + (end - start)) end++;
    const taken = queue.slice(start, end);
    this.#handedOff = end > start ? queue.slice(end) : queue.slice(start);
    return taken.length > 0 ? taken : null;
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#wake = null;
        resolve();
      }, ms);
      this.#wake = () => {
        clearTimeout(timer);
        this.#wake = null;
        resolve();
      };
    });
  }
}
