import { ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';

export interface PortalProcessOptions {
  port: number;
  /** The portal's entry: dist/src/main.js, or src/main.ts with a TypeScript loader in `execArgv` (tests). */
  entry: string;
  execArgv?: string[];
  env: Record<string, string>;
  /** Prefix of its output lines; nothing is shown when unset. */
  label?: string;
}

/**
 * One portal instance as a process of its own (topology command, kill tests, benchmark): started on a port, ready once
 * /api/health answers, stopped with SIGTERM (graceful) or SIGKILL (a crash).
 */
export class PortalProcess {
  private child?: ChildProcess;

  constructor(readonly options: PortalProcessOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    const { entry, execArgv = [], env, port, label } = this.options;
    const child = spawn(process.execPath, [...execArgv, entry], {
      env: { ...process.env, ...env, PORT: String(port) },
      stdio: ['ignore', label ? 'pipe' : 'ignore', label ? 'pipe' : 'inherit'],
    });
    this.child = child;
    if (label) {
      const prefix = (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).map((l) => `[${label}] ${l}\n`).join('');
      child.stdout!.on('data', (c: Buffer) => process.stdout.write(prefix(c)));
      child.stderr!.on('data', (c: Buffer) => process.stderr.write(prefix(c)));
    }
    const exited = new Promise<never>((_, reject) => child.once('exit', (code, signal) =>
      reject(new Error(`portal instance on port ${port} exited during start (${code ?? signal})`))));
    const deadline = Date.now() + timeoutMs;
    const ready = (async () => {
      while (!(await healthy(this.url))) {
        if (Date.now() > deadline) throw new Error(`portal instance on port ${port} not ready in ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    await Promise.race([ready, exited]);
    exited.catch(() => undefined);
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

function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(`${url}/api/health`, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.setTimeout(1000, () => req.destroy());
  });
}
