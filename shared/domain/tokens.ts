// Signed-API tokens (signed-api.md §4): opaque, stored hashed, valid IM_TOKEN_TTL_S. An expired token of a user who is
// online at that moment is renewed: rotated, returned, and pushed to the user's sockets through the delivery log
// (sealed under the server secret).
import { and, eq, gte, isNull, lt, or, sql } from "drizzle-orm";
import { hashSecret, newToken } from "../crypto/secret-token.ts";
import type { Tx } from "../db/database.ts";
import { tokens } from "../db/schema.ts";
import { nowS, type Domain } from "./context.ts";
import { forbidden, ImError } from "./errors.ts";
import { appendEvent } from "./events.ts";
import { isUserOnline } from "./presence.ts";
import { sealTokenEvent } from "./sealed-tokens.ts";

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

/** After its first renewal an expired token may renew again this long (parallel requests), then it is dead. */
export const renewalGraceS = 60;
/** How many tokens one expired token may be renewed into, so a client that ignores the new token cannot mint many. */
export const maxRenewals = 5;

/** The token's row, read on every authenticated request: plain SQL (a prepared statement), no query building. */
async function tokenRow(d: Domain, tokenHash: string) {
  const { rows } = await d.db.$client.execute({
    sql: "SELECT user_id, expires_at, renewed_at FROM tokens WHERE token_hash = ?",
    args: [tokenHash],
  });
  if (rows.length === 0) return null;
  const [userId, expiresAt, renewedAt] = [rows[0].user_id, rows[0].expires_at, rows[0].renewed_at];
  return { userId: Number(userId), expiresAt: Number(expiresAt), renewedAt: renewedAt === null ? null : Number(renewedAt) };
}

/**
 * The user a token belongs to; with `userId`, the token must be that user's (checked before any renewal). An expired
 * token is renewed only while its user is online, within one more token lifetime after expiry (so a token found
 * months later cannot be revived), and within the grace of its first renewal, at most maxRenewals times. Each renewal
 * issues a token.
 */
export async function authenticate(d: Domain, token: unknown, userId?: number): Promise<Authenticated> {
  if (typeof token !== "string" || token.length < 16 || token.length > 128) throw invalid();
  const tokenHash = hashSecret(token);
  const row = await tokenRow(d, tokenHash);
  if (!row) throw invalid();
  if (userId !== undefined && row.userId !== userId) throw forbidden("user_id is not the token's user");
  const now = nowS(d);
  if (row.expiresAt > now) return { userId: row.userId };
  const graceOver = row.renewedAt !== null && now - row.renewedAt > renewalGraceS;
  if (graceOver || now - row.expiresAt > d.config.tokenTtlS || !(await isUserOnline(d.db, row.userId, now))) throw expired();
  const renewed = await d.db.transaction(async (tx) => {
    const marked = await tx
      .update(tokens)
      .set({ renewedAt: sql`coalesce(${tokens.renewedAt}, ${now})`, renewals: sql`${tokens.renewals} + 1` })
      .where(
        and(
          eq(tokens.tokenHash, tokenHash),
          lt(tokens.renewals, maxRenewals),
          or(isNull(tokens.renewedAt), gte(tokens.renewedAt, now - renewalGraceS)),
        ),
      )
      .returning({ userId: tokens.userId });
    if (marked.length === 0) return null; // its grace ended meanwhile
    const issued = await issueToken(d, tx, row.userId);
    await appendEvent(d, tx, { userId: row.userId }, sealTokenEvent(d.secret, issued.token, issued.expire));
    return issued;
  });
  if (!renewed) throw expired();
  return { userId: row.userId, renewed };
}

/** Deletes tokens that can no longer be used or renewed. */
export async function deleteDeadTokens(d: Domain): Promise<void> {
  const now = nowS(d);
  await d.db.transaction((tx) =>
    tx.delete(tokens).where(or(lt(tokens.expiresAt, now - d.config.tokenTtlS), lt(tokens.renewedAt, now - renewalGraceS))),
  );
}
