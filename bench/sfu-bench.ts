// npm run bench:sfu — browser-free load on the SFU: rooms of 3 peers, each sending ~500 kbps of VP8 and 50 pps of
// Opus-like audio over PlainTransports from Node sockets, each receiving the other two. The same ramp runs through
// the portal's media layer (src/media: WorkerPool, RoomRegistry, Room, Peer) and through bare mediasoup, in one run,
// and the portal/bare ratio is printed. Loopback only; every loop is bounded; under ~3 minutes.
import { execSync } from 'node:child_process';
import type dgram from 'node:dgram';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadMediaConfig } from '../src/media/media-config';
import { MediaEvents } from '../src/media/media-events';
import { RoomRegistry } from '../src/media/room-registry';
import { WorkerPool } from '../src/media/worker-pool';
import { createBareSfu } from './bare-sfu';
import { RtpCounter, SfuUnderTest, StreamSender, StreamSpec, openSocket, plainReceiverCapabilities, producerRtpParameters } from './rtp-load';

const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const STEPS = (process.env.BENCH_STEPS ?? '1,8,32,64,96,128,160,192,256').split(',').map(Number);
const OPEN_CONCURRENCY = 16;
const WARMUP_MS = 1500;
const MEASURE_MS = 3000;
const BUDGET_MS = 160_000;
const LOSS_LIMIT = 0.01;

/** The portal's own media layer, driven the way the sessions layer drives it (plain data in, events out). */
async function createPortalSfu(workers: number): Promise<SfuUnderTest> {
  const config = loadMediaConfig({ MEDIASOUP_WORKERS: String(workers), MEDIASOUP_LOG_LEVEL: 'error' }, 'test');
  const pool = await WorkerPool.create(config);
  const registry = new RoomRegistry(pool, config);
  return {
    name: 'portal media layer',
    async openRoom(id, peers) {
      const consumers = new Map<string, MediaEvents['newConsumer'][]>();
      const room = await registry.getOrCreate(id, consumers, (peerId, event, data) => {
        if (event === 'newConsumer') consumers.set(peerId, [...(consumers.get(peerId) ?? []), data as MediaEvents['newConsumer']]);
      });
      const caps = plainReceiverCapabilities(room.rtpCapabilities as never);
      const sendPorts: number[] = [];
      for (const [i, peer] of peers.entries()) {
        const peerId = `p${i}`;
        await room.addPeer(peerId);
        const send = await room.createPlainTransport(peerId, 'send');
        const recv = await room.createPlainTransport(peerId, 'recv');
        await room.connectPlainTransport(peerId, recv.id, '127.0.0.1', peer.port);
        await room.setReady(peerId, caps);
        for (const s of peer.streams) {
          await room.produce(peerId, { transportId: send.id, kind: s.kind, source: s.kind === 'audio' ? 'mic' : 'cam', rtpParameters: producerRtpParameters(s) as never });
        }
        sendPorts.push(send.port);
      }
      const watch = await Promise.all(peers.map(async (_, i) => {
        const mine = consumers.get(`p${i}`) ?? [];
        for (const c of mine) await room.resumeConsumer(`p${i}`, c.consumerId);
        return mine.map((c) => (c.rtpParameters.encodings![0] as { ssrc: number }).ssrc);
      }));
      return { peers: peers.map((_, i) => ({ sendPort: sendPorts[i], watchSsrcs: watch[i] })), close: () => room.close('shutdown') };
    },
    workerPids: () => pool.pids(),
    close: () => registry.close(),
  };
}

interface StepResult {
  rooms: number;
  lossPct: number;
  workerCpuPct: number;
  generatorCpuPct: number;
  silentStreams: number;
  /** Share of packets the load generator could not send on time: above ~1 % the machine, not the SFU, is the limit. */
  generatorLagPct: number;
}

const TICKS = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;

