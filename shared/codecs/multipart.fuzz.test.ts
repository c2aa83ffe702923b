// Fuzzing the msfs multipart decoder (fast-check; budget in shared/fuzz-test-kit.ts): well-formed bodies whose contents
// are full of near-delimiters, cut into arbitrary chunks, give exactly the first file's headers and bytes while holding
// less than a delimiter; arbitrary and damaged bodies in arbitrary chunks never throw, stay bounded, end in exactly one
// `end` or `error`, and decode as the whole body pushed at once.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { test } from "node:test";
import fc from "fast-check";
import { cut, fuzz, timed } from "../fuzz-test-kit.ts";
import { maxPartHeaderBytes, maxPreambleBytes, MultipartDecoder, type MultipartEvent } from "./multipart.ts";

const latin1 = (s: string) => Buffer.from(s, "latin1");

type Decoded = { events: MultipartEvent[]; heldInFile: number; maxHeld: number };

/** Pushes every chunk then finishes; joins consecutive data (cuts split it differently) into one copy. Notes the most
 * bytes held after any push, and while inside the file's body. */
function decodeAll(boundary: string, chunks: Uint8Array[]): Decoded {
  const decoder = new MultipartDecoder(boundary);
  const events: MultipartEvent[] = [];
  let heldInFile = 0;
  let maxHeld = 0;
  const take = (e: MultipartEvent) => {
    const last = events.at(-1);
    if (e.kind === "data" && last?.kind === "data") last.chunk = Buffer.concat([last.chunk, e.chunk]);
    else events.push(e.kind === "data" ? { kind: "data", chunk: Buffer.from(e.chunk) } : e);
  };
  for (const chunk of chunks) {
    decoder.push(chunk).forEach(take);
    maxHeld = Math.max(maxHeld, decoder.held);
    if (events.some((e) => e.kind === "file") && !events.some((e) => e.kind === "end" || e.kind === "error")) {
      heldInFile = Math.max(heldInFile, decoder.held);
    }
  }
  decoder.finish().forEach(take);
  return { events, heldInFile, maxHeld };
}

