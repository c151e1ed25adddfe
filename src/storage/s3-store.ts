import {
  DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, PutObjectCommand, S3Client,
} from '@aws-sdk/client-s3';
import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { Readable } from 'node:stream';
import { DomainError } from '../common/errors/domain-error';
import type { S3Settings } from '../config/app-config';
import { assertBlobKey } from './blob-keys';
import { BlobMeta, BlobStore } from './blob-store';

/**
 * Blobs in an S3-compatible bucket (AWS S3, MinIO, 阿里云 OSS, 腾讯云 COS, 华为云 OBS) with the AWS SDK v3 client, so
 * every instance sees every upload. Each put carries Content-MD5 and the signed SHA-256 of the payload
 * (x-amz-content-sha256): the store refuses bytes that changed on the way. The newer "flexible checksums"
 * (CRC trailers, aws-chunked bodies) are turned off: several S3-compatible services do not take them.
 */
export class S3Store implements BlobStore {
  readonly kind = 's3';
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
      logger: { trace: () => undefined, debug: () => undefined, info: () => undefined, warn: (m: unknown) => logger.warn(String(m)), error: (m: unknown) => logger.error(String(m)) },
    });
  }

  /** At start: the bucket exists and these credentials reach it (a wrong setting stops the start, not the first upload). */
  async checkBucket(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }));
    } catch (error) {
      const status = statusOf(error);
      const why = status === 404 ? '存储桶不存在' : status === 403 ? '访问密钥无权访问该存储桶' : `无法连接（${describe(error)}）`;
      throw new Error(`S3 存储检查失败：${why}（S3_ENDPOINT=${this.settings.endpoint ?? 'AWS 默认'}，S3_BUCKET=${this.settings.bucket}）`);
    }
  }

  async put(key: string, body: string | Buffer, meta: BlobMeta): Promise<void> {
    const digests = typeof body === 'string' ? await fileDigests(body) : bufferDigests(body);
    // The bytes about to be sent are the bytes that were received and hashed.
    if (digests.sha256.toString('hex') !== meta.sha256) throw new DomainError('BLOB_CHECKSUM_MISMATCH');
    for (let attempt = 1; ; attempt++) {
      const bytes = typeof body === 'string' ? createReadStream(body) : body;
      try {
        await this.client.send(this.putCommand(key, bytes, meta, digests));
        return;
      } catch (error) {
        // The SDK cannot rewind a file stream, so it never retries one: a passing failure is retried here, reopening the file.
        if (Buffer.isBuffer(bytes) || attempt >= PUT_ATTEMPTS || !isTransient(error)) throw storageError(error);
        await delay(200 * attempt);
      } finally {
        if (!Buffer.isBuffer(bytes)) bytes.destroy(); // a request cut off midway leaves its file open otherwise
      }
    }
  }

  private putCommand(key: string, bytes: Buffer | Readable, meta: BlobMeta, digests: Digests): PutObjectCommand {
    const command = new PutObjectCommand({
      Bucket: this.settings.bucket,
      Key: this.objectKey(key),
      Body: bytes,
      ContentLength: digests.size,
      ContentType: meta.contentType,
      ContentMD5: digests.md5.toString('base64'),
      Metadata: { sha256: meta.sha256 },
    });
    // Signs the payload with its SHA-256 (already known) instead of UNSIGNED-PAYLOAD: the store checks it.
    command.middlewareStack.add((next) => async (args) => {
      const request = args.request as { headers: Record<string, string> };
      request.headers['x-amz-content-sha256'] = meta.sha256;
      return next(args);
    }, { step: 'build', name: 'signedPayloadSha256' });
    return command;
  }

  async get(key: string): Promise<Readable> {
    const out = await attempt(() => this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) })));
    return out.Body as Readable;
  }

  async head(key: string): Promise<{ size: number } | undefined> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }));
      return { size: out.ContentLength ?? 0 };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw storageError(error);
    }
  }

  async delete(key: string): Promise<void> {
    await attempt(() => this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) })));
  }

  private objectKey(key: string): string {
    return this.settings.prefix + assertBlobKey(key);
  }
}

async function attempt<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw storageError(error);
  }
}

interface Digests {
  sha256: Buffer;
  md5: Buffer;
  size: number;
}

function bufferDigests(bytes: Buffer): Digests {
  return { sha256: createHash('sha256').update(bytes).digest(), md5: createHash('md5').update(bytes).digest(), size: bytes.length };
}

async function fileDigests(file: string): Promise<Digests> {
  const sha256 = createHash('sha256');
  const md5 = createHash('md5');
  let size = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    sha256.update(chunk);
    md5.update(chunk);
    size += chunk.length;
  }
  return { sha256: sha256.digest(), md5: md5.digest(), size };
}

const logger = new Logger('Storage');
const PUT_ATTEMPTS = 3;
const DIGEST_ERRORS = new Set(['BadDigest', 'InvalidDigest', 'XAmzContentSHA256Mismatch']);

/** S3's answers in the portal's terms: a missing object, bytes damaged on the way, or the store unreachable. */
export function storageError(error: unknown): DomainError {
  const name = (error as { name?: string; Code?: string })?.name ?? '';
  if (name === 'NoSuchKey' || statusOf(error) === 404) return new DomainError('BLOB_NOT_FOUND');
  if (DIGEST_ERRORS.has(name)) return new DomainError('BLOB_CHECKSUM_MISMATCH');
  logger.warn(`S3 存储出错：${describe(error)}`); // the cause for the operator; the client gets 503 only
  return new DomainError('STORAGE_UNAVAILABLE');
}

/** Worth another try: no answer at all (connection refused or cut), throttling, or a server error. */
function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status === 429 || status >= 500;
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
}

function describe(error: unknown): string {
  const e = error as { name?: string; message?: string; code?: string };
  return [e?.name, e?.code, e?.message].filter(Boolean).join(' ');
}
