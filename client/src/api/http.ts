import { localeStore } from '../i18n';
import { tokens } from './tokens';
import type { AuthTokens } from './types';

export const NETWORK_ERROR = '网络连接失败，请稍后重试';

/** Every failed call rejects with this; `message` is safe to show (Chinese). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Per-field validation messages (`respondents.0.idNumber`), when the server sends them. */
    readonly fields: FieldError[] = [],
    /** Seconds to wait before trying again (429 answers). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export interface FieldError {
  field: string;
  message: string;
}

export const acceptLanguage = () => (localeStore.get() === 'en' ? 'en' : 'zh-CN');

export const networkError = () => new ApiError(0, 'NETWORK', NETWORK_ERROR);

/** Build an ApiError from a server error body (or anything else). */
export function toApiError(status: number, body: unknown): ApiError {
  const b = (body && typeof body === 'object' ? body : {}) as { code?: unknown; message?: unknown; errors?: unknown; retryAfterSeconds?: unknown };
  let message = typeof b.message === 'string' ? b.message : Array.isArray(b.message) ? b.message.join('；') : '';
  if (!message) message = status >= 500 ? `服务暂时不可用，请稍后重试（${status}）` : `请求失败（${status}）`;
  const fields = Array.isArray(b.errors)
    ? (b.errors as FieldError[]).filter((e) => typeof e?.field === 'string' && typeof e?.message === 'string')
    : [];
  const retry = typeof b.retryAfterSeconds === 'number' ? b.retryAfterSeconds : undefined;
  return new ApiError(status, typeof b.code === 'string' ? b.code : `HTTP_${status}`, message, fields, retry);
}

async function errorFrom(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    /* not JSON */
  }
  return toApiError(res.status, body);
}

let onExpired: () => void = () => {};
/** Called once a refresh has failed: the session module logs out and redirects. */
export function setSessionExpiredHandler(fn: () => void): void {
  onExpired = fn;
}

let refreshing: Promise<boolean> | null = null;

/** Rotate tokens once, shared by concurrent callers. Resolves false if the session is gone. */
export function refreshTokens(): Promise<boolean> {
  if (!refreshing) {
    refreshing = (async () => {
      const refreshToken = tokens.refresh();
      if (!refreshToken) return false;
      let res: Response;
      try {
        res = await fetch('/api/auth/refresh', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Accept-Language': acceptLanguage() },
          body: JSON.stringify({ refreshToken }),
        });
      } catch {
        throw networkError();
      }
      if (!res.ok) return false;
      tokens.save((await res.json()) as AuthTokens);
      return true;
    })().finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

export const isTokenError = (e: ApiError) =>
  e.status === 401 && (e.code === 'TOKEN_EXPIRED' || e.code === 'TOKEN_INVALID');

export function expireSession(): void {
  tokens.clear();
  onExpired();
}

async function send(path: string, init: RequestInit): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Accept-Language', acceptLanguage());
  const token = tokens.access();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetch(`/api${path}`, { ...init, headers });
  } catch {
    throw networkError();
  }
}

/**
 * fetch('/api' + path) with the bearer token. On an expired/invalid token it
 * refreshes once and retries once; if that fails the session ends.
 */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const hadToken = !!tokens.access();
  let res = await send(path, init);
  if (res.status === 401 && hadToken) {
    const err = await errorFrom(res);
    if (!isTokenError(err)) throw err;
    if (await refreshTokens()) res = await send(path, init);
    if (res.status === 401) {
      expireSession();
      throw await errorFrom(res);
    }
  }
  if (!res.ok) throw await errorFrom(res);
  return res;
}

type Json = Record<string, unknown> | unknown[];

export async function api<T>(
  path: string,
  opts: { method?: string; body?: Json; headers?: Record<string, string> } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await apiFetch(path, {
    method: opts.method ?? (opts.body !== undefined ? 'POST' : 'GET'),
    headers,
    body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
  });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
