// JSON-lines logger on stdout, filtered by IM_LOG_LEVEL. Works on Node and Deno (console only).
import type { LogLevel } from "./config.ts";

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type Fields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
}

export function createLogger(level: LogLevel, base: Fields = {}): Logger {
  const emit = (at: LogLevel) => (msg: string, fields: Fields = {}) => {
    if (rank[at] < rank[level]) return;
    console.log(JSON.stringify({ time: new Date().toISOString(), level: at, msg, ...base, ...fields }));
  };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

/** The message and stack of an unknown thrown value, for a log line. */
export function describeError(err: unknown): Fields {
  return err instanceof Error ? { error: err.message, stack: err.stack } : { error: String(err) };
}
