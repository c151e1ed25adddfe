#!/usr/bin/env node
// postinstall step: provide a mediasoup worker binary on machines without internet.
//
// package.json disables mediasoup's own install script ("allowScripts": {"mediasoup": false})
// because it downloads a prebuilt worker from GitHub, or else pip-installs exact meson/ninja
// pins and lets meson download every C/C++ dependency (.wrap files): all of that fails
// offline. Instead, this script builds the worker from the sources shipped in
// node_modules/mediasoup/worker against Debian's libraries:
//
//   - each downloading subproject is replaced by a shim (./shims/<name>/) that takes the
//     library from the system through pkg-config; libsrtp 3 is emulated on Debian's
//     libsrtp 2 by shims/libsrtp3/include/srtp.h;
//   - the source patches in ./patches/*.json are applied (exact text replacement; a
//     pattern that is not found fails the build rather than shipping an unpatched worker);
//   - meson/ninja come from a python venv (Debian 12's meson is too old for the worker).
//
// The result is cached outside the clone (see cache-key.cjs for the path and key), so a
// second run, another clone or a CI job on the same machine costs nothing. The app finds
// the binary with worker-bin.cjs.
//
// Environment:
//   HEZHOU_SKIP_MEDIASOUP_BUILD=1  do nothing (video calls will not work without a worker)
//   MEDIASOUP_WORKER_BIN=<file>    use that worker; nothing is built if the file exists
//   XDG_CACHE_HOME                 base of the cache (default ~/.cache)
//
// Only node builtins are used: this runs during `npm install`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const {
  BINARY_NAME,
  MESON_SETUP_ARGS,
  PATCHES_DIR,
  SHIMS_DIR,
  cacheKey,
  cacheRoot,
  mediasoupDir,
  mediasoupVersion,
} = require('./cache-key.cjs');

const TAG = '[mediasoup-worker]';

// Debian packages the build needs (compiler, pkg-config, and the libraries the shims use).
const DEB_PACKAGES = [
  'build-essential',
  'pkg-config',
  'libssl-dev',
  'libuv1-dev',
  'libsrtp2-dev',
  'libusrsctp-dev',
  'libabsl-dev',
  'libflatbuffers-dev',
  'flatbuffers-compiler',
];

// Oldest meson the worker's meson.build accepts.
const MIN_MESON = [1, 1, 0];

// A failure explained in one paragraph to the user (no stack trace).
class BuildError extends Error {
  // showLog: a command failed, so the end of the build log (its output) is worth printing.
  constructor(message, showLog = false) {
    super(message);
    this.showLog = showLog;
  }
}

const log = (msg) => console.log(`${TAG} ${msg}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function formatDuration(ms) {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

// State shared with the error and signal handlers.
const state = { logPath: undefined, logFd: undefined, buildDir: undefined, cleanups: [] };

function appendLog(text) {
  if (state.logFd !== undefined) fs.writeSync(state.logFd, text);
}

// Runs a command with its output going to the build log. Rejects with a BuildError that
// starts with `what`. With `progress`, prints ninja's "[n/N]" counter every 30 s, so a
// multi-minute compile does not look hung.
function run(what, cmd, args, { cwd = process.cwd(), env = process.env, progress = false } = {}) {
  appendLog(`\n$ ${[cmd, ...args].join(' ')}\n  (cwd ${cwd})\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let lastReport = Date.now();
    const onData = (chunk) => {
      appendLog(chunk);
      if (!progress) return;
      const steps = [...chunk.toString().matchAll(/\[(\d+)\/(\d+)\]/g)].pop();
      if (steps && Date.now() - lastReport >= 30_000) {
        lastReport = Date.now();
        log(`  … ${steps[1]}/${steps[2]} build steps`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (err) => reject(new BuildError(`${what}: could not run \`${cmd}\` (${err.message}).`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new BuildError(`${what} failed (${signal ? `signal ${signal}` : `exit code ${code}`}).`, true));
    });
  });
}

// True when `pkg` is installed according to dpkg; undefined when dpkg is not available.
function debInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${db:Status-Abbrev}', pkg], { encoding: 'utf8' });
  if (r.error) return undefined;
  return r.status === 0 && r.stdout.startsWith('ii');
}

function aptListsEmpty() {
  try {
    return !fs.readdirSync('/var/lib/apt/lists').some((name) => name.includes('_Packages'));
  } catch {
    return true;
  }
}

