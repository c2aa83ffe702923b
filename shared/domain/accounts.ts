// Phone accounts (signed-api.md §3 register / login): the password is kept as a slow hash of its md5, so the same
// account also logs in from TeamTalk clients, which send md5(password).
import { and, eq } from "drizzle-orm";
import { hashPasswordMd5, passwordMd5, verifyPasswordMd5 } from "../crypto/password.ts";
import { users } from "../db/schema.ts";
import type { Domain } from "./context.ts";
import { badRequest, conflict, forbidden, isUniqueViolation } from "./errors.ts";
import { codeError, consumeSmsCode } from "./sms-codes.ts";
import { checkTelephone } from "./users.ts";
import { issueToken, type IssuedToken } from "./tokens.ts";

function checkPassword(password: string): void {
  const length = [...password].length;
  if (length < 6 || length > 64) throw badRequest("password must be 6-64 characters");
}

export interface Credentials {
  telephone: string;
  password: string;
  smsCode: string;
}

/** Creates a user; the nickname starts as the telephone. Duplicate telephones are a CONFLICT, however they race. */
export async function register(d: Domain, c: Credentials): Promise<{ userId: number }> {
  checkTelephone(c.telephone);
  checkPassword(c.password);
  const passwordVerifier = await hashPasswordMd5(passwordMd5(c.password));
  const duplicate = () => conflict("this telephone is already registered");
  let result;
  try {
    result = await d.db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.telephone, c.telephone));
      if (existing) throw duplicate();
      const check = await consumeSmsCode(d, tx, c.telephone, "register", c.smsCode);
      if (check !== "ok") return { check };
      const [row] = await tx
        .insert(users)
        .values({ telephone: c.telephone, nickname: c.telephone, passwordVerifier })
        .returning({ id: users.id });
      return { check, userId: row.id };
    });
  } catch (err) {
    throw isUniqueViolation(err) ? duplicate() : err;
  }
  if (result.check !== "ok") throw codeError(result.check);
  return { userId: result.userId! };
}

export interface LoggedIn extends IssuedToken {
  userId: number;
  nickname: string;
}

/** Checks password and SMS code, then issues a token (older tokens stay valid: one per device). */
export async function login(d: Domain, c: Credentials): Promise<LoggedIn> {
  checkTelephone(c.telephone);
  const wrong = () => forbidden("wrong telephone or password");
  const [user] = await d.db
    .select({ id: users.id, nickname: users.nickname, passwordVerifier: users.passwordVerifier })
    .from(users)
    .where(and(eq(users.telephone, c.telephone), eq(users.status, 0)));
  if (!user || !(await verifyPasswordMd5(passwordMd5(c.password), user.passwordVerifier))) throw wrong();
  const result = await d.db.transaction(async (tx) => {
    const check = await consumeSmsCode(d, tx, c.telephone, "login", c.smsCode);
    if (check !== "ok") return { check };
    return { check, issued: await issueToken(d, tx, user.id) };
  });
  if (result.check !== "ok") throw codeError(result.check);
  return { userId: user.id, nickname: user.nickname, ...result.issued! };
}
