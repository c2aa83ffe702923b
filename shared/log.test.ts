// The logger's lines and its bound on repeats: a flood of one level and msg writes `burst` lines per window and then
// one "log lines suppressed" line that counts the rest exactly; other msgs and levels are not held back by it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { sleep } from "../test-kit/wait.ts";
import { createLogger, type Fields } from "./log.ts";

function capture(burst: number, windowMs: number) {
  const lines: Fields[] = [];
  const log = createLogger("debug", { service: "t" }, { write: (line) => lines.push(JSON.parse(line) as Fields), burst, windowMs });
  return { lines, log };
}

test("lines are JSON with time, level, msg, the base fields and the line's fields; below the level nothing", () => {
  const lines: string[] = [];
  const log = createLogger("info", { node: "n1" }, { write: (line) => lines.push(line) });
  log.debug("hidden");
  log.info("shown", { a: 1 });
  assert.equal(lines.length, 1);
  const line = JSON.parse(lines[0]) as Fields;
  assert.deepEqual({ ...line, time: undefined }, { time: undefined, level: "info", msg: "shown", node: "n1", a: 1 });
  assert.ok(!Number.isNaN(Date.parse(String(line.time))));
});

test("a flood of identical warnings writes `burst` lines, then one summary counting every other", async () => {
  const { lines, log } = capture(10, 200);
  for (let i = 0; i < 10_000; i++) log.warn("connection cut off", { i });
  assert.equal(lines.length, 10);
  assert.deepEqual(
    lines.map((l) => l.i),
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  );
  await sleep(400);
  assert.equal(lines.length, 11);
  assert.deepEqual(
    { ...lines[10], time: undefined },
    {
      time: undefined,
      level: "warn",
      msg: "log lines suppressed",
      service: "t",
      repeated: "connection cut off",
      suppressed: 9_990,
      windowMs: 200,
    },
  );
});

test("after the window the same line is written again; other msgs and levels have their own count", async () => {
  const { lines, log } = capture(2, 100);
  for (let i = 0; i < 5; i++) {
    log.warn("a");
    log.warn("b");
    log.error("a");
  }
  assert.deepEqual(
    lines.map((l) => `${l.level} ${l.msg}`),
    ["warn a", "warn b", "error a", "warn a", "warn b", "error a"],
  );
  await sleep(150);
  log.warn("a");
  const summaries = lines.filter((l) => l.msg === "log lines suppressed").map((l) => `${l.level} ${l.repeated} ${l.suppressed}`);
  assert.deepEqual(summaries.sort(), ["error a 3", "warn a 3", "warn b 3"]);
  assert.deepEqual(lines.at(-1)?.msg, "a");
});

test("a line that comes after its window ended but before the summary's timer gives the summary first", async () => {
  const { lines, log } = capture(1, 50);
  log.info("x", { n: 1 });
  log.info("x", { n: 2 });
  const end = Date.now() + 60;
  while (Date.now() < end); // the timer cannot run while this spins
  log.info("x", { n: 3 });
  assert.deepEqual(
    lines.map((l) => [l.msg, l.n ?? l.suppressed]),
    [
      ["x", 1],
      ["log lines suppressed", 1],
      ["x", 3],
    ],
  );
  await sleep(80);
  assert.equal(lines.length, 3, "the cancelled timer wrote nothing");
});
