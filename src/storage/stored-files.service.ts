import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock/clock';
import { cancelJob, isJobQueued } from '../jobs/job-keys';
import { JobsService } from '../jobs/jobs.service';
import { BLOB_STORE, BlobStore } from './blob-store';

/** A file received into a temporary file (e.g. by EvidenceStorage), flushed and hashed. */
export interface ReceivedBlob {
  path: string;
  sha256: string;
}

const ORPHAN_TASK = 'storage.delete-orphan';
/** Far beyond any upload's transaction (statements time out in seconds): the guard never races a commit. */
const ORPHAN_GRACE_MS = 60 * 60_000;

/**
 * Stores files and the rows that point at them so that neither exists without the other: an upload is acknowledged
 * only once the blob is durably stored AND its row committed, and a blob whose row never committed is deleted — at
 * once when the transaction fails, or by a durable guard job when the process died in between.
 */
@Injectable()
export class StoredFilesService implements OnModuleInit {
  private readonly logger = new Logger('Storage');

  constructor(
    @Inject(BLOB_STORE) private readonly store: BlobStore,
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ key: string }>(ORPHAN_TASK, async ({ key }) => {
      await this.store.delete(key);
      this.logger.warn(`删除了未入库的文件 ${key}（上传未完成提交）`);
    });
  }

  /**
   * Puts `file` under `key`, then runs `record` (the rows that point at it) in a transaction. The guard job is queued
   * (committed) before the put and removed by that same transaction, so it runs exactly when the rows never committed.
   * The blob is put before the transaction, not inside it: no row lock is held while bytes travel to the bucket.
   * The temporary file is gone afterwards, whatever happened.
   */
  async storeAndRecord<T>(key: string, file: ReceivedBlob, contentType: string, record: (manager: EntityManager) => Promise<T>): Promise<T> {
    const guard = `blob-orphan:${key}`;
    let guarded = false;
    try {
      await this.jobs.queue(this.dataSource.manager, ORPHAN_TASK, { key }, { runAt: new Date(this.clock.now().getTime() + ORPHAN_GRACE_MS), jobKey: guard });
      guarded = true;
      await this.store.put(key, file.path, { sha256: file.sha256, contentType });
      return await this.dataSource.transaction(async (manager) => {
        const result = await record(manager);
        await cancelJob(manager, guard);
        return result;
      });
    } catch (error) {
      if (guarded) await this.removeUncommitted(key, guard); // unguarded, nothing was put
      throw error;
    } finally {
      await fs.rm(file.path, { force: true });
    }
  }

  /** The stored bytes of a key (BLOB_NOT_FOUND when there are none). */
  open(key: string): Promise<Readable> {
    return this.store.get(key);
  }

  /**
   * After a failure: the guard still queued means the rows did not commit (a commit removes it), so the blob goes now.
   * When even that cannot be checked (database away), the guard job deletes it later.
   */
  private async removeUncommitted(key: string, guard: string): Promise<void> {
    try {
      if (!(await isJobQueued(this.dataSource.manager, guard))) return;
      await this.store.delete(key);
      await cancelJob(this.dataSource.manager, guard);
    } catch (error) {
      this.logger.warn(`上传失败后未能立即清理文件 ${key}，将由清理任务删除：${(error as Error).message}`);
    }
  }
}
