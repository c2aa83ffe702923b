// msfs blob paths: new keys from client filenames (the original's checks, neutralised extensions, size hints), the
// download path shape, and content types by extension.
import assert from "node:assert/strict";
import { test } from "node:test";
import { contentTypeOf, FilenameError, keyOfUrlPath, newBlobKey } from "./blob-paths.ts";

function keyOf(filename: string): string {
  const named = newBlobKey(filename);
  assert.ok("key" in named, `${filename}: ${JSON.stringify(named)}`);
  return named.key;
}

test("a new key is g0/DDD/DDD/<µs>_<random>.<ext>, servable, and never the same twice", () => {
  const keys = new Set<string>();
  for (let i = 0; i < 2000; i++) {
    const key = keyOf("head.jpeg");
    assert.match(key, /^g0\/(\d{3})\/(\d{3})\/\d{16}_[0-9a-f]{16}\.jpeg$/);
    const [, d1, d2] = key.split("/");
    assert.ok(Number(d1) <= 255 && Number(d2) <= 255, key);
    assert.equal(keyOfUrlPath(`/${key}`), key);
    keys.add(key);
  }
  assert.equal(keys.size, 2000);
});

test("the extension is the client's, reduced to letters and digits; a size hint _WxH is kept", () => {
  assert.match(keyOf("IMG_0001.PNG"), /\.PNG$/);
  assert.match(keyOf("voice.audio"), /\.audio$/);
  assert.match(keyOf("x.j/p<g>"), /\.jpg$/);
  assert.match(keyOf("../../etc/passwd.sh;rm"), /\/\d{16}_[0-9a-f]{16}\.shrm$/);
  assert.match(keyOf("weird.%%%"), /\.bin$/);
  assert.match(keyOf("photo_640x480.jpg"), /_[0-9a-f]{16}_640x480\.jpg$/);
  assert.match(keyOf("photo_64000x480.jpg"), /_[0-9a-f]{16}\.jpg$/, "more than 4 digits is no size hint");
  assert.match(keyOf("名字.jpg"), /\.jpg$/);
});

test("the original's filename refusals: no dot (10), extension over 15 (9), name over 255 characters (11)", () => {
  assert.equal((newBlobKey("noextension") as { error: number }).error, FilenameError.noExtension);
  assert.equal((newBlobKey("a.0123456789abcdef") as { error: number }).error, FilenameError.extensionTooLong);
  assert.ok("key" in newBlobKey("a.0123456789abcde"), "15 characters is allowed");
  assert.equal((newBlobKey(`${"a".repeat(252)}.jpg`) as { error: number }).error, FilenameError.tooLong);
  assert.ok("key" in newBlobKey(`${"a".repeat(251)}.jpg`), "255 characters is allowed");
  assert.ok("key" in newBlobKey(`${"名".repeat(251)}.jpg`), "characters, not bytes");
});

test("downloads serve only the path shape: traversal, encoded separators, other labels and names are refused", () => {
  const good = "g0/000/255/1468217208421049_140410609219.jpeg";
  assert.equal(keyOfUrlPath(`/${good}`), good, "the original's names are served too");
  assert.equal(keyOfUrlPath(`/${good}?v=2`), good, "a query string is ignored");
  for (const bad of [
    "/",
    "",
    good,
    `//${good}`,
    `/${good}/`,
    "/g0/000/256/a.jpg",
    "/g1/000/000/a.jpg",
    "/g0/00/000/a.jpg",
    "/g0/000/000/../000/a.jpg",
    "/g0/000/000/..%2Fa.jpg",
    "/g0%2F000%2F000%2Fa.jpg",
    "/g0/000/000/a%2ejpg",
    "/g0/000/000/a.jpg%00",
    "/g0/000/000/.jpg",
    "/g0/000/000/a.",
    "/g0/000/000/a.0123456789abcdef",
    `/g0/000/000/${"a".repeat(65)}.jpg`,
    "/g0\\000\\000\\a.jpg",
    "/etc/passwd",
  ])
    assert.equal(keyOfUrlPath(bad), null, bad);
});

test("content types: the original's image types in any case, anything else is bytes", () => {
  assert.equal(contentTypeOf("g0/000/000/a.jpg"), "image/jpeg");
  assert.equal(contentTypeOf("g0/000/000/a.JPEG"), "image/jpeg");
  assert.equal(contentTypeOf("g0/000/000/a.PNG"), "image/png");
  assert.equal(contentTypeOf("g0/000/000/a.gif"), "image/gif");
  assert.equal(contentTypeOf("g0/000/000/a.svg"), "application/octet-stream");
  assert.equal(contentTypeOf("g0/000/000/a.html"), "application/octet-stream");
  assert.equal(contentTypeOf("g0/000/000/a.audio"), "application/octet-stream");
});
