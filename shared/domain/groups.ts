// Groups (signed-api.md §3 createGroup, addGroup, getGroups; socket group bind; TeamTalk's group commands): creation,
// invitations and their answers, membership, per-member shield. Membership changes bump the group's version (TeamTalk
// reads it) and are announced in the log, one event per change.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/database.ts";
import { groupInvitations, groupMembers, groups, openRequestStatuses } from "../db/schema.ts";
import { wholeText } from "../db/whole-text.ts";
import { nowS, type Domain } from "./context.ts";
import { badRequest, conflict, forbidden, notFound } from "./errors.ts";
import { appendEvent } from "./events.ts";
import { areFriends } from "./friends.ts";
import { activeUserIds, requireUser, requireUsers } from "./users.ts";

/** Fixed groups (the signed API's, an operator's) and temporary ones that clients make (TeamTalk). */
export const groupTypeNormal = 1;
export const groupTypeTmp = 2;
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
export async function requireMembership(db: Db, groupId: number, userId: number): Promise<void> {
  // Every group message asks this: one plain statement (prepared once) rather than two built queries.
  const { rows } = await db.$client.execute({
    sql: `SELECT EXISTS (SELECT 1 FROM groups WHERE id = ? AND status = 0) AS found,
            EXISTS (SELECT 1 FROM group_members WHERE group_id = ? AND user_id = ? AND status = 0) AS member`,
    args: [groupId, groupId, userId],
  });
  if (!rows[0].found) throw notFound(`group ${groupId} does not exist`);
  if (!rows[0].member) throw forbidden(`you are not a member of group ${groupId}`);
}

/** A new group and its first members, in one transaction; returns its id. `announce`: members but the creator are told they joined. */
async function insertGroup(
  d: Domain,
  group: { name: string; avatar?: string; creatorId: number; type: number },
  members: number[],
  announce = false,
) {
  if (group.name.length > 256) throw badRequest("group_name is longer than 256 characters");
  if ((group.avatar ?? "").length > 256) throw badRequest("group_avatar is longer than 256 characters");
  const now = nowS(d);
  return d.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(groups)
      .values({ ...group, createdAt: now, updatedAt: now })
      .returning({ id: groups.id });
    await tx.insert(groupMembers).values(members.map((userId) => ({ groupId: row.id, userId, joinedAt: now, updatedAt: now })));
    const joined = members.filter((id) => id !== group.creatorId);
    if (announce && joined.length > 0) {
      const event = {
        kind: "group",
        opt: "joined",
        groupId: row.id,
        sender: group.creatorId,
        changed: joined,
        current: members,
        time: now,
      } as const;
      await appendEvent(d, tx, { groupId: row.id }, event);
    }
    return row.id;
  });
}

/** Creates a NORMAL group with the caller as founder and first member; a name is kept as given unless blank. */
export async function createGroup(d: Domain, userId: number, name?: string): Promise<{ groupId: number }> {
  await requireUser(d.db, userId);
  const groupName = name !== undefined && name.trim() !== "" ? name : defaultGroupName;
  return { groupId: await insertGroup(d, { name: groupName, creatorId: userId, type: groupTypeNormal }, [userId]) };
}

/**
 * Creates a TMP group of the creator and the listed users (who must all exist); nobody is told (teamtalk.md §8.13:
 * members find it when a message comes). Returns its id and members.
 */
export async function createTmpGroup(d: Domain, creatorId: number, name: string, avatar: string, userIds: number[]) {
  if (name === "") throw badRequest("group_name is empty");
  const members = [...new Set([creatorId, ...userIds])];
  if (members.length > maxIdsPerRequest) throw badRequest(`a group starts with at most ${maxIdsPerRequest} members`);
  await requireUsers(d.db, members);
  const groupId = await insertGroup(d, { name, avatar, creatorId, type: groupTypeTmp }, members);
  return { groupId, members };
}

