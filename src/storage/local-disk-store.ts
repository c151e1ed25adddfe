import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { DomainError } from '../common/errors/domain-error';
import { localBlobPath } from './blob-keys';
import { BlobMeta, BlobStore } from './blob-store';

/**
 * Blobs as files under one folder (DATA_DIR/uploads), readable by the portal only (0600, folders 0700). A file is
 * renamed into place (atomic on one file system: incoming uploads are received beside it) and the folder is flushed,
 * so a blob acknowledged as stored survives a crash.
 */
export class LocalDiskStore implements BlobStore {
  readonly kind = 'local';

  constructor(private readonly root: string) {}

  async put(key: string, body: string | Buffer, _meta: BlobMeta): Promise<void> {
    const target = localBlobPath(this.root, key);
    await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    if (typeof body === 'string') {
      await fs.rename(body, target); // the received file was flushed when it was written
    } else {
      await writeFlushed(`${target}.${randomUUID()}.tmp`, body, target);
    }
    await flushFolder(path.dirname(target));
  }

  async get(key: string): Promise<Readable> {
    const file = localBlobPath(this.root, key);
    // Opened before answering, so a missing file is a clear error rather than a stream that breaks mid-response.
    const handle = await fs.open(file, 'r').catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' ? new DomainError('BLOB_NOT_FOUND') : error;
    });
    return handle.createReadStream(); // closes the file when done
  }

  async head(key: string): Promise<{ size: number } | undefined> {
    const stat = await fs.stat(localBlobPath(this.root, key)).catch(() => undefined);
    return stat?.isFile() ? { size: stat.size } : undefined;
  }

  async delete(key: string): Promise<void> {
    await fs.rm(localBlobPath(this.root, key), { force: true });
  }
}

async function writeFlushed(temp: string, bytes: Buffer, target: string): Promise<void> {
  const handle = await fs.open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(temp, target).catch(async (error) => {
    await fs.rm(temp, { force: true });
    throw error;
  });
}

/** Flushes a folder, so a name just renamed into it survives a crash too. */
async function flushFolder(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
