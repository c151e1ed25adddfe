import type { WebSocket } from 'ws';

export const HEARTBEAT_MS = 15_000;

/**
 * Pings every socket; one that has not answered the previous ping is terminated. Without it a connection that
 * vanished without a FIN (a phone losing its network) would only close after minutes of TCP timeouts, and the
 * reconnect grace would start far too late.
 */
export class Heartbeat {
  private readonly alive = new WeakMap<WebSocket, boolean>();
  private readonly sockets = new Set<WebSocket>();
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = HEARTBEAT_MS) {
    this.timer = setInterval(() => this.beat(), intervalMs);
    this.timer.unref();
  }

  watch(socket: WebSocket): void {
    this.alive.set(socket, true);
    this.sockets.add(socket);
    socket.on('pong', () => this.alive.set(socket, true));
    socket.once('close', () => this.sockets.delete(socket));
  }

  stop(): void {
    clearInterval(this.timer);
    this.sockets.clear();
  }

  private beat(): void {
    for (const socket of this.sockets) {
      if (!this.alive.get(socket)) {
        socket.terminate();
        continue;
      }
      this.alive.set(socket, false);
      socket.ping();
    }
  }
}
