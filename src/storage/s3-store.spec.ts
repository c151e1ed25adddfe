import { storageError } from './s3-store';

describe('S3 answers in the portal’s terms', () => {
  const s3Error = (name: string, status: number) => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });

  it('maps a missing object to BLOB_NOT_FOUND', () => {
    expect(storageError(s3Error('NoSuchKey', 404)).code).toBe('BLOB_NOT_FOUND');
    expect(storageError(s3Error('NotFound', 404)).code).toBe('BLOB_NOT_FOUND');
  });

  it('maps a checksum the bucket refused (bytes damaged on the way) to BLOB_CHECKSUM_MISMATCH', () => {
    for (const name of ['BadDigest', 'InvalidDigest', 'XAmzContentSHA256Mismatch']) expect(storageError(s3Error(name, 400)).code).toBe('BLOB_CHECKSUM_MISMATCH');
  });

  it('maps everything else (refused connection, 5xx, denied key) to STORAGE_UNAVAILABLE, never leaking the cause', () => {
    const refused = storageError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9000'), { code: 'ECONNREFUSED' }));
    expect(refused.code).toBe('STORAGE_UNAVAILABLE');
    expect(refused.extra).toBeUndefined();
    expect(storageError(s3Error('InternalError', 500)).code).toBe('STORAGE_UNAVAILABLE');
    expect(storageError(s3Error('AccessDenied', 403)).code).toBe('STORAGE_UNAVAILABLE');
  });
});
