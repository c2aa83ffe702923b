// Push-API replies (teamtalk.md §10.1): one JSON line `{"error_code":N,"error_msg":"…",...}` with an HTTP status; the
// original's codes where it had one, 1 for every input error, and 14 (ours) for a key over its request budget.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ImError } from "../../shared/domain/errors.ts";

export const ErrorCode = { ok: 0, badInput: 1, unknownKey: 2, serverFault: 10, createFailed: 11, changeFailed: 12, tooMany: 14 } as const;

const messages: Record<number, string> = {
  0: "成功",
  1: "参数错误",
  2: "appKey不存在",
  10: "服务器异常",
  11: "创建群失败",
  12: "更改群成员失败",
  14: "请求过于频繁",
};

/** A refusal: its HTTP status, error_code, and what was wrong (appended to the code's message). */
export class PushRefusal extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly errorCode: number,
    detail = "",
  ) {
    super(detail);
    this.name = "PushRefusal";
  }
}

export const badInput = (detail: string) => new PushRefusal(400, ErrorCode.badInput, detail);

/** A domain refusal as a push-API one: unknown ids and bad values are input errors, the rest a server fault. */
export function refusalOf(err: ImError, errorCode: number = ErrorCode.badInput): PushRefusal {
  if (err.code === "BAD_REQUEST" || err.code === "NOT_FOUND") return new PushRefusal(400, errorCode, err.message);
  if (err.code === "FORBIDDEN" || err.code === "CONFLICT") return new PushRefusal(403, errorCode, err.message);
  return new PushRefusal(500, ErrorCode.serverFault, err.message);
}

export function success(c: Context, extra: Record<string, unknown> = {}): Response {
  return c.json({ error_code: ErrorCode.ok, error_msg: messages[0], ...extra });
}

export function refusal(c: Context, r: PushRefusal): Response {
  const error_msg = r.message === "" ? messages[r.errorCode] : `${messages[r.errorCode]}: ${r.message}`;
  return c.json({ error_code: r.errorCode, error_msg }, r.status);
}

/** Any error of a route as a refusal; null for errors that are faults (the app's error handler logs them). */
export function asRefusal(err: unknown): PushRefusal | null {
  if (err instanceof PushRefusal) return err;
  if (err instanceof ImError) return refusalOf(err);
  return null;
}
