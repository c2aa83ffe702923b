// The files a local blob folder holds, as tests compare them: every file under it (temporary ones included), but not
// the empty spare files the store keeps opened ahead, whose names change as puts take them.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { spareSuffix } from "../core/blobs/temp-files.ts";

/** The size of the file, or null when it was removed meanwhile (temporary files come and go while listed). */
function sizeOf(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

/** Paths relative to the root, sorted; the listing types its entries, so a file removed meanwhile is not an error. */
export function blobFolderFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .map((path) => ({ path, size: sizeOf(path) }))
    .filter(({ path, size }) => size !== null && !(path.endsWith(spareSuffix) && size === 0))
    .map(({ path }) => relative(root, path))
    .sort();
}