// Installs the missing Debian build packages (as root), or explains how to.
async function ensureDebPackages() {
  const wanted = [...DEB_PACKAGES];
  // The meson venv needs python3 with venv + ensurepip (Debian splits them into python3-venv).
  const py = spawnSync('python3', ['-c', 'import venv, ensurepip'], { stdio: 'ignore' });
  if (py.error || py.status !== 0) wanted.push('python3-venv');

  if (debInstalled('build-essential') === undefined) {
    log('dpkg not found (not Debian/Ubuntu?): not checking build packages; the build needs the equivalents of: ' +
      `${wanted.join(' ')}.`);
    return;
  }
  const missing = wanted.filter((pkg) => !debInstalled(pkg));
  if (missing.length === 0) return;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new BuildError(
      `missing Debian build packages: ${missing.join(' ')}. Install them with ` +
        `\`sudo apt-get install -y ${missing.join(' ')}\`, then re-run \`node scripts/mediasoup-worker/install.mjs\`.`,
    );
  }

  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Wait for a concurrent apt/dpkg instead of failing on its lock.
  const install = () =>
    run('apt-get install', 'apt-get', ['install', '-y', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=600', ...missing], { env });
  const update = () => run('apt-get update', 'apt-get', ['update', '-o', 'DPkg::Lock::Timeout=600'], { env });

  let updated = false;
  if (aptListsEmpty()) {
    await update();
    updated = true;
  }
  try {
    await install();
  } catch (err) {
    if (updated) throw err;
    log('apt-get install failed; running apt-get update and retrying');
    await update();
    await install();
  }
  const still = missing.filter((pkg) => !debInstalled(pkg));
  if (still.length) throw new BuildError(`apt-get did not install: ${still.join(' ')}.`);
}

function versionAtLeast(text, min) {
  const parts = (text.match(/\d+(\.\d+)*/)?.[0] ?? '0').split('.').map(Number);
  for (let i = 0; i < min.length; i++) {
    if ((parts[i] ?? 0) !== min[i]) return (parts[i] ?? 0) > min[i];
  }
  return true;
}

// A python venv with meson + ninja, kept in the cache root and reused across builds.
// Returns its bin/ folder (to put first on PATH, so meson runs that ninja and not a
// system one).
async function ensureMesonVenv(root) {
  const venvDir = path.join(root, 'venv');
  const bin = path.join(venvDir, 'bin');
  const toolsOk = () => {
    const meson = spawnSync(path.join(bin, 'meson'), ['--version'], { encoding: 'utf8' });
    const ninja = spawnSync(path.join(bin, 'ninja'), ['--version'], { encoding: 'utf8' });
    return meson.status === 0 && ninja.status === 0 && versionAtLeast(meson.stdout, MIN_MESON);
  };
  if (toolsOk()) return bin;

  log('creating a python venv with meson and ninja');
  await run('creating the python venv', 'python3', ['-m', 'venv', '--clear', venvDir]);
  await run(
    'pip install meson ninja (needs PyPI or a configured local package index)',
    path.join(bin, 'pip'),
    ['install', '--disable-pip-version-check', `meson>=${MIN_MESON.join('.')}`, 'ninja'],
  );
  if (!toolsOk()) throw new BuildError(`meson >= ${MIN_MESON.join('.')} and ninja are not usable in ${venvDir}.`);
  return bin;
}

// Copies the worker sources to `buildDir`, swaps the .wrap subprojects for our shims, applies our patches.
function prepareSources(msDir, buildDir, version) {
  const src = path.join(msDir, 'worker');
  if (!fs.existsSync(path.join(src, 'meson.build'))) {
    throw new BuildError(`${src} has no meson.build: the mediasoup package does not ship the worker sources.`);
  }
  // Skip a stale out/ in case someone built inside node_modules.
  fs.cpSync(src, buildDir, { recursive: true, filter: (p) => path.relative(src, p) !== 'out' });

  // The .wrap files tell meson to download sources; the shims use system libraries instead.
  const subprojects = path.join(buildDir, 'subprojects');
  for (const name of fs.readdirSync(subprojects)) {
    if (name.endsWith('.wrap')) fs.rmSync(path.join(subprojects, name));
  }
  for (const name of fs.readdirSync(SHIMS_DIR)) {
    const dst = path.join(subprojects, name);
    if (fs.existsSync(dst)) throw new BuildError(`${dst} already exists in the mediasoup sources; review the shims.`);
    fs.cpSync(path.join(SHIMS_DIR, name), dst, { recursive: true });
  }

  for (const name of fs.readdirSync(PATCHES_DIR).filter((n) => n.endsWith('.json')).sort()) {
    const patch = JSON.parse(fs.readFileSync(path.join(PATCHES_DIR, name), 'utf8'));
    const target = path.join(buildDir, patch.file);
    const text = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    const pieces = text.split(patch.find);
    const expected = patch.count ?? 1;
    if (pieces.length - 1 !== expected) {
      throw new BuildError(
        `patch patches/${name} does not apply to mediasoup ${version}: its pattern should occur ${expected} time(s) ` +
          `in ${patch.file} but occurs ${pieces.length - 1} time(s). The upstream source changed: check whether the ` +
          `bug is fixed there and update or delete scripts/mediasoup-worker/patches/${name}.`,
      );
    }
    fs.writeFileSync(target, pieces.join(patch.replace));
    appendLog(`\npatched ${patch.file} with patches/${name}\n`);
  }
}

// Cheap load check: started without MEDIASOUP_VERSION the worker exits with its own code
// 41 ("not started by mediasoup"), which proves the binary and its shared libraries load.
function checkBinary(file) {
  const env = { ...process.env };
  delete env.MEDIASOUP_VERSION;
  const r = spawnSync(file, [], { env, encoding: 'utf8', timeout: 10_000 });
  if (r.status !== 41) {
    const why = r.error?.message ?? (r.signal ? `signal ${r.signal}` : `exit code ${r.status}`);
    const stderr = (r.stderr ?? '').trim().split('\n')[0];
    throw new BuildError(`the built worker does not start (${why}${stderr ? `: ${stderr}` : ''}); a shared library may be missing.`);
  }
}

// One build at a time per cache root (they share the venv, and a parallel second build
// would only waste the CPU): an exclusive lock file holding the builder's pid. A lock whose
// process is gone is stale and taken over.
async function acquireLock(root) {
  const lockPath = path.join(root, '.build.lock');
  const deadline = Date.now() + 60 * 60 * 1000;
  let announced = false;
  for (;;) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      // Idempotent: it runs from both `finally` and the error cleanup, and a second rm
      // could delete the lock another build has taken in between.
      let held = true;
      const release = () => {
        if (held) fs.rmSync(lockPath, { force: true });
        held = false;
      };
      state.cleanups.push(release);
      return release;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    let pid = NaN;
    let ageMs = 0;
    try {
      pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      ageMs = Date.now() - fs.statSync(lockPath).mtimeMs;
    } catch {
      continue; // released meanwhile
    }
    // An empty lock younger than a few seconds is being written by its owner.
    const alive = Number.isNaN(pid) ? ageMs < 5000 : processAlive(pid);
    if (!alive) {
      fs.rmSync(lockPath, { force: true });
      continue;
    }
    if (!announced) {
      log(`waiting for another worker build (pid ${pid}, lock ${lockPath})`);
      announced = true;
    }
    if (Date.now() > deadline) throw new BuildError(`gave up waiting for the build holding ${lockPath}.`);
    await sleep(2000);
  }
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

async function build({ msDir, version, keyDir, bin }) {
  const started = Date.now();
  state.logPath = path.join(keyDir, 'build.log');
  state.logFd = fs.openSync(state.logPath, 'w');
  appendLog(`mediasoup ${version} worker build, ${new Date().toISOString()}\n`);
  log(`building the worker for mediasoup ${version} (takes minutes); log: ${state.logPath}`);

  await ensureDebPackages();
  const venvBin = await ensureMesonVenv(path.dirname(keyDir));

  state.buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hezhou-mediasoup-worker-'));
  prepareSources(msDir, state.buildDir, version);

  const env = { ...process.env, PATH: `${venvBin}${path.delimiter}${process.env.PATH ?? ''}` };
  const opts = { cwd: state.buildDir, env };
  log('meson setup');
  await run('meson setup (a "found: NO" line in the log names a missing library)', 'meson',
    ['setup', ...MESON_SETUP_ARGS, 'out/Release'], opts);
  // The generated FBS/*.h headers must exist before any worker source compiles.
  log('generating flatbuffers headers');
  await run('flatbuffers code generation', 'meson', ['compile', '-C', 'out/Release', 'flatbuffers-generator'], opts);
  log('compiling mediasoup-worker');
  await run('compiling mediasoup-worker', 'meson', ['compile', '-C', 'out/Release', 'mediasoup-worker'],
    { ...opts, progress: true });

  const built = path.join(state.buildDir, 'out', 'Release', BINARY_NAME);
  checkBinary(built);

  // Copy next to the destination, then rename: readers never see a half-written binary.
  const tmp = path.join(keyDir, `.${BINARY_NAME}.${process.pid}.tmp`);
  state.cleanups.push(() => fs.rmSync(tmp, { force: true }));
  fs.copyFileSync(built, tmp);
  fs.chmodSync(tmp, 0o755);
  fs.renameSync(tmp, bin);

  fs.rmSync(state.buildDir, { recursive: true, force: true });
  state.buildDir = undefined;
  log(`built in ${formatDuration(Date.now() - started)}: ${bin}`);
}

async function main() {
  if (process.env.HEZHOU_SKIP_MEDIASOUP_BUILD === '1') {
    log('HEZHOU_SKIP_MEDIASOUP_BUILD=1: skipping (video calls need a worker).');
    return;
  }
  const envBin = process.env.MEDIASOUP_WORKER_BIN;
  if (envBin) {
    if (fs.existsSync(envBin)) {
      log(`using MEDIASOUP_WORKER_BIN=${envBin}; nothing to build.`);
      return;
    }
    log(`MEDIASOUP_WORKER_BIN=${envBin} does not exist; ignoring it.`);
  }

  const msDir = mediasoupDir();
  if (!msDir) {
    log('mediasoup is not installed: nothing to build.');
    return;
  }
  const version = mediasoupVersion(msDir);
  const keyDir = path.join(cacheRoot(), cacheKey(version));
  const bin = path.join(keyDir, BINARY_NAME);
  if (fs.existsSync(bin)) {
    log(`mediasoup ${version} worker cached: ${bin}`);
    return;
  }
  if (process.platform !== 'linux') {
    throw new BuildError(
      `building the worker is only supported on Linux (Debian/Ubuntu) here, not ${process.platform}. ` +
        'Point MEDIASOUP_WORKER_BIN at a worker binary, or set HEZHOU_SKIP_MEDIASOUP_BUILD=1.',
    );
  }

  fs.mkdirSync(keyDir, { recursive: true });
  const release = await acquireLock(cacheRoot());
  try {
    if (fs.existsSync(bin)) {
      log(`mediasoup ${version} worker was built meanwhile: ${bin}`);
      return;
    }
    await build({ msDir, version, keyDir, bin });
  } finally {
    release();
  }
}

function logTail(lines) {
  try {
    return fs.readFileSync(state.logPath, 'utf8').trimEnd().split('\n').slice(-lines);
  } catch {
    return [];
  }
}

function cleanup() {
  for (const fn of state.cleanups.splice(0).reverse()) {
    try {
      fn();
    } catch {
      // best effort
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanup();
    console.error(`${TAG} interrupted (${signal}).${state.buildDir ? ` Build folder left at ${state.buildDir}.` : ''}`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

try {
  await main();
} catch (err) {
  cleanup();
  const reason = err instanceof BuildError ? err.message : `unexpected error: ${err?.message ?? err}.`;
  const parts = [`${TAG} FAILED to build the mediasoup worker: ${reason}`];
  if (state.logPath) parts.push(`Full log: ${state.logPath}.`);
  if (state.buildDir) parts.push(`Build folder kept for inspection: ${state.buildDir}.`);
  parts.push(
    'Video calls need this worker. To finish the install without it, set HEZHOU_SKIP_MEDIASOUP_BUILD=1 ' +
      '(or point MEDIASOUP_WORKER_BIN at an existing worker binary) and re-run.',
  );
  console.error(parts.join(' '));
  const tail = err?.showLog ? logTail(15) : [];
  if (tail.length) console.error(`${TAG} last lines of the log:\n${tail.map((l) => `  | ${l}`).join('\n')}`);
  process.exitCode = 1;
} finally {
  if (state.logFd !== undefined) fs.closeSync(state.logFd);
}
