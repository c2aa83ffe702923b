// The one domain error. Its code is from the signed API's stable set (signed-api.md §2); every protocol maps it
// to its own reply (the signed API's "0000" envelope, JSON-socket acks, TeamTalk result codes).

export const errorCodes = [
  "BAD_REQUEST",
  "BAD_SIGN",
  "EXPIRED_REQUEST",
  "TOKEN_INVALID",
  "TOKEN_EXPIRED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "INTERNAL",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class ImError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ImError";
  }
}

/** Client input quoted in an error message, cut to `max` characters with an ellipsis: a reply never echoes much. */
export function clip(input: string, max = 64): string {
  if (input.length <= max) return input;
  let kept = "";
  let count = 0;
  for (const char of input) {
    if (count++ === max) return `${kept}…`;
    kept += char;
  }
  return kept;
}

export const badRequest = (message: string) => new ImError("BAD_REQUEST", message);
export const forbidden = (message: string) => new ImError("FORBIDDEN", message);
export const notFound = (message: string) => new ImError("NOT_FOUND", message);
export const conflict = (message: string) => new ImError("CONFLICT", message);

/** True when a libSQL error is a UNIQUE / PRIMARY KEY violation (e.g. two registrations of one phone racing). */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    const code = (e as { code?: string }).code ?? "";
    if (code.includes("CONSTRAINT_UNIQUE") || code.includes("CONSTRAINT_PRIMARYKEY")) return true;
    if (/UNIQUE constraint failed/.test(e.message)) return true;
  }
  return false;
}