/** utime + stime of a process, in seconds (/proc/<pid>/stat fields 14 and 15). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}

let ssrc = 10_000;
const streamsOfPeer = (): StreamSpec[] => [
  { kind: 'audio', ssrc: ssrc++, payloadType: 100 },
  { kind: 'video', ssrc: ssrc++, payloadType: 101 },
];

/** Opens `rooms` rooms on the SFU, sends for warm-up + measure, and reports loss and CPU over the measure window. */
async function runStep(sfu: SfuUnderTest, rooms: number): Promise<StepResult> {
  const sockets: dgram.Socket[] = [];
  const counters: RtpCounter[] = [];
  const senders: StreamSender[] = [];
  const opened: { close(): void }[] = [];
  try {
    const openOne = async (r: number) => {
      const peerSockets = await Promise.all([0, 1, 2].map(() => openSocket()));
      sockets.push(...peerSockets);
      const specs = peerSockets.map(() => streamsOfPeer());
      const room = await sfu.openRoom(`bench-${sfu.name}-${rooms}-${r}`, peerSockets.map((s, i) => ({ port: s.address().port, streams: specs[i] })));
      opened.push(room);
      room.peers.forEach((p, i) => {
        const counter = new RtpCounter(peerSockets[i]);
        p.watchSsrcs.forEach((x) => counter.watch(x));
        counters.push(counter);
        specs[i].forEach((spec) => senders.push(new StreamSender(peerSockets[i], p.sendPort, spec)));
      });
    };
    for (let r = 0; r < rooms; r += OPEN_CONCURRENCY) {
      await Promise.all(Array.from({ length: Math.min(OPEN_CONCURRENCY, rooms - r) }, (_, k) => openOne(r + k)));
    }
    const ticker = setInterval(() => {
      const now = performance.now();
      for (const s of senders) s.tick(now);
    }, 5);
    try {
      await sleep(WARMUP_MS);
      counters.forEach((c) => c.startWindow());
      const sentBefore = senders.reduce((n, s) => n + s.sent, 0);
      const skippedBefore = senders.reduce((n, s) => n + s.skipped, 0);
      const pids = sfu.workerPids();
      const cpuBefore = pids.map(cpuSeconds);
      const genBefore = process.cpuUsage();
      const loopDelay = monitorEventLoopDelay({ resolution: 10 });
      loopDelay.enable();
      const started = performance.now();
      await sleep(MEASURE_MS);
      const elapsed = (performance.now() - started) / 1000;
      const workerCpu = pids.map(cpuSeconds).reduce((sum, v, i) => sum + v - cpuBefore[i], 0);
      const gen = process.cpuUsage(genBefore);
      loopDelay.disable();
      if (process.env.BENCH_DEBUG) console.log(`  [${sfu.name}] event loop delay p50 ${(loopDelay.percentile(50) / 1e6).toFixed(1)} ms, max ${(loopDelay.max / 1e6).toFixed(0)} ms`);
      const totals = counters.map((c) => c.stopWindow());
      const sent = senders.reduce((n, s) => n + s.sent, 0) - sentBefore;
      const skipped = senders.reduce((n, s) => n + s.skipped, 0) - skippedBefore;
      const received = totals.reduce((n, t) => n + t.received, 0);
      const expected = totals.reduce((n, t) => n + t.expected, 0);
      return {
        rooms,
        lossPct: expected ? Math.max(0, (1 - received / expected) * 100) : 100,
        workerCpuPct: (workerCpu / elapsed) * 100,
        generatorCpuPct: ((gen.user + gen.system) / 1e6 / elapsed) * 100,
        silentStreams: totals.reduce((n, t) => n + t.silentStreams, 0),
        generatorLagPct: sent + skipped ? (skipped / (sent + skipped)) * 100 : 0,
      };
    } finally {
      clearInterval(ticker);
    }
  } finally {
    opened.forEach((room) => room.close());
    sockets.forEach((s) => s.close());
    await sleep(300);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(7);

type Verdict = 'held' | 'lost' | 'machine';

/**
 * held: under 1 % loss with every stream flowing. lost: the SFU lost packets (or a stream never arrived).
 * machine: the load generator itself fell behind (another process took the CPU): says nothing about the SFU.
 */
function verdictOf(r: StepResult): Verdict {
  if (r.generatorLagPct >= LOSS_LIMIT * 100) return 'machine';
  return r.lossPct < LOSS_LIMIT * 100 && r.silentStreams === 0 ? 'held' : 'lost';
}

/** One step of one system; run again once if the generator fell behind, so a burst of other work does not decide. */
async function measure(sfu: SfuUnderTest, rooms: number): Promise<StepResult> {
  const first = await runStep(sfu, rooms);
  return verdictOf(first) === 'machine' ? runStep(sfu, rooms) : first;
}

interface Row {
  rooms: number;
  portal: StepResult;
  bare: StepResult;
}

async function main(): Promise<void> {
  const begin = Date.now();
  const [portalSfu, bareSfu] = [await createPortalSfu(WORKERS), await createBareSfu(WORKERS)];
  const rows: Row[] = [];
  console.log(`SFU bench: rooms of 3 peers, each sending VP8 ~500 kbps (45 pps × ~1.2 KB) + Opus-like 50 pps, receiving the other two`);
  console.log(`${cpus().length} cores, ${WORKERS} mediasoup worker(s) per system; ${WARMUP_MS / 1000} s warm-up + ${MEASURE_MS / 1000} s measured per step`);
  // Other work on the machine skews every figure: say how busy it was.
  console.log(`load average before: ${loadavg()[0].toFixed(2)}\n`);
  console.log('  rooms | portal  loss%  CPU%/room  gen-lag% |   bare  loss%  CPU%/room  gen-lag% | load-gen CPU% p/b');
  // Ramp up; once a step is not held by both, bisect between the last held and the first failed step.
  const queue = [...STEPS];
  let lo = 0;
  let hi = Infinity;
  while (queue.length) {
    const rooms = queue.shift()!;
    const stepEstimate = (WARMUP_MS + MEASURE_MS + 800 + rooms * 30) * 2;
    if (Date.now() - begin + stepEstimate > BUDGET_MS) break;
    // Alternate which system goes first, so neither always runs on a warmer (or more tired) machine.
    const portalFirst = rows.length % 2 === 0;
    const first = await measure(portalFirst ? portalSfu : bareSfu, rooms);
    const second = await measure(portalFirst ? bareSfu : portalSfu, rooms);
    const row = portalFirst ? { rooms, portal: first, bare: second } : { rooms, portal: second, bare: first };
    rows.push(row);
    printRow(row);
    if (verdictOf(row.portal) === 'held' && verdictOf(row.bare) === 'held') lo = Math.max(lo, rooms);
    else hi = Math.min(hi, rooms);
    if (hi === Infinity) continue;
    queue.length = 0;
    if (hi - lo > Math.max(4, lo / 8)) queue.push(Math.round((lo + hi) / 2));
  }
  portalSfu.close();
  bareSfu.close();
  summarize(rows, Date.now() - begin);
}

function printRow({ rooms, portal, bare }: Row): void {
  const mark = (r: StepResult) => ({ held: ' ', lost: '✗', machine: '?' })[verdictOf(r)];
  const cols = (r: StepResult) => `${fmt(r.lossPct, 2)}%${mark(r)}  ${fmt(r.workerCpuPct / rooms, 2)}  ${fmt(r.generatorLagPct, 2)}%`;
  console.log(`${String(rooms).padStart(7)} |      ${cols(portal)} |      ${cols(bare)} | ${fmt(portal.generatorCpuPct, 0)} /${fmt(bare.generatorCpuPct, 0)}`);
}

function summarize(rows: Row[], elapsedMs: number): void {
  // Only steps where neither run was starved by the machine say anything about the two SFUs.
  const comparable = rows.filter((r) => verdictOf(r.portal) !== 'machine' && verdictOf(r.bare) !== 'machine');
  const maxHeld = (side: 'portal' | 'bare') => Math.max(0, ...comparable.filter((r) => verdictOf(r[side]) === 'held').map((r) => r.rooms));
  const [portalMax, bareMax] = [maxHeld('portal'), maxHeld('bare')];
  const capacityRatio = bareMax ? portalMax / bareMax : 0;
  const machineBound = rows.some((r) => verdictOf(r.portal) === 'machine' || verdictOf(r.bare) === 'machine');
  console.log(`\nrooms held under ${LOSS_LIMIT * 100}% loss: portal ${portalMax}, bare ${bareMax} → capacity ratio ${capacityRatio.toFixed(2)} (target ≥ 0.95)`);
  if (machineBound) console.log('(?) the load generator fell behind before the SFU lost anything: the ceiling is this machine, not mediasoup');
  // The per-room CPU at the largest step both held is the figure least disturbed by other processes.
  const common = comparable.filter((r) => verdictOf(r.portal) === 'held' && verdictOf(r.bare) === 'held').at(-1);
  if (common) {
    const cpuRatio = common.bare.workerCpuPct / common.portal.workerCpuPct;
    console.log(`worker CPU at ${common.rooms} rooms: portal ${common.portal.workerCpuPct.toFixed(1)}%, bare ${common.bare.workerCpuPct.toFixed(1)}% → efficiency ratio bare/portal ${cpuRatio.toFixed(2)}`);
  }
  console.log(`total ${(elapsedMs / 1000).toFixed(0)} s; load average after: ${loadavg()[0].toFixed(2)} (figures are only comparable on an otherwise idle machine)`);
  process.exitCode = capacityRatio >= 0.95 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
