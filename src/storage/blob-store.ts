import type { Readable } from 'node:stream';

/** What a stored blob is checked against: its SHA-256 (hex, computed while it was received) and its type. */
export interface BlobMeta {
  sha256: string;
  contentType: string;
}

/**
 * Where evidence files and other uploads live: a folder on local disk (one machine) or an S3-compatible bucket
 * (several instances). A blob is written once under a key and never changed; keys come from blob-keys.ts.
 */
export interface BlobStore {
  /** 'local' or 's3', for logs and the README's checks. */
  readonly kind: string;
  /**
   * Stores durably before it resolves. `body` is a file path or the bytes themselves. A file may be moved into
   * place (local disk), so the caller removes it afterwards only if it is still there.
   */
  put(key: string, body: string | Buffer, meta: BlobMeta): Promise<void>;
  /** The blob's bytes; rejects with StorageError('BLOB_NOT_FOUND') when there is none. */
  get(key: string): Promise<Readable>;
  /** Size in bytes, or undefined when there is no blob under the key. */
  head(key: string): Promise<{ size: number } | undefined>;
  /** Removes the blob; no error when there is none. */
  delete(key: string): Promise<void>;
}

export const BLOB_STORE = Symbol('BLOB_STORE');
