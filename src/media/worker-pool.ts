import { EventEmitter } from 'node:events';
import { MediaConfig } from './media-config';
import { mediasoup, types } from './mediasoup';

/** A worker process with its WebRtcServer (all of the worker's WebRTC transports share its one port). */
export interface PooledWorker {
  readonly slot: number;
  readonly worker: types.Worker;
  readonly webRtcServer: types.WebRtcServer;
  routers: number;
}

type Logger = Pick<Console, 'warn' | 'error'>;

const RESPAWN_DELAYS_MS = [0, 500, 2000, 5000];

/**
 * The mediasoup worker processes. A new room goes to the worker holding the fewest rooms. A worker that dies is
 * replaced; its routers close with it (each Room sees that and tells its peers to rejoin). The process never exits.
 */
export class WorkerPool {
  readonly observer = new EventEmitter<{ died: [slot: number, pid: number]; respawned: [slot: number, pid: number] }>();
  private readonly slots: (PooledWorker | undefined)[];
  private readonly spawning = new Map<number, Promise<PooledWorker>>();
  private closed = false;

  private constructor(
    private readonly config: MediaConfig,
    private readonly logger: Logger,
  ) {
    this.slots = new Array(config.workers).fill(undefined);
  }

  static async create(config: MediaConfig, logger: Logger = console): Promise<WorkerPool> {
    const pool = new WorkerPool(config, logger);
    try {
      await Promise.all(pool.slots.map((_, slot) => pool.spawn(slot)));
    } catch (error) {
      pool.close();
      throw error;
    }
    return pool;
  }

  /** The least-loaded live worker; waits for a respawn when none is up. */
  async pick(): Promise<PooledWorker> {
    if (this.closed) throw new Error('worker pool closed');
    const live = this.slots.filter((w): w is PooledWorker => !!w && !w.worker.closed);
    if (live.length) return live.reduce((best, w) => (w.routers < best.routers ? w : best));
    const pending = [...this.spawning.values()];
    if (!pending.length) return this.spawn(0);
    return Promise.race(pending);
  }

  pids(): number[] {
    return this.slots.filter((w): w is PooledWorker => !!w && !w.worker.closed).map((w) => w.worker.pid);
  }

  workers(): readonly PooledWorker[] {
    return this.slots.filter((w): w is PooledWorker => !!w && !w.worker.closed);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const w of this.slots) w?.worker.close();
  }

  private spawn(slot: number, attempt = 0): Promise<PooledWorker> {
    const existing = this.spawning.get(slot);
    if (existing) return existing;
    const promise = this.start(slot)
      .catch(async (error: Error) => {
        if (this.closed || attempt + 1 >= RESPAWN_DELAYS_MS.length) throw error;
        this.logger.error(`mediasoup worker ${slot} failed to start (${error.message}), retrying`);
        await new Promise((resolve) => setTimeout(resolve, RESPAWN_DELAYS_MS[attempt + 1]));
        this.spawning.delete(slot);
        return this.spawn(slot, attempt + 1);
      })
      .finally(() => {
        if (this.spawning.get(slot) === promise) this.spawning.delete(slot);
      });
    this.spawning.set(slot, promise);
    return promise;
  }

  private async start(slot: number): Promise<PooledWorker> {
    const worker = await mediasoup.createWorker({ logLevel: this.config.logLevel, appData: { slot } });
    if (this.closed) {
      worker.close();
      throw new Error('worker pool closed');
    }
    const webRtcServer = await worker.createWebRtcServer({ listenInfos: this.listenInfos() });
    const pooled: PooledWorker = { slot, worker, webRtcServer, routers: 0 };
    worker.observer.on('newrouter', (router) => {
      pooled.routers++;
      router.observer.once('close', () => pooled.routers--);
    });
    worker.once('died', (error) => this.onDied(pooled, error));
    this.slots[slot] = pooled;
    return pooled;
  }

  private onDied(dead: PooledWorker, error: Error): void {
    this.logger.error(`mediasoup worker ${dead.slot} (pid ${dead.worker.pid}) died: ${error.message}`);
    if (this.slots[dead.slot] === dead) this.slots[dead.slot] = undefined;
    this.observer.emit('died', dead.slot, dead.worker.pid);
    if (this.closed) return;
    this.spawn(dead.slot).then(
      (fresh) => this.observer.emit('respawned', fresh.slot, fresh.worker.pid),
      (e: Error) => this.logger.error(`mediasoup worker ${dead.slot} could not be restarted: ${e.message}`),
    );
  }

  /** UDP and TCP on one port each, picked from the configured range (several apps can share a machine). */
  private listenInfos(): types.TransportListenInfo[] {
    const { listenIp, announcedAddress, rtcMinPort, rtcMaxPort } = this.config;
    const portRange = { min: rtcMinPort, max: rtcMaxPort };
    return (['udp', 'tcp'] as const).map((protocol) => ({ protocol, ip: listenIp, announcedAddress, portRange }));
  }
}
