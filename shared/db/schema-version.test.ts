import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import test from "node:test";
import { schemaVersion } from "./schema-version.ts";

test("schemaVersion is the newest migration of the journal", () => {
  const journal = JSON.parse(readFileSync(new URL("../../migrations/meta/_journal.json", import.meta.url), "utf8"));
  const newest = Math.max(...journal.entries.map((e: { when: number }) => e.when));
  assert.equal(schemaVersion, newest, "update shared/db/schema-version.ts after `npm run db:generate`");
});
