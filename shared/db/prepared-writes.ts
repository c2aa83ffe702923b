// The process's writer client for a local file: every call runs on ONE raw `libsql` connection with its statements
// prepared once per SQL text (prepared-statements.ts), where @libsql/client would prepare each anew. It does what
// the client does with `concurrency: 1` for the calls drizzle and writeRaw make (execute, batch, executeMultiple,
// transaction and the transaction's own): same results, same errors, same refusals while a transaction is open.
import {
  type Client,
  type InArgs,
  type InStatement,
  LibsqlBatchError,
  LibsqlError,
  type Replicated,
  type ResultSet,
  type Transaction,
  type TransactionMode,
} from "@libsql/client";
import Database from "libsql";
import { PreparedStatements } from "./prepared-statements.ts";

/** A writer client on its own connection to the file at `path`, waiting up to `busyTimeoutMs` for another's lock. */
export function openPreparedWriter(path: string, busyTimeoutMs: number): Client {
  return new PreparedWriter(new PreparedStatements(new Database(path, { timeout: busyTimeoutMs })));
}

/** The client's BEGIN for each mode (@libsql/core's transactionModeToBegin). */
function beginOf(mode: TransactionMode): string {
  if (mode === "write") return "BEGIN IMMEDIATE";
  if (mode === "read") return "BEGIN TRANSACTION READONLY";
  if (mode === "deferred") return "BEGIN DEFERRED";
  throw new RangeError('Unknown transaction mode, supported values are "write", "read" and "deferred"');
}

type BatchStatement = InStatement | [string, InArgs?];

/** Runs a batch's statements in order, reporting a failure with its statement's index as the client does. */
function runBatch(stmts: BatchStatement[], statementsFor: (index: number) => PreparedStatements): ResultSet[] {
  return stmts.map((stmt, i) => {
    try {
      return statementsFor(i).execute(Array.isArray(stmt) ? { sql: stmt[0], args: stmt[1] ?? [] } : stmt);
    } catch (e) {
      if (!(e instanceof LibsqlError) || e instanceof LibsqlBatchError) throw e;
      throw new LibsqlBatchError(e.message, i, e.code, e.extendedCode, e.rawCode, e.cause instanceof Error ? e.cause : undefined);
    }
  });
}

class PreparedWriter implements Client {
  readonly protocol = "file";
  closed = false;
  readonly #statements: PreparedStatements;
  #heldByTransaction = false;

  constructor(statements: PreparedStatements) {
    this.#statements = statements;
  }

  async execute(stmtOrSql: InStatement, args?: InArgs): Promise<ResultSet> {
    const stmt = typeof stmtOrSql === "string" ? { sql: stmtOrSql, args } : stmtOrSql;
    return this.#borrow(() => this.#statements.execute(stmt));
  }

  async batch(stmts: BatchStatement[], mode: TransactionMode = "deferred"): Promise<ResultSet[]> {
    return this.#borrow(() => {
      const statements = this.#statements;
      statements.exec(beginOf(mode));
      const results = runBatch(stmts, (i) => {
        if (!statements.connection.inTransaction)
          throw new LibsqlBatchError("The transaction has been rolled back", i, "TRANSACTION_CLOSED");
        return statements;
      });
      statements.exec("COMMIT");
      return results;
    });
  }

  async executeMultiple(sql: string): Promise<void> {
    return this.#borrow(() => this.#statements.exec(sql));
  }

  async transaction(mode: TransactionMode = "write"): Promise<Transaction> {
    this.#checkFree();
    try {
      this.#statements.exec(beginOf(mode));
    } catch (e) {
      this.#rollBackLeftOpen();
      throw e;
    }
    this.#heldByTransaction = true;
    return new PreparedTransaction(this.#statements, () => {
      this.#heldByTransaction = false;
      this.#rollBackLeftOpen();
    });
  }

  async migrate(): Promise<ResultSet[]> {
    throw new LibsqlError("migrate is not supported by the prepared writer: see shared/db/migrate.ts", "NOT_SUPPORTED");
  }

  async sync(): Promise<Replicated> {
    throw new LibsqlError("sync is not supported by the prepared writer of a local file", "NOT_SUPPORTED");
  }

  reconnect(): void {
    throw new LibsqlError("reconnect is not supported by the prepared writer: open the database again", "NOT_SUPPORTED");
  }

  close(): void {
    this.closed = true;
    this.#statements.close();
  }

  /** Runs one call on the connection, which the client lends for the call and checks for a transaction left open. */
  #borrow<T>(run: () => T): T {
    this.#checkFree();
    try {
      return run();
    } finally {
      this.#rollBackLeftOpen();
    }
  }

  #checkFree(): void {
    if (this.closed) throw new LibsqlError("The client is closed", "CLIENT_CLOSED");
    if (this.#heldByTransaction)
      throw new LibsqlError(
        // the client's words for its single connection held (what it said of this writer before)
        "This client has a single connection, which an open transaction is holding. " +
          "In-memory databases and embedded replicas cannot have more than one. " +
          "Commit or roll back the transaction before using the client again.",
        "TRANSACTION_ACTIVE",
      );
  }

  /** A call or transaction must never leave its transaction to the next (the client's pool rolls back on release). */
  #rollBackLeftOpen(): void {
    const { connection } = this.#statements;
    // reading `inTransaction` on a closed connection aborts the process
    if (connection.open && connection.inTransaction) this.#statements.exec("ROLLBACK");
  }
}

class PreparedTransaction implements Transaction {
  /** null once settled (committed, rolled back or closed) */
  #statements: PreparedStatements | null;
  readonly #release: () => void;

  constructor(statements: PreparedStatements, release: () => void) {
    this.#statements = statements;
    this.#release = release;
  }

  get closed(): boolean {
    const connection = this.#statements?.connection;
    return connection === undefined || !connection.open || !connection.inTransaction;
  }

  async execute(stmt: InStatement): Promise<ResultSet> {
    return this.#open().execute(stmt);
  }

  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    return runBatch(stmts, () => this.#open());
  }

  async executeMultiple(sql: string): Promise<void> {
    this.#open().exec(sql);
  }

  async rollback(): Promise<void> {
    try {
      if (this.#statements?.connection.open) this.#open().exec("ROLLBACK");
    } finally {
      this.#settle();
    }
  }

  async commit(): Promise<void> {
    try {
      this.#open().exec("COMMIT");
    } finally {
      this.#settle();
    }
  }

  close(): void {
    this.#settle(); // the release rolls back what is still open
  }

  #open(): PreparedStatements {
    if (this.closed) throw new LibsqlError("The transaction is closed", "TRANSACTION_CLOSED");
    return this.#statements!;
  }

  #settle(): void {
    if (this.#statements === null) return;
    this.#statements = null;
    this.#release();
  }
}
