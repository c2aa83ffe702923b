// A smoke run of `npm run bench` at tiny sizes, so the benchmark cannot rot: every scenario runs end to end against
// real server processes and reports a number. Nothing here is timed: the figures of a smoke run mean nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { nodeEntry, runToEnd } from "../test-kit/processes.ts";

/** Runs the bench with env; asserts that it ends well and that each scenario has rows, every one with a number. */
async function assertRowsOf(env: Record<string, string>, scenarios: string[]): Promise<void> {
  const [node, args] = nodeEntry("bench/run.ts");
  const { code, output } = await runToEnd(node, args, env);
  assert.equal(code, 0, output.slice(-2000));
  const table = new Map(
    output
      .split("\n")
      .filter((line) => line.startsWith("| ") && !line.startsWith("| measure"))
      .map((line) => line.split(" | ").map((cell) => cell.replace(/^\| | \|$/g, "")) as [string, string]),
  );
  for (const scenario of scenarios) {
    const rows = [...table].filter(([what]) => what.includes(scenario));
    assert.ok(rows.length > 0, `no row for ${scenario}`);
    for (const [what, value] of rows) assert.match(value, /\d/, `${what}: ${value}`);
  }
}

const tiny = { BENCH_CONNECTIONS: "200", BENCH_SECONDS: "0.3", BENCH_GROUP: "10", BENCH_TEAMTALK: "8", BENCH_MSFS_FILES: "6" };

test("npm run bench at tiny sizes runs every scenario and reports each one's figures", { timeout: 180_000 }, async () => {
  await assertRowsOf(tiny, [
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
    "msfs 5 MiB: first download",
    "msfs 5 MiB: second download",
    "concurrent downloads of one 5 MiB file: MB/s",
  ]);
});

const tinyScale = {
  BENCH_ONLY: "scale",
  BENCH_SCALE_WORKERS: "2",
  BENCH_SCALE_CONNECTIONS: "300",
  BENCH_SCALE_CLIENT_PROCESSES: "2",
  BENCH_STORM_CLIENTS: "60",
};

test("BENCH_ONLY=scale at tiny sizes binds, pings, measures the floor and runs the storm, reporting each figure", {
  timeout: 180_000,
}, async () => {
  await assertRowsOf(tinyScale, [
    "scale: bound JSON-socket connections",
    "scale: bound connections answering a ping",
    "scale: time to connect and bind all",
    "scale: server CPU / client CPU during the binds",
    "scale: bound connections per worker",
    "scale: server per bound connection",
    "scale: floor: bare TCP server processes",
    "scale: server / bare RSS per connection",
    "scale: after all closed at once",
    "storm: first wave",
    "storm: all disconnected at once",
    "storm: logins retried",
    "storm: the server primary's open files at most",
    "storm: server CPU / client CPU (cores), storm",
    "scale: server workers that died",
  ]);
});
