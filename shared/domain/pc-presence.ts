// Online status as TeamTalk defines it: a user is online iff a PC (Windows, Mac) connection of theirs is logged in
// on a live node; mobile-only users count as offline. And what is announced when that changes: the user's status to
// every PC connection, and whether a PC is on to the user's own mobile connections.
import { appendEvent } from "./events.ts";
import { type Domain, nowS } from "./context.ts";
import { nodeStaleAfterS } from "./presence.ts";

const pcConnections = `FROM presence p JOIN nodes n ON n.node_id = p.node_id
  WHERE p.protocol = 'teamtalk' AND (p.client_type & 16) = 0 AND n.heartbeat_at >= ?`;

/** Which of these users have a PC connection logged in. */
export async function pcOnlineUsers(d: Domain, userIds: number[]): Promise<Set<number>> {
  if (userIds.length === 0) return new Set();
  const { rows } = await d.db.$client.execute({
    sql: `SELECT DISTINCT p.user_id ${pcConnections} AND p.user_id IN (SELECT value FROM json_each(?))`,
    args: [nowS(d) - nodeStaleAfterS, JSON.stringify(userIds)],
  });
  return new Set(rows.map((r) => Number(r.user_id)));
}

async function pcConnectionCount(d: Domain, userId: number): Promise<number> {
  const { rows } = await d.db.$client.execute({
    sql: `SELECT count(*) AS n ${pcConnections} AND p.user_id = ?`,
    args: [nowS(d) - nodeStaleAfterS, userId],
  });
  return Number(rows[0].n);
}

/**
 * After a connection of the user logged in (and was recorded): a first PC connection makes the user online for
 * every PC connection; while any PC connection is on, the user's mobile connections hear so (the new one included).
 * Returns true when something was announced.
 */
export async function announceLogin(d: Domain, userId: number, pc: boolean): Promise<boolean> {
  const pcs = await pcConnectionCount(d, userId);
  if (pcs === 0) return false;
  await d.db.transaction(async (tx) => {
    if (pc && pcs === 1) await appendEvent(d, tx, { everyone: true, family: "pc" }, { kind: "status", userId, online: true });
    await appendEvent(d, tx, { userId, family: "mobile" }, { kind: "pcLogin", userId, online: true });
  });
  return true;
}

/** After a PC connection of the user went (and was removed): if it was the last one, the user is offline. */
export async function announcePcGone(d: Domain, userId: number): Promise<boolean> {
  if ((await pcConnectionCount(d, userId)) > 0) return false;
  await d.db.transaction(async (tx) => {
    await appendEvent(d, tx, { everyone: true, family: "pc" }, { kind: "status", userId, online: false });
    await appendEvent(d, tx, { userId, family: "mobile" }, { kind: "pcLogin", userId, online: false });
  });
  return true;
}
