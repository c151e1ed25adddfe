import { DomainError } from '../../common/errors/domain-error';
import { ERROR_CATALOG, ErrorCode } from '../../common/errors/error-catalog';
import { MediaError } from '../../media/media-events';
import type { SignalError } from './protocol';

const MEDIA_CODES: Record<MediaError['reason'], ErrorCode> = {
  not_found: 'MEDIA_OBJECT_NOT_FOUND', not_ready: 'SIGNAL_NOT_READY', invalid: 'MEDIA_REQUEST_INVALID', closed: 'MEDIA_UNAVAILABLE',
};

const of = (code: ErrorCode, message?: string): SignalError => ({ code, message: message ?? ERROR_CATALOG[code].zh });

/**
 * Any failure of a request as the client sees it: a code and a Chinese message, never internals. `unexpected` is
 * true when it was a bug worth logging rather than the client's mistake.
 */
export function toSignalError(error: unknown): { error: SignalError; unexpected: boolean } {
  if (error instanceof DomainError) return { error: of(error.code, error.detail), unexpected: false };
  if (error instanceof MediaError) return { error: of(MEDIA_CODES[error.reason], error.message), unexpected: false };
  const name = (error as Error)?.name;
  // mediasoup checks the parameters it is given: TypeError / UnsupportedError mean the client sent nonsense.
  if (name === 'TypeError' || name === 'UnsupportedError') return { error: of('MEDIA_REQUEST_INVALID'), unexpected: false };
  if (name === 'InvalidStateError') return { error: of('MEDIA_UNAVAILABLE'), unexpected: false };
  return { error: of('INTERNAL'), unexpected: true };
}
