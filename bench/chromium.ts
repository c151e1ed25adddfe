// Debian's Chromium as the browser tests and the benchmarks drive it (playwright-core, no browser download): the flags
// it needs as root, offline, with a fake camera and microphone and WebRTC on loopback (/work/shared/browser-testing.md).
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--allow-loopback-in-peer-connection',
];
