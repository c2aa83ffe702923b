import assert from "node:assert/strict";
import { test } from "node:test";
import { RestartBackoff } from "./restart-backoff.ts";

const options = { stableMs: 10_000, firstDelayMs: 1_000, maxDelayMs: 5_000 };

test("a worker that ran long enough is replaced at once", () => {
  const backoff = new RestartBackoff(options);
  assert.equal(backoff.delayAfter(10_000), 0);
  assert.equal(backoff.delayAfter(3_600_000), 0);
});

test("quick deaths in a row double the delay up to the cap", () => {
  const backoff = new RestartBackoff(options);
  assert.deepEqual(
    [0, 5, 9_999, 100, 100, 100].map((uptime) => backoff.delayAfter(uptime)),
    [1_000, 2_000, 4_000, 5_000, 5_000, 5_000],
  );
});

test("a worker that stayed up resets the count of quick deaths", () => {
  const backoff = new RestartBackoff(options);
  backoff.delayAfter(0);
  backoff.delayAfter(0);
  assert.equal(backoff.delayAfter(60_000), 0);
  assert.equal(backoff.delayAfter(0), 1_000);
});
