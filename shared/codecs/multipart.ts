// The msfs image upload's multipart/form-data body (RFC 7578): a streaming decoder that finds the first part with a
// filename and hands out its body as it arrives. A state machine over pushed chunks; it knows nothing of sockets or HTTP.
// It never holds a part body: only a delimiter's length of look-behind, a bounded preamble, or one part's headers.
import { Buffer } from "node:buffer";

/** TeamTalk msfs error codes, all "格式错误" on the wire. noBoundary is the caller's to report, when boundaryOf is null. */
export const MultipartError = {
  noDisposition: 2,
  noFilename: 3,
  noBoundary: 4,
  boundaryNotInBody: 5,
  noPartType: 6,
  noBlankLine: 7,
  unterminated: 8,
} as const;
export type MultipartErrorCode = (typeof MultipartError)[keyof typeof MultipartError];

export type MultipartEvent =
  /** The headers of the first part with a filename. */
  | { kind: "file"; fieldName: string; filename: string; contentType: string }
  /** Bytes of that part's body, in order; views of pushed chunks or fresh copies, never reused by the decoder. */
  | { kind: "data"; chunk: Uint8Array }
  /** The file part's closing delimiter was seen; nothing more will be emitted. */
  | { kind: "end" }
  /** After an error, nothing more is emitted. */
  | { kind: "error"; code: MultipartErrorCode; reason: string };

/** Bytes before the first boundary that are skipped (RFC 2046 allows a preamble) before the body is refused. */
export const maxPreambleBytes = 1024;
/** One part's header block, the rest of its boundary line and its blank line included. */
export const maxPartHeaderBytes = 16 * 1024;

type Parameter = { value: string; quoted: boolean };

/** `; name=value` or `; name="quoted \" value"`; a value that is neither runs to the next `;`. */
const parameterPattern = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;

/** A header value's parameters by lower-cased name (the first of a repeated name wins). In a quoted value only `\"`
 * and `\\` are unescaped: browsers send other backslashes raw. */
