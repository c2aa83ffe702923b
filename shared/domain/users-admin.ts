// Accounts made and kept by the administrator (TeamTalk deployments create them centrally): add a user with a login
// name and/or a telephone, change any field of the profile, disable (status 3, "left the company") and enable again.
// Disabling refuses both doors' logins, deletes the user's tokens and kicks every connection through the delivery log.
// Every write bumps `updated_at`, which TeamTalk clients' directory watermarks read.
import { and, asc, eq, ne, type SQL } from "drizzle-orm";
import { hashPasswordMd5, passwordMd5 } from "../crypto/password.ts";
import type { Tx } from "../db/database.ts";
import { tokens, users } from "../db/schema.ts";
import { checkPassword } from "./accounts.ts";
import { nowS, type Domain } from "./context.ts";
import { maxDirectoryId, requireDepartment } from "./departments.ts";
import { profileColumns, toProfile, type Profile } from "./directory.ts";
import { badRequest, clip, conflict, isUniqueViolation, notFound } from "./errors.ts";
import { appendEvent } from "./events.ts";
import { checkText, checkWhole } from "./profile-fields.ts";
import { canonicalTelephone, displayTelephone } from "./telephones.ts";

/** What an administrator sets. On a change, "" clears the login name or the telephone (a user keeps at least one). */
export interface UserFields {
  loginName?: string;
  telephone?: string;
  password?: string;
  nickname?: string;
  /** 0 unknown, 1 male, 2 female. */
  gender?: number;
  email?: string;
  /** An absolute http(s) URL: TeamTalk clients add no prefix. */
  avatar?: string;
  /** 0: none. */
  departmentId?: number;
  signInfo?: string;
  /** TeamTalk's `user_domain`: the pinyin of the name. */
  domain?: string;
}

type Columns = Partial<Omit<typeof users.$inferInsert, "id" | "status" | "createdAt" | "updatedAt">>;

const email = /^[^\s@]+@[^\s@]+$/;

/** Login names of digits only would read as user ids and telephones, where users are named (the admin command). */
function checkLoginName(value: string): string | null {
  if (value === "") return null;
  checkText("login name", value, { max: 32, word: true });
  if (/^\+?\d+$/.test(value)) throw badRequest("login name must not be only digits (those name user ids and telephones)");
  return value;
}

function checkAvatar(value: string): string {
  checkText("avatar", value, { max: 255, word: true });
  if (value !== "" && !/^https?:$/.test(URL.canParse(value) ? new URL(value).protocol : "")) {
    throw badRequest("avatar must be an absolute http(s) URL");
  }
  return value;
}

function checkEmail(value: string): string {
  checkText("email", value, { max: 64 });
  if (value !== "" && !email.test(value)) throw badRequest("email must look like name@host");
  return value;
}

/** The columns the fields set, validated; the password hashed (slow: done before any transaction). */
async function columnsOf(d: Domain, f: UserFields): Promise<Columns> {
  const c: Columns = {};
  if (f.loginName !== undefined) c.loginName = checkLoginName(f.loginName);
  if (f.telephone !== undefined) c.telephone = f.telephone === "" ? null : canonicalTelephone(f.telephone, d.config.phoneRegion);
  if (f.nickname !== undefined) c.nickname = checkText("nickname", f.nickname, { max: 32, required: true });
  if (f.gender !== undefined) c.gender = checkWhole("gender", f.gender, 0, 2);
  if (f.email !== undefined) c.email = checkEmail(f.email);
  if (f.avatar !== undefined) c.avatar = checkAvatar(f.avatar);
  if (f.departmentId !== undefined) c.departmentId = checkWhole("department", f.departmentId, 0, maxDirectoryId);
  if (f.signInfo !== undefined) c.signInfo = checkText("sign info", f.signInfo, { max: 128, unit: "bytes" });
  if (f.domain !== undefined) c.domain = checkText("domain", f.domain, { max: 32, word: true });
  if (f.password !== undefined) {
    checkText("password", f.password, { max: 64 });
    checkPassword(f.password);
    c.passwordVerifier = await hashPasswordMd5(passwordMd5(f.password));
  }
  return c;
}

/** CONFLICT when another user (of any status) already has this login name or telephone; checks the department. */
async function refuseTaken(d: Domain, tx: Tx, c: Columns, self = 0): Promise<void> {
  if (c.loginName) {
    const [other] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.loginName, c.loginName), ne(users.id, self)));
    if (other) throw conflict(`login name ${clip(c.loginName)} is taken by user ${other.id}`);
  }
  if (c.telephone) {
    const [other] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.telephone, c.telephone), ne(users.id, self)));
    if (other) throw conflict(`telephone ${displayTelephone(c.telephone, d.config.phoneRegion)} is registered to user ${other.id}`);
  }
  if (c.departmentId !== undefined) await requireDepartment(tx, c.departmentId);
}

