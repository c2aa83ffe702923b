// What a user's phone asks of pushes: its device token (one per user; a token moves to whoever sent it last, as one
// phone may change accounts) and the push shield (no pushes at night).
import { and, eq, ne } from "drizzle-orm";
import { deviceTokens, users } from "../db/schema.ts";
import { type Domain, nowS } from "./context.ts";

export async function setDeviceToken(d: Domain, userId: number, token: string, clientType: number): Promise<void> {
  const row = { token, clientType, updatedAt: nowS(d) };
  await d.db.transaction(async (tx) => {
    await tx.delete(deviceTokens).where(and(eq(deviceTokens.token, token), ne(deviceTokens.userId, userId)));
    await tx
      .insert(deviceTokens)
      .values({ userId, ...row })
      .onConflictDoUpdate({ target: deviceTokens.userId, set: row });
  });
}

export async function clearDeviceToken(d: Domain, userId: number): Promise<void> {
  await d.db.transaction((tx) => tx.delete(deviceTokens).where(eq(deviceTokens.userId, userId)));
}

export async function setPushShield(d: Domain, userId: number, on: boolean): Promise<void> {
  await d.db.transaction((tx) =>
    tx
      .update(users)
      .set({ pushShield: on ? 1 : 0 })
      .where(eq(users.id, userId)),
  );
}

export async function pushShieldOf(d: Domain, userId: number): Promise<boolean> {
  const [row] = await d.db.select({ pushShield: users.pushShield }).from(users).where(eq(users.id, userId));
  return row?.pushShield === 1;
}
