import { Param, ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-catalog';

/** A route id that must be a UUID; anything else cannot exist, so it answers the resource's own 404. */
export const UuidParam = (name: string, notFound: ErrorCode) =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => new DomainError(notFound) }));
