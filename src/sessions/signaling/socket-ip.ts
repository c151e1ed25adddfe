import type { IncomingMessage } from 'node:http';

/** Express's compiled `trust proxy` setting (TRUST_PROXY): whether the hop at `addr`, `i` steps away, is a trusted proxy. */
export type TrustProxy = (addr: string, i: number) => boolean;

/**
 * The client address of a WebSocket upgrade, as Express's `req.ip` would give it for an HTTP request: walk
 * X-Forwarded-For back from the socket's peer while the hops are trusted proxies (proxy-addr's rule).
 */
export function socketClientIp(req: Pick<IncomingMessage, 'headers' | 'socket'>, trust: TrustProxy): string {
  const forwarded = String(req.headers['x-forwarded-for'] ?? '').split(',').map((a) => a.trim()).filter(Boolean).reverse();
  const hops = [req.socket?.remoteAddress ?? '', ...forwarded];
  for (let i = 0; i < hops.length - 1; i++) if (!trust(hops[i], i)) return hops[i];
  return hops[hops.length - 1];
}
