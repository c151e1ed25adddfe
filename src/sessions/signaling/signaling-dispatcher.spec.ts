import { DomainError } from '../../common/errors/domain-error';
import { MediaError } from '../../media/media-events';
import type { HandlerMap } from './handlers';
import type { HandlerContext } from './handlers/handler-context';
import { DEFAULT_SIGNALING_CONFIG, SignalingConfig } from './signaling-config';
import { SignalingConnection } from './signaling-connection';
import { SignalingDispatcher } from './signaling-dispatcher';

function fakeSocket() {
  const sent: unknown[] = [];
  const socket = { readyState: 1, send: (m: string) => sent.push(JSON.parse(m)), close: jest.fn(() => { socket.readyState = 3; }) };
  return { socket, sent };
}

const user = { id: 'u1', role: 'party' as const, organizationId: null, name: '张三', phone: '13800000000' };
const login = { user, expiresAt: Date.now() + 60_000, loginId: null };

describe('SignalingDispatcher', () => {
  const order: string[] = [];
  let cancelled: unknown = null;
  const handlers = {
    leave: async () => { order.push('leave'); return {}; },
    raiseHand: async () => { throw new DomainError('SIGNAL_WAITING'); },
    endCaucus: async () => { throw new MediaError('MEDIA_PRODUCER_NOT_FOUND'); },
    endSession: async () => { throw new Error('bug'); },
    // Hangs until cancelled, then takes a moment to undo its work: the next request must wait for that.
    admit: (ctx: HandlerContext) => new Promise((_, reject) => ctx.signal.addEventListener('abort', () => {
      cancelled = ctx.signal.reason;
      setTimeout(() => { order.push('admit rolled back'); reject(ctx.signal.reason); }, 20);
    })),
    chat: async () => ({ message: {} }),
  } as unknown as HandlerMap;
  const admission = { authenticate: jest.fn(async () => ({ expiresAt: new Date(login.expiresAt).toISOString() })) };

  function setup(config: Partial<SignalingConfig> = {}) {
    const { socket, sent } = fakeSocket();
    const full = { ...DEFAULT_SIGNALING_CONFIG, requestTimeoutMs: 50, ...config };
    const conn = new SignalingConnection(socket as never, full);
    conn.login = login;
    const dispatcher = new SignalingDispatcher({} as never, admission, full, handlers);
    order.length = 0;
    return { conn, sent, socket, dispatcher };
  }

  it('answers a request with its id and the handler’s result', async () => {
    const { conn, sent, dispatcher } = setup();
    await dispatcher.handle(conn, Buffer.from('{"id":1,"method":"leave"}'));
    expect(sent).toEqual([{ id: 1, ok: true, data: {} }]);
  });

  it('turns domain and media errors into coded Chinese error replies, and bugs into INTERNAL without details', async () => {
    const { conn, sent, dispatcher } = setup();
    await dispatcher.handle(conn, '{"id":2,"method":"raiseHand","data":{"raised":true}}');
    await dispatcher.handle(conn, '{"id":3,"method":"endCaucus"}');
    await dispatcher.handle(conn, '{"id":4,"method":"endSession"}');
    expect(sent).toEqual([
      { id: 2, ok: false, error: { code: 'SIGNAL_WAITING', message: '请等待调解员准许您进入会议' } },
      { id: 3, ok: false, error: { code: 'MEDIA_PRODUCER_NOT_FOUND', message: '找不到该音视频流' } },
      { id: 4, ok: false, error: { code: 'INTERNAL', message: '服务器内部错误，请稍后重试' } },
    ]);
  });

  it('times a hanging handler out, cancels its work, and runs the next request only once that work has stopped', async () => {
    const { conn, sent, dispatcher } = setup();
    const hanging = dispatcher.handle(conn, `{"id":5,"method":"admit","data":{"peerId":"${crypto.randomUUID()}"}}`);
    const next = dispatcher.handle(conn, '{"id":6,"method":"leave"}');
    await Promise.all([hanging, next]);
    expect(cancelled).toMatchObject({ code: 'SIGNAL_TIMEOUT' });
    expect(order).toEqual(['admit rolled back', 'leave']);
    expect(sent).toEqual([
      { id: 5, ok: false, error: { code: 'SIGNAL_TIMEOUT', message: '服务器处理超时，请重试' } },
      { id: 6, ok: true, data: {} },
    ]);
  });

  it('cancels the running request and drops the queued ones when the socket closes', async () => {
    const { conn, sent, dispatcher } = setup({ requestTimeoutMs: 5_000 });
    const hanging = dispatcher.handle(conn, `{"id":7,"method":"admit","data":{"peerId":"${crypto.randomUUID()}"}}`);
    const queued = dispatcher.handle(conn, '{"id":8,"method":"leave"}');
    await new Promise((resolve) => setImmediate(resolve));
    conn.closed();
    await Promise.all([hanging, queued]);
    expect(cancelled).toMatchObject({ name: 'SocketClosed' });
    expect(order).toEqual(['admit rolled back']);
    expect(sent).toEqual([]);
  });

  it('refuses binary frames and closes a socket after too many bad messages', async () => {
    const { conn, sent, socket, dispatcher } = setup();
    await dispatcher.handle(conn, Buffer.from([1, 2, 3]), true);
    expect(sent[0]).toMatchObject({ id: null, ok: false, error: { code: 'SIGNAL_BAD_MESSAGE' } });
    for (let i = 0; i < 20; i++) await dispatcher.handle(conn, 'x');
    expect(socket.close).toHaveBeenCalledWith(4400, 'too many bad messages');
  });

  it('counts refused requests and rate-limited messages as bad messages too', async () => {
    const refused = setup({ maxBadMessages: 3 });
    for (let i = 0; i < 4; i++) await refused.dispatcher.handle(refused.conn, `{"id":${i},"method":"raiseHand","data":{"raised":true}}`);
    expect(refused.socket.close).toHaveBeenCalledWith(4400, 'too many bad messages');

    const flood = setup({ messagesPerSecond: 1, messageBurst: 2, maxBadMessages: 3 });
    for (let i = 0; i < 10; i++) await flood.dispatcher.handle(flood.conn, `{"id":${i},"method":"leave"}`);
    expect(flood.sent.filter((m) => (m as { ok: boolean }).ok)).toHaveLength(2);
    expect(flood.sent[2]).toEqual({ id: null, ok: false, error: { code: 'SIGNAL_RATE_LIMITED', message: '发送的消息过于频繁，请稍后再试' } });
    expect(flood.socket.close).toHaveBeenCalledWith(4400, 'too many bad messages');
  });

  it('limits chat per minute and the requests waiting per socket', async () => {
    const chat = setup({ chatPerMinute: 2 });
    for (let i = 0; i < 3; i++) await chat.dispatcher.handle(chat.conn, `{"id":${i},"method":"chat","data":{"text":"你好"}}`);
    expect(chat.sent.at(-1)).toMatchObject({ id: 2, ok: false, error: { code: 'SIGNAL_CHAT_RATE_LIMITED' } });

    const busy = setup({ queueMax: 1, requestTimeoutMs: 5_000 });
    const first = busy.dispatcher.handle(busy.conn, `{"id":1,"method":"admit","data":{"peerId":"${crypto.randomUUID()}"}}`);
    await busy.dispatcher.handle(busy.conn, '{"id":2,"method":"leave"}');
    expect(busy.sent).toEqual([{ id: 2, ok: false, error: { code: 'SIGNAL_BUSY', message: '待处理的请求过多，请等待之前的请求完成' } }]);
    busy.conn.closed();
    await first;
  });

  it('lets only `authenticate` through before the socket has authenticated', async () => {
    const { conn, sent, socket, dispatcher } = setup();
    conn.login = null;
    await dispatcher.handle(conn, '{"id":1,"method":"leave"}');
    expect(sent).toEqual([{ id: 1, ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } }]);
    expect(socket.close).toHaveBeenCalledWith(4401, 'unauthenticated');
  });
});