/**
 * Creates a group of either type with the creator and the listed users (who must all exist), at version 1; the listed
 * users are told they joined, by one event. Returns its id and members.
 */
export async function createAnnouncedGroup(
  d: Domain,
  creatorId: number,
  group: { name: string; avatar: string; type: number },
  userIds: number[],
) {
  if (group.name === "") throw badRequest("group_name is empty");
  const members = [...new Set([creatorId, ...userIds])];
  if (members.length > maxIdsPerRequest) throw badRequest(`a group starts with at most ${maxIdsPerRequest} members`);
  await requireUsers(d.db, members);
  const groupId = await insertGroup(d, { ...group, creatorId }, members, true);
  return { groupId, members };
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
      await appendEvent(d, tx, { userId: inviteeId }, event);
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
    await appendEvent(d, tx, { userId: inviterId }, event);
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
    await recordChange(tx, d, { opt: "joined", sender: userId, groupId, changed: [userId] });
    await tx
      .update(groupInvitations)
      .set({ status: "agreed", updatedAt: now })
      .where(and(eq(groupInvitations.groupId, groupId), eq(groupInvitations.inviteeId, userId)));
  });
}

/** The group's current members, in joining order. */
async function currentMembers(tx: Tx, groupId: number): Promise<number[]> {
  const rows = await tx
    .select({ userId: groupMembers.userId })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.status, 0)))
    .orderBy(asc(groupMembers.id));
  return rows.map((r) => r.userId);
}

/** Who joined or was removed by a change, and the members after it. */
export interface MembershipChange {
  changed: number[];
  current: number[];
}

interface ChangeRequest {
  opt: "joined" | "removed";
  sender: number;
  groupId: number;
  /** Members to remove, or users who are not members yet to add. */
  changed: number[];
  originConnId?: string;
}

/** Writes a membership change with its one event to the group (which the members it moves get too) and a version bump. */
async function recordChange(tx: Tx, d: Domain, change: ChangeRequest): Promise<MembershipChange> {
  const { opt, groupId, changed } = change;
  const before = await currentMembers(tx, groupId);
  const moved = new Set(changed);
  const current = opt === "joined" ? [...before, ...changed] : before.filter((id) => !moved.has(id));
  if (changed.length === 0) return { changed, current };
  const now = nowS(d);
  const eventId = await appendEvent(d, tx, { groupId }, { kind: "group", ...change, current, time: now });
  const membership =
    opt === "joined"
      ? { status: 0, joinedAt: now, joinedEventId: eventId, leftEventId: null, updatedAt: now }
      : { status: 1, leftEventId: eventId, updatedAt: now };
  if (opt === "joined")
    await tx
      .insert(groupMembers)
      .values(changed.map((userId) => ({ groupId, userId, ...membership })))
      .onConflictDoUpdate({ target: [groupMembers.groupId, groupMembers.userId], set: membership });
  else
    await tx
      .update(groupMembers)
      .set(membership)
      .where(and(eq(groupMembers.groupId, groupId), inArray(groupMembers.userId, changed)));
  await tx
    .update(groups)
    .set({ version: sql`${groups.version} + 1`, updatedAt: now })
    .where(eq(groups.id, groupId));
  return { changed, current };
}

/**
 * Adds users to a group (who may do so is the caller's rule, see mayChangeMembers): members and unknown users are
 * skipped; the rest join by one event. `originConnId` is the asking connection, not told of the change.
 */
export async function addGroupMembers(d: Domain, sender: number, groupId: number, userIds: number[], originConnId?: string) {
  return d.db.transaction(async (tx): Promise<MembershipChange> => {
    await requireGroup(tx, groupId);
    const members = new Set(await currentMembers(tx, groupId));
    const changed = await activeUserIds(
      tx,
      [...new Set(userIds)].filter((id) => !members.has(id)),
    );
    return recordChange(tx, d, { opt: "joined", sender, groupId, changed, ...(originConnId && { originConnId }) });
  });
}

