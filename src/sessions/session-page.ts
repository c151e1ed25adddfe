import { DomainError } from '../common/errors/domain-error';

/** Items per list and page of GET /api/sessions/:id. */
export const SESSION_PAGE_LIMIT = 200;

/**
 * Where a reader of a session's file stands in its two long lists: the last event seen (its id) and the last chat
 * message seen (its time in microseconds since the epoch, and its id for ties). Passed back as `?after=`.
 */
export interface SessionCursor {
  eventId: string | null;
  chat: { atMicros: string; id: string } | null;
}

export const START: SessionCursor = { eventId: null, chat: null };

export function encodeCursor(cursor: SessionCursor): string {
  return Buffer.from(JSON.stringify({ e: cursor.eventId, c: cursor.chat && [cursor.chat.atMicros, cursor.chat.id] })).toString('base64url');
}

const DIGITS = /^\d{1,20}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads `?after=`; anything that is not a cursor this server made answers 400 and reads nothing. */
export function decodeCursor(after: string | undefined): SessionCursor {
  if (after === undefined || after === '') return START;
  try {
    const raw = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as { e?: unknown; c?: unknown };
    const eventId = raw.e ?? null;
    const chat = raw.c ?? null;
    if (eventId !== null && !(typeof eventId === 'string' && DIGITS.test(eventId))) throw new Error('event');
    if (chat !== null && !(Array.isArray(chat) && chat.length === 2 && DIGITS.test(String(chat[0])) && UUID.test(String(chat[1])))) {
      throw new Error('chat');
    }
    return { eventId, chat: chat ? { atMicros: String(chat[0]), id: String(chat[1]) } : null };
  } catch {
    throw new DomainError('SESSION_CURSOR_INVALID');
  }
}

/**
 * The page's lists (each fetched with one extra row to know whether more follow), trimmed to the limit, and the
 * cursor of the next page: null when neither list has more.
 */
export function pageOf<E extends { id: string }, M extends { id: string; atMicros: string }>(
  from: SessionCursor, events: E[], chat: M[], limit = SESSION_PAGE_LIMIT,
): { events: E[]; chat: M[]; next: string | null } {
  const more = events.length > limit || chat.length > limit;
  const pageEvents = events.slice(0, limit);
  const pageChat = chat.slice(0, limit);
  const lastEvent = pageEvents.at(-1);
  const lastChat = pageChat.at(-1);
  const next: SessionCursor = {
    eventId: lastEvent?.id ?? from.eventId,
    chat: lastChat ? { atMicros: lastChat.atMicros, id: lastChat.id } : from.chat,
  };
  return { events: pageEvents, chat: pageChat, next: more ? encodeCursor(next) : null };
}
