'use strict';
// Where the locally built mediasoup worker lives, shared by install.mjs (which builds it)
// and worker-bin.cjs (which the app uses to find it).
//
// The binary is cached outside the clone, under
//   ${XDG_CACHE_HOME:-~/.cache}/hezhou/mediasoup-worker/<key>/mediasoup-worker
// so that other clones on the same machine and CI runners reuse it. <key> is
//   <mediasoup version>-<first 16 hex of a sha256 over the build inputs we own>
// i.e. the shim subprojects, the source patches and the meson setup arguments: changing
// any of them, or upgrading mediasoup, selects a new cache entry (and thus a rebuild).
// Only node builtins are used, so this runs before/without any npm dependency.
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const SCRIPT_DIR = __dirname;
const PROJECT_ROOT = path.resolve(SCRIPT_DIR, '..', '..');
const SHIMS_DIR = path.join(SCRIPT_DIR, 'shims');
const PATCHES_DIR = path.join(SCRIPT_DIR, 'patches');
const BINARY_NAME = 'mediasoup-worker';

// Arguments of `meson setup`, part of the cache key. liburing stays disabled: Debian 12's
// liburing 2.3 does not work with the worker, and there is no shim for it.
const MESON_SETUP_ARGS = Object.freeze([
  '--buildtype',
  'release',
  '-Db_ndebug=true',
  '-Dms_disable_liburing=true',
  '--wrap-mode=nodownload',
]);

// Absolute path of the installed mediasoup package, or undefined if it is not installed.
function mediasoupDir() {
  try {
    // "mediasoup/package.json" is not in the package's "exports", so resolve its entry
    // point (<pkg>/node/lib/index.js) and walk up.
    const entry = require.resolve('mediasoup', { paths: [PROJECT_ROOT] });
    let dir = path.dirname(entry);
    while (!fs.existsSync(path.join(dir, 'package.json'))) {
      const parent = path.dirname(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
    return dir;
  } catch {
    return undefined;
  }
}

// Version of the installed mediasoup package, or undefined if it is not installed.
function mediasoupVersion(dir = mediasoupDir()) {
  if (!dir) return undefined;
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
}

// All regular files under `dir`, as sorted POSIX paths relative to SCRIPT_DIR.
function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.isFile()) out.push(path.relative(SCRIPT_DIR, full).split(path.sep).join('/'));
  }
  return out.sort();
}

// sha256 (hex) over the build inputs: file names + contents of shims/ and patches/, meson args.
function inputsHash() {
  const hash = crypto.createHash('sha256');
  hash.update(`meson-setup:${JSON.stringify(MESON_SETUP_ARGS)}\0`);
  for (const rel of [...listFiles(SHIMS_DIR), ...listFiles(PATCHES_DIR)]) {
    // Name and length prefix keep the concatenation unambiguous.
    const data = fs.readFileSync(path.join(SCRIPT_DIR, rel));
    hash.update(`${rel}\0${data.length}\0`);
    hash.update(data);
  }
  return hash.digest('hex');
}

// `${XDG_CACHE_HOME:-~/.cache}/hezhou/mediasoup-worker` (a relative XDG_CACHE_HOME is ignored, per the spec).
function cacheRoot() {
  const xdg = process.env.XDG_CACHE_HOME;
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache');
  return path.join(base, 'hezhou', 'mediasoup-worker');
}

// Cache key, e.g. "3.19.3-0123456789abcdef", or undefined if mediasoup is not installed.
function cacheKey(version = mediasoupVersion()) {
  if (!version) return undefined;
  return `${version}-${inputsHash().slice(0, 16)}`;
}

// Where the worker binary for the installed mediasoup is (or would be) cached; undefined without mediasoup.
function cachedWorkerPath() {
  const key = cacheKey();
  return key ? path.join(cacheRoot(), key, BINARY_NAME) : undefined;
}

module.exports = {
  BINARY_NAME,
  MESON_SETUP_ARGS,
  PATCHES_DIR,
  PROJECT_ROOT,
  SCRIPT_DIR,
  SHIMS_DIR,
  cacheKey,
  cacheRoot,
  cachedWorkerPath,
  inputsHash,
  mediasoupDir,
  mediasoupVersion,
};
