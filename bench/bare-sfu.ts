// The same rooms on bare mediasoup, with no portal code: the baseline the portal's media layer is compared with.
// mediasoup is loaded with the worker path from scripts/mediasoup-worker, exactly as mediasoup's own docs show.
import path from 'node:path';
import type { types } from 'mediasoup';
import { SfuUnderTest, plainReceiverCapabilities, producerRtpParameters } from './rtp-load';

function loadMediasoup(): typeof import('mediasoup') {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const root = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
  const { applyWorkerBinEnv } = require(path.join(root, 'scripts', 'mediasoup-worker', 'worker-bin.cjs'));
  applyWorkerBinEnv();
  return require('mediasoup');
  /* eslint-enable @typescript-eslint/no-require-imports */
}

const MEDIA_CODECS: types.RouterRtpCodecCapability[] = [
  { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 },
  { kind: 'video', mimeType: 'video/VP8', clockRate: 90000 },
];

export async function createBareSfu(workers: number): Promise<SfuUnderTest> {
  const mediasoup = loadMediasoup();
  const pool = await Promise.all(Array.from({ length: workers }, () => mediasoup.createWorker({ logLevel: 'error' })));
  const load = new Map(pool.map((w) => [w, 0]));
  return {
    name: 'bare mediasoup',
    async openRoom(_id, peers) {
      const worker = [...load.entries()].sort((a, b) => a[1] - b[1])[0][0];
      load.set(worker, load.get(worker)! + 1);
      const router = await worker.createRouter({ mediaCodecs: MEDIA_CODECS });
      const caps = plainReceiverCapabilities(router.rtpCapabilities);
      const listenInfo = { protocol: 'udp' as const, ip: '127.0.0.1' };
      const sends = await Promise.all(peers.map(() => router.createPlainTransport({ listenInfo, rtcpMux: true, comedia: true })));
      const recvs = await Promise.all(peers.map(async (p) => {
        const t = await router.createPlainTransport({ listenInfo, rtcpMux: true, comedia: false });
        await t.connect({ ip: '127.0.0.1', port: p.port });
        return t;
      }));
      const producers = await Promise.all(peers.map((p, i) => Promise.all(p.streams.map((s) =>
        sends[i].produce({ kind: s.kind, rtpParameters: producerRtpParameters(s) as types.RtpParameters })))));
      const watch = await Promise.all(peers.map(async (_, i) => {
        const ssrcs: number[] = [];
        for (const [j, theirs] of producers.entries()) {
          if (j === i) continue;
          for (const producer of theirs) {
            const consumer = await recvs[i].consume({ producerId: producer.id, rtpCapabilities: caps, paused: true });
            await consumer.resume();
            ssrcs.push(consumer.rtpParameters.encodings![0].ssrc!);
          }
        }
        return ssrcs;
      }));
      return {
        peers: peers.map((_, i) => ({ sendPort: sends[i].tuple.localPort, watchSsrcs: watch[i] })),
        close: () => {
          router.close();
          load.set(worker, load.get(worker)! - 1);
        },
      };
    },
    workerPids: () => pool.map((w) => w.pid),
    close: () => pool.forEach((w) => w.close()),
  };
}
