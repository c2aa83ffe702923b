// The company directory's departments (TeamTalk's IMDepart), kept by the administrator: added, changed, and deleted as
// status 1 (the row stays, so clients asking for changes since their watermark learn of the deletion). Every write
// bumps `updated_at`, which those watermarks read (departmentsChangedSince).
import { and, asc, count, eq, gt } from "drizzle-orm";
import type { Db, Tx } from "../db/database.ts";
import { departments, users } from "../db/schema.ts";
import { wholeText } from "../db/whole-text.ts";
import { nowS, type Domain } from "./context.ts";
import { badRequest, conflict, notFound } from "./errors.ts";
import { checkText, checkWhole } from "./profile-fields.ts";

export interface Department {
  id: number;
  name: string;
  parentId: number;
  priority: number;
  /** 0 ok, 1 deleted. */
  status: number;
  updatedAt: number;
}

export interface DepartmentFields {
  name?: string;
  /** 0: a top-level department. */
  parentId?: number;
  /** Display order. */
  priority?: number;
}

export const maxDirectoryId = 2 ** 31 - 1;

const columns = {
  id: departments.id,
  name: wholeText(departments.name),
  parentId: departments.parentId,
  priority: departments.priority,
  status: departments.status,
  updatedAt: departments.updatedAt,
};

/** The department with this id, deleted or not, or NOT_FOUND. */
async function departmentById(db: Db | Tx, id: number): Promise<Department> {
  const [row] = await db.select(columns).from(departments).where(eq(departments.id, id));
  if (!row) throw notFound(`department ${id} does not exist`);
  return row;
}

/** Nothing for 0 (no department); else the department must exist and not be deleted, or NOT_FOUND. */
export async function requireDepartment(db: Db | Tx, id: number): Promise<void> {
  checkWhole("department", id, 0, maxDirectoryId);
  if (id !== 0 && (await departmentById(db, id)).status !== 0) throw notFound(`department ${id} is deleted`);
}

function checked(fields: DepartmentFields): DepartmentFields {
  return {
    name: fields.name === undefined ? undefined : checkText("department name", fields.name, { max: 64, required: true }),
    parentId: fields.parentId === undefined ? undefined : checkWhole("parent", fields.parentId, 0, maxDirectoryId),
    priority: fields.priority === undefined ? undefined : checkWhole("priority", fields.priority, 0, maxDirectoryId),
  };
}

/** BAD_REQUEST when putting department `id` under `parentId` would make it its own ancestor. */
async function refuseCycle(tx: Tx, id: number, parentId: number): Promise<void> {
  for (let above = parentId; above !== 0; above = (await departmentById(tx, above)).parentId) {
    if (above === id) throw badRequest(`department ${id} cannot be under itself or one of its sub-departments`);
  }
}

export async function addDepartment(d: Domain, fields: DepartmentFields & { name: string }): Promise<Department> {
  const values = checked(fields);
  return d.db.transaction(async (tx) => {
    await requireDepartment(tx, values.parentId ?? 0);
    const now = nowS(d);
    const [row] = await tx
      .insert(departments)
      .values({ name: values.name as string, parentId: values.parentId, priority: values.priority, createdAt: now, updatedAt: now })
      .returning({ id: departments.id });
    return departmentById(tx, row.id);
  });
}

/** Changes the given fields of a department that is not deleted. */
export async function changeDepartment(d: Domain, id: number, fields: DepartmentFields): Promise<Department> {
  const values = checked(fields);
  return d.db.transaction(async (tx) => {
    await requireDepartment(tx, id);
    if (values.parentId !== undefined) {
      await requireDepartment(tx, values.parentId);
      await refuseCycle(tx, id, values.parentId);
    }
    await tx
      .update(departments)
      .set({ ...values, updatedAt: nowS(d) })
      .where(eq(departments.id, id));
    return departmentById(tx, id);
  });
}

/** Marks a department deleted; CONFLICT while active users or sub-departments are still in it. */
export async function deleteDepartment(d: Domain, id: number): Promise<Department> {
  return d.db.transaction(async (tx) => {
    await requireDepartment(tx, id);
    const [members] = await tx
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.departmentId, id), eq(users.status, 0)));
    if (members.n > 0) throw conflict(`department ${id} still has ${members.n} active users: move them first`);
    const [children] = await tx
      .select({ n: count() })
      .from(departments)
      .where(and(eq(departments.parentId, id), eq(departments.status, 0)));
    if (children.n > 0) throw conflict(`department ${id} still has ${children.n} sub-departments: delete or move them first`);
    await tx
      .update(departments)
      .set({ status: 1, updatedAt: nowS(d) })
      .where(eq(departments.id, id));
    return departmentById(tx, id);
  });
}

/** Every department, deleted ones included, by id. */
export function listDepartments(d: Domain): Promise<Department[]> {
  return d.db.select(columns).from(departments).orderBy(asc(departments.id));
}

/** Every department changed after `since` (unix seconds; 0 = all), deleted ones included, oldest change first. */
export function departmentsChangedSince(db: Db, since: number): Promise<Department[]> {
  return db
    .select(columns)
    .from(departments)
    .where(gt(departments.updatedAt, since))
    .orderBy(asc(departments.updatedAt), asc(departments.id));
}
