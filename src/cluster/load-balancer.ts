import http from 'node:http';
import net from 'node:net';

/**
 * A small round-robin HTTP and WebSocket proxy for running several instances on one machine (the topology command,
 * the tests and the benchmark); production puts nginx or a cloud load balancer here. A backend that refuses a
 * connection is skipped for `downMs` (passive health check, like nginx's max_fails), and the request is answered 502;
 * clients retry (filings carry an Idempotency-Key, so a retry never files twice). X-Forwarded-For is set, so the
 * instances (TRUST_PROXY=loopback by default) see the client's address.
 */
export class LoadBalancer {
  private server?: http.Server;
  private next = 0;
  private readonly downUntil = new Map<string, number>();
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(private readonly backends: { host: string; port: number }[], private readonly downMs = 2000) {}

  async listen(port = 0, host = '127.0.0.1'): Promise<number> {
    const server = http.createServer((req, res) => this.forward(req, res));
    server.on('upgrade', (req, socket, head) => this.upgrade(req, socket as net.Socket, head));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject); // the port is taken: say so, do not crash
      server.listen(port, host, resolve);
    });
    this.server = server;
    this.port = (server.address() as net.AddressInfo).port;
    return this.port;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next live backend in turn (all down: the next one anyway, it may be back). */
  private pick(): { host: string; port: number } {
    const now = Date.now();
    for (let i = 0; i < this.backends.length; i++) {
      const backend = this.backends[this.next++ % this.backends.length];
      if ((this.downUntil.get(key(backend)) ?? 0) <= now) return backend;
    }
    return this.backends[this.next++ % this.backends.length];
  }

  private forward(req: http.IncomingMessage, res: http.ServerResponse): void {
    const backend = this.pick();
    const upstream = http.request({
      host: backend.host, port: backend.port, method: req.method, path: req.url,
      headers: { ...req.headers, 'x-forwarded-for': forwardedFor(req) },
    }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED' || error.code === 'ECONNRESET') this.downUntil.set(key(backend), Date.now() + this.downMs);
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' }).end('{"statusCode":502,"code":"BAD_GATEWAY"}');
      else res.destroy();
    });
    req.pipe(upstream);
  }

  /** WebSocket: the handshake is passed on as it came, then bytes flow both ways untouched. */
  private upgrade(req: http.IncomingMessage, client: net.Socket, head: Buffer): void {
    const backend = this.pick();
    const upstream = net.connect(backend.port, backend.host, () => {
      const headers = { ...req.headers, 'x-forwarded-for': forwardedFor(req) };
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (const [name, value] of Object.entries(headers)) {
        for (const v of Array.isArray(value) ? value : [value]) if (v !== undefined) lines.push(`${name}: ${v}`);
      }
      upstream.write(lines.join('\r\n') + '\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    this.sockets.add(upstream);
    upstream.on('close', () => {
      this.sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => {
      this.downUntil.set(key(backend), Date.now() + this.downMs);
      client.destroy();
    });
    client.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
  }
}

const key = (b: { host: string; port: number }) => `${b.host}:${b.port}`;

function forwardedFor(req: http.IncomingMessage): string {
  const prior = req.headers['x-forwarded-for'];
  const ip = req.socket.remoteAddress ?? '';
  return prior ? `${prior}, ${ip}` : ip;
}
