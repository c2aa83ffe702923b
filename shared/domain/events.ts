// The delivery log's events: one discriminated union on `kind`, appended in the same transaction as the data they
// announce (shared/db/schema.ts `events`). Core nodes tail the log and encode each event once per protocol.
import { and, eq, gt, lte } from "drizzle-orm";
import { events } from "../db/schema.ts";
import type { Db, Tx } from "../db/database.ts";

export type FriendOpt = "addMsg" | "agreeMsg" | "repulseMsg";
export type GroupOpt = "addMsg" | "repulseMsg" | "joined" | "removed";

/** A friend request (`addMsg`) or its answer; `sender` is the user whose action this is. */
export interface FriendEvent {
  kind: "friend";
  opt: FriendOpt;
  sender: number;
  senderName: string;
  time: number;
}

/** A group invitation, its refusal, or a membership change; `friendId` is the member who joined or was removed. */
export interface GroupEvent {
  kind: "group";
  opt: GroupOpt;
  groupId: number;
  sender: number;
  friendId?: number;
  time: number;
}

/**
 * A renewed signed-API token for the user's sockets, sealed under the server secret (sealed-tokens.ts): the log
 * never holds it in the clear. Core nodes still blank it once the delivery window has passed (no `sealed` then).
 */
export interface TokenEvent {
  kind: "token";
  sealed?: string;
  expire: number;
}

/**
 * A stored message (the message itself is the `messages` row with this event's id, joined when the log is read).
 * `originConnId` is the connection that sent it, which must not get its own message back.
 */
export interface MessageEvent {
  kind: "message";
  originConnId?: string;
}

export type ImEvent = FriendEvent | GroupEvent | TokenEvent | MessageEvent;

/** Who an event is for: every connection of one user, or of every current member of one group. */
export type EventTarget = { userId: number } | { groupId: number };

/** Appends an event inside the caller's transaction; returns its log id. */
export async function appendEvent(tx: Tx, target: EventTarget, event: ImEvent, nowMs: number): Promise<number> {
  const { kind, ...payload } = event;
  const [row] = await tx
    .insert(events)
    .values({
      kind,
      userId: "userId" in target ? target.userId : null,
      groupId: "groupId" in target ? target.groupId : null,
      payload: JSON.stringify(payload),
      createdAtMs: nowMs,
    })
    .returning({ id: events.id });
  return row.id;
}

/** Blanks the tokens of the token events with ids in (afterId, upToId]: they were for live delivery only. */
export async function blankTokenEvents(db: Db, afterId: number, upToId: number): Promise<void> {
  const blank = JSON.stringify({ token: "", expire: 0 });
  await db.transaction((tx) =>
    tx
      .update(events)
      .set({ payload: blank })
      .where(and(gt(events.id, afterId), lte(events.id, upToId), eq(events.kind, "token"))),
  );
}
