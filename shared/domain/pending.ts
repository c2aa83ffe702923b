// What a user has not seen yet and gets again on every bind until browsed or answered (signed-api.md §5):
// pending friend requests and group invitations, built from their tables in the shape of the events that announced
// them (so every protocol encodes them as it encodes those events), oldest first.
import type { Db } from "../db/database.ts";
import { decodeText, wholeTextSql } from "../db/whole-text.ts";
import type { FriendEvent, GroupEvent } from "./events.ts";

// Read on every bind: plain SQL (prepared statements), no query building.

export async function unseenFriendRequests(db: Db, userId: number): Promise<FriendEvent[]> {
  const { rows } = await db.$client.execute({
    sql: `SELECT r.from_user_id, ${wholeTextSql("u.nickname")}, r.updated_at FROM friend_requests r JOIN users u ON u.id = r.from_user_id
          WHERE r.to_user_id = ? AND r.status = 'pending' ORDER BY r.updated_at, r.id`,
    args: [userId],
  });
  return rows.map((r) => ({
    kind: "friend",
    opt: "requested",
    sender: Number(r.from_user_id),
    senderName: decodeText(r.nickname) ?? "",
    time: Number(r.updated_at),
  }));
}

export async function unseenInvitations(db: Db, userId: number): Promise<GroupEvent[]> {
  const { rows } = await db.$client.execute({
    sql: `SELECT group_id, inviter_id, updated_at FROM group_invitations
          WHERE invitee_id = ? AND status = 'pending' ORDER BY updated_at, id`,
    args: [userId],
  });
  return rows.map((r) => ({
    kind: "group",
    opt: "invited",
    groupId: Number(r.group_id),
    sender: Number(r.inviter_id),
    time: Number(r.updated_at),
  }));
}
