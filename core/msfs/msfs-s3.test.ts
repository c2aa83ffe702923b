// The msfs suite on an S3 bucket (IM_S3_*): a test S3 endpoint (s3rver behind test-kit's proxy) started here.
import { s3Client, startS3Server } from "../../test-kit/s3-server.ts";
import { msfsSuite } from "./msfs.contract.ts";

const bucket = "msfs-images";

msfsSuite("S3 store", async () => {
  const s3 = await startS3Server();
  const client = s3Client(s3);
  /** Every object in the bucket, and every multipart upload begun and not finished. */
  async function objects(): Promise<string[]> {
    const names: string[] = [];
    for await (const item of client.listObjectsV2(bucket, "", true)) names.push((item as { name: string }).name);
    return [...names.sort(), ...(await s3.pendingUploads(bucket)).map((id) => `upload ${id}`)];
  }
  return {
    env: { IM_S3_ENDPOINT: s3.endpoint, IM_S3_ACCESS_KEY: s3.accessKey, IM_S3_SECRET_KEY: s3.secretKey, IM_S3_BUCKET: bucket },
    objects,
    close: () => s3.close(),
  };
});
