// Test support (not a test): an S3 endpoint for the blob store's tests, s3rver over a temp folder behind a small
// proxy (test-kit/s3-server-main.ts), in a child process so that a test measuring its own memory counts only its own.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { Client } from "minio";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeEntry, spawnListening } from "./processes.ts";

export interface TestS3Server {
  endpoint: string;
  accessKey: string;
  secretKey: string;
  /** The multipart uploads begun in the bucket and neither completed nor aborted (their ids). */
  pendingUploads(bucket: string): Promise<string[]>;
  close(): Promise<void>;
}

/** A minio client of the test endpoint, for tests that look at the bucket behind the store. */
export function s3Client(s3: Pick<TestS3Server, "endpoint" | "accessKey" | "secretKey">): Client {
  const url = new URL(s3.endpoint);
  return new Client({ endPoint: url.hostname, port: Number(url.port), useSSL: false, accessKey: s3.accessKey, secretKey: s3.secretKey });
}

/** Where s3rver keeps an upload's parts until CompleteMultipartUpload. */
export const s3rverUploads = (directory: string, bucket: string) => join(directory, bucket, "._S3rver_uploads");

export async function startS3Server(): Promise<TestS3Server> {
  const directory = await mkdtemp(join(tmpdir(), "im-s3-"));
  const [node, args] = nodeEntry("test-kit/s3-server-main.ts");
  const server = await spawnListening(node, [...args, directory], {}, 30_000, ["s3"]);
  return {
    endpoint: `http://127.0.0.1:${server.port}`,
    accessKey: "S3RVER",
    secretKey: "S3RVER",
    pendingUploads: (bucket) => readdir(s3rverUploads(directory, bucket)).catch(() => []),
    async close() {
      await server.stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