function parametersOf(headerValue: string): Map<string, Parameter> {
  const parameters = new Map<string, Parameter>();
  for (const [, name, quoted, token] of headerValue.matchAll(parameterPattern)) {
    const key = name.toLowerCase();
    if (parameters.has(key)) continue;
    parameters.set(
      key,
      quoted === undefined ? { value: token.trim(), quoted: false } : { value: quoted.replace(/\\(["\\])/g, "$1"), quoted: true },
    );
  }
  return parameters;
}

/** The boundary from a Content-Type header value (`multipart/form-data; boundary=...`, boundary may be quoted), or null. */
export function boundaryOf(contentType: string | undefined | null): string | null {
  if (!contentType) return null;
  return parametersOf(contentType).get("boundary")?.value || null;
}

/** An RFC 5987 `charset'language'percent-encoded` value, or null when it is malformed or its charset unknown. */
function extendedValue(raw: string): string | null {
  const match = /^([\w!#$%&+^`{|}~-]+)'[^']*'(.*)$/.exec(raw);
  if (match === null) return null;
  const bytes = Buffer.from(
    match[2].replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    "latin1",
  );
  try {
    return new TextDecoder(match[1], { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The part's filename: `filename*=` when it decodes, else a quoted non-empty `filename="…"` (an empty one is what a
 * browser sends for a file input left empty), else null. */
function filenameOf(disposition: Map<string, Parameter>): string | null {
  const extended = disposition.get("filename*");
  const decoded = extended === undefined ? null : extendedValue(extended.value);
  if (decoded) return decoded;
  const plain = disposition.get("filename");
  return plain?.quoted && plain.value !== "" ? plain.value : null;
}

/** A header block's headers by lower-cased name (the first of a repeated name wins). Its first line is the rest of the
 * boundary line (transport padding), not a header; lines without a colon are ignored. */
function headersOf(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split("\r\n").slice(1)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

type PartKind =
  | { kind: "field" }
  | { kind: "file"; fieldName: string; filename: string; contentType: string }
  | { kind: "error"; code: MultipartErrorCode; reason: string };

/** What a part is, from its header block (without the blank line). */
function partOf(block: string): PartKind {
  const headers = headersOf(block);
  const disposition = headers.get("content-disposition");
  if (disposition === undefined) {
    return { kind: "error", code: MultipartError.noDisposition, reason: "a part has no Content-Disposition header" };
  }
  const parameters = parametersOf(disposition);
  const filename = filenameOf(parameters);
  if (filename === null) return { kind: "field" };
  const contentType = headers.get("content-type");
  if (!contentType) {
    return { kind: "error", code: MultipartError.noPartType, reason: `the file part "${filename}" has no Content-Type header` };
  }
  return { kind: "file", fieldName: parameters.get("name")?.value ?? "", filename, contentType };
}

/** The length of the longest tail of bytes that begins the delimiter without completing it: the bytes to hold back. */
function partialDelimiterLength(bytes: Buffer, delimiter: Buffer): number {
  for (let length = Math.min(delimiter.length - 1, bytes.length); length > 0; length--) {
    const at = bytes.length - length;
    if (bytes[at] === delimiter[0] && bytes.compare(delimiter, 0, length, at) === 0) return length;
  }
  return 0;
}

const blankLine = Buffer.from("\r\n\r\n", "latin1");
const dash = 0x2d;

const State = { Preamble: 0, Headers: 1, SkippedBody: 2, FileBody: 3, Done: 4 } as const;
type State = (typeof State)[keyof typeof State];

export class MultipartDecoder {
  /** `--boundary`: the first delimiter, at the start of the body or after a preamble. */
  readonly #dashBoundary: Buffer;
  /** CRLF `--boundary`: what ends a part's body. */
  readonly #delimiter: Buffer;
  /** The preamble, a part's headers, or the look-behind of a body: a tail that may begin a delimiter. */
  readonly #scratch: Buffer;
  #held = 0;
  #state: State = State.Preamble;

  /** The boundary as boundaryOf gives it (header text: its characters are bytes). Throws on an empty boundary. */
  constructor(boundary: string) {
    if (boundary === "") throw new RangeError("the multipart boundary is empty");
    this.#dashBoundary = Buffer.from(`--${boundary}`, "latin1");
    this.#delimiter = Buffer.from(`\r\n--${boundary}`, "latin1");
    this.#scratch = Buffer.alloc(Math.max(maxPartHeaderBytes, maxPreambleBytes + this.#dashBoundary.length, 2 * this.#delimiter.length));
  }

  /** Feeds bytes of the body; returns the events they complete, in order. */
  push(chunk: Uint8Array): MultipartEvent[] {
    const out: MultipartEvent[] = [];
    const pieces = [Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)];
    while (pieces.length > 0 && this.#state !== State.Done) pieces.unshift(...this.#step(pieces.shift()!, out));
    return out;
  }

  /** End of input: an error when the file part (or a closing boundary) was never completed, else []. */
  finish(): MultipartEvent[] {
    const out: MultipartEvent[] = [];
    if (this.#state === State.Preamble) this.#fail(out, MultipartError.boundaryNotInBody, "the body ended before its first boundary");
    else if (this.#state === State.FileBody) this.#fail(out, MultipartError.unterminated, "the body ended inside the file part");
    else if (this.#state !== State.Done) this.#fail(out, MultipartError.unterminated, "the body ended before its closing boundary");
    return out;
  }

  /** Bytes held between pushes: never more than the preamble limit, the header limit, or the delimiter's length. */
  get held(): number {
    return this.#held;
  }

  /** Consumes the front of a piece; returns what is left of it (and of the held bytes) for the next state. */
  #step(piece: Buffer, out: MultipartEvent[]): Buffer[] {
    if (this.#state === State.Preamble) return this.#preamble(piece, out);
    if (this.#state === State.Headers) return this.#headers(piece, out);
    return this.#body(piece, out);
  }

  #preamble(piece: Buffer, out: MultipartEvent[]): Buffer[] {
    const limit = maxPreambleBytes + this.#dashBoundary.length;
    const from = Math.max(0, this.#held - this.#dashBoundary.length + 1);
    const taken = this.#hold(piece, limit);
    const at = this.#scratch.subarray(0, this.#held).indexOf(this.#dashBoundary, from);
    if (at >= 0) return this.#enter(State.Headers, at + this.#dashBoundary.length, piece.subarray(taken));
    if (this.#held < limit) return [];
    return this.#fail(out, MultipartError.boundaryNotInBody, `the boundary is not within the first ${maxPreambleBytes} bytes of the body`);
  }

  #headers(piece: Buffer, out: MultipartEvent[]): Buffer[] {
    const from = Math.max(0, this.#held - blankLine.length + 1);
    const taken = this.#hold(piece, maxPartHeaderBytes);
    const block = this.#scratch.subarray(0, this.#held);
    if (block.length >= 2 && block[0] === dash && block[1] === dash) {
      return this.#fail(out, MultipartError.noFilename, "the body closed without a part that has a filename");
    }
    const end = block.indexOf(blankLine, from);
    if (end < 0) {
      if (block.length < maxPartHeaderBytes) return [];
      return this.#fail(out, MultipartError.noBlankLine, `no blank line within ${maxPartHeaderBytes} bytes of part headers`);
    }
    const part = partOf(block.toString("utf8", 0, end));
    if (part.kind === "error") return this.#fail(out, part.code, part.reason);
    if (part.kind === "field") return this.#enter(State.SkippedBody, end + blankLine.length, piece.subarray(taken));
    out.push(part);
    return this.#enter(State.FileBody, end + blankLine.length, piece.subarray(taken));
  }

  /** Passes body bytes up to the delimiter on (or drops them, for a skipped part), holding back a tail that may begin
   * one. Held bytes are joined with at most a delimiter's length of the piece to find a delimiter across pushes. */
  #body(piece: Buffer, out: MultipartEvent[]): Buffer[] {
    const delimiter = this.#delimiter;
    if (this.#held > 0) {
      const before = this.#held;
      const taken = this.#hold(piece, before + delimiter.length - 1);
      const joined = this.#scratch.subarray(0, this.#held);
      const at = joined.indexOf(delimiter);
      if (at >= 0) {
        // A delimiter found here starts in the held bytes: the join is too short for one wholly in the piece.
        this.#data(out, Buffer.from(joined.subarray(0, at)));
        this.#held = 0;
        return this.#delimiterSeen(out, piece.subarray(at + delimiter.length - before));
      }
      if (taken === piece.length) {
        const keep = partialDelimiterLength(joined, delimiter);
        this.#data(out, Buffer.from(joined.subarray(0, joined.length - keep)));
        this.#scratch.copyWithin(0, joined.length - keep, joined.length);
        this.#held = keep;
        return [];
      }
      this.#data(out, Buffer.from(joined.subarray(0, before)));
      this.#held = 0;
    }
    const at = piece.indexOf(delimiter);
    if (at >= 0) {
      this.#data(out, piece.subarray(0, at));
      return this.#delimiterSeen(out, piece.subarray(at + delimiter.length));
    }
    const keep = partialDelimiterLength(piece, delimiter);
    this.#data(out, piece.subarray(0, piece.length - keep));
    this.#hold(piece.subarray(piece.length - keep), keep);
    return [];
  }

  #data(out: MultipartEvent[], bytes: Buffer): void {
    if (this.#state === State.FileBody && bytes.length > 0) out.push({ kind: "data", chunk: bytes });
  }

  #delimiterSeen(out: MultipartEvent[], rest: Buffer): Buffer[] {
    if (this.#state === State.FileBody) {
      this.#state = State.Done;
      out.push({ kind: "end" });
      return [];
    }
    this.#state = State.Headers;
    return [rest];
  }

  /** Copies the front of a piece after the held bytes, up to `limit` held in all; returns how many it took. */
  #hold(piece: Buffer, limit: number): number {
    const taken = piece.copy(this.#scratch, this.#held, 0, Math.min(piece.length, limit - this.#held));
    this.#held += taken;
    return taken;
  }

  /** Moves to a state that starts with the held bytes from `from` on (copied out: the scratch is reused) and the rest. */
  #enter(state: State, from: number, rest: Buffer): Buffer[] {
    const heldRest = Buffer.from(this.#scratch.subarray(from, this.#held));
    this.#held = 0;
    this.#state = state;
    return [heldRest, rest];
  }

  #fail(out: MultipartEvent[], code: MultipartErrorCode, reason: string): Buffer[] {
    this.#state = State.Done;
    this.#held = 0;
    out.push({ kind: "error", code, reason });
    return [];
  }
}
