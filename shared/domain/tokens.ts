// Signed-API tokens (signed-api.md §4): opaque, stored hashed, valid IM_TOKEN_TTL_S. An expired token of a user who is
// online at that moment is renewed: rotated, returned, and pushed to the user's sockets through the delivery log.
import { and, eq, lte } from "drizzle-orm";
import { hashSecret, newToken } from "../crypto/secret-token.ts";
import type { Tx } from "../db/database.ts";
import { tokens } from "../db/schema.ts";
import { nowS, type Domain } from "./context.ts";
import { ImError } from "./errors.ts";
import { appendEvent } from "./events.ts";
import { isUserOnline } from "./presence.ts";

export interface IssuedToken {
  token: string;
  expire: number;
}

export interface Authenticated {
  userId: number;
  /** Set when the presented token had expired and was renewed for this request. */
  renewed?: IssuedToken;
}

/** Issues a new token inside the caller's transaction. */
export async function issueToken(d: Domain, tx: Tx, userId: number): Promise<IssuedToken> {
  const token = newToken();
  const expire = nowS(d) + d.config.tokenTtlS;
  await tx.insert(tokens).values({ tokenHash: hashSecret(token), userId, expiresAt: expire });
  return { token, expire };
}

const invalid = () => new ImError("TOKEN_INVALID", "unknown token; log in again");
const expired = () => new ImError("TOKEN_EXPIRED", "token expired; log in again");

/**
 * The user a token belongs to. An expired token is renewed only while its user is online and only within one more
 * token lifetime after expiry (so a token found months later cannot be revived).
 */
export async function authenticate(d: Domain, token: unknown): Promise<Authenticated> {
  if (typeof token !== "string" || token.length < 16 || token.length > 128) throw invalid();
  const tokenHash = hashSecret(token);
  const [row] = await d.db.select().from(tokens).where(eq(tokens.tokenHash, tokenHash));
  if (!row) throw invalid();
  const now = nowS(d);
  if (row.expiresAt > now) return { userId: row.userId };
  if (now - row.expiresAt > d.config.tokenTtlS || !(await isUserOnline(d.db, row.userId, now))) throw expired();
  const renewed = await d.db.transaction(async (tx) => {
    const gone = await tx
      .delete(tokens)
      .where(and(eq(tokens.tokenHash, tokenHash), lte(tokens.expiresAt, now)))
      .returning({ userId: tokens.userId });
    if (gone.length === 0) return null; // a concurrent request renewed it first
    const issued = await issueToken(d, tx, row.userId);
    await appendEvent(tx, { userId: row.userId }, { kind: "token", ...issued }, d.nowMs());
    return issued;
  });
  if (!renewed) throw expired();
  return { userId: row.userId, renewed };
}
