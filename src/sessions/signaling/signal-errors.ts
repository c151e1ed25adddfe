import { DomainError } from '../../common/errors/domain-error';
import { ERROR_CATALOG, ErrorCode } from '../../common/errors/error-catalog';
import { MediaError } from '../../media/media-events';
import type { SignalError } from './protocol';

const of = (code: ErrorCode, message?: string): SignalError => ({ code, message: message ?? ERROR_CATALOG[code].zh });

export interface SignalFailure {
  error: SignalError;
  /** A bug worth logging rather than the client's mistake. */
  unexpected: boolean;
  /** The client asked for something it may not or cannot have (a 4xx): it counts as a strike against the socket. */
  clientFault: boolean;
}

/** Any failure of a request as the client sees it: a code and a Chinese message, never internals. */
export function toSignalError(error: unknown): SignalFailure {
  const known = (code: ErrorCode, message?: string): SignalFailure =>
    ({ error: of(code, message), unexpected: false, clientFault: ERROR_CATALOG[code].status < 500 });
  if (error instanceof DomainError) return known(error.code, error.detail);
  if (error instanceof MediaError) return known(error.code);
  const name = (error as Error)?.name;
  // mediasoup checks the parameters it is given: TypeError / UnsupportedError mean the client sent nonsense.
  if (name === 'TypeError' || name === 'UnsupportedError') return known('MEDIA_REQUEST_INVALID');
  if (name === 'InvalidStateError') return known('MEDIA_UNAVAILABLE');
  return { error: of('INTERNAL'), unexpected: true, clientFault: false };
}
