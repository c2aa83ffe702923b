// Accounts from before telephones were canonical kept the telephone as the client wrote it (5-20 digits, maybe
// after '+'). At start, each one not yet in E.164 is rewritten to it, read in IM_PHONE_REGION, unless another
// account already holds that phone; those left over are logged at every start for the operator to settle.
import { eq, gte, lt, or } from "drizzle-orm";
import type { Db, Tx } from "../db/database.ts";
import { users } from "../db/schema.ts";
import type { Domain } from "./context.ts";
import { canonicalTelephone } from "./telephones.ts";

/** Telephones not starting with '+' (E.164 always does): two ranges of the users_telephone index. */
const notE164 = (db: Db | Tx) =>
  db
    .select({ id: users.id, telephone: users.telephone })
    .from(users)
    .where(or(lt(users.telephone, "+"), gte(users.telephone, ",")));

function canonicalOrNull(d: Pick<Domain, "config">, telephone: string): string | null {
  try {
    return canonicalTelephone(telephone, d.config.phoneRegion);
  } catch {
    return null;
  }
}

/** Rewrites the telephones that are not E.164 yet; returns how many it rewrote. Safe from many processes at once. */
export async function canonicalizeStoredTelephones(d: Pick<Domain, "db" | "config" | "log">): Promise<number> {
  if ((await notE164(d.db)).length === 0) return 0;
  return d.db.transaction(async (tx) => {
    let rewritten = 0;
    for (const { id, telephone } of await notE164(tx)) {
      const canonical = canonicalOrNull(d, telephone!);
      const [holder] = canonical === null ? [] : await tx.select({ id: users.id }).from(users).where(eq(users.telephone, canonical));
      if (canonical === null || holder) {
        const why = canonical === null ? "not a phone number" : `user ${holder!.id} has ${canonical}`;
        d.log.warn("stored telephone left as it is", { userId: id, telephone, why });
        continue;
      }
      await tx.update(users).set({ telephone: canonical }).where(eq(users.id, id));
      rewritten++;
    }
    return rewritten;
  });
}
