// Phone accounts (signed-api.md §3 register / login): the password is kept as a slow hash of its md5, so the same
// account also logs in from TeamTalk clients, which send md5(password). The telephone is made canonical first.
import { and, eq } from "drizzle-orm";
import { hashPasswordMd5, passwordMd5 } from "../crypto/password.ts";
import type { Db, Tx } from "../db/database.ts";
import { users } from "../db/schema.ts";
import { wholeText } from "../db/whole-text.ts";
import type { Domain } from "./context.ts";
import { badRequest, conflict, forbidden, isUniqueViolation } from "./errors.ts";
import { checkSmsCode, codeError, useSmsCode } from "./sms-codes.ts";
import { canonicalTelephone, displayTelephone } from "./telephones.ts";
import { issueToken, type IssuedToken } from "./tokens.ts";

export function checkPassword(password: string): void {
  const length = [...password].length;
  if (length < 6 || length > 64) throw badRequest("password must be 6-64 characters");
}

export interface Credentials {
  telephone: string;
  password: string;
  smsCode: string;
}

/** The credentials with the telephone in its canonical E.164 form, or BAD_REQUEST. */
function canonical(d: Domain, c: Credentials): Credentials {
  return { ...c, telephone: canonicalTelephone(c.telephone, d.config.phoneRegion) };
}

/**
 * Creates a user; the nickname starts as the telephone (as replies show it). The SMS code is checked before the slow
 * password hash, and used up in the transaction that inserts the user. Duplicate telephones are a CONFLICT, however
 * they race or are spelled.
 */
export async function register(d: Domain, written: Credentials): Promise<{ userId: number }> {
  const c = canonical(d, written);
  checkPassword(c.password);
  const duplicate = () => conflict("this telephone is already registered");
  const registered = async (db: Db | Tx) =>
    (await db.select({ id: users.id }).from(users).where(eq(users.telephone, c.telephone))).length > 0;
  if (await registered(d.db)) throw duplicate();
  await checkSmsCode(d, c.telephone, "register", c.smsCode);
  const passwordVerifier = await hashPasswordMd5(passwordMd5(c.password));
  let userId: number | null;
  try {
    userId = await d.db.transaction(async (tx) => {
      if (await registered(tx)) throw duplicate();
      if (!(await useSmsCode(d, tx, c.telephone, "register", c.smsCode))) return null;
      const nickname = displayTelephone(c.telephone, d.config.phoneRegion);
      const [row] = await tx.insert(users).values({ telephone: c.telephone, nickname, passwordVerifier }).returning({ id: users.id });
      return row.id;
    });
  } catch (err) {
    throw isUniqueViolation(err) ? duplicate() : err;
  }
  if (userId === null) throw codeError("expired");
  return { userId };
}

export interface LoggedIn extends IssuedToken {
  userId: number;
  nickname: string;
}

/**
 * Checks the SMS code first, spending one of its five tries, then the password: passwords cannot be guessed faster
 * than codes are sent, even in parallel. Issues a token (older ones stay valid: one per device).
 */
export async function login(d: Domain, written: Credentials): Promise<LoggedIn> {
  const c = canonical(d, written);
  await checkSmsCode(d, c.telephone, "login", c.smsCode);
  const [user] = await d.db
    .select({ id: users.id, nickname: wholeText(users.nickname), passwordVerifier: users.passwordVerifier })
    .from(users)
    .where(and(eq(users.telephone, c.telephone), eq(users.status, 0)));
  if (!user || !(await d.recentLogins.verify(passwordMd5(c.password), user.passwordVerifier))) {
    throw forbidden("wrong telephone or password"); // the code's try is already spent
  }
  const issued = await d.db.transaction(async (tx) => {
    if (!(await useSmsCode(d, tx, c.telephone, "login", c.smsCode))) return null;
    return issueToken(d, tx, user.id);
  });
  if (issued === null) throw codeError("expired");
  return { userId: user.id, nickname: user.nickname, ...issued };
}
