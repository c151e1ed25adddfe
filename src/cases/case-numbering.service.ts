import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared-query';
import { retryDelayMs } from './numbering-backoff';

type Waiters = Map<string, ((caseNumber: string) => void)[]>;

/**
 * Gives filed cases their number in the committee's yearly series (合阳调字〔2026〕第0012号), unique and gap-free.
 *
 * A case is committed first, unnumbered; the database function number_pending_cases() (see the migration) then numbers
 * every committed case still waiting in one transaction. Calls are batched here like a group commit: while one batch
 * runs, new filings queue for the next, so concurrent filings share a round trip instead of queueing on a lock.
 */
@Injectable()
export class CaseNumberingService implements OnApplicationBootstrap {
  private readonly logger = new Logger('CaseNumbering');
  private waiting: Waiters = new Map();
  private running: Promise<void> | null = null;
  /** Failed batches in a row (the database is down): the next try waits longer, and only the first is logged. */
  private failures = 0;
  /** Cuts a backoff wait short: a filing just committed, so the database is back. */
  private wake?: () => void;

  constructor(private readonly dataSource: DataSource) {}

  /** Cases left unnumbered by a crash between filing and numbering get their numbers at start. */
  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.query('SELECT number_pending_cases()');
  }

  /**
   * Resolves with the case's number once it is committed, or with null after `waitMs` (the database went away after
   * the filing committed: the case is kept and numbered when the database is back, by this loop or at the next start).
   */
  number(caseId: string, waitMs = 4000): Promise<string | null> {
    const numbered = new Promise<string>((resolve) => {
      this.waiting.set(caseId, [...(this.waiting.get(caseId) ?? []), resolve]);
      this.wake?.();
      void this.drain();
    });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
    return Promise.race([numbered, late]).finally(() => clearTimeout(timer));
  }

  private async drain(): Promise<void> {
    while (this.running) await this.running;
    if (!this.waiting.size) return;
    const batch = this.waiting;
    this.waiting = new Map();
    this.running = this.runBatch(batch).finally(() => (this.running = null));
    await this.running;
  }

  private async runBatch(batch: Waiters): Promise<void> {
    try {
      const numbered = await preparedQuery<{ case_id: string; case_number: string }>(
        this.dataSource, 'number-pending-cases', 'SELECT case_id, case_number FROM number_pending_cases()', [],
      );
      const found = new Map(numbered.map((row) => [row.case_id, row.case_number]));
      // Cases numbered earlier (a replayed filing) or by another process are looked up.
      const missing = [...batch.keys()].filter((id) => !found.has(id));
      if (missing.length) {
        const rows: { id: string; case_number: string | null }[] = await this.dataSource.query(
          'SELECT id, case_number FROM cases WHERE id = ANY($1) AND case_number IS NOT NULL', [missing],
        );
        for (const row of rows) found.set(row.id, row.case_number!);
      }
      for (const [id, resolvers] of batch) {
        const caseNumber = found.get(id);
        if (caseNumber) resolvers.forEach((resolve) => resolve(caseNumber));
        else this.requeue(id, resolvers); // being numbered by another process right now
      }
      if (this.failures) this.logger.log(`数据库已恢复，案件编号继续分配（此前连续失败 ${this.failures} 次）`);
      this.failures = 0;
    } catch (error) {
      // One line when an outage starts, not one every retry; the retries back off up to half a minute apart.
      if (this.failures++ === 0) this.logger.error(`案件编号分配失败，将逐步延长间隔重试：${(error as Error).message}`);
      for (const [id, resolvers] of batch) this.requeue(id, resolvers);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, retryDelayMs(this.failures));
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
    if (this.waiting.size) setImmediate(() => void this.drain());
  }

  private requeue(id: string, resolvers: ((caseNumber: string) => void)[]): void {
    this.waiting.set(id, [...(this.waiting.get(id) ?? []), ...resolvers]);
  }
}
