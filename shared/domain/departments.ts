// The company's departments (the directory's tree), read by what changed since a client's watermark.
import { asc, gt } from "drizzle-orm";
import type { Db } from "../db/database.ts";
import { departments } from "../db/schema.ts";
import { wholeText } from "../db/whole-text.ts";

export interface Department {
  id: number;
  name: string;
  priority: number;
  parentId: number;
  /** 0 ok, 1 deleted (deleted ones are still listed, so clients drop them). */
  status: number;
  updatedAt: number;
}

/** Every department changed after `since` (unix seconds; 0 = all), deleted ones included, oldest change first. */
export function departmentsChangedSince(db: Db, since: number): Promise<Department[]> {
  return db
    .select({
      id: departments.id,
      name: wholeText(departments.name),
      priority: departments.priority,
      parentId: departments.parentId,
      status: departments.status,
      updatedAt: departments.updatedAt,
    })
    .from(departments)
    .where(gt(departments.updatedAt, since))
    .orderBy(asc(departments.updatedAt), asc(departments.id));
}
