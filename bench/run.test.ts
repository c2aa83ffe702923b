// A smoke run of `npm run bench` at tiny sizes, so the benchmark cannot rot: every scenario runs end to end against
// real server processes and reports a number. Nothing here is timed: the figures of a smoke run mean nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { nodeEntry, runToEnd } from "../test-kit/processes.ts";

const tiny = { BENCH_CONNECTIONS: "200", BENCH_SECONDS: "0.3", BENCH_GROUP: "10", BENCH_TEAMTALK: "8", BENCH_MSFS_FILES: "6" };

test("npm run bench at tiny sizes runs every scenario and reports each one's figures", { timeout: 180_000 }, async () => {
  const [node, args] = nodeEntry("bench/run.ts");
  const { code, output } = await runToEnd(node, args, tiny);
  assert.equal(code, 0, output.slice(-2000));
  const table = new Map(
    output
      .split("\n")
      .filter((line) => line.startsWith("| ") && !line.startsWith("| measure"))
      .map((line) => line.split(" | ").map((cell) => cell.replace(/^\| | \|$/g, "")) as [string, string]),
  );
  for (const scenario of [
    "baseline: ping",
    "connect + bind / connect only",
    "server / bare RSS per connection",
    "1:1, 200 senders",
    "group of 10",
    "JSON socket 1:1 / framed echo floor",
    "group of 10 deliveries/s / relay floor",
    "1:1 to other node",
    "teamtalk 1:1",
    "mixed 1:1",
    "push API SendP2PMessage / bare Hono route",
    "push API SendBroadCastMessage",
    "signed API getFriends / envelope floor",
    "msfs 100 KiB: upload",
    "msfs 5 MiB: download",
    "concurrent downloads of one 5 MiB file: MB/s",
  ]) {
    const rows = [...table].filter(([what]) => what.includes(scenario));
    assert.ok(rows.length > 0, `no row for ${scenario}`);
    for (const [what, value] of rows) assert.match(value, /\d/, `${what}: ${value}`);
  }
});
