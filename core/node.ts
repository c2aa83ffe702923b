// A core node: tails the delivery log and hands each event to the connections it holds (through its Hub), taking
// the events its own process committed from memory; stores messages with group commit, keeps its presence
// heartbeat, and does the housekeeping: renewed tokens blanked in the log, dead nodes, dead tokens and expired SMS
// codes deleted.
import { randomBytes } from "node:crypto";
import type { DeliveryLog, LoggedEvent } from "../shared/delivery/log.ts";
import { LibsqlDeliveryLog } from "../shared/delivery/log-libsql.ts";
import { LogTail } from "../shared/delivery/log-tail.ts";
import { nowS, type Domain } from "../shared/domain/context.ts";
import type { OutgoingMessage, StoredMessage } from "../shared/domain/messages.ts";
import { sendMessage } from "../shared/domain/send-messages.ts";
import {
  heartbeatNode,
  recordConnection,
  removeConnection,
  removeDeadNodes,
  removeNode,
  type Protocol,
} from "../shared/domain/presence.ts";
import { deleteExpiredSmsCodes } from "../shared/domain/sms-codes.ts";
import { TokenScrubber } from "../shared/domain/token-scrubber.ts";
import { deleteDeadTokens } from "../shared/domain/tokens.ts";
import { describeError } from "../shared/log.ts";
import { CursorWriter } from "./cursor-writer.ts";
import { GroupMembers } from "./group-members.ts";
import { Hub, type Subscriber } from "./hub.ts";

export interface CoreNodeOptions {
  /** How often the log is read for other nodes' writes. */
  pollMs?: number;
  heartbeatMs?: number;
}

export class CoreNode {
  readonly hub: Hub;
  readonly cursors: CursorWriter;
  readonly #tail: LogTail;
  readonly #tokens: TokenScrubber;
  #timer: ReturnType<typeof setInterval> | null = null;
  #unsubscribe: () => void = () => {};
  #protocols = new WeakMap<Subscriber, { protocol: Protocol; clientType: number }>();

  private constructor(
    readonly domain: Domain,
    readonly log: DeliveryLog,
    readonly nodeId: string,
    from: number,
    options: CoreNodeOptions,
  ) {
    this.hub = new Hub(new GroupMembers(domain.db), (sub, e, err) =>
      domain.log.error("delivery to a connection failed; skipped", { connId: sub.connId, eventId: e.id, ...describeError(err) }),
    );
    this.cursors = new CursorWriter(domain.db, domain.log, () => nowS(domain));
    this.#tail = new LogTail(log, from, (events) => this.#dispatch(events), domain.log, options.pollMs);
    this.#tokens = new TokenScrubber(log, from);
  }

  static async start(domain: Domain, options: CoreNodeOptions = {}): Promise<CoreNode> {
    const nodeId = domain.config.nodeId ?? randomBytes(6).toString("hex");
    await removeNode(domain.db, nodeId); // connections left by an earlier run under the same id are gone
    await heartbeatNode(domain.db, nodeId, nowS(domain));
    const log = new LibsqlDeliveryLog(domain.db);
    const node = new CoreNode(domain, log, nodeId, await log.latest(), options);
    node.#unsubscribe = domain.committed.subscribe((events) => node.#tail.handOff(events));
    node.#tail.start();
    node.#timer = setInterval(() => void node.#housekeeping(), options.heartbeatMs ?? 5_000);
    node.#timer.unref();
    return node;
  }

  /** Checks and stores a message; resolves once committed, with its per-conversation id. */
  async sendMessage(msg: OutgoingMessage): Promise<StoredMessage> {
    const stored = await sendMessage(this.domain, msg);
    this.#tail.poke();
    return stored;
  }

  /** Makes a connection reachable here and online for everyone (presence). */
  async bind(sub: Subscriber, protocol: Protocol, clientType = 0): Promise<void> {
    this.hub.add(sub);
    this.#protocols.set(sub, { protocol, clientType });
    await this.#record(sub);
  }

  #record(sub: Subscriber): Promise<void> {
    const { protocol, clientType } = this.#protocols.get(sub)!;
    const conn = { connId: sub.connId, nodeId: this.nodeId, userId: sub.userId, protocol, clientType };
    return recordConnection(this.domain.db, conn, nowS(this.domain));
  }

  async unbind(sub: Subscriber): Promise<void> {
    this.hub.remove(sub);
    this.#protocols.delete(sub);
    await removeConnection(this.domain.db, sub.connId);
  }

  /** A write made here: pass it on now (from memory, or read from the log) rather than at the next poll. */
  poke(): void {
    this.#tail.poke();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#unsubscribe();
    await this.#tail.stop();
    await this.cursors.flush();
    await removeNode(this.domain.db, this.nodeId);
  }

  async #dispatch(events: LoggedEvent[]): Promise<void> {
    for (const e of events) await this.hub.dispatch(e);
  }

  async #housekeeping(): Promise<void> {
    const d = this.domain;
    try {
      if (!(await heartbeatNode(d.db, this.nodeId, nowS(d)))) {
        d.log.warn("this node was taken for dead; recording its connections again", { nodeId: this.nodeId });
        for (const sub of this.hub.all()) await this.#record(sub);
      }
      await removeDeadNodes(d.db, nowS(d));
      await this.#tokens.run(d.nowMs(), this.#tail.position);
      await deleteDeadTokens(d);
      await deleteExpiredSmsCodes(d);
    } catch (err) {
      d.log.error("core housekeeping failed", describeError(err));
    }
  }
}
