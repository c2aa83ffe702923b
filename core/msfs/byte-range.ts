// HTTP Range requests on an msfs blob (RFC 9110 §14): one `bytes=` range, first-last, first- or a suffix -n. Several
// ranges, other units and malformed headers are ignored (the whole blob is served), as the RFC allows.
import type { ByteRange } from "../blobs/blob-store.ts";

/** The range to serve: none (whole blob), a satisfiable range, or unsatisfiable (416). */
export type RangeAnswer = { kind: "whole" } | { kind: "partial"; range: ByteRange } | { kind: "unsatisfiable" };

export function rangeOf(header: string | undefined, size: number): RangeAnswer {
  const m = header === undefined ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) return { kind: "whole" };
  if (m[1] === "") {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", range: { start: Math.max(0, size - suffix), end: size - 1 } };
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[2] !== "" && Number(m[2]) < start) return { kind: "whole" }; // an invalid range: ignored
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "partial", range: { start, end } };
}
