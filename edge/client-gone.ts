// A request whose client hung up or timed out while its body was being read: the edge logs it as info, without a
// stack, since nothing went wrong on this side. Only errors of body reads are judged here, never a handler's.
import type { MiddlewareHandler } from "hono";

/**
 * What a body read fails with when the client goes away: Node's error codes (a hang-up, or the server's request
 * timeout, is "aborted" with ECONNRESET), and Deno's error names (a hang-up is BadResource) and the web's.
 */
const goneCodes = new Set(["ECONNRESET", "ECONNABORTED", "EPIPE", "ETIMEDOUT", "ERR_STREAM_PREMATURE_CLOSE", "ERR_HTTP_REQUEST_TIMEOUT"]);
const goneNames = new Set([
  "AbortError",
  "TimeoutError",
  "BadResource",
  "Http",
  "UnexpectedEof",
  "ConnectionReset",
  "ConnectionAborted",
  "BrokenPipe",
  "TimedOut",
]);

export class ClientGoneError extends Error {
  constructor(readonly original: unknown) {
    super(original instanceof Error ? original.message : String(original));
    this.name = "ClientGoneError";
  }

  /** The original error's code, if it has one (`ECONNRESET`). */
  get code(): unknown {
    return (this.original as { code?: unknown } | null)?.code;
  }
}

/** Judged by the error alone: reading request.signal makes Deno print a warning about its legacy abort behaviour. */
function isGone(err: unknown): boolean {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    if (goneCodes.has(String((e as { code?: unknown }).code)) || goneNames.has(e.name)) return true;
  }
  return false;
}

/** A middleware that reads the body (hono's bodyLimit reads a chunked one), its client going away made a ClientGoneError. */
export function readingBody(middleware: MiddlewareHandler): MiddlewareHandler {
  return async (c, next) => {
    let passedOn = false;
    try {
      return await middleware(c, () => {
        passedOn = true;
        return next();
      });
    } catch (err) {
      throw !passedOn && isGone(err) ? new ClientGoneError(err) : err;
    }
  };
}

/** Reads the request body as text; a client that goes away meanwhile becomes a ClientGoneError. */
export async function bodyText(request: Request): Promise<string> {
  try {
    return await request.text();
  } catch (err) {
    throw isGone(err) ? new ClientGoneError(err) : err;
  }
}
