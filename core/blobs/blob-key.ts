// Blob keys as every store accepts them: a relative path of plain segments, so that no key can name a place outside
// a store's folder (or a URL path a proxy would rewrite), whatever the layer above let through.
const segment = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** Throws unless the key is segments of [A-Za-z0-9._-] joined by "/", none empty or starting with "." (no "..", no ".tmp"). */
export function checkBlobKey(key: string): void {
  if (key.length > 1024 || !key.split("/").every((s) => segment.test(s))) {
    throw new Error(`not a blob key: ${JSON.stringify(key.slice(0, 100))}`);
  }
}
