import { ChildProcess, spawn } from 'node:child_process';
import { freePort } from '../common/free-port';

/**
 * A redis-server of our own on a free loopback port (never 6379), without persistence: for the topology command,
 * the tests and the benchmark. `stop()` kills it (SIGKILL when asked: a crash), `start()` brings it back on the same
 * port, empty, as a restarted cache would be.
 */
export class RedisServerProcess {
  private child?: ChildProcess;
  port = 0;

  constructor(private readonly binary = process.env.REDIS_SERVER_BIN ?? 'redis-server') {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (!this.port) this.port = await freePort();
    const child = spawn(this.binary, ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      let seen = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if (/Ready to accept connections/.test(seen)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${seen.slice(-300)}`)));
    });
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }
}
