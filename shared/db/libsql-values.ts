// The values @libsql/client's embedded client (its default `intMode: "number"`) passes to SQLite and returns, for our
// own statements on a raw `libsql` connection: arguments, rows and result sets exactly as the client makes them.
import { Buffer } from "node:buffer";
import type { InArgs, InValue, ResultSet, Row, Value } from "@libsql/client";

const minSafe = BigInt(Number.MIN_SAFE_INTEGER);
const maxSafe = BigInt(Number.MAX_SAFE_INTEGER);
const minInteger = -(2n ** 63n);
const maxInteger = 2n ** 63n - 1n;

/** A value as the client passes it to SQLite. */
function toSql(value: InValue): unknown {
  if (typeof value === "number" && !Number.isFinite(value))
    throw new RangeError("Only finite numbers (not Infinity or NaN) can be passed as arguments");
  if (typeof value === "bigint" && (value < minInteger || value > maxInteger))
    throw new RangeError("bigint is too large to be represented as a 64-bit integer and passed as argument");
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (value instanceof Date) return value.valueOf();
  if (value === undefined) throw new TypeError("undefined cannot be passed as argument to the database");
  return value;
}

/** A value as the client returns it: integers as numbers (refusing unsafe ones), blobs as ArrayBuffers. */
function fromSql(value: unknown): unknown {
  if (typeof value === "bigint") {
    if (value < minSafe || value > maxSafe)
      throw new RangeError("Received integer which cannot be safely represented as a JavaScript number");
    return Number(value);
  }
  if (value instanceof Buffer) return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength);
  return value;
}

/** A statement's arguments as the client binds them: positional, or named without their `:`, `@` or `$`. */
export function argsOf(args: InArgs | undefined): unknown[] | Record<string, unknown> {
  if (args === undefined) return [];
  if (Array.isArray(args)) return args.map(toSql);
  const named: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(args)) named[/^[@$:]/.test(name) ? name.slice(1) : name] = toSql(value);
  return named;
}

/** A row as the client makes it: values by index and by column name (the first of a repeated name). */
export function rowOf(values: unknown[], columns: string[]): Row {
  const row: Record<string | number, unknown> = {};
  Object.defineProperty(row, "length", { value: values.length });
  for (const [i, raw] of values.entries()) {
    const value = fromSql(raw);
    Object.defineProperty(row, i, { value });
    if (!Object.hasOwn(row, columns[i])) row[columns[i]] = value;
  }
  return row as unknown as Row;
}

const jsonOf = (value: Value) => (value instanceof ArrayBuffer ? Buffer.from(value).toString("base64") : value);

/** A result set as the client makes it: rows of a statement that returns them, or what a statement changed. */
export class LocalResultSet implements ResultSet {
  constructor(
    readonly columns: string[],
    readonly columnTypes: string[],
    readonly rows: Row[],
    readonly rowsAffected: number,
    readonly lastInsertRowid: bigint | undefined,
  ) {}

  toJSON() {
    return {
      columns: this.columns,
      columnTypes: this.columnTypes,
      rows: this.rows.map((row) => Array.prototype.map.call(row, jsonOf)),
      rowsAffected: this.rowsAffected,
      lastInsertRowid: this.lastInsertRowid === undefined ? null : `${this.lastInsertRowid}`,
    };
  }
}
