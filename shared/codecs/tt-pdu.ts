// TeamTalk's PDU framing (teamtalk.md §2): a 16-byte big-endian header whose first field is the whole PDU's length,
// then a protobuf body. The decoder is a state machine over pushed chunks; Web-standard types only (Node and Deno).

export const pduHeaderBytes = 16;

/** Default inbound cap (§2.2 recommends one; the original has none). The largest PDU the spec names is a file chunk
 * (≈ 34 KiB), but an audio message travels inline in IMMsgData (§7.2: up to 60 s of Speex, tens to a hundred KiB), so the
 * cap leaves room for that and for clients we have not seen, while bounding what one connection can make us hold. */
export const defaultMaxPduBytes = 1024 * 1024;

/** Android's Netty frame decoder discards a frame longer than 409 600 bytes (§2.2): that reply would be lost. */
export const maxOutboundPduBytes = 400 * 1024;

export type PduHeader = {
  /** The whole PDU, header included. */
  length: number;
  version: number;
  flag: number;
  serviceId: number;
  commandId: number;
  seq: number;
  reserved: number;
};

/** `raw` is the PDU exactly as received (the heartbeat is answered by sending it back unchanged, §2.4); `body` is a
 * view into it. Both may be views of a pushed chunk. */
export type Pdu = { kind: "pdu"; header: PduHeader; body: Uint8Array; raw: Uint8Array };

export type DecodedPdu = Pdu | { kind: "fatal"; reason: string };

export type EncodeOptions = {
  /** The server writes 1 / 0 / 0 (§2.3); a client emulation may write others (Android: version 6, reserved 0x30). */
  version?: number;
  flag?: number;
  reserved?: number;
  /** Defaults to `maxOutboundPduBytes`; raise it only for peers that accept more (server-to-server links). */
  maxBytes?: number;
};

/** Throws a RangeError when a PDU of this length is too long to send (by default: longer than Android accepts). */
export function checkOutboundLength(length: number, maxBytes = maxOutboundPduBytes): void {
  if (length > maxBytes) throw new RangeError(`PDU of ${length} bytes exceeds the ${maxBytes}-byte outbound limit`);
}

function checkUint16(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 0xffff) throw new RangeError(`${name} ${value} is not a uint16`);
  return value;
}

/** Builds one PDU around a serialised body. Throws a RangeError for a field out of range or a PDU over the limit. */
export function encodePdu(serviceId: number, commandId: number, seq: number, body: Uint8Array, options: EncodeOptions = {}): Uint8Array {
  const { version = 1, flag = 0, reserved = 0, maxBytes = maxOutboundPduBytes } = options;
  const length = pduHeaderBytes + body.length;
  checkOutboundLength(length, maxBytes);
  const pdu = new Uint8Array(length);
  const view = new DataView(pdu.buffer);
  view.setUint32(0, length);
  view.setUint16(4, checkUint16("version", version));
  view.setUint16(6, checkUint16("flag", flag));
  view.setUint16(8, checkUint16("serviceId", serviceId));
  view.setUint16(10, checkUint16("commandId", commandId));
  view.setUint16(12, checkUint16("seq", seq));
  view.setUint16(14, checkUint16("reserved", reserved));
  pdu.set(body, pduHeaderBytes);
  return pdu;
}

function lengthAt(bytes: Uint8Array, at: number): number {
  return bytes[at] * 0x1000000 + ((bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]);
}

/** Reads the header of a whole PDU (at least 16 bytes). */
export function readPduHeader(raw: Uint8Array): PduHeader {
  const view = new DataView(raw.buffer, raw.byteOffset, pduHeaderBytes);
  return {
    length: view.getUint32(0),
    version: view.getUint16(4),
    flag: view.getUint16(6),
    serviceId: view.getUint16(8),
    commandId: view.getUint16(10),
    seq: view.getUint16(12),
    reserved: view.getUint16(14),
  };
}

function toPdu(raw: Uint8Array): Pdu {
  return { kind: "pdu", header: readPduHeader(raw), body: raw.subarray(pduHeaderBytes), raw };
}

export type PduDecoderOptions = { maxPduBytes?: number };

const noBytes = new Uint8Array(0);

