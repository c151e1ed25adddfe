import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Security headers for the API and the SPA (helmet): nosniff, no framing, no referrer, and a Content-Security-Policy
 * that the SPA passes — its own scripts only; blob: for previews of uploads; data: for inline icons; the signaling
 * WebSocket of the same host (ws: / wss:); media from the SFU arrives over WebRTC, which CSP does not govern.
 * HSTS only on requests that came over TLS (directly, or through a trusted proxy's X-Forwarded-Proto), so a plain-HTTP
 * development portal is not pinned to HTTPS.
 */
export function securityHeaders(): RequestHandler[] {
  const sameHostSockets = (req: unknown) => {
    const host = (req as Request).headers.host ?? '';
    return /^[\w.:[\]-]+$/.test(host) ? `ws://${host} wss://${host}` : "'self'";
  };
  return [
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Inline style attributes (Preact style props) and the API docs' inline stylesheet.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          mediaSrc: ["'self'", 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'", sameHostSockets],
          workerSrc: ["'self'", 'blob:'],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: 'no-referrer' },
    }),
    (req: Request, res: Response, next: NextFunction) => {
      if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
      next();
    },
  ];
}
