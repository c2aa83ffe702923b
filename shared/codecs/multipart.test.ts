// Raw-byte vectors for the msfs upload's multipart decoder: curl's and Android's bodies, parts around the file, bodies
// full of near-delimiters, every error code, every cut of a small body, and a large body held to a delimiter's length.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { randomBytes } from "node:crypto";
import { test } from "node:test";
import { boundaryOf, maxPartHeaderBytes, maxPreambleBytes, MultipartDecoder, MultipartError, type MultipartEvent } from "./multipart.ts";

const latin1 = (s: string) => Buffer.from(s, "latin1");
const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ""), "hex");
const bytes = (...parts: (string | Uint8Array)[]) =>
  Uint8Array.from(Buffer.concat(parts.map((p) => (typeof p === "string" ? latin1(p) : p))));

/** Events with consecutive data joined into one latin1 string (cuts split the data differently) and error reasons dropped. */
type Summary =
  | { kind: "file"; fieldName: string; filename: string; contentType: string }
  | { kind: "data"; text: string }
  | { kind: "end" }
  | { kind: "error"; code: number };

function summarize(events: MultipartEvent[]): Summary[] {
  const out: Summary[] = [];
  for (const e of events) {
    const last = out.at(-1);
    if (e.kind === "data" && last?.kind === "data") last.text += Buffer.from(e.chunk).toString("latin1");
    else if (e.kind === "data") out.push({ kind: "data", text: Buffer.from(e.chunk).toString("latin1") });
    else if (e.kind === "error") out.push({ kind: "error", code: e.code });
    else out.push(e);
  }
  return out;
}

/** Pushes the chunks, then finishes. */
function decode(boundary: string, ...chunks: Uint8Array[]): Summary[] {
  const decoder = new MultipartDecoder(boundary);
  return summarize([...chunks.flatMap((c) => decoder.push(c)), ...decoder.finish()]);
}

const fileOf = (fieldName: string, filename: string, contentType: string) => ({ kind: "file", fieldName, filename, contentType }) as const;
const error = (code: number) => ({ kind: "error", code }) as const;

// curl -F "filename=@./head.jpeg" http://host:8700/ (curl 8): Content-Type: multipart/form-data; boundary=------------------------d74496d66958873e
const curlBoundary = "------------------------d74496d66958873e";
const jpeg = hex("ffd8ffe0 0010 4a464946 00 0101 0d0a2d2d 0d0a ffd9");
const curlBody = bytes(
  "--------------------------d74496d66958873e\r\n",
  'Content-Disposition: form-data; name="filename"; filename="head.jpeg"\r\n',
  "Content-Type: image/jpeg\r\n",
  "\r\n",
  jpeg,
  "\r\n--------------------------d74496d66958873e--\r\n",
);

test("boundaryOf: unquoted, quoted, among other parameters, any case of the name; null when missing or empty", () => {
  assert.equal(boundaryOf(`multipart/form-data; boundary=${curlBoundary}`), curlBoundary);
  assert.equal(boundaryOf('multipart/form-data; boundary="a b:c"'), "a b:c");
  assert.equal(boundaryOf('multipart/form-data; charset=utf-8; boundary="x\\"y"; foo=bar'), 'x"y');
  assert.equal(boundaryOf("multipart/form-data;Boundary=AaB03x ;charset=utf-8"), "AaB03x");
  assert.equal(boundaryOf("multipart/form-data; BOUNDARY = AaB03x"), "AaB03x");
  assert.equal(boundaryOf('multipart/form-data; name="boundary=no"; boundary=yes'), "yes");
  for (const none of [undefined, null, "", "multipart/form-data", "multipart/form-data; boundary=", 'multipart/form-data; boundary=""']) {
    assert.equal(boundaryOf(none), null, String(none));
  }
  assert.equal(MultipartError.noBoundary, 4, "the code the HTTP layer reports for a null boundary");
});

test("curl's body: the file's headers, its bytes, the end", () => {
  const decoder = new MultipartDecoder(curlBoundary);
  const events = decoder.push(curlBody);
  assert.deepEqual(summarize(events), [
    fileOf("filename", "head.jpeg", "image/jpeg"),
    { kind: "data", text: jpeg.toString("latin1") },
    { kind: "end" },
  ]);
  assert.equal(decoder.held, 0);
  assert.deepEqual(decoder.push(latin1("more")), []);
  assert.deepEqual(decoder.finish(), []);
});

