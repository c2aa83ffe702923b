// Push-API credentials and their budget: an app key is compared with every configured key in constant time (as
// equal-length digests), and each key may make a bounded number of requests per minute, counted in this process.
import { createHash, timingSafeEqual } from "node:crypto";

const digest = (key: string) => createHash("sha256").update(key, "utf8").digest();

/** The index of the configured key the given one equals, or -1; every configured key is compared. */
export function keyMatcher(keys: readonly string[]): (given: string) => number {
  const digests = keys.map(digest);
  return (given) => {
    const d = digest(given);
    let found = -1;
    for (const [i, k] of digests.entries()) if (timingSafeEqual(k, d) && found === -1) found = i;
    return found;
  };
}

/** A fixed one-minute window per key: true while the key has requests left in the current minute. */
export function rateLimiter(perMinute: number, nowMs: () => number): (keyIndex: number) => boolean {
  const windows = new Map<number, { minute: number; count: number }>();
  return (keyIndex) => {
    const minute = Math.floor(nowMs() / 60_000);
    const w = windows.get(keyIndex);
    if (!w || w.minute !== minute) {
      windows.set(keyIndex, { minute, count: 1 });
      return true;
    }
    w.count++;
    return w.count <= perMinute;
  };
}
