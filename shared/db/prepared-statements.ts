// Statements on a raw `libsql` connection, prepared once per SQL text and run as @libsql/client runs them, which
// prepares every statement anew (costing as much as a short statement itself): same result sets, same errors.
import { LibsqlError, type InStatement, type ResultSet } from "@libsql/client";
import Database from "libsql";
import { argsOf, LocalResultSet, rowOf } from "./libsql-values.ts";

/** The statements kept; SQL texts vary with list lengths, so the cache starts again when full. */
const maxStatements = 512;

type Prepared = { statement: Database.Statement; returnsRows: boolean; columns: string[]; columnTypes: string[] };

export class PreparedStatements {
  readonly #statements = new Map<string, Prepared>();

  constructor(readonly connection: Database.Database) {}

  /** Runs one statement; SQLite's errors become the client's LibsqlError. */
  execute(stmt: InStatement): ResultSet {
    // a statement prepared before would still run on a closed connection
    if (!this.connection.open) throw new LibsqlError("The client is closed", "CLIENT_CLOSED");
    const { sql, args } = typeof stmt === "string" ? { sql: stmt, args: undefined } : stmt;
    const bound = argsOf(args);
    try {
      const p = this.#prepared(sql);
      if (!p.returnsRows) {
        const info = p.statement.run(bound);
        return new LocalResultSet([], [], [], info.changes, BigInt(info.lastInsertRowid));
      }
      const rows = (p.statement.all(bound) as unknown[][]).map((values) => rowOf(values, p.columns));
      return new LocalResultSet(p.columns, p.columnTypes, rows, 0, undefined);
    } catch (e) {
      // SQLite may leave a failed statement mid-way (SQLITE_BUSY leaves it resumable, and COMMIT refuses to run
      // beside it) until it is reset, which libsql does only when it runs again or is collected: drop it
      this.#statements.delete(sql);
      throw libsqlErrorOf(e);
    }
  }

  /**
   * Runs SQL without arguments or results, a script or BEGIN, COMMIT, ROLLBACK, leaving no statement behind (as
   * cheap as a prepared one for those).
   */
  exec(sql: string): void {
    try {
      this.connection.exec(sql);
    } catch (e) {
      throw libsqlErrorOf(e);
    }
  }

  /**
   * Closes the connection. It lives on, files open, until the statements prepared on it are collected: a transaction
   * left open is rolled back first so that its lock goes now.
   */
  close(): void {
    if (!this.connection.open) return;
    if (this.connection.inTransaction) this.exec("ROLLBACK");
    this.#statements.clear();
    this.connection.close();
  }

  #prepared(sql: string): Prepared {
    let p = this.#statements.get(sql);
    if (p === undefined) {
      const statement = this.connection.prepare(sql);
      statement.safeIntegers(true);
      let returnsRows = true;
      try {
        statement.raw(true);
      } catch {
        returnsRows = false; // raw() refuses a statement that returns no data (the client tells them apart so too)
      }
      const described = returnsRows ? statement.columns() : [];
      p = { statement, returnsRows, columns: described.map((c) => c.name), columnTypes: described.map((c) => c.type ?? "") };
      if (this.#statements.size >= maxStatements) this.#statements.clear();
      this.#statements.set(sql, p);
    }
    return p;
  }
}

/** SQLite's base result codes from 1 on, for the `code` of a LibsqlError (its `extendedCode` is SQLite's own). */
const baseCodes = (
  "ERROR INTERNAL PERM ABORT BUSY LOCKED NOMEM READONLY INTERRUPT IOERR CORRUPT NOTFOUND FULL CANTOPEN PROTOCOL EMPTY " +
  "SCHEMA TOOBIG CONSTRAINT MISMATCH MISUSE NOLFS AUTH FORMAT RANGE NOTADB NOTICE WARNING"
)
  .split(" ")
  .map((name) => `SQLITE_${name}`);

/** An error of the raw connection as the client reports it; any other error unchanged. */
function libsqlErrorOf(e: unknown): unknown {
  if (!(e instanceof Database.SqliteError)) return e;
  const base = e.rawCode === undefined ? undefined : e.rawCode & 0xff;
  const code = base === undefined ? "SQLITE_UNKNOWN" : (baseCodes[base - 1] ?? `SQLITE_UNKNOWN_${base}`);
  return new LibsqlError(e.message, code, e.code, e.rawCode, e);
}
