import { CaucusMembers } from './caucus-rule';
import { KeyedQueue } from './keyed-queue';
import { MediaConfig, pipeListenInfo } from './media-config';
import { MediaEventSink } from './media-events';
import type { RemoteRouters } from './remote-side';
import { Room } from './room';
import type { SplitSettings } from './room-split';
import { WorkerPool } from './worker-pool';

const ROOM_CREATE_TIMEOUT_MS = 10_000;

export interface MediaStats {
  workers: { pid: number; routers: number }[];
  rooms: number;
  peers: number;
  transports: number;
}

/** The rooms of this process by id. Creation is queued per id, so two joins of one session get the same room. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly pool: WorkerPool,
    private readonly config: MediaConfig,
    /** Another media node for rooms that grow past MEDIA_ROOM_SPLIT_PEERS (media nodes with splitting on only). */
    private readonly remote?: RemoteRouters,
  ) {}

  /**
   * The owner's open room with this id, or a new one on the least-loaded worker. A room still open for another owner
   * (a live session that was disposed while its room was being made) is closed first: a room never changes hands.
   */
  getOrCreate(id: string, owner: object, deliver: MediaEventSink, caucus: CaucusMembers = null, kind: { satellite?: boolean } = {}): Promise<Room> {
    return this.queue.run(id, () => withTimeout(this.openRoom(id, owner, deliver, caucus, kind.satellite ?? false), ROOM_CREATE_TIMEOUT_MS));
  }

  get(id: string): Room | undefined {
    const room = this.rooms.get(id);
    return room && !room.closed ? room : undefined;
  }

  /** For tests and operators only (the browser test kills a worker through it); the app uses the methods above. */
  get workerPool(): WorkerPool {
    return this.pool;
  }

  workerPids(): number[] {
    return this.pool.pids();
  }

  /** What each worker process still holds, as plain ids: empty lists once every room is gone. */
  async resourceDump(): Promise<{ pid: number; routerIds: string[]; webRtcTransportIds: string[] }[]> {
    return Promise.all(this.pool.workers().map(async (w) => ({
      pid: w.worker.pid,
      routerIds: (await w.worker.dump()).routerIds,
      webRtcTransportIds: (await w.webRtcServer.dump()).webRtcTransportIds,
    })));
  }

  stats(): MediaStats {
    const rooms = [...this.rooms.values()];
    return {
      workers: this.pool.workers().map((w) => ({ pid: w.worker.pid, routers: w.routers })),
      rooms: rooms.length,
      peers: rooms.reduce((n, r) => n + r.peerIds().length, 0),
      transports: rooms.reduce((n, r) => n + r.transportCount(), 0),
    };
  }

  private splitSettings(): SplitSettings | undefined {
    if (!this.remote || !this.config.splitPeers) return undefined;
    return { remote: this.remote, splitPeers: this.config.splitPeers, pipeListenInfo: pipeListenInfo(this.config) };
  }

  close(): void {
    for (const room of [...this.rooms.values()]) room.close('shutdown');
    this.pool.close();
  }

  private async openRoom(id: string, owner: object, deliver: MediaEventSink, caucus: CaucusMembers, satellite: boolean): Promise<Room> {
    const existing = this.get(id);
    if (existing?.owner === owner) return existing;
    existing?.close('replaced');
    const worker = await this.pool.pick();
    const room = await Room.create({ id, owner, worker, listenIp: this.config.listenIp, deliver, caucus, satellite, split: this.splitSettings() });
    this.rooms.set(id, room);
    room.observer.once('close', () => {
      if (this.rooms.get(id) === room) this.rooms.delete(id);
    });
    return room;
  }
}

/** Gives up on a room that takes too long, and closes it if it arrives after all: a timeout cancels what it timed out. */
function withTimeout(promise: Promise<Room>, ms: number): Promise<Room> {
  let timer: NodeJS.Timeout;
  let timedOut = false;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new Error(`room creation timed out after ${ms} ms`));
    }, ms);
  });
  void promise.then((room) => timedOut && room.close('shutdown'), () => undefined);
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
