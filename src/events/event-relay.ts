import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, DATABASE_URL } from '../config/app-config';
import { DomainEvent } from './event-map';
import { EventsService } from './events.service';

export const EVENTS_CHANNEL = 'hezhou_events';
const CLAIM_BATCH = 500;
const RETENTION_DAYS = 30;

interface OutboxRow {
  id: string;
  name: string;
  payload: unknown;
  created_at: Date;
}

/**
 * Dispatches committed outbox events. Every process LISTENs on the outbox's NOTIFY channel (sent by a trigger, so only
 * on commit) and hands each event to its live listeners. For durable listeners, the processes race to claim the row
 * (dispatched_at, FOR UPDATE SKIP LOCKED) and the winner queues one job per listener in the same transaction: exactly
 * once. A sweeper claims whatever a crash or a lost connection left undispatched, at start and periodically.
 */
@Injectable()
export class EventRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('EventRelay');
  private client?: Client;
  private timer?: NodeJS.Timeout;
  private pending = new Set<string>();
  private claiming: Promise<unknown> = Promise.resolve();
  private closing = false;
  private retryMs = 1000;

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    await this.sweep();
    this.timer = setInterval(() => void this.sweep().catch((e) => this.logger.warn(`事件补发失败：${e.message}`)),
      this.config.sweepIntervalSeconds * 1000);
    this.timer.unref();
  }

  /** Before the database connections close: finish the claim in flight, stop listening. */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    clearInterval(this.timer);
    await this.claiming.catch(() => undefined);
    await this.client?.end().catch(() => undefined);
  }

  /** Claims undispatched events (all, or the given ids) and queues their durable jobs. Returns how many it claimed. */
  async claim(ids?: string[]): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = (await manager.query(
        `UPDATE event_outbox o SET dispatched_at = now()
           FROM (SELECT id FROM event_outbox WHERE dispatched_at IS NULL AND ($1::bigint[] IS NULL OR id = ANY($1))
                  ORDER BY id LIMIT ${CLAIM_BATCH} FOR UPDATE SKIP LOCKED) c
          WHERE o.id = c.id
        RETURNING o.id::text, o.name, o.payload, o.created_at`,
        [ids ?? null],
      ))[0];
      const jobs = rows.flatMap((row) =>
        this.events.durableTasksOf(row.name).map((task) => ({ task, payload: toEvent(row) })));
      if (jobs.length) {
        await manager.query(
          `SELECT graphile_worker.add_job(j.task, j.payload) FROM json_to_recordset($1::json) AS j(task text, payload json)`,
          [JSON.stringify(jobs)],
        );
      }
      return rows.length;
    });
  }

  /** Claims every undispatched event and forgets dispatched ones older than the retention. */
  async sweep(): Promise<void> {
    while ((await this.claim()) === CLAIM_BATCH);
    await this.dataSource.query(
      `DELETE FROM event_outbox WHERE id IN (SELECT id FROM event_outbox
        WHERE dispatched_at < now() - interval '${RETENTION_DAYS} days' LIMIT 10000)`,
    );
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'hezhou-events' });
    client.on('notification', (message) => void this.received(message.payload).catch((e) => this.logger.error(`事件分发失败：${e.message}`)));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    this.client = client;
    this.retryMs = 1000;
  }

  /** The LISTEN connection dropped: reconnect with backoff, then sweep what was missed for the durable listeners. */
  private lost(client: Client, error?: Error): void {
    if (this.closing || this.client !== client) return;
    this.client = undefined;
    this.logger.warn(`事件监听连接中断${error ? `：${error.message}` : ''}，正在重连`);
    this.reconnect();
  }

  private reconnect(): void {
    setTimeout(async () => {
      if (this.closing) return;
      try {
        await this.listen();
        await this.sweep();
      } catch {
        this.retryMs = Math.min(this.retryMs * 2, 30_000);
        this.reconnect();
      }
    }, this.retryMs).unref();
  }

  private async received(text: string | undefined): Promise<void> {
    const message = JSON.parse(text ?? '{}') as Partial<DomainEvent> & { id: string };
    const event = message.name ? (message as DomainEvent) : await this.read(message.id);
    if (!event) return;
    this.events.deliverLive(event);
    this.pending.add(event.id);
    // Claim the events that arrive together in one transaction.
    if (this.pending.size === 1) setImmediate(() => this.claimPending());
  }

  private claimPending(): void {
    if (this.closing) return; // the sweeper of the next start (or another process) claims them
    const ids = [...this.pending];
    this.pending = new Set();
    this.claiming = this.claiming.then(() => this.claim(ids)).catch((e) => this.logger.warn(`事件派发失败，将由补发重试：${e.message}`));
  }

  private async read(id: string): Promise<DomainEvent | undefined> {
    const [row]: OutboxRow[] = await this.dataSource.query(
      'SELECT id::text, name, payload, created_at FROM event_outbox WHERE id = $1', [id]);
    return row && toEvent(row);
  }
}

function toEvent(row: OutboxRow): DomainEvent {
  return { id: row.id, name: row.name, payload: row.payload, createdAt: new Date(row.created_at).toISOString() } as DomainEvent;
}
