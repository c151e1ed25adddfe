import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { Response } from 'express';
import type { LiveMessage } from '../api-contract';
import type { AuthUser } from '../auth/auth-user';
import { mayHearAboutCase } from './live-audience';
import { LiveRepository } from './live.repository';

/** A heartbeat comment keeps proxies from closing an idle stream (most cut at 60 s). */
const HEARTBEAT_MS = 25_000;

interface LiveConnection {
  user: AuthUser;
  send(message: LiveMessage): void;
  close(): void;
}

/**
 * The per-user live stream (Server-Sent Events): this process's open connections, and the two ways to reach them.
 * Feed it from live event listeners (`events.on`), which run in every portal process, so a change made through
 * another process reaches the users connected here too. Best effort: a closed browser tab misses what it was not open
 * for, and reloads when it comes back.
 */
@Injectable()
export class LiveService implements OnModuleDestroy {
  private readonly logger = new Logger('Live');
  private readonly connections = new Set<LiveConnection>();

  constructor(private readonly repository: LiveRepository) {}

  /** Opens a stream on `res` for `user` until the client leaves or `expiresAt` (the access token's expiry) passes. */
  open(user: AuthUser, res: Response, expiresAt: number): void {
    res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no', // nginx: do not buffer the stream
    });
    res.flushHeaders();
    const write = (chunk: string) => void (res.writableEnded || res.write(chunk));
    const heartbeat = setInterval(() => write(': ping\n\n'), HEARTBEAT_MS);
    const expiry = setTimeout(() => connection.close(), Math.max(0, Math.min(expiresAt - Date.now(), 2 ** 31 - 1)));
    heartbeat.unref();
    expiry.unref();
    const connection: LiveConnection = {
      user,
      send: (message) => write(`event: ${message.type}\ndata: ${JSON.stringify(message)}\n\n`),
      close: () => {
        clearInterval(heartbeat);
        clearTimeout(expiry);
        this.connections.delete(connection);
        if (!res.writableEnded) res.end();
      },
    };
    res.on('close', connection.close);
    this.connections.add(connection);
    connection.send({ type: 'hello', userId: user.id, expiresAt: new Date(expiresAt).toISOString() });
  }

  /** Sends to every open stream of one user in this process (the notification bell uses this). */
  sendToUser(userId: string, message: LiveMessage): void {
    for (const connection of this.connections) if (connection.user.id === userId) connection.send(message);
  }

  /** Sends to every open stream whose user may read the case (the permission table decides; one query per event). */
  async sendToCase(caseId: string, message: LiveMessage): Promise<void> {
    if (!this.connections.size) return;
    const facts = await this.repository.caseAudience(caseId);
    if (!facts) return;
    for (const connection of this.connections) if (mayHearAboutCase(connection.user, facts)) connection.send(message);
  }

  /** How many streams this process holds (health and tests). */
  get size(): number {
    return this.connections.size;
  }

  onModuleDestroy(): void {
    if (this.connections.size) this.logger.log(`关闭 ${this.connections.size} 个实时连接`);
    for (const connection of [...this.connections]) connection.close();
  }
}
