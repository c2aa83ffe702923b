// SMS abuse limits: IM_SMS_PER_ADDRESS_HOUR codes per client address per hour (all phones together) and
// IM_SMS_PER_MINUTE codes per minute for the whole server. Counted in the database, in the transaction that issues
// the code, so they hold across every edge and core process sharing it.
import { and, count, eq, gt, lte } from "drizzle-orm";
import type { Tx } from "../db/database.ts";
import { smsSends } from "../db/schema.ts";
import { addressKey } from "./client-address.ts";
import type { Domain } from "./context.ts";
import { ImError } from "./errors.ts";

const hourS = 3600;
const minuteS = 60;

/** Records a code sent now at the request of `address`, or throws RATE_LIMITED when either limit is reached. */
export async function recordSmsSend(d: Domain, tx: Tx, address: string, now: number): Promise<void> {
  const { perAddressHour, perMinute } = d.config.smsLimits;
  const key = addressKey(address);
  await tx.delete(smsSends).where(lte(smsSends.sentAt, now - hourS));
  const [mine] = await tx
    .select({ n: count() })
    .from(smsSends)
    .where(and(eq(smsSends.address, key), gt(smsSends.sentAt, now - hourS)));
  if (mine.n >= perAddressHour) {
    throw new ImError("RATE_LIMITED", `at most ${perAddressHour} SMS codes per hour from one address; try again later`);
  }
  const [all] = await tx
    .select({ n: count() })
    .from(smsSends)
    .where(gt(smsSends.sentAt, now - minuteS));
  if (all.n >= perMinute) throw new ImError("RATE_LIMITED", "the server is sending too many SMS codes; try again in a minute");
  await tx.insert(smsSends).values({ address: key, sentAt: now });
}