test("Android's body: field file0, an extra header, application/octet-stream or image/jpeg", () => {
  const boundary = "Ab3_-xYz9Ab3_-xYz9Ab3_-xYz9Ab3";
  for (const type of ["application/octet-stream", "image/jpeg"]) {
    const body = bytes(
      `--${boundary}\r\n`,
      'Content-Disposition: form-data; name="file0"; filename="1449832323.jpg"\r\n',
      `Content-Type: ${type}\r\n`,
      "Content-Transfer-Encoding: binary\r\n",
      "\r\n",
      jpeg,
      `\r\n--${boundary}--\r\n`,
    );
    assert.deepEqual(decode(boundary, body), [
      fileOf("file0", "1449832323.jpg", type),
      { kind: "data", text: jpeg.toString("latin1") },
      { kind: "end" },
    ]);
  }
});

test("field parts before the file are skipped; the first file is taken and what follows it is never read", () => {
  const body = bytes(
    "preamble text\r\n",
    "--XyZ\r\n",
    'Content-Disposition: form-data; name="user"\r\n\r\n',
    "alice\r\n--Xy",
    "\r\n--XyZ\r\n",
    'Content-Disposition: form-data; name="empty"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n',
    "\r\n--XyZ\r\n",
    'content-disposition: form-data; name="unquoted"; filename=a.jpg\r\n\r\n',
    "x\r\n--XyZ   \t\r\n",
    'CONTENT-DISPOSITION: form-data; name="file"; filename="first.png"\r\ncontent-type: image/png\r\n\r\n',
    "PNG\r\n--XyZ\r\n",
    'Content-Disposition: form-data; name="file"; filename="second.png"\r\nContent-Type: image/png\r\n\r\n',
    "second\r\n--XyZ--\r\n",
  );
  assert.deepEqual(decode("XyZ", body), [fileOf("file", "first.png", "image/png"), { kind: "data", text: "PNG" }, { kind: "end" }]);
  const truncatedAfterTheFile = body.subarray(
    0,
    Buffer.from(body).indexOf('\r\n--XyZ\r\nContent-Disposition: form-data; name="file"; filename="second') + 7,
  );
  assert.deepEqual(decode("XyZ", truncatedAfterTheFile), [
    fileOf("file", "first.png", "image/png"),
    { kind: "data", text: "PNG" },
    { kind: "end" },
  ]);
});

test("filenames: filename* (RFC 5987) is preferred, quotes are unescaped, UTF-8 bytes decode, an empty file is a file", () => {
  const part = (disposition: string, content = "") =>
    bytes("--b\r\n", disposition, "\r\nContent-Type: image/jpeg\r\n\r\n", content, "\r\n--b--\r\n");
  const filename = (disposition: string) => {
    const [first] = decode("b", part(disposition));
    return first.kind === "file" ? first.filename : first;
  };
  assert.equal(filename(`Content-Disposition: form-data; name="f"; filename="x.jpg"; filename*=UTF-8''%E4%BD%A0%E5%A5%BD.jpg`), "你好.jpg");
  assert.equal(filename(`Content-Disposition: form-data; name="f"; filename*=utf-8''a%20b.jpg`), "a b.jpg");
  assert.equal(filename(`Content-Disposition: form-data; filename*=iso-8859-1'en'%E9.jpg; filename="e.jpg"`), "é.jpg");
  assert.equal(filename(`Content-Disposition: form-data; filename*=utf-8''%FF.jpg; filename="fallback.jpg"`), "fallback.jpg");
  assert.equal(filename(`Content-Disposition: form-data; filename*=nope''x.jpg; filename="fallback.jpg"`), "fallback.jpg");
  assert.equal(filename('Content-Disposition: form-data; name="f"; filename="say \\"hi\\"; ok.jpg"'), 'say "hi"; ok.jpg');
  assert.equal(filename('Content-Disposition: form-data; filename="C:\\photos\\a.jpg"'), "C:\\photos\\a.jpg");
  assert.equal(filename(Buffer.from('Content-Disposition: form-data; filename="头像.jpg"', "utf8").toString("latin1")), "头像.jpg");
  assert.deepEqual(decode("b", part('Content-Disposition: form-data; filename="a.jpg"')), [
    fileOf("", "a.jpg", "image/jpeg"),
    { kind: "end" },
  ]);
});

test("bodies full of near-delimiters come out whole: CRLF--, a partial boundary, the boundary without its CRLF", () => {
  const boundary = "bound";
  const tricky = [
    "\r\n--",
    "\r\n--boun",
    "\r\n--bounx",
    "--bound",
    "\n--bound",
    "\r--bound",
    "\r\r\n--boun\r",
    "\r\n-\r\n--\r\n--b",
    "x\r\n--boun",
    "\r\n--boun\r\n--boun",
    "\r",
    "\r\n",
  ];
  for (const content of tricky) {
    const body = bytes(
      `--${boundary}\r\n`,
      'Content-Disposition: form-data; name="f"; filename="t.bin"\r\nContent-Type: a/b\r\n\r\n',
      content,
      `\r\n--${boundary}--`,
    );
    const expected = [fileOf("f", "t.bin", "a/b"), { kind: "data", text: content }, { kind: "end" }];
    assert.deepEqual(decode(boundary, body), expected, JSON.stringify(content));
    const decoder = new MultipartDecoder(boundary);
    assert.deepEqual(
      summarize([...body].flatMap((b) => decoder.push(Uint8Array.of(b)))),
      expected,
      `byte by byte: ${JSON.stringify(content)}`,
    );
  }
});

