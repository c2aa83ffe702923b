// The signed-API phase of `npm run bench`: `com.user.getFriends` requests/s on the running server against the floor
// of the same envelope work on this machine (bench/envelope-floor.ts, a bare node:http process), and their ratio.
import { Agent, request } from "node:http";
import { formBody } from "../shared/signed-api/client.ts";
import { nodeEntry, type ServerProcess, spawnListening } from "../test-kit/processes.ts";

type Report = (what: string, value: string) => void;

const aesKey = "2108a4c486350f3a";
const inFlight = 50;
const agent = new Agent({ keepAlive: true, maxSockets: inFlight });

function post(url: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const headers = { "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(body)) };
    const req = request(url, { method: "POST", headers, agent }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (chunk: Buffer) => parts.push(chunk));
      res.on("end", () => resolve(Buffer.concat(parts).toString()));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Requests answered with status 1111 per second, `inFlight` at a time for the duration. */
async function rate(url: string, body: string, seconds: number): Promise<number> {
  let ok = 0;
  const started = performance.now();
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (Date.now() < end) if ((await post(url, body)).includes('"1111"')) ok++;
    }),
  );
  return ok / ((performance.now() - started) / 1000);
}

export async function signedApiPhases(
  server: ServerProcess,
  { databasePath, user, seconds }: { databasePath: string; user: { userId: number; token: string }; seconds: number },
  report: Report,
): Promise<void> {
  const body = formBody({ method: "com.user.getFriends", data: { user_id: user.userId }, token: user.token }, aesKey);
  // The floor runs in a process of its own, as the server does, so the bench's client load is not on it.
  const floor = await spawnListening(...nodeEntry("bench/envelope-floor.ts"), { BENCH_DATABASE: databasePath }, 30_000, ["envelope-floor"]);
  const baseRate = await rate(`http://127.0.0.1:${floor.port}/`, body, seconds).finally(() => floor.stop());
  const productRate = await rate(server.apiUrl, body, seconds);
  report(
    `signed API floor: a node:http process doing the envelope work and a token lookup, ${inFlight} in flight: requests/s`,
    baseRate.toFixed(0),
  );
  report(`signed API com.user.getFriends, ${inFlight} in flight: requests/s`, productRate.toFixed(0));
  report("signed API getFriends / envelope floor: requests/s (target ≥ 0.5)", (productRate / baseRate).toFixed(2));
}