/**
 * Removes members from a group (who may do so is the caller's rule): users who are not members are skipped; the rest
 * are removed by one event, which they still get.
 */
export async function removeGroupMembers(d: Domain, sender: number, groupId: number, userIds: number[], originConnId?: string) {
  return d.db.transaction(async (tx): Promise<MembershipChange> => {
    await requireGroup(tx, groupId);
    const members = new Set(await currentMembers(tx, groupId));
    const changed = [...new Set(userIds)].filter((id) => members.has(id));
    return recordChange(tx, d, { opt: "removed", sender, groupId, changed, ...(originConnId && { originConnId }) });
  });
}

/** The rule of teamtalk.md §8.13: the creator may add and remove; anyone may add to a temporary group. */
export function mayChangeMembers(group: { creatorId: number; type: number }, userId: number, opt: "joined" | "removed"): boolean {
  return group.creatorId === userId || (opt === "joined" && group.type === groupTypeTmp);
}

/** Sets whether the member wants push notifications of the group; FORBIDDEN for non-members. */
export async function setGroupShield(d: Domain, userId: number, groupId: number, shielded: boolean): Promise<void> {
  await d.db.transaction(async (tx) => {
    await requireGroup(tx, groupId);
    const updated = await tx
      .update(groupMembers)
      .set({ shield: shielded ? 1 : 0, updatedAt: nowS(d) })
      .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId), eq(groupMembers.status, 0)))
      .returning({ id: groupMembers.id });
    if (updated.length === 0) throw forbidden(`you are not a member of group ${groupId}`);
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

/** The NORMAL groups the user is a member of, with their versions. */
export async function normalGroupsOf(db: Db, userId: number): Promise<{ groupId: number; version: number }[]> {
  return db
    .select({ groupId: groups.id, version: groups.version })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(and(eq(groupMembers.userId, userId), eq(groupMembers.status, 0), eq(groups.status, 0), eq(groups.type, groupTypeNormal)))
    .orderBy(asc(groups.id));
}

export interface GroupInfo {
  id: number;
  version: number;
  name: string;
  avatar: string;
  creatorId: number;
  type: number;
  /** The asking member's own shield flag. */
  shield: number;
  members: number[];
}

/**
 * The groups of the list whose version is above the one given, among those the user is a member of (others are left
 * out, as unknown ones are), each with its current members; at most maxIdsPerRequest groups are looked at.
 */
export async function changedGroups(db: Db, userId: number, known: { groupId: number; version: number }[]): Promise<GroupInfo[]> {
  const versions = new Map(known.slice(0, maxIdsPerRequest).map((g) => [g.groupId, g.version]));
  if (versions.size === 0) return [];
  const rows = await db
    .select({
      id: groups.id,
      version: groups.version,
      name: wholeText(groups.name),
      avatar: wholeText(groups.avatar),
      creatorId: groups.creatorId,
      type: groups.type,
      shield: groupMembers.shield,
    })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(and(eq(groupMembers.userId, userId), eq(groupMembers.status, 0), eq(groups.status, 0), inArray(groups.id, [...versions.keys()])))
    .orderBy(asc(groups.id));
  const changed = rows.filter((g) => g.version > (versions.get(g.id) ?? 0));
  if (changed.length === 0) return [];
  const memberRows = await db
    .select({ groupId: groupMembers.groupId, userId: groupMembers.userId })
    .from(groupMembers)
    .where(
      and(
        inArray(
          groupMembers.groupId,
          changed.map((g) => g.id),
        ),
        eq(groupMembers.status, 0),
      ),
    )
    .orderBy(asc(groupMembers.id));
  const infos = new Map(changed.map((g) => [g.id, { ...g, members: [] as number[] }]));
  for (const m of memberRows) infos.get(m.groupId)?.members.push(m.userId);
  return [...infos.values()];
}
