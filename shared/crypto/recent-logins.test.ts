// The record of recent logins over real scrypt verifiers, with a clock the tests move and the slow checks counted:
// used, expired, bounded, missed after a password change, never remembering a failure.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { hashPasswordMd5, passwordMd5, verifyPasswordMd5 } from "./password.ts";
import { RecentLogins, recentLoginTtlMs, type RecentLoginsOptions } from "./recent-logins.ts";

const md5 = passwordMd5("secret1");
const otherMd5 = passwordMd5("secret2");
/** Verifiers of `md5`, each with its own salt: what storing the same password again gives. */
let verifiers: string[];
let otherVerifier: string;
before(async () => {
  verifiers = await Promise.all([1, 2, 3, 4].map(() => hashPasswordMd5(md5)));
  otherVerifier = await hashPasswordMd5(otherMd5);
});

/** A record over real scrypt whose slow checks are counted, on a clock the test sets. */
function counted(options: RecentLoginsOptions = {}) {
  const clock = { now: 1_000_000 };
  const state = { slow: 0 };
  const recent = new RecentLogins({
    nowMs: () => clock.now,
    slowVerify: (m, v) => {
      state.slow++;
      return verifyPasswordMd5(m, v);
    },
    ...options,
  });
  return { recent, clock, state };
}

test("a second check of the same password against the same verifier skips the slow hash, in any hex case", async () => {
  const { recent, state } = counted();
  assert.equal(await recent.verify(md5, verifiers[0]), true);
  assert.equal(state.slow, 1);
  assert.equal(await recent.verify(md5, verifiers[0]), true);
  assert.equal(await recent.verify(md5.toUpperCase(), verifiers[0]), true);
  assert.equal(state.slow, 1);
});

test("a wrong password after a success takes the slow path and fails, every time", async () => {
  const { recent, state } = counted();
  assert.equal(await recent.verify(md5, verifiers[0]), true);
  for (let i = 1; i <= 2; i++) {
    assert.equal(await recent.verify(otherMd5, verifiers[0]), false);
    assert.equal(state.slow, 1 + i);
  }
  assert.equal(await recent.verify(md5, "scrypt$malformed"), false);
  assert.equal(await recent.verify(md5, "scrypt$malformed"), false);
  assert.equal(state.slow, 5, "a malformed verifier is never remembered either");
});

test("a success spares the slow hash for the TTL after its slow check; fast checks do not extend it", async () => {
  const { recent, clock, state } = counted();
  assert.equal(await recent.verify(md5, verifiers[0]), true);
  clock.now += recentLoginTtlMs - 1;
  assert.equal(await recent.verify(md5, verifiers[0]), true);
  assert.equal(state.slow, 1);
  clock.now += 1;
  assert.equal(await recent.verify(md5, verifiers[0]), true);
  assert.equal(state.slow, 2, "expired: checked slowly again");
  clock.now += recentLoginTtlMs - 1;
  assert.equal(await recent.verify(md5, verifiers[0]), true);
  assert.equal(state.slow, 2, "remembered again from the second slow check");
});

test("a clock set back does not make a success last longer", async () => {
  const { recent, clock, state } = counted();
  assert.equal(await recent.verify(md5, verifiers[0]), true);
  clock.now -= 1;
  assert.equal(await recent.verify(md5, verifiers[0]), true);
  assert.equal(state.slow, 2);
});

test("at most maxEntries successes are remembered, the oldest forgotten first even when just used", async () => {
  const { recent, state } = counted({ maxEntries: 3 });
  for (const verifier of verifiers.slice(0, 3)) assert.equal(await recent.verify(md5, verifier), true);
  assert.equal(await recent.verify(md5, verifiers[0]), true);
  assert.equal(state.slow, 3);
  assert.equal(await recent.verify(md5, verifiers[3]), true);
  assert.equal(state.slow, 4);
  for (const verifier of verifiers.slice(1, 4)) assert.equal(await recent.verify(md5, verifier), true);
  assert.equal(state.slow, 4, "the three newest are still remembered");
  assert.equal(await recent.verify(md5, verifiers[0]), true);
  assert.equal(state.slow, 5, "the oldest was forgotten");
});

test("expired successes leave the record as new ones arrive", async () => {
  const { recent, clock, state } = counted({ maxEntries: 2 });
  assert.equal(await recent.verify(md5, verifiers[0]), true);
  clock.now += recentLoginTtlMs;
  assert.equal(await recent.verify(md5, verifiers[1]), true);
  assert.equal(await recent.verify(md5, verifiers[2]), true);
  assert.equal(state.slow, 3);
  for (const verifier of verifiers.slice(1, 3)) assert.equal(await recent.verify(md5, verifier), true);
  assert.equal(state.slow, 3, "the expired one made room: both new ones are remembered");
});

test("a changed password misses the record: a new verifier, even of the same password, is checked slowly", async () => {
  const { recent, state } = counted();
  assert.equal(await recent.verify(md5, verifiers[0]), true);
  assert.equal(await recent.verify(md5, verifiers[1]), true, "the same password stored again, with a new salt");
  assert.equal(state.slow, 2);
  assert.equal(await recent.verify(md5, otherVerifier), false, "the old password against the new one's verifier");
  assert.equal(state.slow, 3);
  assert.equal(await recent.verify(otherMd5, otherVerifier), true);
  assert.equal(state.slow, 4);
});

test("by default the slow check is scrypt (password.ts) and the clock the wall clock", async () => {
  const recent = new RecentLogins();
  assert.equal(await recent.verify(md5, verifiers[0]), true);
  assert.equal(await recent.verify(md5, verifiers[0]), true);
  assert.equal(await recent.verify(otherMd5, verifiers[0]), false);
});

test("processes that share a record and its key: a success in one spares the slow hash in another", async () => {
  const primary = new RecentLogins({ nowMs: () => 1_000_000 });
  const key = new Uint8Array(32).fill(7);
  const one = counted({ key, shared: primary });
  const two = counted({ key, shared: primary });
  assert.equal(await one.recent.verify(md5, verifiers[0]), true);
  assert.equal(await two.recent.verify(md5, verifiers[0]), true);
  assert.equal(one.state.slow + two.state.slow, 1, "one slow hash for both");
  assert.equal(await two.recent.verify(otherMd5, verifiers[0]), false, "a wrong password still fails");

  const otherKey = counted({ key: new Uint8Array(32).fill(8), shared: primary });
  assert.equal(await otherKey.recent.verify(md5, verifiers[0]), true);
  assert.equal(otherKey.state.slow, 1, "another key's entries mean nothing here");

  const later = counted({ key, shared: primary });
  later.clock.now += recentLoginTtlMs;
  assert.equal(await later.recent.verify(md5, verifiers[0]), true);
  assert.equal(later.state.slow, 1, "a shared success counts from its own slow check");
});
