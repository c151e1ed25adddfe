import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DomainError } from '../../common/errors/domain-error';
import { flattenValidationErrors } from '../../common/errors/validation';
import type { RequestMethod } from './protocol';
import { EmptyData, REQUEST_DATA } from './request-dtos';

export interface ParsedRequest {
  id: number;
  method: RequestMethod;
  data: object;
}

/** A message that could not be read; `id` is known when the envelope was fine but the rest was not. */
export class BadRequest extends Error {
  constructor(readonly id: number | null, readonly error: DomainError) {
    super(error.message);
  }
}

const MAX_ID = 2 ** 31;

/** Reads and validates one client message. Never throws anything but BadRequest. */
export function parseRequest(raw: string): ParsedRequest {
  let message: unknown;
  try {
    message = JSON.parse(raw);
  } catch {
    throw new BadRequest(null, new DomainError('SIGNAL_BAD_MESSAGE'));
  }
  if (!isRecord(message) || !Number.isInteger(message.id) || (message.id as number) < 0 || (message.id as number) > MAX_ID) {
    throw new BadRequest(null, new DomainError('SIGNAL_BAD_MESSAGE'));
  }
  const id = message.id as number;
  const method = message.method;
  if (typeof method !== 'string' || !Object.hasOwn(REQUEST_DATA, method)) {
    throw new BadRequest(id, new DomainError('SIGNAL_UNKNOWN_METHOD', `不支持该操作：${String(method).slice(0, 40)}`));
  }
  const data = message.data ?? {};
  if (!isRecord(data)) throw new BadRequest(id, new DomainError('VALIDATION_FAILED', 'data 必须是对象'));
  return { id, method: method as RequestMethod, data: validated(id, method as RequestMethod, data) };
}

function validated(id: number, method: RequestMethod, data: Record<string, unknown>): object {
  const shape = REQUEST_DATA[method];
  // class-validator refuses classes without rules as "unknown values": an empty shape is checked here.
  if (shape === EmptyData) {
    if (Object.keys(data).length) throw new BadRequest(id, new DomainError('VALIDATION_FAILED', `${method} 不需要参数`));
    return {};
  }
  const instance = plainToInstance(shape, data);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
  if (!errors.length) return instance;
  const fieldErrors = flattenValidationErrors(errors);
  throw new BadRequest(id, new DomainError('VALIDATION_FAILED', fieldErrors.map((e) => e.message).join('；'), { errors: fieldErrors }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
