// The company directory as TeamTalk sees it: password logins by login name or telephone (the client sends
// md5(password), checked against the same slow verifier the signed API uses, or a recent success, recent-logins.ts;
// too many failures refuse a name for a while, login-failures.ts), user profiles read by id or by what changed since
// a watermark, and profile texts changed with an event for every online user.
import { and, asc, eq, gte, inArray, ne, or } from "drizzle-orm";
import { users } from "../db/schema.ts";
import { wholeText } from "../db/whole-text.ts";
import { type Domain, nowS } from "./context.ts";
import { forbidden } from "./errors.ts";
import { appendEvent, type ProfileEvent } from "./events.ts";
import { checkLoginFailures, clearLoginFailures, loginFailureKey, recordLoginFailure } from "./login-failures.ts";
import { canonicalTelephone, displayTelephone } from "./telephones.ts";

export interface Profile {
  id: number;
  loginName: string;
  nickname: string;
  /** As replies show it (national for IM_PHONE_REGION, else E.164); "" when none. */
  telephone: string;
  gender: number;
  avatar: string;
  departmentId: number;
  email: string;
  domain: string;
  signInfo: string;
  status: number;
}

export const profileColumns = {
  id: users.id,
  loginName: wholeText(users.loginName),
  nickname: wholeText(users.nickname),
  telephone: users.telephone,
  gender: users.gender,
  avatar: wholeText(users.avatar),
  departmentId: users.departmentId,
  email: wholeText(users.email),
  domain: wholeText(users.domain),
  signInfo: wholeText(users.signInfo),
  status: users.status,
};

type ProfileRow = { [K in keyof typeof profileColumns]: unknown };

export function toProfile(d: Domain, row: ProfileRow): Profile {
  const telephone = row.telephone as string | null;
  return {
    id: row.id as number,
    loginName: (row.loginName as string | null) ?? "",
    nickname: (row.nickname as string | null) ?? "",
    telephone: telephone ? displayTelephone(telephone, d.config.phoneRegion) : "",
    gender: row.gender as number,
    avatar: (row.avatar as string | null) ?? "",
    departmentId: row.departmentId as number,
    email: (row.email as string | null) ?? "",
    domain: (row.domain as string | null) ?? "",
    signInfo: (row.signInfo as string | null) ?? "",
    status: row.status as number,
  };
}

/** The telephone a login name may be, canonical; null when it is no phone number. */
function asTelephone(d: Domain, userName: string): string | null {
  try {
    return canonicalTelephone(userName, d.config.phoneRegion);
  } catch {
    return null;
  }
}

/**
 * The active user whose login name (or, failing that, telephone) is `userName` and whose password has this md5;
 * FORBIDDEN otherwise, the same for an unknown name as for a wrong password. RATE_LIMITED, without a look at the
 * password, after too many failures for the name (login-failures.ts).
 */
export async function passwordLogin(d: Domain, userName: string, passwordMd5: string): Promise<Profile> {
  const telephone = asTelephone(d, userName);
  const failureKey = loginFailureKey(userName, telephone);
  // Attempts on one name run one after another in this process, so parallel guesses all see each other's failures.
  const previous = attempts.get(failureKey) ?? Promise.resolve();
  const mine = previous.then(() => checkedLogin(d, userName, passwordMd5, telephone, failureKey));
  const settled = mine.then(
    () => {},
    () => {},
  );
  attempts.set(failureKey, settled);
  void settled.then(() => attempts.get(failureKey) === settled && attempts.delete(failureKey));
  return mine;
}

/** The last login attempt in flight per failure key. */
const attempts = new Map<string, Promise<void>>();

async function checkedLogin(
  d: Domain,
  userName: string,
  passwordMd5: string,
  telephone: string | null,
  failureKey: string,
): Promise<Profile> {
  const failures = await checkLoginFailures(d, failureKey);
  const named = telephone === null ? eq(users.loginName, userName) : or(eq(users.loginName, userName), eq(users.telephone, telephone));
  const rows = await d.db
    .select({ ...profileColumns, passwordVerifier: users.passwordVerifier })
    .from(users)
    .where(and(named, eq(users.status, 0)));
  // A login name wins over another account's telephone spelled the same way.
  const row = rows.find((r) => r.loginName === userName) ?? rows[0];
  if (!row || !/^[0-9a-fA-F]{32}$/.test(passwordMd5) || !(await d.recentLogins.verify(passwordMd5, row.passwordVerifier))) {
    await recordLoginFailure(d, failureKey);
    throw forbidden("wrong user name or password");
  }
  if (failures > 0) await clearLoginFailures(d, failureKey);
  return toProfile(d, row);
}

/** Profiles of these ids, whatever their status; unknown ids are left out. */
export async function profilesOf(d: Domain, ids: number[]): Promise<Profile[]> {
  if (ids.length === 0) return [];
  const rows = await d.db.select(profileColumns).from(users).where(inArray(users.id, ids)).orderBy(asc(users.id));
  return rows.map((row) => toProfile(d, row));
}

export interface ChangedProfile {
  profile: Profile;
  updatedAt: number;
}

/**
 * The first `limit` users changed at or after `since` (inclusive, so the newest comes back each time), in order of
 * (updated_at, id). `since` 0 means every user who has not left (status 3); otherwise users of any status, so that
 * clients learn who left.
 */
export async function usersChangedSince(d: Domain, since: number, limit: number): Promise<ChangedProfile[]> {
  const rows = await d.db
    .select({ ...profileColumns, updatedAt: users.updatedAt })
    .from(users)
    .where(since === 0 ? ne(users.status, 3) : gte(users.updatedAt, since))
    .orderBy(asc(users.updatedAt), asc(users.id))
    .limit(limit);
  return rows.map((row) => ({ profile: toProfile(d, row), updatedAt: row.updatedAt }));
}

/**
 * Sets the user's sign info or avatar and tells every online user, in one transaction; updated_at moves so that
 * directory watermarks see the change.
 */
export async function changeProfileText(d: Domain, userId: number, field: ProfileEvent["field"], value: string): Promise<void> {
  const text = field === "signInfo" ? { signInfo: value } : { avatar: value };
  await d.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ ...text, updatedAt: nowS(d) })
      .where(eq(users.id, userId));
    await appendEvent(d, tx, { everyone: true }, { kind: "profile", userId, field, value });
  });
}
