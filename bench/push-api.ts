// The push-API phases of `npm run bench`: requests/s of a bare Hono POST route served by @hono/node-server in the
// bench process (the floor of HTTP on Node on this machine), SendP2PMessage requests/s on the running server to
// recipients that are not connected, their ratio, and SendBroadCastMessage to 1000 recipients online on the JSON
// socket: send → last recipient's push.
import { Hono } from "hono";
import { serveOnNode } from "../edge/serve-node.ts";
import type { JsonSocketClient } from "../shared/signed-api/socket-client.ts";
import type { ServerProcess } from "../test-kit/processes.ts";

export const benchPushKey = "bench-push-api-key";
/** Env for the server process: a known key and a budget the bench cannot exhaust. */
export const pushApiEnv = { IM_PUSH_API_KEYS: benchPushKey, IM_PUSH_RATE_PER_MINUTE: "1000000" };

type User = { userId: number };
type Phase = (name: string, server: ServerProcess, run: () => Promise<{ messages: number; latencies: number[] }>) => Promise<unknown>;
type Report = (what: string, value: string) => void;

const inFlight = 50;

/** The push API's port from the server's "listening" line (it may come after the lines startServerProcess waits for). */
async function pushPort(server: ServerProcess): Promise<number> {
  for (;;) {
    const match = /"msg":"listening",[^\n]*?"service":"push-api"[^\n]*?"port":(\d+)/.exec(server.output());
    if (match) return Number(match[1]);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** `inFlight` requests in flight for the duration, over keep-alive connections (Node's fetch); returns the successes. */
async function post(url: string, body: (i: number) => unknown, durationMs: number): Promise<number> {
  let ok = 0;
  let n = 0;
  const end = Date.now() + durationMs;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (Date.now() < end) {
        const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body(n++)) });
        const reply = (await res.json()) as { error_code?: number };
        if (reply.error_code === 0) ok++;
      }
    }),
  );
  return ok;
}

export async function pushApiPhases(
  server: ServerProcess,
  { users, online, offline, seconds }: { users: User[]; online: JsonSocketClient[]; offline: User[]; seconds: number },
  { phase, report }: { phase: Phase; report: Report },
) {
  const base = `http://127.0.0.1:${await pushPort(server)}/query`;
  const actor = offline[offline.length - 1].userId;
  const recipients = offline.slice(0, -1);
  if (recipients.length === 0) return;

  // (a) The floor: a bare Hono POST route on @hono/node-server, in this process, driven by the same loop.
  const bareApp = new Hono();
  bareApp.post("/bare", (c) => c.json({ error_code: 0 }));
  const bare = await serveOnNode(bareApp, "127.0.0.1", 0);
  let bareRate = 0;
  try {
    const started = Date.now();
    const cpu0 = process.cpuUsage();
    const ok = await post(`http://127.0.0.1:${bare.port}/bare`, () => ({ hello: 1 }), seconds * 1000);
    const elapsed = (Date.now() - started) / 1000;
    const cpu = process.cpuUsage(cpu0);
    bareRate = ok / elapsed;
    report(`push API floor: bare Hono POST route in the bench process, ${inFlight} in flight: requests/s`, bareRate.toFixed(0));
    report("push API floor: bench process CPU (server and client)", `${(((cpu.user + cpu.system) / 1e6 / elapsed) * 100).toFixed(0)}%`);
  } finally {
    await bare.close();
  }

  // (b) SendP2PMessage on the server process to users with no connection (stored, nothing to push).
  let p2pRate = 0;
  await phase(`push API SendP2PMessage to offline users, ${inFlight} in flight`, server, async () => {
    const started = Date.now();
    const ok = await post(
      `${base}/SendP2PMessage?app_key=${benchPushKey}`,
      (i) => ({
        req_user_id: actor,
        session_id: recipients[i % recipients.length].userId,
        msg_type: 1,
        msg: `${Date.now()} payload-of-a-typical-chat-message`,
      }),
      seconds * 1000,
    );
    p2pRate = ok / ((Date.now() - started) / 1000);
    return { messages: ok, latencies: [] };
  });
  report("push API SendP2PMessage / bare Hono route: requests/s (target ≥ 0.5)", (p2pRate / bareRate).toFixed(2));

  // (c) SendBroadCastMessage to up to 1000 recipients, all bound on the JSON socket: send → the last one's push.
  const targets = online.slice(0, 1000);
  const targetIds = users.slice(0, targets.length).map((u) => u.userId);
  const lastPush: number[] = [];
  const replies: number[] = [];
  for (let rep = 0; rep < 5; rep++) {
    const sent = Date.now();
    let remaining = targets.length;
    const allIn = new Promise<void>((done) => {
      for (const c of targets)
        c.onReceive = (m) => {
          if (m.type !== "msg" || String(m.content).split(" ")[0] !== String(sent)) return false;
          if (--remaining === 0) {
            lastPush.push(Date.now() - sent);
            done();
          }
          return true;
        };
    });
    const res = await fetch(`${base}/SendBroadCastMessage?app_key=${benchPushKey}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ req_user_id: actor, session_ids: targetIds, msg_type: 1, msg: `${sent} broadcast-${rep}` }),
    });
    const reply = (await res.json()) as { error_code?: number };
    if (reply.error_code !== 0) throw new Error(`broadcast failed: ${JSON.stringify(reply)}`);
    replies.push(Date.now() - sent);
    const lost = await Promise.race([allIn.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 30_000))]);
    if (lost) throw new Error(`broadcast ${rep}: not every online recipient had it within 30 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
  for (const c of targets) c.onReceive = null;
  const sortedLast = lastPush.sort((a, b) => a - b);
  const sortedReplies = replies.sort((a, b) => a - b);
  const mid = (s: number[]) => s[Math.floor(s.length / 2)];
  report(
    `push API SendBroadCastMessage to ${targets.length} online (JSON socket), ${lastPush.length} runs: reply p50 / max (ms)`,
    `${mid(sortedReplies)} / ${sortedReplies[sortedReplies.length - 1]}`,
  );
  report(
    `push API SendBroadCastMessage to ${targets.length} online (JSON socket): send → last push p50 / max (ms)`,
    `${mid(sortedLast)} / ${sortedLast[sortedLast.length - 1]}`,
  );
}
