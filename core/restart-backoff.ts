// How long the cluster primary waits before replacing a worker that died: at once when it had run a while, else a
// delay that doubles with each quick death in a row, so a worker that cannot stay up does not spin the machine.
export interface RestartBackoffOptions {
  /** A worker that ran this long died of something passing: replace it at once and forget earlier deaths. */
  stableMs: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const defaultRestartBackoff: RestartBackoffOptions = { stableMs: 10_000, firstDelayMs: 1_000, maxDelayMs: 30_000 };

export class RestartBackoff {
  #quickDeaths = 0;

  constructor(readonly options: RestartBackoffOptions = defaultRestartBackoff) {}

  /** The delay before replacing a worker that died after running for uptimeMs. */
  delayAfter(uptimeMs: number): number {
    const { stableMs, firstDelayMs, maxDelayMs } = this.options;
    if (uptimeMs >= stableMs) {
      this.#quickDeaths = 0;
      return 0;
    }
    const delay = Math.min(maxDelayMs, firstDelayMs * 2 ** this.#quickDeaths);
    this.#quickDeaths++;
    return delay;
  }
}
