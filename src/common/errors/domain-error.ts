import { ErrorCode } from './error-catalog';

/** A rule the request broke. The exception filter turns it into `{statusCode, code, message}`. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Overrides the catalog's Chinese message when the situation needs specifics. */
    readonly detail?: string,
    readonly extra?: Record<string, unknown>,
  ) {
    super(detail ?? code);
  }
}
