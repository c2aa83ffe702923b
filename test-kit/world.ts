// Test support (not a test): a "world" is the signed HTTP API (in-process) over a temp libSQL file with one or more
// core nodes on it (each a real JSON-socket listener on port 0), users made through the API, socket clients bound to
// them, and shortcuts for friends and groups. `worldWith` shares one world per configuration within a test file.
import assert from "node:assert/strict";
import type { Fields } from "../shared/signed-api/fields.ts";
import { JsonSocketClient } from "../shared/signed-api/socket-client.ts";
import { openDomain, type OpenDomain } from "../shared/domain/open-domain.ts";
import { createLogger } from "../shared/log.ts";
import { startCore, type CoreOptions, type RunningCore } from "../core/start-core.ts";
import { TeamTalkClient } from "./teamtalk-client.ts";
import { startTestServer, type TestServer } from "./signed-api-server.ts";
import { testConfig } from "./temp-domain.ts";

export interface User {
  userId: number;
  token: string;
  phone: string;
}

/** How a test connects: bind fields sent with the bind (e.g. `ack: true`) and the core node to use. */
export type ConnectOptions = Fields & { core?: RunningCore };

/** How a TeamTalk client logs in: its client type (Android by default) and the core node to use. */
export interface TeamTalkOptions {
  clientType?: number;
  core?: RunningCore;
}

/** The password World.user() registers with. */
export const password = "secret1";

let lastPhone = 13800000000;

export class World {
  readonly cores: RunningCore[] = [];
  #extraDomains: OpenDomain[] = [];
  #clients = new Set<JsonSocketClient>();
  #teamtalkClients = new Set<TeamTalkClient>();

  private constructor(readonly server: TestServer) {}

  /** A server with one core node on its domain; env goes to the configuration, options to the core. */
  static async start(env: Record<string, string> = {}, options: CoreOptions = {}): Promise<World> {
    const world = new World(await startTestServer(env));
    world.cores.push(await startCore(world.server.domain, options));
    return world;
  }

  /** The first core node, on the server's own domain. */
  get core(): RunningCore {
    return this.cores[0];
  }

  get node() {
    return this.core.node;
  }

  get db() {
    return this.server.domain.db;
  }

  /** Another core node in this process, on its own libSQL connection to the same file (options: e.g. a slower poll). */
  async addNode(options: CoreOptions = {}): Promise<RunningCore> {
    const opened = await openDomain(testConfig(this.server.dir), { migrate: false, log: createLogger("error") });
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
    const phone = String(++lastPhone);
    return { ...(await this.server.signUp(phone)), phone };
  }

  /** A fresh connection to a core node (the first by default), `init` received, not bound; closed with the world. */
  async open(core: RunningCore = this.core): Promise<JsonSocketClient> {
    const client = await JsonSocketClient.connect(core.socketPort);
    this.#clients.add(client);
    void client.closed.then(() => this.#clients.delete(client));
    return client;
  }

  /** A fresh connection of the user, bound and checked. */
  async connect(user: User, options: ConnectOptions = {}): Promise<JsonSocketClient> {
    const { core, ...extra } = options;
    const client = await this.open(core);
    const ack = await client.bind(user.userId, user.token, extra);
    assert.equal(ack.status, "1111", `bind of user ${user.userId}: ${JSON.stringify(ack)}`);
    return client;
  }

  /** A fresh TeamTalk connection to a core node (the first by default), not logged in; closed with the world. */
  async teamtalkConnection(core: RunningCore = this.core): Promise<TeamTalkClient> {
    const client = await TeamTalkClient.connect(core.msg.port);
    this.#teamtalkClients.add(client);
    void client.closed.then(() => this.#teamtalkClients.delete(client));
    return client;
  }

  /** A fresh TeamTalk connection of the user, logged in with World.user()'s password and checked. */
  async teamtalk(user: User, options: TeamTalkOptions = {}): Promise<TeamTalkClient> {
    const client = await this.teamtalkConnection(options.core);
    const res = await client.login(user.phone, password, options.clientType);
    assert.equal(res.result_code, 0, JSON.stringify(res));
    return client;
  }

  /** A signed-API call as the user (user_id and token filled in); returns the reply body. */
  async call(me: User, method: string, data: Fields = {}): Promise<Fields> {
    const reply = await this.server.call(method, { user_id: me.userId, ...data }, { token: me.token });
    return reply.body;
  }

  /** A signed-API call as the user that must succeed; returns its data. */
  async ok(me: User, method: string, data: Fields = {}): Promise<unknown> {
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

  /** Closes every client still open (waiting for the TeamTalk ones to close), stops the core nodes (newest first), then the server. */
  async close(): Promise<void> {
    for (const c of this.#clients) c.socket.destroy();
    const teamtalk = [...this.#teamtalkClients];
    for (const c of teamtalk) c.socket.destroy();
    await Promise.all(teamtalk.map((c) => c.closed));
    for (const core of [...this.cores].reverse()) await core.stop();
    for (const d of this.#extraDomains) d.close();
    await this.server.close();
  }
}

const shared = new Map<string, Promise<World>>();

/** The world for this environment and these core options, started on first use and kept until closeWorlds(). */
export function worldWith(env: Record<string, string> = {}, options: CoreOptions = {}): Promise<World> {
  const id = JSON.stringify([env, options]);
  let world = shared.get(id);
  if (!world) {
    world = World.start(env, options);
    shared.set(id, world);
  }
  return world;
}

export async function closeWorlds(): Promise<void> {
  const all = [...shared.values()];
  shared.clear();
  for (const s of await Promise.allSettled(all)) if (s.status === "fulfilled") await s.value.close();
}