test("a body cut at every byte, or pushed byte by byte, decodes the same", () => {
  const body = bytes(
    "pre\r\n--bb\r\n",
    'Content-Disposition: form-data; name="a"\r\n\r\n',
    "\r\n--b\r\n--bb\r\n",
    'Content-Disposition: form-data; name="file0"; filename="x.jpg"\r\nContent-Type: image/jpeg\r\n\r\n',
    "\r\n--b\r\n-\r\n--b",
    jpeg,
    "\r\n--bb--\r\n",
  );
  const expected = decode("bb", body);
  assert.deepEqual(expected, [
    fileOf("file0", "x.jpg", "image/jpeg"),
    { kind: "data", text: `\r\n--b\r\n-\r\n--b${jpeg.toString("latin1")}` },
    { kind: "end" },
  ]);
  for (let cut = 0; cut <= body.length; cut++)
    assert.deepEqual(decode("bb", body.subarray(0, cut), body.subarray(cut)), expected, `cut at ${cut}`);
  for (let a = 0; a <= body.length; a += 7) {
    for (let b = a; b <= body.length; b += 5)
      assert.deepEqual(decode("bb", body.subarray(0, a), body.subarray(a, b), body.subarray(b)), expected);
  }
  assert.deepEqual(decode("bb", ...[...body].map((b) => Uint8Array.of(b))), expected);
});

test("data events are views of the pushed chunk, not copies", () => {
  const chunk = Buffer.from(curlBody);
  const data = new MultipartDecoder(curlBoundary).push(chunk).find((e) => e.kind === "data");
  assert.ok(data?.kind === "data");
  assert.equal(data.chunk.buffer, chunk.buffer);
});

test("a preamble up to the limit is skipped; a longer one, or none of the boundary at all, is error 5", () => {
  const file = bytes('--b\r\nContent-Disposition: form-data; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\nA\r\n--b--');
  const preamble = (n: number) => `${"p".repeat(n - 2)}\r\n`;
  assert.deepEqual(decode("b", bytes(preamble(maxPreambleBytes), file)).at(-1), { kind: "end" });
  assert.deepEqual(decode("b", bytes(preamble(maxPreambleBytes + 1), file)), [error(MultipartError.boundaryNotInBody)]);
  assert.deepEqual(decode("b", bytes("not a multipart body")), [error(MultipartError.boundaryNotInBody)]);
  assert.deepEqual(decode("b"), [error(MultipartError.boundaryNotInBody)]);
  const decoder = new MultipartDecoder("b");
  assert.deepEqual(summarize(decoder.push(new Uint8Array(1 << 20))), [error(MultipartError.boundaryNotInBody)]);
  assert.equal(decoder.held, 0);
});

test("error 2: a part with no Content-Disposition, before or as the file", () => {
  assert.deepEqual(decode("b", bytes("--b\r\nContent-Type: image/jpeg\r\n\r\nA\r\n--b--")), [error(MultipartError.noDisposition)]);
  assert.deepEqual(decode("b", bytes("--b\r\n\r\nA\r\n--b--")), [error(MultipartError.noDisposition)]);
  assert.deepEqual(decode("b", bytes('--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nA\r\n--b\r\nX-Other: 1\r\n\r\nB\r\n--b--')), [
    error(MultipartError.noDisposition),
  ]);
});

test("error 3: the body closes with no part that has a (quoted, non-empty) filename", () => {
  assert.deepEqual(decode("b", bytes('--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nA\r\n--b--\r\n')), [
    error(MultipartError.noFilename),
  ]);
  assert.deepEqual(decode("b", bytes("--b\r\nContent-Disposition: form-data; filename=a.jpg\r\nContent-Type: a/b\r\n\r\nA\r\n--b--")), [
    error(MultipartError.noFilename),
  ]);
  assert.deepEqual(decode("b", bytes("--b--")), [error(MultipartError.noFilename)]);
});

test("error 6: the file part has no Content-Type (a field part needs none)", () => {
  assert.deepEqual(
    decode(
      "b",
      bytes(
        '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nA\r\n--b\r\nContent-Disposition: form-data; filename="a.jpg"\r\n\r\nA\r\n--b--',
      ),
    ),
    [error(MultipartError.noPartType)],
  );
  assert.deepEqual(decode("b", bytes('--b\r\nContent-Disposition: form-data; filename="a.jpg"\r\nContent-Type:  \r\n\r\nA\r\n--b--')), [
    error(MultipartError.noPartType),
  ]);
});

