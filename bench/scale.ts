// `BENCH_ONLY=scale`: the server at scale. BENCH_SCALE_CONNECTIONS JSON-socket connections (default 100 000) bound over
// a server of BENCH_SCALE_WORKERS worker processes (default 6), from client processes of at most 15 000 connections
// each (BENCH_SCALE_CLIENT_PROCESSES), every one then pinged; the server's RSS per connection against bare TCP server
// processes holding the same number; then the TeamTalk reconnect storm (bench/storm.ts).
import { type ServerProcess, nodeEntry, spawnListening, startServerProcess } from "../test-kit/processes.ts";
import { tempDir } from "../test-kit/temp-domain.ts";
import { sleep } from "../test-kit/wait.ts";
import { ClientFleet, inFlight } from "./client-fleet.ts";
import { clusterMemory, serverPids, untilUnbound, workersReplaced } from "./cluster-stats.ts";
import { rssKbOf, withCpu } from "./proc-stats.ts";
import { seed } from "./seed.ts";
import { stormClients, stormPhases } from "./storm.ts";

/** One process holds at most ~19 900 sockets (its fd limit is 20 000): client and floor processes hold this many at most. */
const perProcess = 15_000;
const connections = Number(process.env.BENCH_SCALE_CONNECTIONS ?? 100_000);
const workers = Number(process.env.BENCH_SCALE_WORKERS ?? 6);
const clientProcesses = Number(process.env.BENCH_SCALE_CLIENT_PROCESSES ?? Math.ceil(Math.max(connections, stormClients) / perProcess));

type Report = (what: string, value: string) => void;

const unbindWaitS = 300;
const progress = (what: string) => console.log(`${new Date().toISOString()} scale: ${what}`);

/** The connections stay silent through the whole run, longer than the default idle limits allow. */
const serverEnv = { IM_WORKERS: String(workers), IM_SOCKET_IDLE_S: "3600", IM_MSG_IDLE_S: "3600", IM_MSG_IDLE_MOBILE_S: "3600" };

/**
 * The floor: bare TCP server processes (bench/raw-server.ts), one per client process, each holding that process's
 * share of connections; resolves with their RSS growth per connection, measured a second after the last connect.
 */
async function floorRssKbPerConnection(fleet: ClientFleet, counts: number[]): Promise<number> {
  const floors = await Promise.all(counts.map(() => spawnListening(...nodeEntry("bench/raw-server.ts"), {}, 30_000, ["raw-server"])));
  try {
    const rssKb = () => floors.reduce((total, floor) => total + rssKbOf(floor.child.pid!), 0);
    const before = rssKb();
    const held = await fleet.all((c) => ({ do: "hold", port: floors[c].port, count: counts[c], addresses: `127.1.${c + 1}`, inFlight }));
    await sleep(1000);
    const after = rssKb();
    await fleet.all(() => ({ do: "close" }));
    return (after - before) / held.ok;
  } finally {
    await Promise.all(floors.map((floor) => floor.stop()));
  }
}

/** Binds every seeded user's connection, pings each, and reports; the floor is measured first, as the fds allow. */
async function boundPhase(fleet: ClientFleet, server: ServerProcess, users: { userId: number; token: string }[], report: Report) {
  const shares = fleet.split(users);
  const floorKb = await floorRssKbPerConnection(
    fleet,
    shares.map((share) => share.length),
  );
  progress(`floor measured; binding ${users.length} connections`);
  const before = await clusterMemory(server, workers);
  const binds = await withCpu([serverPids(server), fleet.pids], () =>
    fleet.all((c) => ({ do: "bind", port: server.socketPort, users: shares[c], addresses: `127.2.${c + 1}`, inFlight })),
  );
  await sleep(1000);
  const after = await clusterMemory(server, workers);
  progress("bound; pinging, then closing");
  const pinged = await fleet.all(() => ({ do: "ping" }));
  await fleet.all(() => ({ do: "close" }));
  const bound = binds.result.ok;
  const rssKb = (after.rssKb - before.rssKb) / bound;
  report(
    `scale: bound JSON-socket connections of ${users.length}, over ${workers} workers, from ${fleet.children.length} client processes`,
    String(bound),
  );
  report("scale: bound connections answering a ping", String(pinged.ok));
  report(
    `scale: time to connect and bind all (s), binds/s (${inFlight} at a time per client process)`,
    `${binds.seconds.toFixed(1)}, ${(bound / binds.seconds).toFixed(0)}`,
  );
  report("scale: server CPU / client CPU during the binds (cores)", binds.cores.map((c) => c.toFixed(2)).join(" / "));
  report("scale: bound connections per worker, fewest / most", `${Math.min(...after.connections)} / ${Math.max(...after.connections)}`);
  report(
    "scale: server per bound connection, all workers after GC + primary: RSS / JS heap (KB)",
    `${rssKb.toFixed(2)} / ${((after.heapKb - before.heapKb) / bound).toFixed(2)}`,
  );
  report(
    `scale: floor: bare TCP server processes (≤ ${perProcess} connections each) holding the same number: RSS per connection (KB)`,
    floorKb.toFixed(2),
  );
  report("scale: server / bare RSS per connection (target ≤ 1.2)", (rssKb / floorKb).toFixed(2));
  // The storm comes next: the server should first have let go of these (each unbind is work of its own).
  const closed = performance.now();
  const left = await untilUnbound(server, workers, unbindWaitS * 1000);
  report(
    `scale: after all closed at once: bound connections the server still held, seconds until none (waiting up to ${unbindWaitS} s)`,
    `${left}, ${((performance.now() - closed) / 1000).toFixed(1)}`,
  );
}

export async function scaleBench(report: Report): Promise<void> {
  if (Math.max(connections, stormClients) / clientProcesses > perProcess)
    throw new Error(`BENCH_SCALE_CLIENT_PROCESSES=${clientProcesses} would hold more than ${perProcess} connections each`);
  progress(`connections=${connections} workers=${workers} storm=${stormClients} client processes=${clientProcesses}`);
  const data = tempDir();
  let server: ServerProcess | null = null;
  let fleet: ClientFleet | null = null;
  try {
    const seeded = await seed(data.dir, Math.max(connections, stormClients), 2);
    progress("seeded");
    fleet = await ClientFleet.start(clientProcesses);
    server = await startServerProcess(data.dir, serverEnv, ["--expose-gc"]);
    await boundPhase(fleet, server, seeded.users.slice(0, connections), report);
    progress("TeamTalk storm");
    const loginNames = seeded.users.slice(0, stormClients).map((user) => user.loginName);
    await stormPhases(fleet, server, workers, loginNames, report);
    report("scale: server workers that died and were replaced during the run", String(workersReplaced(server)));
  } catch (err) {
    if (server) console.log(`the server's last lines:\n${server.output().slice(-4000)}`);
    throw err;
  } finally {
    await Promise.all([fleet?.stop(), server?.stop()]);
    data.remove();
  }
}
