import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
// s3rver: a real S3 API (signatures, Content-MD5 checks, buckets on disk) in Node, so STORAGE=s3 is tested for real.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver');

export interface S3Server {
  /** The portal's settings for this server (STORAGE=s3 …). */
  env: Record<string, string>;
  /** Every object key in the bucket, sorted. */
  keys(): Promise<string[]>;
  /** The stored bytes of an object. */
  read(key: string): Promise<Buffer>;
  stop(): Promise<void>;
}

const BUCKET = 'hezhou-test';
const KEY = 'S3RVER'; // s3rver's built-in account

/** An S3 server on a free loopback port with a bucket, keeping its objects in a temporary folder. */
export async function startS3Server(): Promise<S3Server> {
  const directory = mkdtempSync(path.join(process.env.TEST_DATA_ROOT ?? '/tmp', 's3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: BUCKET }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({
    endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: KEY, secretAccessKey: KEY },
  });
  return {
    env: { STORAGE: 's3', S3_ENDPOINT: endpoint, S3_BUCKET: BUCKET, S3_ACCESS_KEY_ID: KEY, S3_SECRET_ACCESS_KEY: KEY },
    async keys() {
      const out = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
      return (out.Contents ?? []).map((o) => o.Key!).sort();
    },
    async read(key) {
      const out = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
      return Buffer.from(await out.Body!.transformToByteArray());
    },
    async stop() {
      client.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
