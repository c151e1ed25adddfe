import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import type { LiveMessage } from '../../src/api-contract';
import { waitFor } from './wait-for';

export interface LiveStreamClient {
  status: number;
  messages: LiveMessage[];
  /** Waits for a message matching `match` and returns it. */
  next<M extends LiveMessage>(match: (m: LiveMessage) => m is M, what: string): Promise<M>;
  close(): void;
}

/** Opens GET /api/live as a browser does (fetch with the bearer token, reading the body as it comes). */
export async function openLiveStream(app: INestApplication, token: string): Promise<LiveStreamClient> {
  const server = app.getHttpServer();
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const abort = new AbortController();
  const res = await fetch(`http://127.0.0.1:${port}/api/live`, { headers: { Authorization: `Bearer ${token}` }, signal: abort.signal });
  const messages: LiveMessage[] = [];
  if (res.ok && res.body) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const data = buffer.slice(0, end).split('\n').find((line) => line.startsWith('data: '));
            buffer = buffer.slice(end + 2);
            if (data) messages.push(JSON.parse(data.slice(6)));
          }
        }
      } catch {
        /* aborted */
      }
    })();
  }
  return {
    status: res.status,
    messages,
    async next(match, what) {
      await waitFor(() => messages.some(match), what);
      return messages.find(match)!;
    },
    close: () => abort.abort(),
  };
}
