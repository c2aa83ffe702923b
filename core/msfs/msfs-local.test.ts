// The msfs suite on the embedded default: blobs in a folder under IM_DATA_DIR.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { msfsSuite } from "./msfs.contract.ts";

/**
 * Every file under the data folder's blobs/ (temporary uploads included), typed by the listing itself: a temporary
 * file removed while it is read is simply not there (a stat after the listing would fail on it).
 */
function filesUnder(dataDir: string): string[] {
  const root = join(dataDir, "blobs");
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

msfsSuite("local store", async () => ({ env: {}, objects: async (dataDir) => filesUnder(dataDir), close: async () => {} }));
