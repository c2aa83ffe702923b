// Test support for the delivery tests (not a test): a "world" of one real signed-API server over a temp libSQL file
// with one or more core nodes on it (each a real JSON-socket listener on port 0), users made through the HTTP API,
// bound socket clients, and small helpers to send messages and to collect or rule out pushes.
import assert from "node:assert/strict";
import { loadConfig } from "../shared/config.ts";
import { openDomain, type OpenDomain } from "../shared/domain/open-domain.ts";
import { createLogger } from "../shared/log.ts";
import type { Fields } from "../shared/signed-api/fields.ts";
import { JsonSocketClient } from "../shared/signed-api/socket-client.ts";
import { devCode, startTestServer, type TestServer } from "../edge/test-support.ts";
import type { CoreNodeOptions } from "./node.ts";
import { startCore, type RunningCore } from "./start-core.ts";

export interface User {
  userId: number;
  token: string;
  phone: string;
}

/** Where a message goes: a user (1:1) or a group. */
export type To = { user: User } | { group: number };

/** How long to wait for a push that must come. */
export const arrivalMs = 5_000;
/** How long to listen for a push that must not come (live events travel through a 10 ms log poll). */
export const quietMs = 300;
/** Longer than the cursor writer's 20 ms batching, so a cursor move is in the database. */
export const cursorFlushMs = 100;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class World {
  readonly cores: RunningCore[] = [];
  #extraDomains: OpenDomain[] = [];
  #clients = new Set<JsonSocketClient>();
  #lastPhone = 13800000000;

  private constructor(readonly server: TestServer) {}

  /** A server with one core node on its domain; env is passed to the server's configuration. */
  static async start(env: Record<string, string> = {}): Promise<World> {
    const world = new World(await startTestServer({ IM_SOCKET_PORT: "0", ...env }));
    world.cores.push(await startCore(world.server.domain));
    return world;
  }

  /** The first core node, on the server's own domain. */
  get core(): RunningCore {
    return this.cores[0];
  }

  get db() {
    return this.server.domain.db;
  }

  /** Another core node in this process, on its own libSQL connection to the same file (options: e.g. a slower poll). */
  async addNode(options: CoreNodeOptions = {}): Promise<RunningCore> {
    const env = { IM_DATA_DIR: this.server.dir, IM_SOCKET_PORT: "0", IM_HOST: "127.0.0.1", IM_SMS_DEV_CODE: devCode };
    const opened = await openDomain(loadConfig(env), createLogger("error"));
    this.#extraDomains.push(opened);
    const core = await startCore(opened.domain, options);
    this.cores.push(core);
    return core;
  }

  /** Stops one core node and forgets it (close() stops the others). */
  async stopNode(core: RunningCore): Promise<void> {
    this.cores.splice(this.cores.indexOf(core), 1);
    await core.stop();
  }

  async user(): Promise<User> {
    const phone = String(++this.#lastPhone);
    return { ...(await this.server.signUp(phone)), phone };
  }

  /** A fresh connection of the user to a core node (the first by default), bound and checked. */
  async connect(user: User, options: { core?: RunningCore; ack?: boolean } = {}): Promise<JsonSocketClient> {
    const client = await JsonSocketClient.connect((options.core ?? this.core).socketPort);
    this.#clients.add(client);
    void client.closed.then(() => this.#clients.delete(client));
    const ack = await client.bind(user.userId, user.token, options.ack ? { ack: true } : {});
    assert.equal(ack.status, "1111", `bind of user ${user.userId}: ${JSON.stringify(ack)}`);
    return client;
  }

  /** A signed-API call as the user; returns the reply body. */
  async call(me: User, method: string, data: Fields): Promise<Fields> {
    const reply = await this.server.call(method, { user_id: me.userId, ...data }, { token: me.token });
    return reply.body;
  }

  /** A signed-API call as the user that must succeed. */
  async ok(me: User, method: string, data: Fields): Promise<unknown> {
    const body = await this.call(me, method, data);
    assert.equal(body.status, "1111", `${method} ${JSON.stringify(data)} as ${me.userId}: ${JSON.stringify(body)}`);
    return body.data;
  }

  /** from asks, to agrees. */
  async befriend(from: User, to: User): Promise<void> {
    await this.ok(from, "com.user.addfriend", { opt: "addMsg", mobile: to.phone });
    await this.ok(to, "com.user.addfriend", { opt: "agreeMsg", sender: from.userId });
  }

  async createGroup(founder: User): Promise<number> {
    const data = (await this.ok(founder, "com.user.createGroup", {})) as { group_id: number };
    return data.group_id;
  }

  invite(inviter: User, groupId: number, ...invitees: User[]): Promise<unknown> {
    return this.ok(inviter, "com.user.addGroup", { opt: "addMsg", group_id: groupId, friends: invitees.map((u) => u.userId) });
  }

  /** The invitee answers inviter's invitation over HTTP. */
  answer(invitee: User, opt: "agreeMsg" | "repulseMsg" | "browseMsg", groupId: number, inviter: User): Promise<unknown> {
    return this.ok(invitee, "com.user.addGroup", { opt, group_id: groupId, friend_id: inviter.userId });
  }

  /** A group founded by `founder` whose members are befriended, invited and joined (over HTTP). */
  async group(founder: User, ...members: User[]): Promise<number> {
    const groupId = await this.createGroup(founder);
    for (const m of members) {
      await this.befriend(founder, m);
      await this.invite(founder, groupId, m);
      await this.answer(m, "agreeMsg", groupId, founder);
    }
    return groupId;
  }

  /** Closes every client still open, stops the core nodes (newest first), then the server. */
  async close(): Promise<void> {
    await Promise.all([...this.#clients].map((c) => c.close()));
    for (const core of [...this.cores].reverse()) await core.stop();
    for (const d of this.#extraDomains) d.close();
    await this.server.close();
  }
}

/** Sends a text message and returns its ack's data; the ack must be a success. */
export async function send(client: JsonSocketClient, to: To, content: string): Promise<{ msg_id: number; time: number }> {
  const frame: Fields =
    "user" in to
      ? { action: "sendmsg", sendto: "user", to_user_id: to.user.userId, content }
      : { action: "sendmsg", sendto: "group", to_group_id: to.group, content };
  const ack = await client.request(frame);
  assert.equal(ack.status, "1111", `sendmsg ${JSON.stringify(frame)}: ${JSON.stringify(ack)}`);
  return ack.data as { msg_id: number; time: number };
}

export const isMsg = (m: Fields) => m.type === "msg";
export const isPush = (type: string, opt?: string) => (m: Fields) => m.type === type && (opt === undefined || m.opt === opt);

/** The next n received objects that match (messages by default), in arrival order. */
export async function collect(client: JsonSocketClient, n: number, match: (m: Fields) => boolean = isMsg): Promise<Fields[]> {
  const got: Fields[] = [];
  for (let i = 0; i < n; i++) got.push(await client.next(match, arrivalMs));
  return got;
}

/** Waits until everything the last bind replays has been written: the server handles a connection's frames in
 * order and finishes a bind's replay before the next frame, so a ping's pong comes after the whole replay. */
export async function fence(client: JsonSocketClient): Promise<void> {
  const seq = `fence-${Math.random()}`;
  const pong = client.next((m) => m.type === "pong" && m.seq === seq, arrivalMs);
  client.send({ action: "ping", seq });
  await pong;
}

/** After a fence, takes everything received so far (what a bind replayed), leaving an empty inbox. */
export async function settle(client: JsonSocketClient): Promise<Fields[]> {
  await fence(client);
  return client.inbox.splice(0);
}

/** Asserts that nothing matching is waiting in the client's inbox, after `waitMs` more of listening. */
export async function assertNoMore(client: JsonSocketClient, match: (m: Fields) => boolean = isMsg, waitMs = quietMs, what = ""): Promise<void> {
  if (waitMs > 0) await sleep(waitMs);
  const extra = client.inbox.filter(match);
  assert.deepEqual(extra, [], `${what} unexpected pushes: ${JSON.stringify(extra).slice(0, 600)}`);
}

/** The [sendto, msg_id, content] of message pushes, for comparing sequences. */
export const summary = (msgs: Fields[]) => msgs.map((m) => [m.sendto, m.msg_id, m.content]);

/** Waits until `check` holds (polling), or fails with `what`. */
export async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = arrivalMs): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`not within ${timeoutMs} ms: ${what}`);
    await sleep(20);
  }
}
