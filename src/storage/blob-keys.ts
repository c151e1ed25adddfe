import path from 'node:path';

// One segment of a key: ids (UUIDs) and plain names only, so a key can never climb out of its folder or bucket prefix.
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** A key from its segments, e.g. blobKey(caseId, evidenceId) → "<caseId>/<evidenceId>". */
export function blobKey(...segments: string[]): string {
  if (!segments.length) throw new Error('blob key without segments');
  for (const segment of segments) {
    if (!SEGMENT.test(segment) || segment.includes('..')) throw new Error(`invalid blob key segment: ${JSON.stringify(segment)}`);
  }
  return segments.join('/');
}

/**
 * Evidence of a case: "<caseId>/<evidenceId>" — the same relative path the files have always had under
 * DATA_DIR/uploads, so a folder copied into a bucket (mc mirror, aws s3 sync) keeps every row's key valid.
 */
export function evidenceKey(caseId: string, evidenceId: string): string {
  return blobKey(caseId, evidenceId);
}

/** Checks a key read back from the database before it becomes a path or an object name. */
export function assertBlobKey(key: string): string {
  blobKey(...key.split('/'));
  return key;
}

/** The file of a key under a local root; never outside it. */
export function localBlobPath(root: string, key: string): string {
  return path.join(root, ...assertBlobKey(key).split('/'));
}