/** Runs a write; a UNIQUE violation (a name or telephone taken by a racing write) becomes CONFLICT. */
async function unique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    throw isUniqueViolation(err) ? conflict("login name or telephone is taken by another user") : err;
  }
}

async function profileOf(d: Domain, tx: Tx, id: number): Promise<Profile> {
  const [row] = await tx.select(profileColumns).from(users).where(eq(users.id, id));
  if (!row) throw notFound(`user ${id} does not exist`);
  return toProfile(d, row);
}

/** Adds an active user with a login name and/or a telephone and a password; the nickname defaults to either. */
export async function addUser(d: Domain, fields: UserFields): Promise<Profile> {
  if (!fields.loginName && !fields.telephone) throw badRequest("a user needs a login name or a telephone");
  if (fields.password === undefined) throw badRequest("password is required");
  const c = await columnsOf(d, fields);
  c.nickname ??= c.loginName ?? displayTelephone(c.telephone as string, d.config.phoneRegion);
  return unique(() =>
    d.db.transaction(async (tx) => {
      await refuseTaken(d, tx, c);
      const now = nowS(d);
      const values = { ...c, passwordVerifier: c.passwordVerifier as string, createdAt: now, updatedAt: now };
      const [row] = await tx.insert(users).values(values).returning({ id: users.id });
      return profileOf(d, tx, row.id);
    }),
  );
}

/** Changes the given fields of a user (of any status). */
export async function changeUser(d: Domain, id: number, fields: UserFields): Promise<Profile> {
  const c = await columnsOf(d, fields);
  return unique(() =>
    d.db.transaction(async (tx) => {
      const before = await profileOf(d, tx, id);
      await refuseTaken(d, tx, c, id);
      const loginName = c.loginName === undefined ? before.loginName : c.loginName;
      const telephone = c.telephone === undefined ? before.telephone : c.telephone;
      if (!loginName && !telephone) throw badRequest("a user needs a login name or a telephone: set one before clearing the other");
      await tx
        .update(users)
        .set({ ...c, updatedAt: nowS(d) })
        .where(eq(users.id, id));
      return profileOf(d, tx, id);
    }),
  );
}

/**
 * Status 3 (left the company): both doors refuse the login, every token of the user is deleted and every connection
 * of the user, on any core node, is kicked through the delivery log, in one transaction.
 */
export async function disableUser(d: Domain, id: number): Promise<Profile> {
  return d.db.transaction(async (tx) => {
    await profileOf(d, tx, id);
    await tx
      .update(users)
      .set({ status: 3, updatedAt: nowS(d) })
      .where(eq(users.id, id));
    await tx.delete(tokens).where(eq(tokens.userId, id));
    await appendEvent(d, tx, { userId: id }, { kind: "kick", reason: "disabled" });
    return profileOf(d, tx, id);
  });
}

/** Status 0 again: the user may log in (with the password it had). */
export async function enableUser(d: Domain, id: number): Promise<Profile> {
  return d.db.transaction(async (tx) => {
    await profileOf(d, tx, id);
    await tx
      .update(users)
      .set({ status: 0, updatedAt: nowS(d) })
      .where(eq(users.id, id));
    return profileOf(d, tx, id);
  });
}

async function idWhere(d: Domain, where: SQL): Promise<number | undefined> {
  const [row] = await d.db.select({ id: users.id }).from(users).where(where);
  return row?.id;
}

function telephoneOrNull(d: Domain, text: string): string | null {
  try {
    return canonicalTelephone(text, d.config.phoneRegion);
  } catch {
    return null;
  }
}

/**
 * The id of the user (of any status) named by `ref`: an id (digits, if such a user exists), else a login name, else a
 * telephone in any spelling; NOT_FOUND otherwise.
 */
export async function findUser(d: Domain, ref: string): Promise<number> {
  const asId = /^\d{1,10}$/.test(ref) ? Number(ref) : 0;
  const telephone = telephoneOrNull(d, ref);
  const found =
    (asId >= 1 && asId <= maxDirectoryId ? await idWhere(d, eq(users.id, asId)) : undefined) ??
    (await idWhere(d, eq(users.loginName, ref))) ??
    (telephone === null ? undefined : await idWhere(d, eq(users.telephone, telephone)));
  if (found === undefined) throw notFound(`no user has the id, login name or telephone ${clip(ref)}`);
  return found;
}

/** Every user, disabled ones included, by id. */
export async function listUsers(d: Domain): Promise<Profile[]> {
  const rows = await d.db.select(profileColumns).from(users).orderBy(asc(users.id));
  return rows.map((row) => toProfile(d, row));
}
