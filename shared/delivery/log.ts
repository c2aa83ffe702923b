// The delivery log as core nodes read it: an append-only sequence of events with strictly increasing ids. Appending
// stays in the domain, inside each write's own transaction (shared/domain/events.ts); reading, tailing and pruning
// sit behind this interface, so a larger deployment could put a broker here. log.contract.ts is what any
// implementation must pass; log-libsql.ts is the one over the database.
import type { ClientFamily, ImEvent } from "../domain/events.ts";
import type { SessionType } from "../domain/messages.ts";

export interface MessageRecord {
  sessionType: SessionType;
  msgId: number;
  fromUserId: number;
  toId: number;
  msgType: number;
  content: string;
  /** Unix seconds. */
  createdAt: number;
}

/** Who a logged event is for (see EventTarget in shared/domain/events.ts). */
export type LoggedTarget =
  | { kind: "user"; userId: number }
  | { kind: "group"; groupId: number }
  | { kind: "conn"; connId: string }
  | { kind: "everyone" };

/** The target that an events row's addressing columns name (none set: everyone). */
export function targetOfColumns(c: { userId: number | null; groupId: number | null; connId: string | null }): LoggedTarget {
  if (c.userId !== null) return { kind: "user", userId: c.userId };
  if (c.groupId !== null) return { kind: "group", groupId: c.groupId };
  if (c.connId !== null) return { kind: "conn", connId: c.connId };
  return { kind: "everyone" };
}

export interface LoggedEvent {
  id: number;
  target: LoggedTarget;
  /** When set, only connections of this client family get the event. */
  family: ClientFamily | null;
  createdAtMs: number;
  event: ImEvent;
  /** The message, for `message` events. */
  message?: MessageRecord;
  /** Encoded frames per protocol, made once and written as the same bytes to every recipient. */
  encoded?: Map<string, Uint8Array>;
}

/**
 * Guarantees: ids increase strictly in commit order, so reading "after id N" never misses an event that commits
 * later with a lower id; a page is in id order; events are never changed after append, except that `scrub` may
 * blank the payload of live-only events and `prune` may drop a prefix of the log.
 */
export interface DeliveryLog {
  /** The highest event id so far (0 for an empty log). */
  latest(): Promise<number>;
  /** Every event after `afterId`, oldest first, at most `limit`. */
  read(afterId: number, limit: number): Promise<LoggedEvent[]>;
  /**
   * What one user may have missed after `afterId`, oldest first, at most `limit`: events addressed to the user and
   * group events of the user's groups while a member (the event that added or removed them included). Live-only
   * kinds and events for a connection or for everyone are not replayed.
   */
  backlog(userId: number, afterId: number, limit: number): Promise<LoggedEvent[]>;
  /** Blanks the payload of the events of this kind with ids in (afterId, upToId] (secrets meant for live delivery). */
  scrub(kind: ImEvent["kind"], afterId: number, upToId: number): Promise<void>;
  /** Drops every event with an id up to `upToId`; returns how many were dropped. */
  prune(upToId: number): Promise<number>;
}
