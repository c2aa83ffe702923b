import { readFileSync } from "node:fs";
import { JsonSocketClient } from "../shared/signed-api/socket-client.ts";
import { startServerProcess } from "../test-kit/processes.ts";
import { tempDir } from "../test-kit/temp-domain.ts";
import { seed } from "./seed.ts";
const times = (pid: number) => { const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" "); return Number(f[11]) * 10 + Number(f[12]) * 10; };
const N = Number(process.env.N ?? 4000);
const data = tempDir();
const seeded = await seed(data.dir, N, 10);
const prof = process.env.PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.PROF}`] : [];
const server = await startServerProcess(data.dir, {}, prof);
await new Promise((r) => setTimeout(r, 500));
const pid = server.child.pid!;
const c0 = times(pid); const t0 = performance.now();
const clients: JsonSocketClient[] = [];
for (let i = 0; i < N; i += 200) {
  clients.push(...(await Promise.all(seeded.users.slice(i, i + 200).map(async (user, j) => {
    const client = await JsonSocketClient.connect(server.socketPort, { localAddress: `127.0.0.${2 + Math.floor((i + j) / 5000)}` });
    const ack = await client.bind(user.userId, user.token);
    if (ack.status !== "1111") throw new Error("bind failed");
    return client;
  }))));
}
const ms = performance.now() - t0;
console.log(`binds/s ${(N / ms * 1000).toFixed(0)}, server CPU per bind ${((times(pid) - c0) / N * 1000).toFixed(0)} µs`);
await Promise.all(clients.map((c) => c.close()));
await server.stop(); data.remove(); process.exit(0);