test("error 7: no blank line within the header limit; a header block of exactly the limit is read", () => {
  const head = '\r\nContent-Disposition: form-data; filename="a.jpg"\r\nContent-Type: image/jpeg\r\nX-Pad: ';
  const padTo = (size: number) => `${head}${"p".repeat(size - head.length - 4)}\r\n\r\n`;
  assert.equal(padTo(maxPartHeaderBytes).length, maxPartHeaderBytes);
  const atLimit = bytes("--b", padTo(maxPartHeaderBytes), "A\r\n--b--");
  assert.deepEqual(decode("b", atLimit), [fileOf("", "a.jpg", "image/jpeg"), { kind: "data", text: "A" }, { kind: "end" }]);
  assert.deepEqual(decode("b", ...[...atLimit].map((b) => Uint8Array.of(b))).at(-1), { kind: "end" });
  assert.deepEqual(decode("b", bytes("--b", padTo(maxPartHeaderBytes + 1), "A\r\n--b--")), [error(MultipartError.noBlankLine)]);
  assert.deepEqual(
    decode("b", bytes('--b\nContent-Disposition: form-data; filename="a.jpg"\nContent-Type: a/b\n\n', "x".repeat(maxPartHeaderBytes))),
    [error(MultipartError.noBlankLine)],
  );
});

test("error 8: the body ends inside the file, a skipped part, or headers; a delimiter without its end is enough", () => {
  const file = 'Content-Disposition: form-data; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n';
  assert.deepEqual(decode("bnd", bytes("--bnd\r\n", file, "AB\r\n--bn")), [
    fileOf("", "a.jpg", "image/jpeg"),
    { kind: "data", text: "AB" },
    error(MultipartError.unterminated),
  ]);
  assert.deepEqual(decode("bnd", bytes("--bnd\r\n", file, "AB\r\n--bnd")), [
    fileOf("", "a.jpg", "image/jpeg"),
    { kind: "data", text: "AB" },
    { kind: "end" },
  ]);
  assert.deepEqual(decode("bnd", bytes('--bnd\r\nContent-Disposition: form-data; name="a"\r\n\r\nA')), [
    error(MultipartError.unterminated),
  ]);
  assert.deepEqual(decode("bnd", bytes("--bnd\r\nContent-Dispo")), [error(MultipartError.unterminated)]);
  assert.deepEqual(decode("bnd", bytes("--bnd-")), [error(MultipartError.unterminated)]);
});

test("after an error nothing more is emitted, by push or finish", () => {
  const decoder = new MultipartDecoder("b");
  assert.deepEqual(summarize(decoder.push(bytes("--b--"))), [error(MultipartError.noFilename)]);
  assert.deepEqual(
    decoder.push(bytes('--b\r\nContent-Disposition: form-data; filename="a.jpg"\r\nContent-Type: a/b\r\n\r\nA\r\n--b--')),
    [],
  );
  assert.deepEqual(decoder.finish(), []);
  assert.throws(() => new MultipartDecoder(""), RangeError);
});

test("a 20 MiB body in 64 KiB chunks: every byte comes out as views, held never beyond a delimiter's length", () => {
  const boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
  const head = latin1(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const content = randomBytes(20 * 1024 * 1024);
  // Near-delimiters straddling chunk edges, cut at different bytes.
  for (let edge = 65536, k = 0; edge < content.length; edge += 65536 * 3, k++) {
    latin1(`\r\n--${boundary.slice(0, 30)}`).copy(content, edge - head.length - (k % 30));
  }
  const body = Buffer.concat([head, content, latin1(`\r\n--${boundary}--\r\n`)]);
  const decoder = new MultipartDecoder(boundary);
  const received: Uint8Array[] = [];
  let maxHeldInBody = 0;
  let ended = false;
  for (let at = 0; at < body.length; at += 65536) {
    for (const e of decoder.push(body.subarray(at, at + 65536))) {
      if (e.kind === "data") received.push(e.chunk);
      else if (e.kind === "end") ended = true;
      else assert.equal(e.kind, "file");
    }
    if (received.length > 0 && !ended) maxHeldInBody = Math.max(maxHeldInBody, decoder.held);
  }
  assert.ok(ended);
  assert.ok(maxHeldInBody < boundary.length + 4, `held ${maxHeldInBody}`);
  assert.ok(maxHeldInBody > 0, "the near-delimiters at chunk edges were held back");
  assert.ok(Buffer.concat(received).equals(content));
  assert.ok(received.filter((c) => c.buffer === body.buffer).length >= 320, "nearly every data event is a view of the input");
});
