// Failed TeamTalk logins (teamtalk.md §8.3): more than 10 failures for one user name within 30 minutes refuse that
// name's further attempts with RATE_LIMITED, before any password is looked at, until the failures age past 30
// minutes; refused attempts are not failures, so they do not prolong it. A success clears the name's count. Counted
// in the database, so every core process sharing it agrees; rows older than the window go whenever one is added.
import { and, count, eq, gt, lte } from "drizzle-orm";
import { loginFailures } from "../db/schema.ts";
import { type Domain, nowS } from "./context.ts";
import { ImError } from "./errors.ts";

/** Failures counted: those of the last 30 minutes. */
export const loginFailureWindowS = 30 * 60;
/** More failures than this within the window refuse the name's logins. */
export const maxLoginFailures = 10;

/**
 * Names are kept to this many characters. No account has a login name nearly this long (32 at most) nor such a
 * telephone, so a longer name fails anyway: cutting it only bounds what a client can make the database store.
 */
const maxNameChars = 64;

/** The user name failures are counted under: the telephone (E.164) when the name is one, else the name as given. */
export function loginFailureKey(userName: string, telephone: string | null): string {
  if (telephone !== null) return telephone;
  return userName.length <= maxNameChars ? userName : Array.from(userName).slice(0, maxNameChars).join("");
}

/** The name's failures within the window; throws RATE_LIMITED when there are more than `maxLoginFailures`. */
export async function checkLoginFailures(d: Domain, key: string): Promise<number> {
  const [recent] = await d.db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.userName, key), gt(loginFailures.failedAt, nowS(d) - loginFailureWindowS)));
  if (recent.n > maxLoginFailures) {
    throw new ImError("RATE_LIMITED", `more than ${maxLoginFailures} failed logins for this name within 30 minutes; try again later`);
  }
  return recent.n;
}

/** Records a failed login for the name, dropping every name's failures that have left the window. */
export async function recordLoginFailure(d: Domain, key: string): Promise<void> {
  const now = nowS(d);
  await d.db.transaction(async (tx) => {
    await tx.delete(loginFailures).where(lte(loginFailures.failedAt, now - loginFailureWindowS));
    await tx.insert(loginFailures).values({ userName: key, failedAt: now });
  });
}

/** After a successful login: the name starts again from no failures. */
export async function clearLoginFailures(d: Domain, key: string): Promise<void> {
  await d.db.delete(loginFailures).where(eq(loginFailures.userName, key));
}
