// What a user has not seen yet and gets again on every bind until browsed or answered (signed-api.md §5):
// pending friend requests and group invitations, built from their tables in the shape of the events that announced
// them (so every protocol encodes them as it encodes those events), oldest first.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../db/database.ts";
import { friendRequests, groupInvitations, users } from "../db/schema.ts";
import { wholeText } from "../db/whole-text.ts";
import type { FriendEvent, GroupEvent } from "./events.ts";

export async function unseenFriendRequests(db: Db, userId: number): Promise<FriendEvent[]> {
  const rows = await db
    .select({ sender: friendRequests.fromUserId, senderName: wholeText(users.nickname), time: friendRequests.updatedAt })
    .from(friendRequests)
    .innerJoin(users, eq(users.id, friendRequests.fromUserId))
    .where(and(eq(friendRequests.toUserId, userId), eq(friendRequests.status, "pending")))
    .orderBy(asc(friendRequests.updatedAt), asc(friendRequests.id));
  return rows.map((r) => ({ kind: "friend", opt: "requested", ...r }));
}

export async function unseenInvitations(db: Db, userId: number): Promise<GroupEvent[]> {
  const rows = await db
    .select({ groupId: groupInvitations.groupId, sender: groupInvitations.inviterId, time: groupInvitations.updatedAt })
    .from(groupInvitations)
    .where(and(eq(groupInvitations.inviteeId, userId), eq(groupInvitations.status, "pending")))
    .orderBy(asc(groupInvitations.updatedAt), asc(groupInvitations.id));
  return rows.map((r) => ({ kind: "group", opt: "invited", ...r }));
}
