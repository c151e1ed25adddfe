import { EntityManager } from 'typeorm';

// Jobs queued with a jobKey (JobsService.queue), found and dropped by that key in the caller's transaction.

/** Drops the waiting job with this key: committed with the caller's transaction, the job never runs. */
export async function cancelJob(manager: EntityManager, jobKey: string): Promise<void> {
  await manager.query(`SELECT graphile_worker.remove_job($1)`, [jobKey]);
}

/** Whether a job with this key is waiting or running. */
export async function isJobQueued(manager: EntityManager, jobKey: string): Promise<boolean> {
  const rows = await manager.query(`SELECT 1 FROM graphile_worker.jobs WHERE key = $1`, [jobKey]);
  return rows.length > 0;
}
