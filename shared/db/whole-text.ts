// Reading user text back whole. SQLite keeps a TEXT value's every byte, NUL included, but the libSQL client hands
// TEXT to JavaScript as a C string, cut at the first NUL; the same bytes read as a BLOB come back whole.
import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";

// ignoreBOM: a text that starts with U+FEFF keeps it.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** A value read with `CAST(… AS BLOB)` → its text; a string passes through, NULL stays null. */
export function decodeText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (value instanceof ArrayBuffer || value instanceof Uint8Array) return utf8.decode(value);
  throw new TypeError(`a text column held a ${typeof value}`);
}

/** A drizzle select field reading this text column whole: `{ name: wholeText(groups.name) }`. */
export function wholeText(column: SQLiteColumn): SQL<string> {
  return sql<string>`CAST(${column} AS BLOB)`.mapWith((value: unknown) => decodeText(value) as string);
}

/** The raw-SQL select term for a text column, read whole under its own name: `CAST(m.content AS BLOB) AS content`. */
export function wholeTextSql(column: string): string {
  return `CAST(${column} AS BLOB) AS ${column.slice(column.lastIndexOf(".") + 1)}`;
}
