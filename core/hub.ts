// This node's registry of bound connections (by user and by connection id), and the routing of each log event to
// the connections that should get it: a user's devices, a group's members at that point of the log, one connection,
// or everyone; narrowed to one client family when the event says so; never the connection that caused the event.
import type { LoggedEvent } from "../shared/delivery/log.ts";
import type { ClientFamily } from "../shared/domain/events.ts";
import { SessionType } from "../shared/domain/messages.ts";
import type { GroupMembers } from "./group-members.ts";

/** One client connection, of any protocol, as delivery sees it. */
export interface Subscriber {
  readonly connId: string;
  readonly userId: number;
  /** TeamTalk's client family; null for doors without one (the JSON socket), which family-narrowed events skip. */
  readonly clientFamily: ClientFamily | null;
  /** Writes the event (encoding it once per protocol, shared through `event.encoded`). */
  deliver(event: LoggedEvent): void;
}

export class Hub {
  #byUser = new Map<number, Set<Subscriber>>();
  #byConn = new Map<string, Subscriber>();

  /** `failed` hears of a connection that threw on an event: the others, and the log's tail, go on. */
  constructor(
    private readonly groups: GroupMembers,
    private readonly failed: (sub: Subscriber, e: LoggedEvent, err: unknown) => void = () => {},
  ) {}

  get connections(): number {
    return this.#byConn.size;
  }

  add(sub: Subscriber): void {
    let set = this.#byUser.get(sub.userId);
    if (!set) {
      set = new Set();
      this.#byUser.set(sub.userId, set);
    }
    set.add(sub);
    this.#byConn.set(sub.connId, sub);
  }

  remove(sub: Subscriber): void {
    const set = this.#byUser.get(sub.userId);
    if (!set?.delete(sub)) return;
    this.#byConn.delete(sub.connId);
    if (set.size === 0) this.#byUser.delete(sub.userId);
  }

  connectionsOf(userId: number): Iterable<Subscriber> {
    return this.#byUser.get(userId) ?? [];
  }

  all(): Iterable<Subscriber> {
    return this.#byConn.values();
  }

  /** Hands one log event to every local connection that should have it, in log order. */
  async dispatch(e: LoggedEvent): Promise<void> {
    const t = e.target;
    if (t.kind === "user") {
      this.#toUser(t.userId, e);
      // A 1:1 message also reaches the sender's other devices.
      if (e.message?.sessionType === SessionType.Single) this.#toUser(e.message.fromUserId, e);
    } else if (t.kind === "conn") {
      const sub = this.#byConn.get(t.connId);
      if (sub) this.#give(sub, e);
    } else if (t.kind === "everyone") {
      for (const sub of this.#byConn.values()) this.#give(sub, e);
    } else {
      await this.#toGroup(t.groupId, e);
    }
  }

  async #toGroup(groupId: number, e: LoggedEvent): Promise<void> {
    if (e.event.kind === "group" && (e.event.opt === "joined" || e.event.opt === "removed")) this.groups.forget(groupId);
    for (const [userId, range] of await this.groups.of(groupId, e.id)) {
      if (e.id >= range.from && (range.to === null || e.id <= range.to) && this.#byUser.has(userId)) this.#toUser(userId, e);
    }
  }

  #toUser(userId: number, e: LoggedEvent): void {
    const set = this.#byUser.get(userId);
    if (set) for (const sub of set) this.#give(sub, e);
  }

  #give(sub: Subscriber, e: LoggedEvent): void {
    if (e.family !== null && sub.clientFamily !== e.family) return;
    if ("originConnId" in e.event && sub.connId === e.event.originConnId) return;
    try {
      sub.deliver(e);
    } catch (err) {
      this.failed(sub, e, err);
    }
  }
}
