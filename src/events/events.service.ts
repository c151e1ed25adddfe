import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobContext, JobsService } from '../jobs/jobs.service';
import { DomainEvent, EventMap, EventName } from './event-map';

export type LiveListener<N extends EventName> = (payload: EventMap[N], event: DomainEvent<N>) => void | Promise<void>;
export type DurableListener<N extends EventName> = (payload: EventMap[N], event: DomainEvent<N>, job: JobContext) => Promise<void>;

/**
 * The app's typed domain events. `emit` writes the event to the outbox in the caller's transaction; after the commit
 * (EventRelay) it reaches:
 * - live listeners (`on`) in EVERY portal process, once per process: for what lives in memory (video rooms, pushes
 *   over sockets). Best effort: a process that is down misses it, and has nothing live to update anyway.
 * - durable listeners (`onDurable`) exactly once across all processes, as a job each: retried with backoff until it
 *   succeeds, never lost to a crash. A job may run again after a crash mid-run: make it idempotent (event.id is a key).
 */
@Injectable()
export class EventsService {
  private readonly logger = new Logger('Events');
  private readonly live = new Map<EventName, Set<LiveListener<never>>>();
  private readonly durable = new Map<EventName, string[]>();

  constructor(private readonly jobs: JobsService) {}

  async emit<N extends EventName>(manager: EntityManager, name: N, payload: EventMap[N]): Promise<void> {
    await manager.query('INSERT INTO event_outbox (name, payload) VALUES ($1, $2)', [name, JSON.stringify(payload)]);
  }

  /** Listens in this process; returns the function that stops listening. */
  on<N extends EventName>(name: N, listener: LiveListener<N>): () => void {
    const set = this.live.get(name) ?? new Set();
    set.add(listener as LiveListener<never>);
    this.live.set(name, set);
    return () => void set.delete(listener as LiveListener<never>);
  }

  /** Registers a durable listener under a stable key (its job's name is `event:<key>`); call it in onModuleInit. */
  onDurable<N extends EventName>(name: N, key: string, listener: DurableListener<N>): void {
    const task = `event:${key}`;
    this.jobs.define<DomainEvent<N>>(task, (event, job) => listener(event.payload, event, job));
    this.durable.set(name, [...(this.durable.get(name) ?? []), task]);
  }

  /** The job names an event fans out to (for the relay). */
  durableTasksOf(name: string): string[] {
    return this.durable.get(name as EventName) ?? [];
  }

  /** Hands an event to this process's live listeners (for the relay); a failing listener does not stop the others. */
  deliverLive(event: DomainEvent): void {
    for (const listener of this.live.get(event.name) ?? []) {
      try {
        const result = (listener as LiveListener<EventName>)(event.payload, event);
        if (result instanceof Promise) result.catch((error) => this.failed(event, error));
      } catch (error) {
        this.failed(event, error);
      }
    }
  }

  private failed(event: DomainEvent, error: unknown): void {
    this.logger.error(`事件 ${event.name} #${event.id} 的监听器出错`, error instanceof Error ? error.stack : String(error));
  }
}
