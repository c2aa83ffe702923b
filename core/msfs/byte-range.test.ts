// Range headers on a blob of 100 bytes: single ranges, open ends, suffixes, the unsatisfiable, and what is ignored.
import assert from "node:assert/strict";
import { test } from "node:test";
import { rangeOf } from "./byte-range.ts";

const partial = (start: number, end: number) => ({ kind: "partial", range: { start, end } });

test("single ranges, open-ended and suffix ranges; ends past the blob are cut to it", () => {
  assert.deepEqual(rangeOf("bytes=0-0", 100), partial(0, 0));
  assert.deepEqual(rangeOf("bytes=10-19", 100), partial(10, 19));
  assert.deepEqual(rangeOf("bytes=90-", 100), partial(90, 99));
  assert.deepEqual(rangeOf("bytes=90-500", 100), partial(90, 99));
  assert.deepEqual(rangeOf("bytes=-5", 100), partial(95, 99));
  assert.deepEqual(rangeOf("bytes=-500", 100), partial(0, 99));
  assert.deepEqual(rangeOf(" bytes=99-99 ", 100), partial(99, 99));
});

test("a start past the end and an empty suffix are unsatisfiable (416)", () => {
  assert.deepEqual(rangeOf("bytes=100-", 100), { kind: "unsatisfiable" });
  assert.deepEqual(rangeOf("bytes=100-200", 100), { kind: "unsatisfiable" });
  assert.deepEqual(rangeOf("bytes=-0", 100), { kind: "unsatisfiable" });
  assert.deepEqual(rangeOf("bytes=0-", 0), { kind: "unsatisfiable" });
});

test("no header, several ranges, other units and malformed ranges are ignored: the whole blob", () => {
  for (const header of [undefined, "", "bytes=-", "bytes=0-1,5-6", "items=0-1", "bytes=5-2", "bytes=a-b", "bytes=0x1-2"])
    assert.deepEqual(rangeOf(header, 100), { kind: "whole" }, String(header));
});
