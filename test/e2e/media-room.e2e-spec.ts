import { loadMediaConfig } from '../../src/media/media-config';
import { RoomRegistry } from '../../src/media/room-registry';
import { WorkerPool } from '../../src/media/worker-pool';
import { hearingOfThree } from './plain-peer.helpers';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe('media layer: rooms and peers on a real mediasoup worker', () => {
  let registry: RoomRegistry;
  let pool: WorkerPool;
  const config = loadMediaConfig({ MEDIASOUP_WORKERS: '1' }, 'test');
  const logged: string[] = [];

  beforeAll(async () => {
    pool = await WorkerPool.create(config, { warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m) });
    registry = new RoomRegistry(pool, config);
  });
  afterAll(() => registry.close());

  it('gives two joins of the same room one router (creation is queued per room)', async () => {
    const sink = () => undefined;
    const owner = {};
    const [a, b] = await Promise.all([registry.getOrCreate('same', owner, sink), registry.getOrCreate('same', owner, sink)]);
    expect(a).toBe(b);
    a.close();
    a.close(); // safe twice
    expect(registry.get('same')).toBeUndefined();
  });

  it('never hands a room to another owner: the old owner’s room is closed and a new one made', async () => {
    const sink = () => undefined;
    const disposed = await registry.getOrCreate('handover', {}, sink);
    const fresh = await registry.getOrCreate('handover', {}, sink);
    expect(fresh).not.toBe(disposed);
    expect(disposed.closed).toBe(true);
    expect(registry.get('handover')).toBe(fresh);
    fresh.close();
  });

  it('forwards media between three peers, pauses across a caucus at the SFU, and frees everything after', async () => {
    const { room, peers, delivered, stop } = await hearingOfThree(registry, 'caucus-room');
    const [mediator, applicant, respondent] = peers;
    try {
      // Every peer consumes the two streams of each of the other two: 4 consumers, created paused.
      expect(delivered.filter((d) => d.event === 'newConsumer')).toHaveLength(12);
      await until(() => respondent.counter.total > 100 && applicant.counter.total > 100, 'media to flow');

      await room.setCaucus(new Set(['mediator', 'applicant']));
      const respondentView = room.consumerStates('respondent');
      expect(respondentView.every((c) => c.paused && c.caucusPaused)).toBe(true);
      expect(room.consumerStates('mediator').filter((c) => c.producerPeerId === 'respondent').every((c) => c.paused)).toBe(true);
      expect(room.consumerStates('mediator').filter((c) => c.producerPeerId === 'applicant').every((c) => !c.paused)).toBe(true);
      expect(delivered.filter((d) => d.peerId === 'respondent' && d.event === 'consumerPaused')).toHaveLength(4);

      // A client resume cannot undo the caucus pause.
      await room.resumeConsumer('respondent', respondentView[0].consumerId);
      expect(room.consumerStates('respondent')[0].paused).toBe(true);

      await sleep(300);
      const respondentBefore = respondent.counter.total;
      const mediatorFromApplicant = mediator.counter.total;
      await sleep(600);
      expect(respondent.counter.total - respondentBefore).toBeLessThan(5);
      expect(mediator.counter.total - mediatorFromApplicant).toBeGreaterThan(30);

      await room.setCaucus(null);
      expect(room.consumerStates('respondent').every((c) => !c.paused)).toBe(true);
      const after = respondent.counter.total;
      await until(() => respondent.counter.total - after > 50, 'media to the respondent again');
      expect(applicant.counter.total).toBeGreaterThan(0);
    } finally {
      stop();
    }
    for (const peer of ['mediator', 'applicant', 'respondent']) room.removePeer(peer);
    await until(() => room.closed, 'the empty room to close');
    const dump = await pool.workers()[0].worker.dump();
    expect(dump.routerIds).toEqual([]);
    expect(registry.stats()).toMatchObject({ rooms: 0, peers: 0, transports: 0 });
  });

  it('closes the rooms of a worker killed with SIGKILL, respawns it, and serves a new room', async () => {
    const { room, stop } = await hearingOfThree(registry, 'doomed');
    const closed = new Promise((resolve) => room.observer.once('close', resolve));
    const respawned = new Promise((resolve) => pool.observer.once('respawned', resolve));
    const oldPid = room.workerPid;
    process.kill(oldPid, 'SIGKILL');
    await expect(closed).resolves.toBe('worker_died');
    stop();
    await respawned;
    expect(logged.join('\n')).toContain(`(pid ${oldPid}) died`);
    expect(pool.pids()).toHaveLength(1);
    expect(pool.pids()[0]).not.toBe(oldPid);

    const again = await registry.getOrCreate('doomed', {}, () => undefined);
    expect(again).not.toBe(room);
    await again.addPeer('mediator');
    await again.createTransport('mediator', 'send');
    again.removePeer('mediator');
    await until(() => again.closed, 'the new room to close');
  });
});
