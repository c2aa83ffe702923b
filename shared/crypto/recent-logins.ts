// Password checks that remember recent successes: a client logging in again soon after a successful login (a
// reconnect) is checked against an in-memory record of that success instead of another slow hash. Failures are never
// remembered, so a wrong guess always costs the full hash. Processes of one cluster share their successes through
// the primary's record (core/cluster-logins.ts), under one key.
import { createHmac, randomBytes } from "node:crypto";
import { verifyPasswordMd5 } from "./password.ts";

/** How long a success spares the slow hash, counted from that slow check: fast checks do not extend it. */
export const recentLoginTtlMs = 10 * 60 * 1000;
/** Successes remembered at most, the oldest forgotten first (about 12 MB of heap when full). */
export const maxRecentLogins = 100_000;

/** Another process's record (a cluster's primary): asked on a local miss, told of each slow success. */
export interface SharedLogins {
  /** When the entry's slow check succeeded, if that record has it. */
  checkedAt(entry: string): Promise<number | undefined>;
  remember(entry: string, checkedAt: number): void;
}

export interface RecentLoginsOptions {
  /** Milliseconds since the epoch. */
  nowMs?: () => number;
  /** The key of the entries' HMAC: the same in every process that shares a record; made at random by default. */
  key?: Uint8Array;
  /** The record shared with other processes, if any. */
  shared?: SharedLogins;
  /** The slow check, made on every miss. */
  slowVerify?: (md5Hex: string, verifier: string) => Promise<boolean>;
  ttlMs?: number;
  maxEntries?: number;
}

/**
 * One process's record of recent successes. An entry is the HMAC, under a key made at random for this record (or
 * for the processes of one cluster, which share their successes), of a
 * stored verifier and the md5 that matched it (never the md5 itself): it can only be hit by that md5 against that
 * very verifier, so a changed password (a new verifier, with a new salt) misses without anyone telling the record.
 */
export class RecentLogins implements SharedLogins {
  readonly #key: Uint8Array;
  readonly #shared: SharedLogins | undefined;
  /**
   * Entry → when its slow check succeeded. Insertion order is about time order (an entry learnt from the shared record
   * comes in with its own time): the oldest entries are the first ones, and go first when the record is full.
   */
  readonly #checked = new Map<string, number>();
  readonly #nowMs: () => number;
  readonly #slowVerify: (md5Hex: string, verifier: string) => Promise<boolean>;
  readonly #ttlMs: number;
  readonly #maxEntries: number;

  constructor(options: RecentLoginsOptions = {}) {
    this.#key = options.key ?? randomBytes(32);
    this.#shared = options.shared;
    this.#nowMs = options.nowMs ?? Date.now;
    this.#slowVerify = options.slowVerify ?? verifyPasswordMd5;
    this.#ttlMs = options.ttlMs ?? recentLoginTtlMs;
    this.#maxEntries = options.maxEntries ?? maxRecentLogins;
  }

  /** True when md5Hex (any hex case) matches the verifier: at once if it did within the TTL, else by the slow check. */
  async verify(md5Hex: string, verifier: string): Promise<boolean> {
    const entry = this.#entry(md5Hex, verifier);
    // A plain map lookup: its timing depends on the HMAC, which says nothing about md5Hex without the secret key.
    if ((await this.checkedAt(entry)) !== undefined) return true;
    const shared = await this.#shared?.checkedAt(entry);
    if (shared !== undefined && this.#fresh(shared, this.#nowMs())) {
      this.remember(entry, shared);
      return true;
    }
    if (!(await this.#slowVerify(md5Hex, verifier))) return false;
    const now = this.#nowMs();
    this.remember(entry, now);
    this.#shared?.remember(entry, now);
    return true;
  }

  /** When the entry's slow check succeeded, while that spares the slow hash; this record only. */
  async checkedAt(entry: string): Promise<number | undefined> {
    const checkedAt = this.#checked.get(entry);
    return checkedAt !== undefined && this.#fresh(checkedAt, this.#nowMs()) ? checkedAt : undefined;
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

  /** Adds the entry last, first dropping expired entries and, when full, the oldest (in the order they came). */
  remember(entry: string, checkedAt: number): void {
    const now = this.#nowMs();
    if (!this.#fresh(checkedAt, now)) return;
    this.#checked.delete(entry);
    for (const [old, at] of this.#checked) {
      if (this.#checked.size < this.#maxEntries && this.#fresh(at, now)) break;
      this.#checked.delete(old);
    }
    this.#checked.set(entry, checkedAt);
  }
}