const cutPoints = fc.oneof(
  { weight: 5, arbitrary: fc.array(fc.nat(), { maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constant("every byte" as const) },
);

/** Short boundaries (and dashes) make near-delimiters likely; long ones reach the RFC's 70 characters. */
const boundaries = fc.oneof(fc.constantFrom("b", "-", "--", "ab", "a-b"), fc.stringMatching(/^[0-9A-Za-z'()+_,./:=?-]{1,70}$/));

/** Bytes made of random runs and pieces of the delimiter (never a whole one: a content cannot contain its delimiter). */
function contents(boundary: string): fc.Arbitrary<Buffer> {
  const delimiter = latin1(`\r\n--${boundary}`);
  const piece = fc.oneof(
    fc.uint8Array({ maxLength: 24 }),
    fc.nat().map((n) => delimiter.subarray(0, n % delimiter.length)),
    fc.constantFrom(latin1("\r\n"), latin1("--"), latin1("\r"), latin1(`--${boundary}`), latin1(`--${boundary}--`)),
  );
  return fc
    .array(piece, { maxLength: 16 })
    .map((pieces) => Buffer.concat(pieces))
    .filter((content) => Buffer.concat([content, delimiter]).indexOf(delimiter) === content.length);
}

const filenames = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 40 })
  .filter((name) => !/["\\\r\n]/.test(name) && name.trim() !== "" && name === name.trim());

type Field = { disposition: string; content: Buffer };
type Upload = {
  boundary: string;
  preamble: string;
  padding: string;
  fields: Field[];
  file: { fieldName: string; filename: string; contentType: string; content: Buffer; lowerCase: boolean };
  after: Uint8Array;
};

const uploads: fc.Arbitrary<Upload> = boundaries.chain((boundary) =>
  fc.record({
    boundary: fc.constant(boundary),
    preamble: fc.oneof(
      fc.constant(""),
      fc.stringMatching(/^[a-z ]{0,80}$/).map((s) => `${s}\r\n`),
    ),
    padding: fc.stringMatching(/^[ \t]{0,3}$/),
    fields: fc.array(
      fc.record({
        disposition: fc.constantFrom('form-data; name="user"', 'form-data; name="empty"; filename=""', "form-data; name=a; filename=a.jpg"),
        content: contents(boundary),
      }),
      { maxLength: 3 },
    ),
    file: fc.record({
      fieldName: fc.constantFrom("file", "file0", "filename"),
      filename: filenames,
      contentType: fc.constantFrom("image/jpeg", "image/png", "application/octet-stream"),
      content: contents(boundary),
      lowerCase: fc.boolean(),
    }),
    after: fc.uint8Array({ maxLength: 40 }),
  }),
);

/** The body curl or a browser would send for the upload. */
function bodyOf(u: Upload): Buffer {
  const { file } = u;
  const name = (header: string) => (file.lowerCase ? header.toLowerCase() : header);
  const fileHeaders = `${name("Content-Disposition")}: form-data; name="${file.fieldName}"; filename="${file.filename}"\r\n${name("Content-Type")}: ${file.contentType}`;
  const parts: Uint8Array[] = [latin1(u.preamble)];
  for (const field of u.fields) {
    parts.push(latin1(`--${u.boundary}${u.padding}\r\nContent-Disposition: ${field.disposition}\r\n\r\n`), field.content, latin1("\r\n"));
  }
  parts.push(
    latin1(`--${u.boundary}${u.padding}\r\n`),
    Buffer.from(`${fileHeaders}\r\n\r\n`, "utf8"),
    file.content,
    latin1(`\r\n--${u.boundary}--`),
    u.after,
  );
  return Buffer.concat(parts);
}

test("well-formed uploads cut into arbitrary chunks give exactly the first file, holding less than a delimiter in it", (t) =>
  fuzz(
    t,
    fc.property(
      uploads,
      cutPoints,
      timed((upload, points) => {
        const { file } = upload;
        const { events, heldInFile } = decodeAll(upload.boundary, cut(bodyOf(upload), points));
        const header = { kind: "file", fieldName: file.fieldName, filename: file.filename, contentType: file.contentType };
        const data = file.content.length > 0 ? [{ kind: "data", chunk: file.content }] : [];
        assert.deepEqual(events, [header, ...data, { kind: "end" }]);
        assert.ok(heldInFile < upload.boundary.length + 4, `held ${heldInFile} bytes inside the file`);
      }),
    ),
  ));

/** A well-formed upload with bytes overwritten, inserted or cut off, or bytes from nowhere. */
const damagedBodies = fc.oneof(
  fc.tuple(boundaries, fc.uint8Array({ maxLength: 400 })),
  fc
    .tuple(
      uploads,
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.nat({ max: 8 }),
          fc.oneof(fc.uint8Array({ maxLength: 8 }), fc.constantFrom(latin1("\r\n\r\n"), latin1("--"), latin1("\r\n--"))),
        ),
        {
          maxLength: 4,
        },
      ),
      fc.option(fc.nat()),
    )
    .map(([upload, edits, end]): [string, Uint8Array] => {
      let body = bodyOf(upload);
      for (const [at, removed, inserted] of edits) {
        const p = at % (body.length + 1);
        body = Buffer.concat([body.subarray(0, p), inserted, body.subarray(p + removed)]);
      }
      return [upload.boundary, end === null ? body : body.subarray(0, end % (body.length + 1))];
    }),
);

test("damaged and arbitrary bodies in arbitrary chunks never throw, stay bounded, end once, and decode as pushed whole", (t) =>
  fuzz(
    t,
    fc.property(
      damagedBodies,
      cutPoints,
      timed(([boundary, body], points) => {
        const whole = decodeAll(boundary, [body]);
        const { events, maxHeld } = decodeAll(boundary, cut(body, points));
        assert.deepEqual(events, whole.events);
        assert.ok(maxHeld <= Math.max(maxPartHeaderBytes, maxPreambleBytes + boundary.length + 2), `held ${maxHeld}`);
        const kinds = events.map((e) => e.kind).join(" ");
        assert.match(kinds, /^(error|file (data )?(end|error))$/);
      }),
    ),
  ));
