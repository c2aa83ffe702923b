// The client's network address on Node (@hono/node-server's connection info), for the abuse limits of the HTTP
// APIs; edge/app.ts stays runtime-free by taking it as a function.
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

export function nodeClientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown"; // not served by @hono/node-server (e.g. app.request in a test)
  }
}
