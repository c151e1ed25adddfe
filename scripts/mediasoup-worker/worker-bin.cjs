'use strict';
// Locates the mediasoup worker built by scripts/mediasoup-worker/install.mjs.
//
// mediasoup reads MEDIASOUP_WORKER_BIN once, when its module is first loaded, so call this
// before the first require/import of mediasoup in the process:
//
//   const { applyWorkerBinEnv } = require('../scripts/mediasoup-worker/worker-bin.cjs');
//   applyWorkerBinEnv(); // then require('mediasoup')
const fs = require('node:fs');
const { cachedWorkerPath } = require('./cache-key.cjs');

// Path of the cached worker binary for the installed mediasoup, or undefined if it is not built.
function workerBinPath() {
  const bin = cachedWorkerPath();
  return bin && fs.existsSync(bin) ? bin : undefined;
}

// Sets process.env.MEDIASOUP_WORKER_BIN to the cached worker unless it already names an
// existing file (an explicit choice wins). Returns the path in effect, or undefined when
// there is none (mediasoup then falls back to its own, here absent, worker/out/Release/).
function applyWorkerBinEnv() {
  const current = process.env.MEDIASOUP_WORKER_BIN;
  if (current && fs.existsSync(current)) return current;
  const bin = workerBinPath();
  if (bin) process.env.MEDIASOUP_WORKER_BIN = bin;
  return bin;
}

module.exports = { workerBinPath, applyWorkerBinEnv };
