// Looking users up: the small reads that friends, groups and messages share.
import { and, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "../db/database.ts";
import { users } from "../db/schema.ts";
import { decodeText, wholeText, wholeTextSql } from "../db/whole-text.ts";
import { notFound } from "./errors.ts";

export interface UserRef {
  id: number;
  nickname: string;
}

const ref = { id: users.id, nickname: wholeText(users.nickname) };

/** An active user by id, or NOT_FOUND. (Raw SQL: every message sent asks this.) */
export async function requireUser(db: Db, id: number): Promise<UserRef> {
  const { rows } = await db.$client.execute({
    sql: `SELECT ${wholeTextSql("nickname")} FROM users WHERE id = ? AND status = 0`,
    args: [id],
  });
  if (rows.length === 0) throw notFound(`user ${id} does not exist`);
  return { id, nickname: decodeText(rows[0].nickname) ?? "" };
}

/** An active user by canonical (E.164) telephone, or NOT_FOUND. */
export async function requireUserByTelephone(db: Db | Tx, telephone: string): Promise<UserRef> {
  const [user] = await db
    .select(ref)
    .from(users)
    .where(and(eq(users.telephone, telephone), eq(users.status, 0)));
  if (!user) throw notFound("no user has this telephone");
  return user;
}

/** Every id of the list that is an active user, or NOT_FOUND naming the first that is not. */
export async function requireUsers(db: Db | Tx, ids: number[]): Promise<void> {
  const known = new Set(await activeUserIds(db, ids));
  const missing = ids.find((id) => !known.has(id));
  if (missing !== undefined) throw notFound(`user ${missing} does not exist`);
}

/** The ids of the list that are active users, in the list's order. */
export async function activeUserIds(db: Db | Tx, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const found = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.status, 0)));
  const known = new Set(found.map((u) => u.id));
  return ids.filter((id) => known.has(id));
}
