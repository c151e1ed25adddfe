// The one door to mediasoup. mediasoup reads MEDIASOUP_WORKER_BIN once, when its module is first loaded, so the
// path of the worker built for this machine (scripts/mediasoup-worker, run by `npm install`) is set here first.
// Every other file imports mediasoup values and types from this file, never from 'mediasoup' directly.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root: src/media/ under jest, dist/src/media/ when compiled. */
function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'scripts', 'mediasoup-worker', 'worker-bin.cjs'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`scripts/mediasoup-worker not found above ${__dirname}`);
  }
}

function locateWorker(): string {
  if (process.env.MEDIASOUP_WORKER_BIN && existsSync(process.env.MEDIASOUP_WORKER_BIN)) return process.env.MEDIASOUP_WORKER_BIN;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { workerBinPath } = require(path.join(repoRoot(), 'scripts', 'mediasoup-worker', 'worker-bin.cjs')) as {
    workerBinPath(): string | undefined;
  };
  const bin = workerBinPath();
  if (!bin) {
    throw new Error(
      '找不到 mediasoup 媒体服务进程（mediasoup-worker），请在项目根目录运行 npm install 以编译它。\n' +
        'The mediasoup worker binary is missing: run `npm install` in the repository root (its postinstall builds it), ' +
        'or set MEDIASOUP_WORKER_BIN to an existing mediasoup-worker.',
    );
  }
  return bin;
}

process.env.MEDIASOUP_WORKER_BIN = locateWorker();

// Loaded only now, after the environment is set (an `import` would be hoisted above the lines above).
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const mediasoup = require('mediasoup') as typeof import('mediasoup');
export type { types } from 'mediasoup';
