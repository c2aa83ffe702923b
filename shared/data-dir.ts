// The data folder ($IM_DATA_DIR): the embedded database, the server secret, local blobs. Created private (0700)
// when this server creates it; a folder that exists is left as the operator made it.
import { mkdirSync } from "node:fs";

export function ensureDataDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}
