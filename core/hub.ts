// This node's registry of bound connections by user, and the routing of each log event to the connections that
// should get it: a user's devices, a group's members, never the connection a message came from.
import type { LoggedEvent } from "../shared/delivery/log-reader.ts";
import { SessionType } from "../shared/domain/messages.ts";
import type { GroupMembers } from "./group-members.ts";

/** One client connection, of any protocol, as delivery sees it. */
export interface Subscriber {
  readonly connId: string;
  readonly userId: number;
  /** Writes the event (encoding it once per protocol, shared through `event.encoded`). */
  deliver(event: LoggedEvent): void;
}

export class Hub {
  #byUser = new Map<number, Set<Subscriber>>();
  #count = 0;

  constructor(private readonly groups: GroupMembers) {}

  get connections(): number {
    return this.#count;
  }

  add(sub: Subscriber): void {
    let set = this.#byUser.get(sub.userId);
    if (!set) this.#byUser.set(sub.userId, (set = new Set()));
    if (!set.has(sub)) this.#count++;
    set.add(sub);
  }

  remove(sub: Subscriber): void {
    const set = this.#byUser.get(sub.userId);
    if (!set?.delete(sub)) return;
    this.#count--;
    if (set.size === 0) this.#byUser.delete(sub.userId);
  }

  connectionsOf(userId: number): Iterable<Subscriber> {
    return this.#byUser.get(userId) ?? [];
  }

  *all(): Iterable<Subscriber> {
    for (const set of this.#byUser.values()) yield* set;
  }

  /** Hands one log event to every local connection that should have it, in log order. */
  async dispatch(e: LoggedEvent): Promise<void> {
    const origin = e.event.kind === "message" ? e.event.originConnId : undefined;
    if (e.userId !== null) {
      this.#toUser(e.userId, e, origin);
      // A 1:1 message also reaches the sender's other devices.
      if (e.message?.sessionType === SessionType.Single) this.#toUser(e.message.fromUserId, e, origin);
      return;
    }
    if (e.groupId === null) return;
    if (e.event.kind === "group" && (e.event.opt === "joined" || e.event.opt === "removed")) this.groups.forget(e.groupId);
    for (const [userId, from] of await this.groups.of(e.groupId)) {
      if (e.id >= from && this.#byUser.has(userId)) this.#toUser(userId, e, origin);
    }
  }

  #toUser(userId: number, e: LoggedEvent, origin: string | undefined): void {
    const set = this.#byUser.get(userId);
    if (!set) return;
    for (const sub of set) if (sub.connId !== origin) sub.deliver(e);
  }
}
