// Friends (signed-api.md §3 com.user.addfriend, getFriends): requests, their answers, and friendships both ways.
// Each request or answer is announced through the delivery log in the same transaction.
import { and, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "../db/database.ts";
import { friendRequests, friendships, openRequestStatuses } from "../db/schema.ts";
import { decodeText, wholeTextSql } from "../db/whole-text.ts";
import { nowS, type Domain } from "./context.ts";
import { badRequest, conflict, notFound } from "./errors.ts";
import { appendEvent } from "./events.ts";
import { canonicalTelephone } from "./telephones.ts";
import { requireUser, requireUserByTelephone } from "./users.ts";

export async function areFriends(db: Db | Tx, userId: number, otherId: number): Promise<boolean> {
  const rows = await db
    .select({ id: friendships.friendId })
    .from(friendships)
    .where(and(eq(friendships.userId, userId), eq(friendships.friendId, otherId)));
  return rows.length > 0;
}

/** Sends (or refreshes) a friend request from userId to the user with that telephone (however it is written). */
export async function requestFriend(d: Domain, userId: number, telephone: string): Promise<void> {
  const phone = canonicalTelephone(telephone, d.config.phoneRegion);
  const [me, target] = await Promise.all([requireUser(d.db, userId), requireUserByTelephone(d.db, phone)]);
  if (target.id === userId) throw badRequest("you cannot add yourself");
  if (await areFriends(d.db, userId, target.id)) throw conflict("already friends");
  const now = nowS(d);
  await d.db.transaction(async (tx) => {
    await tx
      .insert(friendRequests)
      .values({ fromUserId: userId, toUserId: target.id, status: "pending", createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: [friendRequests.fromUserId, friendRequests.toUserId],
        set: { status: "pending", updatedAt: now },
      });
    const event = { kind: "friend", opt: "requested", sender: userId, senderName: me.nickname, time: now } as const;
    await appendEvent(d, tx, { userId: target.id }, event);
  });
}

async function requestFrom(db: Db | Tx, sender: number, userId: number) {
  const [row] = await db
    .select()
    .from(friendRequests)
    .where(and(eq(friendRequests.fromUserId, sender), eq(friendRequests.toUserId, userId)));
  if (!row) throw notFound(`no friend request from user ${sender}`);
  return row;
}

/** The target has seen the request: it is no longer pushed on bind. */
export async function browseFriendRequest(d: Domain, userId: number, sender: number): Promise<void> {
  const row = await requestFrom(d.db, sender, userId);
  if (row.status !== "pending") return;
  await d.db.transaction((tx) =>
    tx
      .update(friendRequests)
      .set({ status: "browsed", updatedAt: nowS(d) })
      .where(eq(friendRequests.id, row.id)),
  );
}

/** Moves a request from pending/browsed to `status` inside tx; false when another request got there first. */
async function settle(tx: Tx, id: number, status: "agreed" | "repulsed", now: number): Promise<boolean> {
  const changed = await tx
    .update(friendRequests)
    .set({ status, updatedAt: now })
    .where(and(eq(friendRequests.id, id), inArray(friendRequests.status, [...openRequestStatuses])))
    .returning({ id: friendRequests.id });
  return changed.length > 0;
}

/** Makes the two users friends (both ways) and tells the requester. Agreeing again is a success. */
export async function agreeFriendRequest(d: Domain, userId: number, sender: number): Promise<void> {
  const row = await requestFrom(d.db, sender, userId);
  if (row.status === "repulsed") throw conflict("this request was declined; ask the sender to send it again");
  if (row.status === "agreed") return;
  const me = await requireUser(d.db, userId);
  await requireUser(d.db, sender);
  const now = nowS(d);
  await d.db.transaction(async (tx) => {
    if (!(await settle(tx, row.id, "agreed", now))) return;
    await tx
      .insert(friendships)
      .values([
        { userId, friendId: sender, createdAt: now },
        { userId: sender, friendId: userId, createdAt: now },
      ])
      .onConflictDoNothing();
    // A request the other way is settled by the same friendship.
    await tx
      .update(friendRequests)
      .set({ status: "agreed", updatedAt: now })
      .where(and(eq(friendRequests.fromUserId, userId), eq(friendRequests.toUserId, sender)));
    const event = { kind: "friend", opt: "agreed", sender: userId, senderName: me.nickname, time: now } as const;
    await appendEvent(d, tx, { userId: sender }, event);
  });
}

/** Declines the request and tells the requester. Declining again is a success. */
export async function repulseFriendRequest(d: Domain, userId: number, sender: number): Promise<void> {
  const row = await requestFrom(d.db, sender, userId);
  if (row.status === "agreed") throw conflict("already friends");
  if (row.status === "repulsed") return;
  const me = await requireUser(d.db, userId);
  const now = nowS(d);
  await d.db.transaction(async (tx) => {
    if (!(await settle(tx, row.id, "repulsed", now))) return;
    const event = { kind: "friend", opt: "refused", sender: userId, senderName: me.nickname, time: now } as const;
    await appendEvent(d, tx, { userId: sender }, event);
  });
}

/** The user's friends with their nicknames, by id. */
export async function listFriends(d: Domain, userId: number): Promise<{ friendId: number; nickname: string }[]> {
  // Plain SQL (a prepared statement): a friend list is read on every getFriends, and drizzle's query building cost more.
  const { rows } = await d.db.$client.execute({
    sql: `SELECT f.friend_id, ${wholeTextSql("u.nickname")} FROM friendships f JOIN users u ON u.id = f.friend_id WHERE f.user_id = ? ORDER BY f.friend_id`,
    args: [userId],
  });
  return rows.map((r) => ({ friendId: Number(r.friend_id), nickname: decodeText(r.nickname) ?? "" }));
}
