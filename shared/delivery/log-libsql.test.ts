// The libSQL delivery log against the DeliveryLog contract, written the way the domain writes (appendEvent and
// storeMessages inside write transactions, membership rows with their event ids).
import { writeRaw } from "../db/database.ts";
import { groupMembers, groups } from "../db/schema.ts";
import { appendEvent } from "../domain/events.ts";
import { removeGroupMembers } from "../domain/groups.ts";
import { SessionType, storeMessages } from "../domain/messages.ts";
import { openTempDomain } from "../../test-kit/temp-domain.ts";
import { deliveryLogContract } from "./log.contract.ts";
import { LibsqlDeliveryLog } from "./log-libsql.ts";

deliveryLogContract("libSQL", async () => {
  const temp = await openTempDomain();
  const { db } = temp.domain;
  const nowMs = () => temp.domain.nowMs();
  return {
    log: new LibsqlDeliveryLog(db),
    append: (target, event) => db.transaction((tx) => appendEvent(temp.domain, tx, target, event)),
    async message(fromUserId, toUserId, content) {
      const msg = { fromUserId, sessionType: SessionType.Single, toId: toUserId, content, msgType: 1 };
      const [stored] = await writeRaw(db, (tx) => storeMessages(tx, [msg], nowMs()));
      return stored.eventId;
    },
    group: (founder) =>
      db.transaction(async (tx) => {
        const [group] = await tx.insert(groups).values({ name: "g", creatorId: founder, type: 1 }).returning({ id: groups.id });
        await tx.insert(groupMembers).values({ groupId: group.id, userId: founder });
        return group.id;
      }),
    join: (groupId, userId) =>
      db.transaction(async (tx) => {
        const event = { kind: "group" as const, opt: "joined" as const, groupId, sender: userId, changed: [userId], time: 1 };
        const eventId = await appendEvent(temp.domain, tx, { groupId }, event);
        await tx.insert(groupMembers).values({ groupId, userId, joinedEventId: eventId });
        return eventId;
      }),
    async remove(groupId, userId) {
      await removeGroupMembers(temp.domain, 0, groupId, [userId]);
      return new LibsqlDeliveryLog(db).latest();
    },
    close: async () => temp.close(),
  };
});
