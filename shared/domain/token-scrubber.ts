// Renewed tokens cross the delivery log for live delivery only: a minute after they were logged, their events are
// blanked, a bounded chunk per round. A core node runs this from its housekeeping with its tail position.
import type { DeliveryLog } from "../delivery/log.ts";

/** Renewed tokens stay readable in the log this long, then are blanked. */
export const tokenVisibleMs = 60_000;
/** Log ids blanked per round at most (the events table has no index on kind: keep each scan short). */
const chunk = 50_000;

export class TokenScrubber {
  /** [time ms, log position] samples, to know which events are older than tokenVisibleMs. */
  #positions: [number, number][] = [];
  #target = 0;
  #scrubbedUpTo: number;

  /** `from`: the log position when this node started (older token events were blanked by earlier runs). */
  constructor(
    private readonly log: DeliveryLog,
    from: number,
  ) {
    this.#scrubbedUpTo = Math.max(0, from - chunk);
  }

  /** Notes the log position at nowMs and blanks the token events that have been visible long enough. */
  async run(nowMs: number, position: number): Promise<void> {
    this.#positions.push([nowMs, position]);
    while (this.#positions.length > 0 && nowMs - this.#positions[0][0] >= tokenVisibleMs) this.#target = this.#positions.shift()![1];
    if (this.#target <= this.#scrubbedUpTo) return;
    const upTo = Math.min(this.#target, this.#scrubbedUpTo + chunk);
    await this.log.scrub("token", this.#scrubbedUpTo, upTo);
    this.#scrubbedUpTo = upTo;
  }
}
