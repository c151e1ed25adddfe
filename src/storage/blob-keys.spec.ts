import path from 'node:path';
import { assertBlobKey, blobKey, evidenceKey, localBlobPath } from './blob-keys';

describe('blob keys', () => {
  const caseId = '3f0c2a9e-1b7d-4c2e-9a55-0d6f1e2b3c4d';
  const evidenceId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

  it('lays evidence out as <caseId>/<evidenceId>, the path files always had under uploads/', () => {
    expect(evidenceKey(caseId, evidenceId)).toBe(`${caseId}/${evidenceId}`);
    expect(localBlobPath('/data/uploads', evidenceKey(caseId, evidenceId))).toBe(path.join('/data/uploads', caseId, evidenceId));
  });

  it('refuses segments that could leave the folder or the bucket prefix', () => {
    for (const bad of ['..', '.hidden', '', 'a/b', 'a\\b', 'x..y', 'a b', '/abs']) expect(() => blobKey('poa', bad)).toThrow(/invalid blob key/);
    expect(() => blobKey()).toThrow();
  });

  it('checks keys read back from the database before they become paths', () => {
    expect(assertBlobKey(`${caseId}/${evidenceId}`)).toBe(`${caseId}/${evidenceId}`);
    expect(() => localBlobPath('/data/uploads', '../secrets.json')).toThrow();
    expect(() => localBlobPath('/data/uploads', `${caseId}//x`)).toThrow();
  });
});
