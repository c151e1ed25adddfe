import { DomainError } from '../common/errors/domain-error';
import { START, decodeCursor, encodeCursor, pageOf } from './session-page';

const ev = (id: number) => ({ id: String(id) });
const msg = (n: number) => ({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, atMicros: String(1_700_000_000_000_000 + n) });

describe('paging a session’s events and chat', () => {
  it('cuts each list at the limit and hands a cursor for the rest; none once both lists are complete', () => {
    const page = pageOf(START, [ev(1), ev(2), ev(3)], [msg(1)], 2);
    expect(page.events).toEqual([ev(1), ev(2)]);
    expect(page.chat).toEqual([msg(1)]);
    expect(decodeCursor(page.next!)).toEqual({ eventId: '2', chat: { atMicros: msg(1).atMicros, id: msg(1).id } });
    // The next page: chat has nothing new, so its position is kept.
    const last = pageOf(decodeCursor(page.next!), [ev(3)], [], 2);
    expect(last).toEqual({ events: [ev(3)], chat: [], next: null });
  });

  it('reads no cursor as the start, and refuses one it did not make', () => {
    expect(decodeCursor(undefined)).toEqual(START);
    expect(decodeCursor(encodeCursor({ eventId: '42', chat: null }))).toEqual({ eventId: '42', chat: null });
    for (const bad of ['nonsense', encodeCursor({ eventId: '1; DROP TABLE x', chat: null }), Buffer.from('{"c":[1,"x"]}').toString('base64url')]) {
      expect(() => decodeCursor(bad)).toThrow(DomainError);
    }
  });
});
