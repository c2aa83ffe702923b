// Test support (not a test): waiting on conditions instead of sleeping for a guessed time.
import assert from "node:assert/strict";

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How long to wait for something that must happen. */
export const arrivalMs = 5_000;

/** Waits until `condition` holds (polled every 10 ms), or fails the test naming `what`. */
export async function eventually(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = arrivalMs): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) assert.fail(`not within ${timeoutMs} ms: ${what}`);
    await sleep(10);
  }
}

/** True when `closed` settles within ms. */
export async function settlesWithin(closed: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const result = await Promise.race([closed.then(() => true as const), timeout]);
  clearTimeout(timer);
  return result;
}
