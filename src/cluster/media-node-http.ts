import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../common/errors/domain-error';
import { prefersEnglish, toErrorBody } from '../common/errors/http-exception.filter';

/**
 * A media node serves no public HTTP API: only /api/health (its readiness, for the topology and the operator's
 * checks) answers; every other route is 404. Its signaling WebSocket (/api/signaling, the API instances' relay) is
 * an upgrade and never reaches Express.
 */
export function mediaNodeHttpOnly() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET' && req.path === '/api/health') return next();
    const body = toErrorBody(new DomainError('NOT_FOUND'), prefersEnglish(req));
    res.status(body.statusCode).json(body);
  };
}
