// The blob store the configuration asks for: the S3 bucket when IM_S3_* are set, else the folder `$IM_DATA_DIR/blobs`.
import { join } from "node:path";
import type { Config } from "../../shared/config.ts";
import type { BlobStore } from "./blob-store.ts";
import { LocalBlobStore } from "./local-store.ts";
import { S3BlobStore } from "./s3-store.ts";

export function openBlobStore(config: Pick<Config, "dataDir" | "s3">): Promise<BlobStore> {
  return config.s3 ? S3BlobStore.open(config.s3) : LocalBlobStore.open(join(config.dataDir, "blobs"));
}
