// JSON-lines logger on stdout, filtered by IM_LOG_LEVEL. Works on Node and Deno (console only). A line repeated too
// often (same level and msg) is held back and summarised by one "log lines suppressed" line with the count.
import type { LogLevel } from "./config.ts";

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type Fields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
}

export interface LoggerOptions {
  /** Where each line goes; console.log by default. */
  write?: (line: string) => void;
  /** Lines of one level and msg written per window; the rest are counted. */
  burst?: number;
  windowMs?: number;
}

/** One level and msg's current window: how many lines it had, how many were held back, and the summary's timer. */
interface Window {
  at: LogLevel;
  msg: string;
  startMs: number;
  count: number;
  suppressed: number;
  timer?: ReturnType<typeof setTimeout>;
}

/** Windows kept before finished ones are dropped (msgs are fixed texts, so this is rarely reached). */
const maxWindows = 1000;

export function createLogger(level: LogLevel, base: Fields = {}, options: LoggerOptions = {}): Logger {
  const { write = (line: string) => console.log(line), burst = 10, windowMs = 1000 } = options;
  const windows = new Map<string, Window>();
  const line = (at: LogLevel, msg: string, fields: Fields) =>
    write(JSON.stringify({ time: new Date().toISOString(), level: at, msg, ...base, ...fields }));

  /** Ends a window, with its summary when lines were held back. */
  const close = (key: string, w: Window) => {
    clearTimeout(w.timer);
    windows.delete(key);
    if (w.suppressed > 0) line(w.at, "log lines suppressed", { repeated: w.msg, suppressed: w.suppressed, windowMs });
  };

  /** The window of this level and msg, a new one when the last has ended. */
  const windowOf = (key: string, at: LogLevel, msg: string, now: number): Window => {
    const current = windows.get(key);
    if (current && now - current.startMs < windowMs) return current;
    if (current) close(key, current);
    if (windows.size >= maxWindows) for (const [k, w] of windows) if (now - w.startMs >= windowMs) close(k, w);
    const fresh: Window = { at, msg, startMs: now, count: 0, suppressed: 0 };
    windows.set(key, fresh);
    return fresh;
  };

  /** True when the line may be written now; otherwise it is counted, and summarised when its window ends. */
  const admit = (at: LogLevel, msg: string): boolean => {
    const key = `${at} ${msg}`;
    const now = Date.now();
    const w = windowOf(key, at, msg, now);
    if (++w.count <= burst) return true;
    if (++w.suppressed === 1) {
      w.timer = setTimeout(() => windows.get(key) === w && close(key, w), w.startMs + windowMs - now);
      Object(w.timer).unref?.(); // Node: a pending summary does not keep the process alive
    }
    return false;
  };

  const emit =
    (at: LogLevel) =>
    (msg: string, fields: Fields = {}) => {
      if (rank[at] < rank[level] || !admit(at, msg)) return;
      line(at, msg, fields);
    };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

/** The message and stack of an unknown thrown value, for a log line. */
export function describeError(err: unknown): Fields {
  return err instanceof Error ? { error: err.message, stack: err.stack } : { error: String(err) };
}
