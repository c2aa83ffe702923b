// The delivery log's events: one discriminated union on `kind`, appended in the same transaction as the data they
// announce (shared/db/schema.ts `events`), with the target they are for. Core nodes tail the log (shared/delivery/)
// and each protocol adapter encodes an event once for all its connections.
import { events } from "../db/schema.ts";
import { afterCommit, type Tx } from "../db/database.ts";
import { targetOfColumns } from "../delivery/log.ts";
import type { Domain } from "./context.ts";
import type { SessionType } from "./messages.ts";

/** A friend request, or its answer; `sender` is the user whose action this is. */
export type FriendOpt = "requested" | "agreed" | "refused";
/** A group invitation, its refusal, or a membership change (joined / removed). */
export type GroupOpt = "invited" | "refused" | "joined" | "removed";

export interface FriendEvent {
  kind: "friend";
  opt: FriendOpt;
  sender: number;
  senderName: string;
  time: number;
}

/**
 * A group event; `sender` is the user whose action this is. A membership change is one event however many members
 * it moves: `changed` are the members who joined or were removed, `current` the members after it, and
 * `originConnId` the connection that asked for it, which is not told (its reply says it).
 */
export interface GroupEvent {
  kind: "group";
  opt: GroupOpt;
  groupId: number;
  sender: number;
  changed?: number[];
  current?: number[];
  originConnId?: string;
  time: number;
}

/**
 * A renewed signed-API token for the user's sockets, sealed under the server secret (sealed-tokens.ts): the log
 * never holds it in the clear. Live only: it is not replayed, and core nodes blank it once the delivery window has
 * passed (no `sealed` then).
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

/** The server ends connections: a newer login of the same client family, a disabled user, an operator. Live only. */
export interface KickEvent {
  kind: "kick";
  reason: "duplicate" | "mobile" | "disabled" | "shutdown";
}

/**
 * The user read a conversation (`peerOrGroupId` as the user sees it) up to `msgId`; for the user's other
 * connections, not `originConnId` where it was read. Live only.
 */
export interface ReadEvent {
  kind: "read";
  sessionType: SessionType;
  peerOrGroupId: number;
  msgId: number;
  originConnId: string;
}

/** The user removed a conversation from their recent list; for the user's other connections. Live only. */
export interface SessionRemovedEvent {
  kind: "sessionRemoved";
  sessionType: SessionType;
  peerOrGroupId: number;
  originConnId: string;
}

/** A user's first PC connection came, or the last one went (for every PC connection: the user's online status). */
export interface StatusEvent {
  kind: "status";
  userId: number;
  online: boolean;
}

/** For the user's mobile connections: whether the user has a PC connection logged in. */
export interface PcLoginEvent {
  kind: "pcLogin";
  userId: number;
  online: boolean;
}

/** A user changed a profile text that every online user is told about. */
export interface ProfileEvent {
  kind: "profile";
  userId: number;
  field: "signInfo" | "avatar";
  value: string;
}

/** An opaque command between two users' clients (typing, nudge), relayed as is; not to `originConnId`. */
export interface P2pEvent {
  kind: "p2p";
  fromUserId: number;
  toUserId: number;
  data: string;
  originConnId: string;
}

export type ImEvent =
  | FriendEvent
  | GroupEvent
  | TokenEvent
  | MessageEvent
  | KickEvent
  | StatusEvent
  | PcLoginEvent
  | ProfileEvent
  | P2pEvent
  | ReadEvent
  | SessionRemovedEvent;

/** Event kinds that only matter to connections online when they happen: never replayed from the log. */
export const liveOnlyKinds: readonly ImEvent["kind"][] = ["token", "kick", "status", "pcLogin", "p2p", "read", "sessionRemoved"];

/** PC (Windows, Mac) or mobile (iOS, Android) clients: TeamTalk allows one login of each family per user. */
export type ClientFamily = "pc" | "mobile";

/**
 * Who an event is for: every connection of one user; the members of one group at that point of the log (a member
 * removed by the event still gets it, one who joins by it gets it too); one connection; or every online user.
 * `family` narrows any of them to connections of that client family.
 */
export type EventTarget = ({ userId: number } | { groupId: number } | { connId: string } | { everyone: true }) & {
  family?: ClientFamily;
};

/** The columns of the `events` row that address it. */
export function targetColumns(target: EventTarget) {
  return {
    userId: "userId" in target ? target.userId : null,
    groupId: "groupId" in target ? target.groupId : null,
    connId: "connId" in target ? target.connId : null,
    everyone: "everyone" in target ? 1 : 0,
    clientFamily: target.family ?? null,
  };
}

/**
 * Appends an event inside the caller's transaction (of `db.transaction`); returns its log id. Once the transaction
 * has committed, the event goes to this process's core node from memory (Domain.committed), as the log would give it.
 */
export async function appendEvent(d: Pick<Domain, "nowMs" | "committed">, tx: Tx, target: EventTarget, event: ImEvent): Promise<number> {
  const { kind, ...payload } = event;
  const json = JSON.stringify(payload);
  const createdAtMs = d.nowMs();
  const columns = targetColumns(target);
  const [row] = await tx
    .insert(events)
    .values({ kind, ...columns, payload: json, createdAtMs })
    .returning({ id: events.id });
  const logged = { id: row.id, target: targetOfColumns(columns), family: columns.clientFamily, createdAtMs };
  afterCommit(tx, () => d.committed.publish([{ ...logged, event: { kind, ...JSON.parse(json) } as ImEvent }]));
  return row.id;
}