/**
 * PDUs that arrive whole inside one chunk come out as views of it (no copy). Only a PDU cut across chunks is copied,
 * into a held buffer that doubles as it fills (capped at the PDU's length): a PDU trickled in one byte per read costs
 * a linear number of copied bytes, and a lone header cannot make the decoder allocate the whole announced length.
 */
export class PduDecoder {
  readonly maxPduBytes: number;
  #held = noBytes;
  #heldBytes = 0;
  /** The held PDU's length once its header is read; 0 before. */
  #pduLength = 0;
  #dead = false;

  constructor(options: PduDecoderOptions = {}) {
    const max = options.maxPduBytes ?? defaultMaxPduBytes;
    if (!Number.isInteger(max) || max < pduHeaderBytes || max > 0xffffffff) throw new RangeError(`maxPduBytes ${max} is not a PDU length`);
    this.maxPduBytes = max;
  }

  /** Feeds bytes; returns the PDUs completed by them, in order. After a `fatal`, the decoder accepts nothing more. */
  push(chunk: Uint8Array): DecodedPdu[] {
    if (this.#dead) return [];
    const out: DecodedPdu[] = [];
    let at = this.#heldBytes > 0 ? this.#completeHeld(chunk, out) : 0;
    if (at < 0) return out;
    while (chunk.length - at >= pduHeaderBytes) {
      const length = this.#checkLength(lengthAt(chunk, at), out);
      if (length < 0) return out;
      if (chunk.length - at < length) break;
      out.push(toPdu(chunk.subarray(at, at + length)));
      at += length;
    }
    if (at < chunk.length) this.#startHeld(chunk.subarray(at));
    return out;
  }

  /** Bytes held for an incomplete PDU (its header included). */
  get buffered(): number {
    return this.#heldBytes;
  }

  /** Fills the held PDU from the chunk: the offset where the rest of the chunk starts, or -1 when the chunk ran out
   * first or the header just read was fatal. */
  #completeHeld(chunk: Uint8Array, out: DecodedPdu[]): number {
    let at = this.#append(chunk);
    if (this.#pduLength === 0) {
      if (this.#heldBytes < pduHeaderBytes) return -1;
      const length = this.#checkLength(lengthAt(this.#held, 0), out);
      if (length < 0) return -1;
      this.#pduLength = length;
      at += this.#append(chunk.subarray(at));
    }
    if (this.#heldBytes < this.#pduLength) return -1;
    out.push(toPdu(this.#held.subarray(0, this.#heldBytes)));
    this.#release();
    return at;
  }

  /** Holds the start of a PDU; a header in it has already been checked by `push`. */
  #startHeld(rest: Uint8Array): void {
    this.#pduLength = rest.length >= pduHeaderBytes ? lengthAt(rest, 0) : 0;
    this.#append(rest);
  }

  /** Copies as much of `bytes` as the held PDU (or, before its length is known, its header) still lacks. */
  #append(bytes: Uint8Array): number {
    const target = this.#pduLength || pduHeaderBytes;
    const take = Math.min(bytes.length, target - this.#heldBytes);
    const filled = this.#heldBytes + take;
    if (filled > this.#held.length) {
      const grown = new Uint8Array(Math.min(target, Math.max(filled, 2 * this.#held.length)));
      grown.set(this.#held.subarray(0, this.#heldBytes));
      this.#held = grown;
    }
    this.#held.set(bytes.subarray(0, take), this.#heldBytes);
    this.#heldBytes = filled;
    return take;
  }

  /** The length when it is acceptable; otherwise the decoder dies, a fatal is reported and -1 returned. The decision is
   * made on the header alone: an oversize body is never buffered. */
  #checkLength(length: number, out: DecodedPdu[]): number {
    let reason = "";
    if (length < pduHeaderBytes) reason = `PDU length ${length} is below the ${pduHeaderBytes}-byte header`;
    else if (length > this.maxPduBytes) reason = `PDU length ${length} exceeds the ${this.maxPduBytes}-byte limit`;
    else return length;
    this.#dead = true;
    this.#release();
    out.push({ kind: "fatal", reason });
    return -1;
  }

  #release(): void {
    this.#held = noBytes;
    this.#heldBytes = 0;
    this.#pduLength = 0;
  }
}
