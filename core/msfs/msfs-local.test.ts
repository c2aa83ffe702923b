// The msfs suite on the embedded default: blobs in a folder under IM_DATA_DIR.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { msfsSuite } from "./msfs.contract.ts";

/** Every file under the data folder's blobs/ (temporary uploads included). */
function filesUnder(dataDir: string): string[] {
  const root = join(dataDir, "blobs");
  const entries = readdirSync(root, { recursive: true, encoding: "utf8" });
  return entries.filter((e) => statSync(join(root, e)).isFile()).sort();
}

msfsSuite("local store", async () => ({ env: {}, objects: async (dataDir) => filesUnder(dataDir), close: async () => {} }));
