// Groups (signed-api.md §3 createGroup, addGroup, getGroups; socket group bind): creation, invitations and their
// answers, membership. Membership changes bump the group's version (TeamTalk reads it) and are announced in the log.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/database.ts";
import { groupInvitations, groupMembers, groups, openRequestStatuses } from "../db/schema.ts";
import { wholeText } from "../db/whole-text.ts";
import { nowS, type Domain } from "./context.ts";
import { badRequest, conflict, forbidden, notFound } from "./errors.ts";
import { appendEvent } from "./events.ts";
import { areFriends } from "./friends.ts";
import { requireUser, requireUsers } from "./users.ts";

export const groupTypeNormal = 1;
export const defaultGroupName = "群聊";
export const maxIdsPerRequest = 1000;

export async function isMember(db: Db | Tx, groupId: number, userId: number): Promise<boolean> {
  const rows = await db
    .select({ id: groupMembers.id })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId), eq(groupMembers.status, 0)));
  return rows.length > 0;
}

/** A group that is not dissolved, its texts read whole, or NOT_FOUND. */
export async function requireGroup(db: Db | Tx, groupId: number) {
  const [group] = await db
    .select({
      id: groups.id,
      name: wholeText(groups.name),
      avatar: wholeText(groups.avatar),
      creatorId: groups.creatorId,
      type: groups.type,
      version: groups.version,
    })
    .from(groups)
    .where(and(eq(groups.id, groupId), eq(groups.status, 0)));
  if (!group) throw notFound(`group ${groupId} does not exist`);
  return group;
}

/** NOT_FOUND for an unknown group, FORBIDDEN when the user is not a member. */
export async function requireMembership(db: Db | Tx, groupId: number, userId: number): Promise<void> {
  await requireGroup(db, groupId);
  if (!(await isMember(db, groupId, userId))) throw forbidden(`you are not a member of group ${groupId}`);
}

/** Creates a NORMAL group with the caller as founder and first member; a name is kept as given unless blank. */
export async function createGroup(d: Domain, userId: number, name?: string): Promise<{ groupId: number }> {
  await requireUser(d.db, userId);
  const groupName = name !== undefined && name.trim() !== "" ? name : defaultGroupName;
  if (groupName.length > 256) throw badRequest("group_name is longer than 256 characters");
  const now = nowS(d);
  return d.db.transaction(async (tx) => {
    const [group] = await tx
      .insert(groups)
      .values({ name: groupName, creatorId: userId, type: groupTypeNormal, createdAt: now, updatedAt: now })
      .returning({ id: groups.id });
    await tx.insert(groupMembers).values({ groupId: group.id, userId, joinedAt: now, updatedAt: now });
    return { groupId: group.id };
  });
}

/** Invites friends of a member; each invitee gets an invitation. Users already in the group are skipped. */
export async function inviteToGroup(d: Domain, userId: number, groupId: number, friendIds: number[]): Promise<void> {
  const invitees = [...new Set(friendIds)].filter((id) => id !== userId);
  if (invitees.length === 0) throw badRequest("friends must name at least one user other than yourself");
  if (invitees.length > maxIdsPerRequest) throw badRequest(`friends may name at most ${maxIdsPerRequest} users`);
  await requireMembership(d.db, groupId, userId);
  await requireUsers(d.db, invitees);
  for (const id of invitees) {
    if (!(await areFriends(d.db, userId, id))) throw forbidden(`user ${id} is not your friend`);
  }
  const now = nowS(d);
  await d.db.transaction(async (tx) => {
    for (const inviteeId of invitees) {
      if (await isMember(tx, groupId, inviteeId)) continue;
      await tx
        .insert(groupInvitations)
        .values({ groupId, inviterId: userId, inviteeId, status: "pending", createdAt: now, updatedAt: now })
        .onConflictDoUpdate({
          target: [groupInvitations.groupId, groupInvitations.inviterId, groupInvitations.inviteeId],
          set: { status: "pending", updatedAt: now },
        });
      const event = { kind: "group", opt: "invited", groupId, sender: userId, time: now } as const;
      await appendEvent(tx, { userId: inviteeId }, event, d.nowMs());
    }
  });
}

async function invitation(db: Db | Tx, groupId: number, inviterId: number, inviteeId: number) {
  const [row] = await db
    .select()
    .from(groupInvitations)
    .where(
      and(eq(groupInvitations.groupId, groupId), eq(groupInvitations.inviterId, inviterId), eq(groupInvitations.inviteeId, inviteeId)),
    );
  if (!row) throw notFound(`no invitation from user ${inviterId} to group ${groupId}`);
  return row;
}

/** The invitee has seen the invitation: it is no longer pushed on bind. */
export async function browseInvitation(d: Domain, userId: number, groupId: number, inviterId: number): Promise<void> {
  const row = await invitation(d.db, groupId, inviterId, userId);
  if (row.status !== "pending") return;
  await d.db.transaction((tx) =>
    tx
      .update(groupInvitations)
      .set({ status: "browsed", updatedAt: nowS(d) })
      .where(eq(groupInvitations.id, row.id)),
  );
}

