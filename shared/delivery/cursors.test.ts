// Delivery cursors: moved forward only, for any number of users in one statement, read back per user.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { users } from "../db/schema.ts";
import { openTempDomain, type TempDomain } from "../../test-kit/temp-domain.ts";
import { advanceCursors, readCursor } from "./cursors.ts";

let temp: TempDomain;
let ids: number[];

before(async () => {
  temp = await openTempDomain();
  const rows = Array.from({ length: 1500 }, (_, i) => ({ nickname: `u${i}`, passwordVerifier: "-" }));
  ids = [];
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = await temp.domain.db.transaction((tx) =>
      tx
        .insert(users)
        .values(rows.slice(i, i + 500))
        .returning({ id: users.id }),
    );
    ids.push(...inserted.map((r) => r.id));
  }
});
after(() => temp.close());

test("cursors start at 0 and move forward for every user of one call, never back", async () => {
  const { db } = temp.domain;
  assert.equal(await readCursor(db, ids[0]), 0);
  await advanceCursors(db, new Map(ids.map((id, i) => [id, 1000 + i])), 1);
  assert.equal(await readCursor(db, ids[0]), 1000);
  assert.equal(await readCursor(db, ids[1499]), 2499);
  await advanceCursors(
    db,
    new Map([
      [ids[0], 5],
      [ids[1], 9_007_199_254_740_991],
    ]),
    2,
  );
  assert.equal(await readCursor(db, ids[0]), 1000, "never back");
  assert.equal(await readCursor(db, ids[1]), 9_007_199_254_740_991, "the largest safe id, whole");
  await advanceCursors(db, new Map(), 3);
});
