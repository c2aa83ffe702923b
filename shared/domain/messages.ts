// Messages of every protocol: who may send what to whom, and storing a batch of them with per-conversation ids
// (one counter per user pair, one per group, from 1) and their delivery-log events, in the caller's transaction.
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/database.ts";
import { groups, messages, relations } from "../db/schema.ts";
import type { Domain } from "./context.ts";
import { badRequest, forbidden, notFound } from "./errors.ts";
import { appendEvent } from "./events.ts";
import { areFriends } from "./friends.ts";
import { isMember } from "./groups.ts";
import { requireUser } from "./users.ts";

/** TeamTalk's SessionType: a 1:1 conversation or a group. */
export const SessionType = { Single: 1, Group: 2 } as const;
export type SessionType = (typeof SessionType)[keyof typeof SessionType];

/** TeamTalk's MsgType values, plus 3 for push-API notices. */
export const MsgType = { singleText: 1, singleAudio: 2, notice: 3, groupText: 17, groupAudio: 18 } as const;

export const maxContentBytes = 32 * 1024;

export interface OutgoingMessage {
  fromUserId: number;
  sessionType: SessionType;
  /** The recipient user (1:1) or the group. */
  toId: number;
  content: string;
  msgType: number;
  /** The sending connection, which must not receive its own message. */
  originConnId?: string;
}

export interface StoredMessage {
  msgId: number;
  eventId: number;
  /** Unix seconds, server time. */
  time: number;
}

/** Checks that the sender may send this message now (recipient exists, DM policy, group membership). */
export async function checkSendable(d: Domain, msg: OutgoingMessage): Promise<void> {
  if (msg.content.length === 0) throw badRequest("content is empty");
  if (new TextEncoder().encode(msg.content).length > maxContentBytes) throw badRequest(`content is over ${maxContentBytes} bytes`);
  if (msg.sessionType === SessionType.Single) {
    if (msg.toId === msg.fromUserId) throw badRequest("you cannot send a message to yourself");
    await requireUser(d.db, msg.toId);
    if (d.config.dmPolicy === "friends" && !(await areFriends(d.db, msg.fromUserId, msg.toId))) {
      throw forbidden(`user ${msg.toId} is not your friend`);
    }
    return;
  }
  const [group] = await d.db.select({ id: groups.id }).from(groups).where(and(eq(groups.id, msg.toId), eq(groups.status, 0)));
  if (!group) throw notFound(`group ${msg.toId} does not exist`);
  if (!(await isMember(d.db, msg.toId, msg.fromUserId))) throw forbidden(`you are not a member of group ${msg.toId}`);
}

/** Takes the next message id of the conversation; returns it with the conversation (relation or group) id. */
async function nextMsgId(tx: Tx, msg: OutgoingMessage, time: number): Promise<{ sessionId: number; msgId: number }> {
  if (msg.sessionType === SessionType.Single) {
    const [smallId, bigId] = msg.fromUserId < msg.toId ? [msg.fromUserId, msg.toId] : [msg.toId, msg.fromUserId];
    const [row] = await tx
      .insert(relations)
      .values({ smallId, bigId, lastMsgId: 1, lastMessageAt: time, createdAt: time })
      .onConflictDoUpdate({
        target: [relations.smallId, relations.bigId],
        set: { lastMsgId: sql`${relations.lastMsgId} + 1`, lastMessageAt: time },
      })
      .returning({ sessionId: relations.id, msgId: relations.lastMsgId });
    return row;
  }
  const [row] = await tx
    .update(groups)
    .set({ lastMsgId: sql`${groups.lastMsgId} + 1`, lastMessageAt: time })
    .where(eq(groups.id, msg.toId))
    .returning({ sessionId: groups.id, msgId: groups.lastMsgId });
  if (!row) throw notFound(`group ${msg.toId} does not exist`);
  return row;
}

/** Stores messages with their log events inside the caller's transaction; one result per message, in order. */
export async function storeMessages(tx: Tx, batch: OutgoingMessage[], nowMs: number): Promise<StoredMessage[]> {
  const time = Math.floor(nowMs / 1000);
  const stored: StoredMessage[] = [];
  for (const msg of batch) {
    const { sessionId, msgId } = await nextMsgId(tx, msg, time);
    const target = msg.sessionType === SessionType.Single ? { userId: msg.toId } : { groupId: msg.toId };
    const eventId = await appendEvent(tx, target, { kind: "message", originConnId: msg.originConnId }, nowMs);
    await tx.insert(messages).values({
      eventId,
      sessionType: msg.sessionType,
      sessionId,
      msgId,
      fromUserId: msg.fromUserId,
      toId: msg.toId,
      msgType: msg.msgType,
      content: msg.content,
      createdAt: time,
    });
    stored.push({ msgId, eventId, time });
  }
  return stored;
}

/** The log event of a message the user received, found by conversation and msg_id (for acks); null when none. */
export async function receivedMessageEventId(
  db: Db,
  userId: number,
  sessionType: SessionType,
  peerOrGroupId: number,
  msgId: number,
): Promise<number | null> {
  const sessionId =
    sessionType === SessionType.Group
      ? peerOrGroupId
      : (
          await db
            .select({ id: relations.id })
            .from(relations)
            .where(and(eq(relations.smallId, Math.min(userId, peerOrGroupId)), eq(relations.bigId, Math.max(userId, peerOrGroupId))))
        )[0]?.id;
  if (sessionId === undefined) return null;
  const [row] = await db
    .select({ eventId: messages.eventId, toId: messages.toId, fromUserId: messages.fromUserId })
    .from(messages)
    .where(and(eq(messages.sessionType, sessionType), eq(messages.sessionId, sessionId), eq(messages.msgId, msgId)));
  if (!row) return null;
  if (sessionType === SessionType.Single && row.toId !== userId) return null;
  if (sessionType === SessionType.Group && !(await isMember(db, peerOrGroupId, userId))) return null;
  return row.eventId;
}
