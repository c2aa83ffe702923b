// Tails a delivery log from a position: reads what was appended, hands it on in order, then waits for a poke
// (a write this node made) or the poll interval (writes of other nodes and edges), whichever comes first.
import { describeError, type Logger } from "../log.ts";
import type { DeliveryLog, LoggedEvent } from "./log.ts";

const pageSize = 500;
const retryAfterErrorMs = 200;

export class LogTail {
  #position: number;
  #wake: (() => void) | null = null;
  #poked = false;
  #stopped = false;
  #done: Promise<void> | null = null;

  constructor(
    private readonly log: DeliveryLog,
    from: number,
    private readonly handle: (events: LoggedEvent[]) => Promise<void>,
    private readonly logger: Logger,
    private readonly pollMs = 10,
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
        events = await this.log.read(this.#position, pageSize);
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
