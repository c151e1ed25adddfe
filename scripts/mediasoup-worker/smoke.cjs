'use strict';
// Smoke test of the cached mediasoup worker: worker → router (opus, VP8, H264) →
// WebRtcTransport on 127.0.0.1, then close everything.
//   node scripts/mediasoup-worker/smoke.cjs
// This does not do a DTLS handshake (that needs a real peer such as a browser), so it
// does not exercise patches/dtls-bio-cb-return.json.
const { workerBinPath } = require('./worker-bin.cjs');

// mediasoup reads MEDIASOUP_WORKER_BIN when its module is first loaded: set it before require().
const bin = workerBinPath();
if (!bin) {
  console.error('no cached mediasoup worker: run `node scripts/mediasoup-worker/install.mjs` first');
  process.exit(1);
}
process.env.MEDIASOUP_WORKER_BIN = bin;

const mediasoup = require('mediasoup');

const mediaCodecs = [
  { kind: 'audio', mimeType: 'audio/opus', clockRate: 48000, channels: 2 },
  { kind: 'video', mimeType: 'video/VP8', clockRate: 90000 },
  {
    kind: 'video',
    mimeType: 'video/H264',
    clockRate: 90000,
    parameters: { 'packetization-mode': 1, 'profile-level-id': '42e01f', 'level-asymmetry-allowed': 1 },
  },
];

async function main() {
  const worker = await mediasoup.createWorker({ logLevel: 'warn' });
  try {
    const router = await worker.createRouter({ mediaCodecs });
    const transport = await router.createWebRtcTransport({
      listenInfos: [{ protocol: 'udp', ip: '127.0.0.1' }],
      enableUdp: true,
    });
    const candidate = transport.iceCandidates[0];
    const codecs = router.rtpCapabilities.codecs.filter((c) => !/rtx/i.test(c.mimeType)).map((c) => c.mimeType);
    console.log(`worker pid ${worker.pid}, bin ${bin}`);
    console.log(`router codecs: ${codecs.join(', ')}`);
    console.log(`transport ${transport.id}: ${candidate.protocol} ${candidate.address}:${candidate.port}, dtls ${transport.dtlsState}`);
    transport.close();
    router.close();
  } finally {
    worker.close();
  }
  console.log(`mediasoup worker OK ${mediasoup.version}`);
}

main().catch((err) => {
  console.error(`mediasoup smoke test FAILED: ${err.message}`);
  process.exit(1);
});
