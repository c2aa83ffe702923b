// The directory's departments (departments.ts) over a temp database: add, change, delete as status 1 with updated_at
// moving, and every refusal with its code.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { openTempDomain, type TempDomain } from "../../test-kit/temp-domain.ts";
import { addDepartment, changeDepartment, deleteDepartment, listDepartments } from "./departments.ts";
import type { ErrorCode } from "./errors.ts";
import { addUser, disableUser } from "./users-admin.ts";

let t: TempDomain;
before(async () => {
  t = await openTempDomain();
});
after(() => t.close());

const refusedWith = (code: ErrorCode, message: RegExp) => (err: unknown) => {
  assert.equal((err as { code?: string }).code, code, String(err));
  assert.match((err as Error).message, message);
  return true;
};

test("add, change and delete: each write moves updated_at; a deleted department stays listed with status 1", async () => {
  const top = await addDepartment(t.domain, { name: "研发部", priority: 2 });
  const sub = await addDepartment(t.domain, { name: "Backend", parentId: top.id });
  assert.deepEqual([top.name, top.parentId, top.priority, top.status], ["研发部", 0, 2, 0]);
  assert.equal(sub.parentId, top.id);
  t.advance(5);
  const renamed = await changeDepartment(t.domain, sub.id, { name: "Server", priority: 7, parentId: 0 });
  assert.deepEqual([renamed.name, renamed.priority, renamed.parentId], ["Server", 7, 0]);
  assert.ok(renamed.updatedAt >= sub.updatedAt + 5);
  t.advance(5);
  const deleted = await deleteDepartment(t.domain, sub.id);
  assert.equal(deleted.status, 1);
  assert.ok(deleted.updatedAt >= renamed.updatedAt + 5);
  assert.deepEqual(
    (await listDepartments(t.domain)).find((x) => x.id === sub.id),
    deleted,
  );
});

test("refusals: bad fields, unknown or deleted departments, cycles, and deleting a department still in use", async () => {
  const a = await addDepartment(t.domain, { name: "A" });
  const b = await addDepartment(t.domain, { name: "B", parentId: a.id });
  const gone = await addDepartment(t.domain, { name: "Gone" });
  await deleteDepartment(t.domain, gone.id);
  const cases: [() => Promise<unknown>, ErrorCode, RegExp][] = [
    [() => addDepartment(t.domain, { name: "" }), "BAD_REQUEST", /department name must not be empty/],
    [() => addDepartment(t.domain, { name: "x".repeat(65) }), "BAD_REQUEST", /longer than 64/],
    [() => addDepartment(t.domain, { name: "\udfff" }), "BAD_REQUEST", /lone surrogate/],
    [() => addDepartment(t.domain, { name: "x", priority: -1 }), "BAD_REQUEST", /priority must be a whole number/],
    [() => addDepartment(t.domain, { name: "x", parentId: 999 }), "NOT_FOUND", /department 999 does not exist/],
    [() => addDepartment(t.domain, { name: "x", parentId: gone.id }), "NOT_FOUND", /is deleted/],
    [() => changeDepartment(t.domain, gone.id, { name: "back" }), "NOT_FOUND", /is deleted/],
    [() => changeDepartment(t.domain, 999, { name: "x" }), "NOT_FOUND", /does not exist/],
    [() => changeDepartment(t.domain, a.id, { parentId: a.id }), "BAD_REQUEST", /under itself/],
    [() => changeDepartment(t.domain, a.id, { parentId: b.id }), "BAD_REQUEST", /under itself or one of its sub-departments/],
    [() => deleteDepartment(t.domain, a.id), "CONFLICT", /still has 1 sub-departments/],
    [() => deleteDepartment(t.domain, gone.id), "NOT_FOUND", /is deleted/],
  ];
  for (const [write, code, message] of cases) await assert.rejects(write(), refusedWith(code, message));
  const member = await addUser(t.domain, { loginName: "dept-member", password: "secret1", departmentId: b.id });
  await assert.rejects(deleteDepartment(t.domain, b.id), refusedWith("CONFLICT", /still has 1 active users/));
  await disableUser(t.domain, member.id);
  assert.equal((await deleteDepartment(t.domain, b.id)).status, 1, "a disabled user does not keep it");
});
