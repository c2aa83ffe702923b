// Password checks that remember recent successes: a client logging in again soon after a successful login (a
// reconnect) is checked against an in-memory record of that success instead of another slow hash. Failures are never
// remembered, so a wrong guess always costs the full hash.
import { createHmac, randomBytes } from "node:crypto";
import { verifyPasswordMd5 } from "./password.ts";

/** How long a success spares the slow hash, counted from that slow check: fast checks do not extend it. */
export const recentLoginTtlMs = 10 * 60 * 1000;
/** Successes remembered at most, the oldest forgotten first (about 12 MB of heap when full). */
export const maxRecentLogins = 100_000;

export interface RecentLoginsOptions {
  /** Milliseconds since the epoch. */
  nowMs?: () => number;
  /** The slow check, made on every miss. */
  slowVerify?: (md5Hex: string, verifier: string) => Promise<boolean>;
  ttlMs?: number;
  maxEntries?: number;
}

/**
 * One process's record of recent successes. An entry is the HMAC, under a key made at random for this record, of a
 * stored verifier and the md5 that matched it (never the md5 itself): it can only be hit by that md5 against that
 * very verifier, so a changed password (a new verifier, with a new salt) misses without anyone telling the record.
 */
export class RecentLogins {
  readonly #key = randomBytes(32);
  /** Entry → when its slow check succeeded. Insertion order is time order: the oldest entries are the first ones. */
  readonly #checked = new Map<string, number>();
  readonly #nowMs: () => number;
  readonly #slowVerify: (md5Hex: string, verifier: string) => Promise<boolean>;
  readonly #ttlMs: number;
  readonly #maxEntries: number;

  constructor(options: RecentLoginsOptions = {}) {
    this.#nowMs = options.nowMs ?? Date.now;
    this.#slowVerify = options.slowVerify ?? verifyPasswordMd5;
    this.#ttlMs = options.ttlMs ?? recentLoginTtlMs;
    this.#maxEntries = options.maxEntries ?? maxRecentLogins;
  }

  /** True when md5Hex (any hex case) matches the verifier: at once if it did within the TTL, else by the slow check. */
  async verify(md5Hex: string, verifier: string): Promise<boolean> {
    const entry = this.#entry(md5Hex, verifier);
    // A plain map lookup: its timing depends on the HMAC, which says nothing about md5Hex without the secret key.
    const checkedAt = this.#checked.get(entry);
    if (checkedAt !== undefined && this.#fresh(checkedAt, this.#nowMs())) return true;
    if (!(await this.#slowVerify(md5Hex, verifier))) return false;
    this.#remember(entry);
    return true;
  }

  #entry(md5Hex: string, verifier: string): string {
    return createHmac("sha256", this.#key)
      .update(JSON.stringify([verifier, md5Hex.toLowerCase()]))
      .digest("base64");
  }

  /** A clock set back makes entries look as if from the future: they count as expired. */
  #fresh(checkedAt: number, now: number): boolean {
    return now >= checkedAt && now - checkedAt < this.#ttlMs;
  }

  /** Adds the entry last, first dropping expired entries and, when full, the oldest. */
  #remember(entry: string): void {
    const now = this.#nowMs();
    this.#checked.delete(entry);
    for (const [old, checkedAt] of this.#checked) {
      if (this.#checked.size < this.#maxEntries && this.#fresh(checkedAt, now)) break;
      this.#checked.delete(old);
    }
    this.#checked.set(entry, now);
  }
}
