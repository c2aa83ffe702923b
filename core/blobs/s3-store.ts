// The blob store over an S3-compatible bucket (MinIO in production), through the minio client. A body that fits in
// one part goes up in one PUT, a longer one as a multipart upload of 5 MiB parts read and sent one at a time (so an
// upload holds about one part in memory); a put that fails aborts its upload and removes whatever it may have stored.
import { Client, type ItemBucketMetadata, S3Error } from "minio";
import type { Readable } from "node:stream";
import type { Config } from "../../shared/config.ts";
import { checkBlobKey } from "./blob-key.ts";
import type { BlobInfo, BlobStore, ByteRange } from "./blob-store.ts";
import { streamParts } from "./stream-parts.ts";

export type S3Settings = NonNullable<Config["s3"]>;

/** S3's smallest part (but the last); its 10,000 parts make a blob of 48 GiB at most. */
const partSize = 5 * 1024 * 1024;
const region = "us-east-1";

export class S3BlobStore implements BlobStore {
  readonly name: string;

  private constructor(
    private readonly client: Client,
    private readonly bucket: string,
    endpoint: string,
  ) {
    this.name = `s3:${endpoint}/${bucket}`;
  }

  /** Opens the bucket at the endpoint (a URL such as `http://127.0.0.1:9000`), making it when missing. */
  static async open({ endpoint, accessKey, secretKey, bucket }: S3Settings): Promise<S3BlobStore> {
    const url = new URL(endpoint);
    const useSSL = url.protocol === "https:";
    const port = url.port === "" ? (useSSL ? 443 : 80) : Number(url.port);
    const client = new Client({ endPoint: url.hostname, port, useSSL, accessKey, secretKey, region, pathStyle: true });
    if (!(await client.bucketExists(bucket))) {
      // Another node may have made it meanwhile.
      await client.makeBucket(bucket, region).catch(async (error) => {
        if (!(await client.bucketExists(bucket))) throw error;
      });
    }
    return new S3BlobStore(client, bucket, endpoint);
  }

  async put(key: string, body: Readable, contentType: string): Promise<BlobInfo> {
    checkBlobKey(key);
    const headers = { "Content-Type": contentType };
    let upload: MultipartUpload | undefined;
    try {
      // One part in hand at a time: the loop's, released before the next is read.
      for await (const part of streamParts(body, partSize)) {
        if (upload === undefined && part.length < partSize) return await this.putWhole(key, part, headers);
        upload ??= await MultipartUpload.begin(this.client, this.bucket, key, headers);
        await upload.send(part);
      }
      return upload ? await upload.complete() : await this.putWhole(key, Buffer.alloc(0), headers);
    } catch (error) {
      await upload?.abort();
      // Only a lost reply to the last request can have stored the blob; keys are never reused, so it is this put's.
      await this.client.removeObject(this.bucket, key).catch(() => {});
      throw error;
    }
  }

  async stat(key: string): Promise<BlobInfo | null> {
    checkBlobKey(key);
    try {
      const { size, etag } = await this.client.statObject(this.bucket, key);
      return { size, etag: `"${etag}"` };
    } catch (error) {
      if (error instanceof S3Error && (error.code === "NotFound" || error.code === "NoSuchKey")) return null;
      throw error;
    }
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    checkBlobKey(key);
    if (range === undefined) return this.client.getObject(this.bucket, key);
    return this.client.getPartialObject(this.bucket, key, range.start, range.end - range.start + 1);
  }

  async remove(key: string): Promise<void> {
    checkBlobKey(key);
    await this.client.removeObject(this.bucket, key);
  }

  /** Nothing is held between puts. */
  async close(): Promise<void> {}

  private async putWhole(key: string, bytes: Buffer, headers: ItemBucketMetadata): Promise<BlobInfo> {
    const { etag } = await this.client.putObject(this.bucket, key, bytes, bytes.length, headers);
    return { size: bytes.length, etag: `"${etag}"` };
  }
}

/** A multipart upload: parts sent one at a time, then completed or aborted. */
class MultipartUpload {
  private readonly etags: { part: number; etag: string }[] = [];
  private size = 0;

  private constructor(
    private readonly client: Client,
    private readonly bucket: string,
    private readonly key: string,
    private readonly id: string,
  ) {}

  static async begin(client: Client, bucket: string, key: string, headers: ItemBucketMetadata): Promise<MultipartUpload> {
    return new MultipartUpload(client, bucket, key, await client.initiateNewMultipartUpload(bucket, key, headers));
  }

  async send(bytes: Buffer): Promise<void> {
    const partNumber = this.etags.length + 1;
    const target = { bucketName: this.bucket, objectName: this.key, uploadID: this.id, partNumber, headers: {} };
    const { etag } = await this.client.uploadPart(target, bytes);
    this.etags.push({ part: partNumber, etag });
    this.size += bytes.length;
  }

  async complete(): Promise<BlobInfo> {
    const { etag } = await this.client.completeMultipartUpload(this.bucket, this.key, this.id, this.etags);
    return { size: this.size, etag: `"${etag}"` };
  }

  /** Best effort: the put has failed already, and its error is the one to report. */
  async abort(): Promise<void> {
    await this.client.abortMultipartUpload(this.bucket, this.key, this.id).catch(() => {});
  }
}
