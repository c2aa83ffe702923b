// The edge's log tells the truth and its replies stay small, black-box against a real server whose log is captured:
// a client hanging up mid-body (sized or chunked) is an info line without a stack, never an error; a flood of them is
// bounded by the logger, and every one is still counted; a method or path of 5,000 characters is not echoed back.
import assert from "node:assert/strict";
import { connect } from "node:net";
import { test } from "node:test";
import { createLogger, type Fields } from "../shared/log.ts";
import { startTestServer, type TestServer } from "../test-kit/signed-api-server.ts";
import { eventually, sleep } from "../test-kit/wait.ts";
const gone = "client went away mid-request";

/** A test with its own server, whose every log line (debug and up) is captured. */
function withServer(name: string, body: (server: TestServer, lines: Fields[]) => Promise<void>): void {
  test(name, async () => {
    const lines: Fields[] = [];
    const log = createLogger("debug", {}, { write: (line) => lines.push(JSON.parse(line) as Fields) });
    const server = await startTestServer({}, { log, listen: true }); // hang-ups need real connections
    try {
      await body(server, lines);
    } finally {
      await server.close();
    }
  });
}

/** Sends a POST head and part of its body, then hangs up while the server waits for the rest. */
async function hangUpMidBody(server: TestServer, head: string): Promise<void> {
  const url = new URL(server.url);
  const socket = connect(Number(url.port), url.hostname);
  await new Promise((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  socket.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n${head}`);
  await sleep(50);
  socket.destroy();
}

const sized = "Content-Length: 1000\r\n\r\nrequest=abc";
const chunked = "Transfer-Encoding: chunked\r\n\r\n7\r\nrequest\r\n";

/** Client hang-ups the log accounts for: lines written plus those counted in summaries. */
const accounted = (lines: Fields[]) => lines.reduce((n, l) => n + (l.msg === gone ? 1 : l.repeated === gone ? Number(l.suppressed) : 0), 0);

const untilAccounted = (lines: Fields[], n: number) => eventually(() => accounted(lines) >= n, `${n} hang-ups in the log`);

function assertNoErrorsOrStacks(lines: Fields[]): void {
  assert.deepEqual(
    lines.filter((l) => l.level === "error" || l.level === "warn"),
    [],
  );
  assert.deepEqual(
    lines.filter((l) => "stack" in l),
    [],
  );
}

withServer("a client hanging up mid-body (sized or chunked) is an info line without a stack, not an error", async (server, lines) => {
  await hangUpMidBody(server, sized);
  await hangUpMidBody(server, chunked);
  await untilAccounted(lines, 2);
  const goneLines = lines.filter((l) => l.msg === gone);
  assert.deepEqual(
    goneLines.map((l) => [l.level, l.code]),
    [
      ["info", "ECONNRESET"],
      ["info", "ECONNRESET"],
    ],
  );
  assertNoErrorsOrStacks(lines);
  assert.equal((await server.call("com.user.getFriends", {})).body.code, "BAD_REQUEST", "the server still answers");
});

withServer("two hundred clients hanging up write a bounded number of lines, and the summaries count them all", async (server, lines) => {
  const started = Date.now();
  for (let i = 0; i < 10; i++) await Promise.all(Array.from({ length: 20 }, (_, k) => hangUpMidBody(server, k % 2 ? sized : chunked)));
  await untilAccounted(lines, 200);
  const windows = Math.ceil((Date.now() - started) / 1000) + 1;
  const written = lines.filter((l) => l.msg === gone).length;
  assert.ok(written <= 10 * windows, `${written} lines in at most ${windows} windows of one second`);
  assert.ok(lines.some((l) => l.msg === "log lines suppressed" && l.repeated === gone && l.level === "info"));
  assert.equal(accounted(lines), 200);
  assertNoErrorsOrStacks(lines);
});

withServer("an unknown method or path of 5,000 characters is cut to 64 in the reply", async (server) => {
  const method = "m".repeat(5_000);
  const reply = await server.call(method, {});
  assert.equal(reply.body.code, "BAD_REQUEST");
  assert.equal(reply.body.info, `unknown method ${"m".repeat(64)}…`);
  const res = await fetch(`${server.url}${"p".repeat(5_000)}`);
  assert.equal(res.status, 404);
  const body = (await res.json()) as Fields;
  assert.equal(body.info, `no route GET /${"p".repeat(63)}…`);
});
