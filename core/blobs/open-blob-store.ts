// The blob store the configuration asks for: the S3 bucket when IM_S3_* are set, else the folder `$IM_DATA_DIR/blobs`.
// The S3 store's client library (~7 MB of heap) is loaded only when a bucket is configured.
import { join } from "node:path";
import type { Config } from "../../shared/config.ts";
import type { BlobStore } from "./blob-store.ts";
import { LocalBlobStore } from "./local-store.ts";

export async function openBlobStore(config: Pick<Config, "dataDir" | "s3">): Promise<BlobStore> {
  if (!config.s3) return LocalBlobStore.open(join(config.dataDir, "blobs"));
  const { S3BlobStore } = await import("./s3-store.ts");
  return S3BlobStore.open(config.s3);
}
