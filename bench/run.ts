// `npm run bench`: the delivery benchmark. Starts real server processes on a fresh database, binds N JSON-socket
// connections and measures idle memory per connection, 1:1 and group throughput and latency, and cross-node
// latency against same-node latency measured in the same run, 1:1 and group against the same load on a bare framed
// floor (bench/frame-floor.ts); then the same 1:1 load between TeamTalk clients and between the two doors; then the
// push API against a bare Hono route, signed getFriends against the bare envelope work, and msfs against a plain file
// copy, each baseline measured in the same run. Sizes: BENCH_CONNECTIONS, BENCH_SECONDS, BENCH_GROUP (1000, at most
// BENCH_CONNECTIONS), BENCH_TEAMTALK, BENCH_MSFS_FILES; BENCH_ONLY=msfs runs the msfs phases alone.
import { once } from "node:events";
import { connect, type Socket } from "node:net";
import os from "node:os";
import { join } from "node:path";
import { JsonSocketClient } from "../shared/signed-api/socket-client.ts";
import { IM } from "../proto/generated/im.js";
import { TeamTalkClient } from "../test-kit/teamtalk-client.ts";
import { nodeEntry, type ServerProcess, type Spawned, spawnListening, startServerProcess } from "../test-kit/processes.ts";
import { tempDir } from "../test-kit/temp-domain.ts";
import { decryptText } from "../shared/crypto/teamtalk-text.ts";
import { msfsPhases } from "./msfs.ts";
import { cpuSecondsOf, rssKbOf } from "./proc-stats.ts";
import { pushApiEnv, pushApiPhases } from "./push-api.ts";
import { scaleBench } from "./scale.ts";
import { signedApiPhases } from "./signed-api.ts";
import { password, seed } from "./seed.ts";

const connections = Number(process.env.BENCH_CONNECTIONS ?? 2000);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const groupSize = Number(process.env.BENCH_GROUP ?? Math.min(1000, connections));
/** TeamTalk connections (each login verifies a password with the slow hash: keep it in the hundreds). */
const teamtalkConnections = Number(process.env.BENCH_TEAMTALK ?? 400);
/** Users never connected in the JSON-socket phases: the TeamTalk phases' users, then the push API's 1:1 recipients. */
const spareUsers = Math.max(teamtalkConnections, 100);

type User = { userId: number; token: string; loginName: string };
const rows: [string, string][] = [];
const report = (what: string, value: string) => {
  rows.push([what, value]);
  console.log(`${what}: ${value}`);
};

