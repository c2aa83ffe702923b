// Cuts a byte stream into parts of a fixed size (the last one shorter), pulling from the stream only as parts are
// taken, so at most one part is held whatever the stream's length. The S3 store uploads a blob part by part with it.
import type { Readable } from "node:stream";

/** The stream's bytes in parts of `size` bytes, the last one shorter and never empty. Throws what the stream throws. */
export async function* streamParts(body: Readable, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let length = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    let rest = chunk;
    while (length + rest.length >= size) {
      const taken = size - length;
      pending.push(rest.subarray(0, taken));
      yield Buffer.concat(pending, size);
      pending = [];
      length = 0;
      rest = rest.subarray(taken);
    }
    if (rest.length > 0) {
      pending.push(rest);
      length += rest.length;
    }
  }
  if (length > 0) yield Buffer.concat(pending, length);
}
