import { DomainError } from '../../common/errors/domain-error';
import { MediaError } from '../../media/media-events';
import type { HandlerMap } from './handlers';
import { SignalingConnection } from './signaling-connection';
import { SignalingDispatcher } from './signaling-dispatcher';

function fakeSocket() {
  const sent: unknown[] = [];
  const socket = { readyState: 1, send: (m: string) => sent.push(JSON.parse(m)), close: jest.fn() };
  return { socket, sent };
}

const user = { id: 'u1', role: 'party' as const, organizationId: null, name: '张三', phone: '13800000000' };

describe('SignalingDispatcher', () => {
  const handlers = {
    leave: async () => ({}),
    raiseHand: async () => { throw new DomainError('SIGNAL_WAITING'); },
    endCaucus: async () => { throw new MediaError('not_found', '找不到该音视频流'); },
    endSession: async () => { throw new Error('bug'); },
    admit: () => new Promise(() => undefined),
  } as unknown as HandlerMap;

  function setup() {
    const { socket, sent } = fakeSocket();
    const conn = new SignalingConnection(socket as never, user);
    const dispatcher = new SignalingDispatcher({} as never, handlers, 50);
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
      { id: 3, ok: false, error: { code: 'MEDIA_OBJECT_NOT_FOUND', message: '找不到该音视频流' } },
      { id: 4, ok: false, error: { code: 'INTERNAL', message: '服务器内部错误，请稍后重试' } },
    ]);
  });

  it('times a hanging handler out, and the socket’s next request still runs', async () => {
    const { conn, sent, dispatcher } = setup();
    const hanging = dispatcher.handle(conn, `{"id":5,"method":"admit","data":{"peerId":"${crypto.randomUUID()}"}}`);
    const next = dispatcher.handle(conn, '{"id":6,"method":"leave"}');
    await Promise.all([hanging, next]);
    expect(sent).toEqual([
      { id: 5, ok: false, error: { code: 'SIGNAL_TIMEOUT', message: '服务器处理超时，请重试' } },
      { id: 6, ok: true, data: {} },
    ]);
  });

  it('refuses binary frames and closes a socket after too many bad messages', async () => {
    const { conn, sent, socket, dispatcher } = setup();
    await dispatcher.handle(conn, Buffer.from([1, 2, 3]), true);
    expect(sent[0]).toMatchObject({ id: null, ok: false, error: { code: 'SIGNAL_BAD_MESSAGE' } });
    for (let i = 0; i < 20; i++) await dispatcher.handle(conn, 'x');
    expect(socket.close).toHaveBeenCalledWith(4400, 'too many bad messages');
  });
});
