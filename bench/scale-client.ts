// A client process of `BENCH_ONLY=scale` (bench/scale.ts), forked by bench/client-fleet.ts: holds up to ~15 000
// connections for the bench process, which commands it over IPC, one command at a time, each answered by one reply.
import { once } from "node:events";
import { connect, type Socket } from "node:net";
import { IM } from "../proto/generated/im.js";
import { JsonSocketClient } from "../shared/signed-api/socket-client.ts";
import { TeamTalkClient } from "../test-kit/teamtalk-client.ts";
import { sleep } from "../test-kit/wait.ts";
import { password } from "./seed.ts";

/**
 * `addresses` names this process's source addresses for the command: connection i comes from
 * `<addresses>.<2 + i / perAddress>`, so that no source address runs out of ports, nor meets its own TIME_WAITs of an
 * earlier command (each command gets a prefix of its own).
 */
export type ScaleCommand =
  | { do: "hold"; port: number; count: number; addresses: string; inFlight: number }
  | { do: "bind"; port: number; users: { userId: number; token: string }[]; addresses: string; inFlight: number }
  | { do: "ping" }
  | { do: "login"; port: number; loginNames: string[]; addresses: string; inFlight: number }
  | { do: "reconnect"; port: number; addresses: string }
  | { do: "close" };

/** A command's outcome: connections that did what was asked, those that did not (with the first error), logins retried. */
export interface ScaleReply {
  ok: number;
  failed: number;
  retries: number;
  firstError?: string;
}

/** Connections per source address: well below the ~6k past which Linux port allocation stalls. */
const perAddress = 4000;
/**
 * A failed TeamTalk login (connection closed, refused) is tried this many times more, after a random pause of up to
 * 0.5 s that doubles with each failure up to 8 s, as clients back off. In a storm a reply may be slow: waits are long.
 */
const loginRetries = 10;
const loginTimeoutMs = 120_000;
const backOffMs = (attempt: number) => Math.random() * Math.min(8000, 500 * 2 ** attempt);

const addressOf = (prefix: string, i: number) => `${prefix}.${2 + Math.floor(i / perAddress)}`;

const raw: Socket[] = [];
let json: JsonSocketClient[] = [];
let teamtalk: { loginName: string; client: TeamTalkClient | null }[] = [];

function fail(reply: ScaleReply, err: unknown): void {
  reply.failed++;
  reply.firstError ??= err instanceof Error ? err.message : String(err);
}

/** Runs each(i) for every i in [0, count), inFlight at a time. */
async function pool(count: number, inFlight: number, each: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(inFlight, count) }, async () => {
      while (next < count) await each(next++);
    }),
  );
}

/** A logged-in TeamTalk client, trying again when the login fails. */
async function logIn(port: number, localAddress: string, loginName: string, reply: ScaleReply): Promise<TeamTalkClient> {
  for (let attempt = 0; ; attempt++) {
    let client: TeamTalkClient | null = null;
    try {
      client = await TeamTalkClient.connect(port, localAddress);
      const res = await client.login(loginName, password, IM.BaseDefine.ClientType.CLIENT_TYPE_ANDROID, loginTimeoutMs);
      if (res.result_code !== 0) throw new Error(`login ${loginName} refused: ${res.result_code} ${res.result_string}`);
      return client;
    } catch (err) {
      client?.socket.destroy();
      if (attempt >= loginRetries) throw err;
      reply.retries++;
      await sleep(backOffMs(attempt));
    }
  }
}

async function run(command: ScaleCommand): Promise<ScaleReply> {
  const reply: ScaleReply = { ok: 0, failed: 0, retries: 0 };
  switch (command.do) {
    case "hold":
      await pool(command.count, command.inFlight, async (i) => {
        const socket = connect({ port: command.port, host: "127.0.0.1", localAddress: addressOf(command.addresses, i) });
        socket.on("error", () => {});
        raw.push(socket);
        await once(socket, "connect").then(
          () => reply.ok++,
          (err) => fail(reply, err),
        );
      });
      break;
    case "bind":
      await pool(command.users.length, command.inFlight, async (i) => {
        const { userId, token } = command.users[i];
        try {
          const client = await JsonSocketClient.connect(command.port, { localAddress: addressOf(command.addresses, i) });
          json.push(client);
          const ack = await client.bind(userId, token);
          if (ack.status !== "1111") throw new Error(`bind ${userId}: ${JSON.stringify(ack)}`);
          reply.ok++;
        } catch (err) {
          fail(reply, err);
        }
      });
      break;
    case "ping":
      await Promise.all(
        json.map(async (client) => {
          const pong = client.next((m) => m.type === "pong" && m.seq === "scale", 60_000);
          client.send({ action: "ping", seq: "scale" });
          await pong.then(
            () => reply.ok++,
            (err) => fail(reply, err),
          );
        }),
      );
      break;
    case "login":
      teamtalk = command.loginNames.map((loginName) => ({ loginName, client: null }));
      await pool(teamtalk.length, command.inFlight, async (i) => {
        await logIn(command.port, addressOf(command.addresses, i), teamtalk[i].loginName, reply).then(
          (client) => {
            teamtalk[i].client = client;
            reply.ok++;
          },
          (err) => fail(reply, err),
        );
      });
      break;
    case "reconnect":
      // Every connection drops at once, then every client reconnects and logs in again at once: a storm.
      for (const { client } of teamtalk) client?.socket.destroy();
      await Promise.all(
        teamtalk.map(async (held, i) => {
          await logIn(command.port, addressOf(command.addresses, i), held.loginName, reply).then(
            (client) => {
              held.client = client;
              reply.ok++;
            },
            (err) => fail(reply, err),
          );
        }),
      );
      break;
    case "close":
      for (const socket of raw.splice(0)) socket.destroy();
      for (const client of json) client.socket.destroy();
      for (const { client } of teamtalk) client?.socket.destroy();
      [json, teamtalk] = [[], []];
      break;
  }
  return reply;
}

process.on("message", (command: ScaleCommand) => {
  void run(command).then((reply) => process.send!(reply));
});
process.on("disconnect", () => process.exit(0)); // the bench process is gone: so are its clients
process.send!("ready");