/** Declines the invitation and tells the inviter. Declining again is a success. */
export async function repulseInvitation(d: Domain, userId: number, groupId: number, inviterId: number): Promise<void> {
  const row = await invitation(d.db, groupId, inviterId, userId);
  if (row.status === "agreed") throw conflict(`you already joined group ${groupId}`);
  if (row.status === "repulsed") return;
  const now = nowS(d);
  await d.db.transaction(async (tx) => {
    const changed = await tx
      .update(groupInvitations)
      .set({ status: "repulsed", updatedAt: now })
      .where(and(eq(groupInvitations.id, row.id), inArray(groupInvitations.status, [...openRequestStatuses])))
      .returning({ id: groupInvitations.id });
    if (changed.length === 0) return;
    const event = { kind: "group", opt: "refused", groupId, sender: userId, time: now } as const;
    await appendEvent(tx, { userId: inviterId }, event, d.nowMs());
  });
}

/** Accepts the invitation: the user joins, the group's version goes up, the members are told. Joining again succeeds. */
export async function acceptInvitation(d: Domain, userId: number, groupId: number, inviterId: number): Promise<void> {
  const now = nowS(d);
  // Every check inside the write transaction: a refusal or a leave committed meanwhile is seen.
  await d.db.transaction(async (tx) => {
    await requireGroup(tx, groupId);
    const row = await invitation(tx, groupId, inviterId, userId);
    if (await isMember(tx, groupId, userId)) return;
    if (row.status === "repulsed") throw conflict("this invitation was declined; ask for a new one");
    if (!(await isMember(tx, groupId, inviterId))) throw forbidden(`user ${inviterId} is no longer in group ${groupId}`);
    const event = { kind: "group", opt: "joined", groupId, sender: userId, friendId: userId, time: now } as const;
    const eventId = await appendEvent(tx, { groupId }, event, d.nowMs());
    const membership = { status: 0, joinedAt: now, joinedEventId: eventId, leftEventId: null, updatedAt: now };
    await tx
      .insert(groupMembers)
      .values({ groupId, userId, ...membership })
      .onConflictDoUpdate({ target: [groupMembers.groupId, groupMembers.userId], set: membership });
    await tx
      .update(groups)
      .set({ version: sql`${groups.version} + 1`, updatedAt: now })
      .where(eq(groups.id, groupId));
    await tx
      .update(groupInvitations)
      .set({ status: "agreed", updatedAt: now })
      .where(and(eq(groupInvitations.groupId, groupId), eq(groupInvitations.inviteeId, userId)));
  });
}

/**
 * Removes members from a group (who may do so is the caller's rule): each removal is one event to the group that the
 * removed member still gets, and the group's version goes up once. Users who are not members are skipped.
 */
export async function removeGroupMembers(d: Domain, sender: number, groupId: number, userIds: number[]): Promise<number[]> {
  const now = nowS(d);
  return d.db.transaction(async (tx) => {
    await requireGroup(tx, groupId);
    const removed: number[] = [];
    for (const userId of new Set(userIds)) {
      if (!(await isMember(tx, groupId, userId))) continue;
      const event = { kind: "group", opt: "removed", groupId, sender, friendId: userId, time: now } as const;
      const eventId = await appendEvent(tx, { groupId }, event, d.nowMs());
      await tx
        .update(groupMembers)
        .set({ status: 1, leftEventId: eventId, updatedAt: now })
        .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
      removed.push(userId);
    }
    if (removed.length > 0)
      await tx
        .update(groups)
        .set({ version: sql`${groups.version} + 1`, updatedAt: now })
        .where(eq(groups.id, groupId));
    return removed;
  });
}

export interface GroupMemberRow {
  gid: number;
  userId: number;
  groupId: number;
  founder: number;
}

/** Every group the user belongs to, each with its current members (membership row id as `gid`). */
export async function listGroupsWithMembers(d: Domain, userId: number): Promise<Map<number, GroupMemberRow[]>> {
  const mine = d.db
    .select({ groupId: groupMembers.groupId })
    .from(groupMembers)
    .where(and(eq(groupMembers.userId, userId), eq(groupMembers.status, 0)));
  const rows = await d.db
    .select({ gid: groupMembers.id, userId: groupMembers.userId, groupId: groupMembers.groupId, founder: groups.creatorId })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(and(inArray(groupMembers.groupId, mine), eq(groupMembers.status, 0), eq(groups.status, 0)))
    .orderBy(asc(groupMembers.groupId), asc(groupMembers.id));
  const byGroup = new Map<number, GroupMemberRow[]>();
  for (const row of rows) {
    const list = byGroup.get(row.groupId) ?? [];
    list.push(row);
    byGroup.set(row.groupId, list);
  }
  return byGroup;
}
