import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable } from '../../database/database-errors';
import { DomainError } from './domain-error';
import { ERROR_CATALOG, ErrorCode } from './error-catalog';

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 413: 'PAYLOAD_TOO_LARGE',
};

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  [extra: string]: unknown;
}

/** Maps anything thrown to `{statusCode, code, message}`; internals never reach the client. */
export function toErrorBody(error: unknown, english = false): ErrorBody {
  if (error instanceof DomainError) return bodyFor(error.code, english, error.detail, error.extra);
  if (error instanceof HttpException) {
    const status = error.getStatus();
    // Nest's FileInterceptor turns multer's size limit into a 413 "File too large".
    if (status === 413 && /file too large/i.test(error.message)) return bodyFor('FILE_TOO_LARGE', english);
    const code = STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED');
    return { ...bodyFor(code, english), statusCode: status };
  }
  if (isDatabaseUnavailable(error)) return bodyFor('DATABASE_UNAVAILABLE', english);
  const multerCode = (error as { code?: string })?.code;
  if (multerCode === 'LIMIT_FILE_SIZE') return bodyFor('FILE_TOO_LARGE', english);
  if (typeof multerCode === 'string' && multerCode.startsWith('LIMIT_')) return bodyFor('VALIDATION_FAILED', english);
  return bodyFor('INTERNAL', english);
}

function bodyFor(code: ErrorCode, english: boolean, detail?: string, extra?: Record<string, unknown>): ErrorBody {
  const entry = ERROR_CATALOG[code];
  const message = english ? entry.en : (detail ?? entry.zh);
  return { statusCode: entry.status, code, message, ...extra };
}

export function prefersEnglish(req: Request): boolean {
  return /^en\b/i.test(req.headers['accept-language'] ?? '');
}

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const body = toErrorBody(exception, prefersEnglish(req));
    // An outage is one line per request, not a stack trace each.
    if (body.code === 'DATABASE_UNAVAILABLE') this.logger.warn(`${req.method} ${req.url}: 数据库不可用（${(exception as Error)?.message}）`);
    else if (body.statusCode >= 500) this.logger.error(`${req.method} ${req.url}`, (exception as Error)?.stack);
    if (res.headersSent) return;
    if (body.code === 'DATABASE_UNAVAILABLE') res.setHeader('Retry-After', '5');
    if (body.statusCode === 429 && typeof body.retryAfterSeconds === 'number') {
      res.setHeader('Retry-After', String(body.retryAfterSeconds));
    }
    res.status(body.statusCode).json(body);
  }
}
