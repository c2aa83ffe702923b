// The HTTP server's bounds on Node: a client that trickles its headers or its body is closed after the documented
// time, and connections past the cap are closed at once, while well-behaved requests are served.
import assert from "node:assert/strict";
import net from "node:net";
import { after, before, test } from "node:test";
import { openTempDomain, type TempDomain } from "../test-kit/temp-domain.ts";
import { settlesWithin } from "../test-kit/wait.ts";
import { createApp } from "./app.ts";
import { serveOnNode, type Listening } from "./serve-node.ts";

let temp: TempDomain;
let server: Listening;
const limits = { maxConnections: 3, headersTimeoutMs: 400, requestTimeoutMs: 800, keepAliveTimeoutMs: 300 };

before(async () => {
  temp = await openTempDomain();
  server = await serveOnNode(createApp(temp.domain), "127.0.0.1", 0, limits);
});
after(async () => {
  await server.close();
  temp.close();
});

/** A raw connection that records what it receives and when it closes. */
async function rawConnection(): Promise<{ socket: net.Socket; received: () => string; closed: Promise<void> }> {
  const socket = net.connect(server.port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  socket.on("error", () => {});
  let received = "";
  socket.on("data", (chunk) => (received += chunk.toString()));
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  return { socket, received: () => received, closed };
}

test("a client that never finishes its headers is closed after the header timeout", async () => {
  const c = await rawConnection();
  c.socket.write("POST / HTTP/1.1\r\nHost: x\r\n"); // and nothing more
  assert.ok(await settlesWithin(c.closed, limits.headersTimeoutMs + 3_000), "closed");
  assert.doesNotMatch(c.received(), /200 OK/);
});

test("a client that never finishes its body is closed after the request timeout", async () => {
  const c = await rawConnection();
  c.socket.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nrequest=");
  assert.ok(await settlesWithin(c.closed, limits.requestTimeoutMs + 3_000), "closed");
  assert.doesNotMatch(c.received(), /200 OK/);
});

test("connections past the cap are closed at once; a freed place serves again", async () => {
  const held = await Promise.all([rawConnection(), rawConnection(), rawConnection()]);
  const extra = await rawConnection();
  assert.ok(await settlesWithin(extra.closed, 2_000), "the connection past the cap is closed");
  for (const c of held) c.socket.destroy();
  await Promise.all(held.map((c) => c.closed));
  const res = await fetch(`http://127.0.0.1:${server.port}/`, { method: "POST" }); // no `request`: a 400 reply, but served
  assert.equal(res.status, 400);
  await res.arrayBuffer();
});
