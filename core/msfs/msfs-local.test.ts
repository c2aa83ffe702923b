// The msfs suite on the embedded default: blobs in a folder under IM_DATA_DIR.
import { join } from "node:path";
import { blobFolderFiles } from "../../test-kit/blob-files.ts";
import { msfsSuite } from "./msfs.contract.ts";

msfsSuite("local store", async () => ({
  env: {},
  objects: async (dataDir) => blobFolderFiles(join(dataDir, "blobs")),
  close: async () => {},
}));