/** Asks a server process for its memory after a full GC (SIGUSR2 → a "memory" log line). */
async function memoryOf(server: ServerProcess): Promise<{ rss: number; heapUsed: number; external: number }> {
  const seen = server.output().length;
  server.child.kill("SIGUSR2");
  for (;;) {
    const match = /"msg":"memory","rss":(\d+),"heapUsed":(\d+),"external":(\d+)/.exec(server.output().slice(seen));
    if (match) return { rss: Number(match[1]), heapUsed: Number(match[2]), external: Number(match[3]) };
    await new Promise((r) => setTimeout(r, 20));
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN;

/**
 * Connects n sockets to a bare server process holding them, in connectAll's batches and addresses: connects/s, and
 * the bare server's RSS per held connection (after a second, as the server's own figure is taken).
 */
async function connectOnly(n: number): Promise<{ perSecond: number; rssKbPerConnection: number }> {
  const floor = await spawnListening(...nodeEntry("bench/raw-server.ts"), {}, 30_000, ["raw-server"]);
  const sockets: Socket[] = [];
  try {
    const rssBefore = rssKbOf(floor.child.pid!);
    const started = performance.now();
    for (let i = 0; i < n; i += 200) {
      const batch = Array.from({ length: Math.min(200, n - i) }, (_, j) => {
        const socket = connect({ port: floor.port, host: "127.0.0.1", localAddress: `127.9.0.${2 + Math.floor((i + j) / 5000)}` });
        sockets.push(socket);
        return once(socket, "connect");
      });
      await Promise.all(batch);
    }
    const perSecond = n / ((performance.now() - started) / 1000);
    await new Promise((r) => setTimeout(r, 1000));
    return { perSecond, rssKbPerConnection: (rssKbOf(floor.child.pid!) - rssBefore) / n };
  } finally {
    for (const socket of sockets) socket.destroy();
    await floor.stop();
  }
}

/**
 * Binds the users in batches of 200 from loopback source addresses `<network>.<2…>` (5000 each). The timed connects
 * (the bare floor's and the product's first) each take a network no earlier connection used: closed connections
 * linger (TIME_WAIT) on their addresses and slowed the next connects there several times over.
 */
async function connectAll(port: number, list: User[], network = "127.0.0"): Promise<JsonSocketClient[]> {
  const clients: JsonSocketClient[] = [];
  for (let i = 0; i < list.length; i += 200) {
    const batch = list.slice(i, i + 200).map(async (user, j) => {
      const localAddress = `${network}.${2 + Math.floor((i + j) / 5000)}`;
      const client = await JsonSocketClient.connect(port, { localAddress });
      const ack = await client.bind(user.userId, user.token);
      if (ack.status !== "1111") throw new Error(`bind failed: ${JSON.stringify(ack)}`);
      return client;
    });
    clients.push(...(await Promise.all(batch)));
  }
  return clients;
}

async function loginAll(server: ServerProcess, list: User[]): Promise<TeamTalkClient[]> {
  const clients: TeamTalkClient[] = [];
  for (let i = 0; i < list.length; i += 50) {
    const batch = list.slice(i, i + 50).map(async (user, j) => {
      const client = await TeamTalkClient.connect(server.ports.teamtalk, `127.0.0.${20 + Math.floor((i + j) / 5000)}`);
      const res = await client.login(user.loginName, password, IM.BaseDefine.ClientType.CLIENT_TYPE_ANDROID);
      if (res.result_code !== 0) throw new Error(`teamtalk login failed: ${JSON.stringify(res)}`);
      return client;
    });
    clients.push(...(await Promise.all(batch)));
  }
  return clients;
}

/** TeamTalk receivers count IMMsgData pushes and record send→delivery latency from the timestamp in the text. */
function countTeamTalkDeliveries(clients: TeamTalkClient[], latencies: number[] = []): number[] {
  for (const c of clients) {
    c.onReceive = (pdu) => {
      if (pdu.header.commandId !== IM.BaseDefine.MessageCmdID.CID_MSG_DATA) return false;
      const text = decryptText(IM.Message.IMMsgData.decode(pdu.body).msg_data);
      if (text.ok) latencies.push(Date.now() - Number(text.text.split(" ")[0]));
      return true;
    };
  }
  return latencies;
}

/** TeamTalk allows a connection 20 messages a second (more are dropped): each sender sends one every 55 ms at most. */
const teamtalkIntervalMs = 55;

/** Each TeamTalk sender sends to its peer, one in flight, at most every teamtalkIntervalMs; returns acked messages. */
async function driveTeamTalk(senders: { client: TeamTalkClient; from: number; to: number }[], durationMs: number) {
  let acked = 0;
  const end = Date.now() + durationMs;
  await Promise.all(
    senders.map(async ({ client, from, to }) => {
      while (Date.now() < end) {
        const started = Date.now();
        const ack = await client.sendText(from, to, `${started} payload-of-a-typical-chat-message`).catch(() => null);
        if (ack && ack.msg_id > 0) acked++;
        const wait = teamtalkIntervalMs - (Date.now() - started);
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
    }),
  );
  return acked;
}

/** Receivers count `msg` pushes and record send→delivery latency from the timestamp in the content. */
function countDeliveries(clients: JsonSocketClient[], latencies: number[] = []) {
  for (const c of clients) {
    c.onReceive = (m) => {
      if (m.type !== "msg") return false;
      latencies.push(Date.now() - Number(String(m.content).split(" ")[0]));
      return true;
    };
  }
  return latencies;
}

/** Each sender keeps `depth` messages in flight for the duration; returns acked messages. */
async function drive(
  senders: { client: JsonSocketClient; target: Record<string, unknown> }[],
  depth: number,
  durationMs: number,
  pauseMs = 0,
) {
  let acked = 0;
  const end = Date.now() + durationMs;
  await Promise.all(
    senders.flatMap(({ client, target }) =>
      Array.from({ length: depth }, async () => {
        while (Date.now() < end) {
          const ack = await client.request({ action: "sendmsg", ...target, content: `${Date.now()} payload-of-a-typical-chat-message` });
          if (ack.status === "1111") acked++;
          if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
        }
      }),
    ),
  );
  return acked;
}

/** Runs a load against a server (or floor) process and reports its rates, latencies and CPU; returns the rates. */
/**
 * Sends `perSecond` messages a second for the duration, round-robin over the senders, whatever the acks do (an open
 * loop, as many independent users are); resolves with the messages acked, once every ack is in.
 */
async function offer(senders: { client: JsonSocketClient; target: Record<string, unknown> }[], perSecond: number, durationMs: number) {
  let [sent, acked] = [0, 0];
  const pending: Promise<unknown>[] = [];
  const started = performance.now();
  while (performance.now() - started < durationMs) {
    const due = Math.floor(((performance.now() - started) / 1000) * perSecond);
    for (; sent < due; sent++) {
      const { client, target } = senders[sent % senders.length];
      const content = `${Date.now()} payload-of-a-typical-chat-message`;
      pending.push(client.request({ action: "sendmsg", ...target, content }, 30_000).then((ack) => ack.status === "1111" && acked++));
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  await Promise.all(pending);
  return acked;
}

async function phase(name: string, server: Spawned, run: () => Promise<{ messages: number; latencies: number[] }>) {
  const client0 = process.cpuUsage();
  const server0 = cpuSecondsOf([server.child.pid!]);
  const started = Date.now();
  const { messages, latencies } = await run();
  await new Promise((r) => setTimeout(r, 300)); // let the last deliveries land
  const elapsed = (Date.now() - started - 300) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  const clientCpu = (process.cpuUsage(client0).user + process.cpuUsage(client0).system) / 1e6 / ((Date.now() - started) / 1000);
  const serverCpu = (cpuSecondsOf([server.child.pid!]) - server0) / ((Date.now() - started) / 1000);
  const perSecond = messages / elapsed;
  const deliveriesPerSecond = latencies.length / elapsed;
  report(`${name}: ${latencies.length ? "messages" : "round trips"}/s`, perSecond.toFixed(0));
  if (latencies.length) {
    report(`${name}: deliveries/s`, deliveriesPerSecond.toFixed(0));
    report(`${name}: latency p50 / p99 (ms)`, `${percentile(sorted, 0.5)} / ${percentile(sorted, 0.99)}`);
  }
  report(`${name}: server CPU / client CPU`, `${(serverCpu * 100).toFixed(0)}% / ${(clientCpu * 100).toFixed(0)}%`);
  const cpuPerMessageUs = (serverCpu * 1e6) / perSecond;
  report(`${name}: server CPU per ${latencies.length ? "message" : "round trip"} (µs)`, cpuPerMessageUs.toFixed(0));
  return { perSecond, deliveriesPerSecond, cpuPerMessageUs };
}

/** The 1:1 load: each of the first 200 clients sends to the client half the list further on, 4 in flight. */
function oneToOne(clients: JsonSocketClient[], users: User[]) {
  const half = Math.floor(clients.length / 2);
  const pairs = Math.min(half, 200);
  return async () => {
    const latencies = countDeliveries(clients.slice(half, half + pairs));
    const senders = clients
      .slice(0, pairs)
      .map((client, i) => ({ client, target: { sendto: "user", to_user_id: users[half + i].userId } }));
    return { messages: await drive(senders, 4, seconds * 1000), latencies };
  };
}

/** The group load: 10 members send to the group, 2 in flight each; every member's client counts deliveries. */
function groupLoad(members: JsonSocketClient[], groupId: number) {
  return async () => {
    const latencies = countDeliveries(members);
    const senders = members.slice(0, 10).map((client) => ({ client, target: { sendto: "group", to_group_id: groupId } }));
    return { messages: await drive(senders, 2, seconds * 1000), latencies };
  };
}

const groupPhaseName = `group of ${groupSize}, 10 senders x 2 in flight`;

/**
 * The floors of the 1:1 and group phases: the same users bound the same way to bench/frame-floor.ts, under the same
 * loads. Its clients are closed before the product's connect, so this process holds no more sockets than then.
 */
async function framedFloors(users: User[], groupId: number) {
  const group = {
    BENCH_GROUP_ID: String(groupId),
    BENCH_GROUP_MEMBERS: users
      .slice(0, groupSize)
      .map((u) => u.userId)
      .join(","),
  };
  const floor = await spawnListening(...nodeEntry("bench/frame-floor.ts"), group, 30_000, ["frame-floor"]);
  let clients: JsonSocketClient[] = [];
  try {
    clients = await connectAll(floor.port, users);
    const echo = await phase("floor: framed echo, 1:1, 200 senders x 4 in flight", floor, oneToOne(clients, users));
    const relay = await phase(`floor: framed relay, ${groupPhaseName}`, floor, groupLoad(clients.slice(0, groupSize), groupId));
    return { echo, relay };
  } finally {
    await floor.stop(); // it closes the connections first: their TIME_WAIT is on its side, not on our client ports
    await Promise.all(clients.map((c) => c.closed));
  }
}

/** A product rate over its floor's, with both rates. */
const overFloor = (product: number, floor: number) => `${(product / floor).toFixed(2)} (${product.toFixed(0)} / ${floor.toFixed(0)})`;

/** TeamTalk beside the JSON socket: idle memory per logged-in connection, 1:1 between TeamTalk clients, both doors mixed. */
async function teamtalkPhases(server: ServerProcess, users: User[], json: JsonSocketClient[], jsonUsers: User[]) {
  if (users.length < 4) return;
  // A first round of logins grows the memory the slow password hash uses (16 MiB per hash on each of libuv's threads,
  // kept by the allocator): measured before the connections, so the figure is the connections' own.
  const warmUp = await loginAll(server, users.slice(0, 8));
  await Promise.all(warmUp.map((c) => c.close()));
  const before = await memoryOf(server);
  const tt = await loginAll(server, users);
  await new Promise((r) => setTimeout(r, 1000));
  const after = await memoryOf(server);
  report("teamtalk: logged-in connections", String(tt.length));
  report(
    "teamtalk: server per idle logged-in connection, after GC: RSS / JS heap (KB)",
    `${((after.rss - before.rss) / tt.length / 1024).toFixed(2)} / ${((after.heapUsed - before.heapUsed) / tt.length / 1024).toFixed(2)}`,
  );
  const half = Math.floor(tt.length / 2);
  const pairs = Math.min(half, 200);
  // The same paced load on the JSON socket first, so the two doors are compared at equal offered load.
  const paced = await phase(`JSON socket 1:1, ${pairs} senders at 18/s each`, server, async () => {
    const latencies = countDeliveries(json.slice(pairs, 2 * pairs));
    const senders = json
      .slice(0, pairs)
      .map((client, i) => ({ client, target: { sendto: "user", to_user_id: jsonUsers[pairs + i].userId } }));
    return { messages: await drive(senders, 1, seconds * 1000, teamtalkIntervalMs), latencies };
  });
  for (const c of json) c.onReceive = null;
  const teamtalk = await phase(`teamtalk 1:1, ${pairs} senders at 18/s each`, server, async () => {
    const latencies = countTeamTalkDeliveries(tt.slice(half, half + pairs));
    const senders = tt.slice(0, pairs).map((client, i) => ({ client, from: users[i].userId, to: users[half + i].userId }));
    return { messages: await driveTeamTalk(senders, seconds * 1000), latencies };
  });
  report(
    "teamtalk / JSON socket: server CPU per 1:1 message, same paced load",
    (teamtalk.cpuPerMessageUs / paced.cpuPerMessageUs).toFixed(2),
  );
  const mixed = Math.min(pairs, 100, Math.floor(json.length / 2));
  await phase(`mixed 1:1, ${mixed} TeamTalk → JSON socket and ${mixed} JSON socket → TeamTalk, 18/s each`, server, async () => {
    const latencies: number[] = [];
    countDeliveries(json.slice(0, mixed), latencies);
    countTeamTalkDeliveries(tt.slice(half, half + mixed), latencies);
    const [sent1, sent2] = await Promise.all([
      driveTeamTalk(
        tt.slice(0, mixed).map((client, i) => ({ client, from: users[i].userId, to: jsonUsers[i].userId })),
        seconds * 1000,
      ),
      drive(
        json.slice(mixed, 2 * mixed).map((client, i) => ({ client, target: { sendto: "user", to_user_id: users[half + i].userId } })),
        1,
        seconds * 1000,
        teamtalkIntervalMs,
      ),
    ]);
    return { messages: sent1 + sent2, latencies };
  });
  await Promise.all(tt.map((c) => c.close()));
}

/** `BENCH_PROFILE=<folder>`: the (first) server process writes a CPU profile there when it stops. */
const profileFlags = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];

/** `BENCH_ONLY=msfs`: the msfs phases alone, on a server process with nothing else to do. */
async function msfsOnly() {
  const data = tempDir();
  const server = await startServerProcess(data.dir, {}, profileFlags);
  try {
    await msfsPhases(server, data.dir, report);
  } finally {
    await server.stop();
    data.remove();
  }
}

async function main() {
  console.log(`machine: ${os.cpus().length} x ${os.cpus()[0].model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  if (process.env.BENCH_ONLY === "msfs") {
    await msfsOnly();
    return printTable();
  }
  if (process.env.BENCH_ONLY === "scale") {
    await scaleBench(report);
    return printTable();
  }
  console.log(`${new Date().toISOString()} connections=${connections} seconds=${seconds} group=${groupSize}`);
  const data = tempDir();
  const seeded = await seed(data.dir, connections + spareUsers, groupSize);
  const one = await startServerProcess(data.dir, pushApiEnv, ["--expose-gc", ...profileFlags]);
  const two = await startServerProcess(data.dir);
  try {
    const floors = await framedFloors(seeded.users.slice(0, connections), seeded.groupId);
    await new Promise((r) => setTimeout(r, 500));
    // Twice: the first full GC of a fresh process hands back start-up memory, which would count against the connections.
    await memoryOf(one);
    await new Promise((r) => setTimeout(r, 500));
    const before = await memoryOf(one);
    // The bare floor first: this process could not hold its sockets and the clients' at 15 000 each (fd limit).
    const bare = await connectOnly(connections);
    const connectStarted = performance.now();
    const clients = await connectAll(one.socketPort, seeded.users.slice(0, connections), "127.10.0");
    const bindsPerSecond = clients.length / ((performance.now() - connectStarted) / 1000);
    await new Promise((r) => setTimeout(r, 1000));
    const after = await memoryOf(one);
    const perConnection = (key: keyof typeof before) => ((after[key] - before[key]) / clients.length / 1024).toFixed(2);
    report("bound connections", String(clients.length));
    report("server per idle bound connection, after GC: RSS / JS heap (KB)", `${perConnection("rss")} / ${perConnection("heapUsed")}`);
    report(
      "floor: a bare TCP server process holding the same number of connections: RSS per connection (KB)",
      bare.rssKbPerConnection.toFixed(2),
    );
    report(
      "server / bare RSS per connection (target ≤ 1.2)",
      ((after.rss - before.rss) / clients.length / 1024 / bare.rssKbPerConnection).toFixed(2),
    );
    report("floor: TCP connects/s to that bare server (same batches)", bare.perSecond.toFixed(0));
    report("connect + init + bind per second (the connections above)", bindsPerSecond.toFixed(0));
    report("connect + bind / connect only (target ≥ 0.5)", (bindsPerSecond / bare.perSecond).toFixed(2));

    const half = Math.floor(clients.length / 2);
    const pairs = Math.min(half, 200);
    // Baseline of the same run: envelope and transport alone (a ping touches no database).
    await phase("baseline: ping, 200 clients x 4 in flight", one, async () => {
      let pongs = 0;
      const end = Date.now() + seconds * 1000;
      await Promise.all(
        clients.slice(0, pairs).flatMap((client) =>
          Array.from({ length: 4 }, async () => {
            while (Date.now() < end) {
              client.send({ action: "ping" });
              await client.next((m) => m.type === "pong");
              pongs++;
            }
          }),
        ),
      );
      return { messages: pongs, latencies: [] };
    });
    const oneToOneRates = await phase("1:1, 200 senders x 4 in flight", one, oneToOne(clients, seeded.users));
    report("JSON socket 1:1 / framed echo floor, messages/s (target ≥ 0.3)", overFloor(oneToOneRates.perSecond, floors.echo.perSecond));
    const groupRates = await phase(groupPhaseName, one, groupLoad(clients.slice(0, groupSize), seeded.groupId));
    report(
      `group of ${groupSize} deliveries/s / relay floor (target ≥ 0.9)`,
      overFloor(groupRates.deliveriesPerSecond, floors.relay.deliveriesPerSecond),
    );

    // Latency at a load offered at a fixed rate (open loop: a slow ack does not slow the sending), to receivers on
    // the same node, then on the other node.
    const receivers = seeded.users.slice(half, half + 100);
    const remote = await connectAll(two.socketPort, receivers);
    for (const [name, targets, perSecond] of [
      ["same node", clients.slice(half, half + 100), 5000],
      ["other node", remote, 5000],
      ["other node", remote, 2000],
    ] as const) {
      for (const c of clients.slice(half, half + 100)) c.onReceive = () => true; // ignore in the other rounds
      await phase(`1:1 to ${name}, ${perSecond}/s offered by 100 senders`, one, async () => {
        const latencies = countDeliveries(targets);
        const senders = clients.slice(0, 100).map((client, i) => ({ client, target: { sendto: "user", to_user_id: receivers[i].userId } }));
        return { messages: await offer(senders, perSecond, seconds * 1000), latencies };
      });
    }
    for (const c of clients) c.onReceive = null; // the TeamTalk phases count deliveries anew
    await teamtalkPhases(one, seeded.users.slice(connections, connections + teamtalkConnections), clients, seeded.users);
    // The spare users (the TeamTalk phases' are offline again): the push API's 1:1 recipients.
    const offline = seeded.users.slice(connections);
    // Broadcast receivers bound anew: the first clients have been silent longer than the server's idle limit.
    const online = await connectAll(one.socketPort, seeded.users.slice(0, Math.min(1000, connections)));
    await pushApiPhases(one, { users: seeded.users, online, offline, seconds }, { phase, report });
    await Promise.all(online.map((c) => c.close()));
    await Promise.all([...clients, ...remote].map((c) => c.close()));
    await signedApiPhases(one, { databasePath: join(data.dir, "im.db"), user: seeded.users[0], seconds }, report);
    await msfsPhases(one, data.dir, report);
  } finally {
    await Promise.all([one.stop(), two.stop()]);
    data.remove();
  }
  printTable();
}

function printTable(): void {
  console.log("\n| measure | value |\n|---|---|");
  for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);
}

await main();
