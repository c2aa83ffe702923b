// The TeamTalk reconnect storm of `BENCH_ONLY=scale`: BENCH_STORM_CLIENTS TeamTalk clients (default 20 000), split
// over the client processes, log in over the server with workers (a first wave); then every connection drops at once
// and every client reconnects and logs in again at once (the storm), as after a network outage.
import type { ServerProcess } from "../test-kit/processes.ts";
import { TeamTalkClient } from "../test-kit/teamtalk-client.ts";
import { type ClientFleet, inFlight } from "./client-fleet.ts";
import type { ScaleCommand } from "./scale-client.ts";
import { serverPids } from "./cluster-stats.ts";
import { openFilesOf, withCpu, withPeak } from "./proc-stats.ts";
import { password } from "./seed.ts";

export const stormClients = Number(process.env.BENCH_STORM_CLIENTS ?? 20_000);

type Report = (what: string, value: string) => void;

/**
 * All seeded users share one verifier, and the record of recent logins (shared/crypto/recent-logins.ts, shared by the
 * workers through the primary) keys an entry by verifier and password: after the first slow check every login, of any
 * user, is a hit. That makes the first wave fast too, where real users (each with a verifier of their own) would pay
 * the slow hash once each. The storm is what it would be for them: every reconnect is checked against the shared
 * record, whichever worker the primary deals it to.
 * These logins, one at a time, make the first slow check, so that the first wave does not begin with a slow hash
 * for each login under way.
 */
async function warmUp(port: number, workers: number, loginName: string): Promise<void> {
  for (let i = 0; i < 2 * workers; i++) {
    const client = await TeamTalkClient.connect(port);
    const res = await client.login(loginName, password);
    if (res.result_code !== 0) throw new Error(`warm-up login refused: ${JSON.stringify(res)}`);
    await client.close();
  }
}

const coresText = (figures: number[]) => figures.map((c) => c.toFixed(2)).join(" / ");

export async function stormPhases(
  fleet: ClientFleet,
  server: ServerProcess,
  workers: number,
  loginNames: string[],
  report: Report,
): Promise<void> {
  const port = server.ports.teamtalk;
  await warmUp(port, workers, loginNames[0]);
  const shares = fleet.split(loginNames);
  const pids = [serverPids(server), fleet.pids];
  // The primary accepts every connection and holds it until a worker takes it (round-robin): connections that come
  // faster than the workers take them pile up there, against its open files limit.
  const primary = server.child.pid!;
  const measured = async (command: (index: number) => ScaleCommand) => {
    const primaryFiles = () => openFilesOf(primary).open;
    const { result, seconds, cores } = await withCpu(pids, () => withPeak(primaryFiles, () => fleet.all(command)));
    return { ...result.result, primaryFilesPeak: result.peak, seconds, cores };
  };
  // Each wave comes from source addresses of its own: the first wave's closed ports linger in TIME_WAIT.
  const wave = await measured((c) => ({ do: "login", port, loginNames: shares[c], addresses: `127.3.${c + 1}`, inFlight }));
  const storm = await measured((c) => ({ do: "reconnect", port, addresses: `127.4.${c + 1}` }));
  await fleet.all(() => ({ do: "close" }));
  const n = loginNames.length;
  report(
    `storm: first wave, ${n} TeamTalk clients from ${fleet.children.length} processes (${inFlight} at a time each): logged in, time (s), logins/s`,
    `${wave.ok}, ${wave.seconds.toFixed(1)}, ${(wave.ok / wave.seconds).toFixed(0)}`,
  );
  report(
    "storm: all disconnected at once, then all reconnect and log in again at once: logged in again, time until all are (s, target ≤ 60), logins/s",
    `${storm.ok}, ${storm.seconds.toFixed(1)}, ${(storm.ok / storm.seconds).toFixed(0)}`,
  );
  report("storm: logins retried after a failure, first wave / storm", `${wave.retries} / ${storm.retries}`);
  report(
    `storm: the server primary's open files at most, first wave / storm (its limit: ${openFilesOf(primary).limit})`,
    `${wave.primaryFilesPeak} / ${storm.primaryFilesPeak}`,
  );
  report("storm: server CPU / client CPU (cores), first wave", coresText(wave.cores));
  report("storm: server CPU / client CPU (cores), storm", coresText(storm.cores));
}
