import { createHash } from 'node:crypto';
import { mkdtempSync, promises as fs, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { LocalDiskStore } from './local-disk-store';

describe('LocalDiskStore', () => {
  const roots: string[] = [];
  const root = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hezhou-blobs-'));
    roots.push(dir);
    return dir;
  };
  afterAll(() => Promise.all(roots.map((dir) => fs.rm(dir, { recursive: true, force: true }))));
  const meta = (bytes: string) => ({ sha256: createHash('sha256').update(bytes).digest('hex'), contentType: 'text/plain' });

  it('moves a received file into place, readable by the portal only, and serves it back', async () => {
    const dir = root();
    const received = path.join(dir, '.incoming-file');
    await fs.writeFile(received, '借条', { mode: 0o600 });
    const store = new LocalDiskStore(dir);
    await store.put('case-1/ev-1', received, meta('借条'));
    await expect(fs.access(received)).rejects.toThrow(); // moved, not copied
    expect(statSync(path.join(dir, 'case-1', 'ev-1')).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dir, 'case-1')).mode & 0o777).toBe(0o700);
    expect(await text(await store.get('case-1/ev-1'))).toBe('借条');
    expect(await store.head('case-1/ev-1')).toEqual({ size: Buffer.byteLength('借条') });
  });

  it('writes bytes given in memory through a flushed temporary file, leaving no temporary file behind', async () => {
    const dir = root();
    const store = new LocalDiskStore(dir);
    await store.put('poa/a1', Buffer.from('委托书'), meta('委托书'));
    expect(await fs.readdir(path.join(dir, 'poa'))).toEqual(['a1']);
    expect(await text(await store.get('poa/a1'))).toBe('委托书');
  });

  it('answers a missing blob with BLOB_NOT_FOUND and deletes idempotently', async () => {
    const store = new LocalDiskStore(root());
    await expect(store.get('case-1/none')).rejects.toMatchObject({ code: 'BLOB_NOT_FOUND' });
    expect(await store.head('case-1/none')).toBeUndefined();
    await store.put('case-1/x', Buffer.from('x'), meta('x'));
    await store.delete('case-1/x');
    await store.delete('case-1/x');
    expect(await store.head('case-1/x')).toBeUndefined();
  });
});
