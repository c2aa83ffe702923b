// The JSON socket's framing (signed-api.md §5): `[uint16 BE L][body]` with L = body length + 2, the body being the
// base64 text of one AES envelope. The decoder is a state machine over pushed chunks (partial and coalesced reads);
// it knows nothing of sockets. Web-standard types only.

/** The largest body a frame can carry: L is 16 bits and counts its own 2 bytes. */
export const maxFrameBodyBytes = 0xffff - 2;

export type DecodedFrame = { kind: "frame"; body: Uint8Array } | { kind: "fatal"; reason: string };

/** Frames one body. Throws when the body is too long for the 16-bit length. */
export function encodeFrame(body: Uint8Array): Uint8Array {
  if (body.length > maxFrameBodyBytes) throw new RangeError(`frame body of ${body.length} bytes exceeds ${maxFrameBodyBytes}`);
  const frame = new Uint8Array(body.length + 2);
  new DataView(frame.buffer).setUint16(0, body.length + 2);
  frame.set(body, 2);
  return frame;
}

/** Past this many held chunks they are merged: a body trickled in byte by byte costs neither quadratic time (the
 * copy of a body spanning chunks shifts them off one by one) nor an object per byte. */
const maxHeldChunks = 64;

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const State = { Length: 0, Body: 1, Dead: 2 } as const;
type State = (typeof State)[keyof typeof State];

export class JsonFrameDecoder {
  #chunks: Uint8Array[] = [];
  #buffered = 0;
  #state: State = State.Length;
  #bodyLength = 0;

  /** Feeds bytes; returns the frames completed by them, in order. After a `fatal`, the decoder accepts nothing more. */
  push(chunk: Uint8Array): DecodedFrame[] {
    if (this.#state === State.Dead) return [];
    this.#chunks.push(chunk);
    this.#buffered += chunk.length;
    if (this.#chunks.length > maxHeldChunks) this.#chunks = [concat(this.#chunks, this.#buffered)];
    const out: DecodedFrame[] = [];
    for (;;) {
      if (this.#state === State.Length) {
        if (this.#buffered < 2) return out;
        const header = this.#consume(2);
        const length = (header[0] << 8) | header[1];
        if (length < 2) {
          this.#state = State.Dead;
          this.#chunks = [];
          out.push({ kind: "fatal", reason: `frame length ${length} is below 2` });
          return out;
        }
        this.#bodyLength = length - 2;
        this.#state = State.Body;
      }
      if (this.#buffered < this.#bodyLength) return out;
      out.push({ kind: "frame", body: this.#consume(this.#bodyLength) });
      this.#state = State.Length;
    }
  }

  /** Bytes held for an incomplete frame. */
  get buffered(): number {
    return this.#buffered;
  }

  /** Takes n bytes off the front: a view when they sit in one chunk, a copy when they span chunks. */
  #consume(n: number): Uint8Array {
    this.#buffered -= n;
    const first = this.#chunks[0];
    if (n === 0) return new Uint8Array(0);
    if (first.length === n) return this.#chunks.shift()!;
    if (first.length > n) {
      this.#chunks[0] = first.subarray(n);
      return first.subarray(0, n);
    }
    const out = new Uint8Array(n);
    let filled = 0;
    while (filled < n) {
      const head = this.#chunks[0];
      const take = Math.min(head.length, n - filled);
      out.set(head.subarray(0, take), filled);
      filled += take;
      if (take === head.length) this.#chunks.shift();
      else this.#chunks[0] = head.subarray(take);
    }
    return out;
  }
}
