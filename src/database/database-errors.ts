// Failures that mean "the database cannot be reached or is overloaded right now", as opposed to a broken statement.
// They answer 503 DATABASE_UNAVAILABLE (try again shortly) instead of a 500.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const MESSAGES = [
  /connection terminated/i, /timeout exceeded when trying to connect/i, /query read timeout/i,
  /connection (is )?(closed|ended)/i, /cannot use a pool after calling end/i, /client has encountered a connection error/i,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; driverError?: unknown } | undefined, depth = 0; e && depth < 3; depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    // 08: connection exception; 57P0x: shutdown / cannot connect now; 53300: too many connections;
    // 57014: statement timeout (or cancel) — the server is too busy to answer in time.
    if (NETWORK_CODES.has(code) || code.startsWith('08') || /^57P0\d$/.test(code) || code === '53300' || code === '57014') return true;
    if (typeof e.message === 'string' && MESSAGES.some((pattern) => pattern.test(e!.message as string))) return true;
    e = e.driverError as typeof e;
  }
  return false;
}
