import { EventEmitter } from 'node:events';
import { Heartbeat } from './heartbeat';

class FakeSocket extends EventEmitter {
  ping = jest.fn();
  terminate = jest.fn();
}

describe('Heartbeat', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('pings live sockets and terminates one that stopped answering', () => {
    const heartbeat = new Heartbeat(1000);
    const answering = new FakeSocket();
    const silent = new FakeSocket();
    heartbeat.watch(answering as never);
    heartbeat.watch(silent as never);
    jest.advanceTimersByTime(1000);
    expect(answering.ping).toHaveBeenCalledTimes(1);
    expect(silent.ping).toHaveBeenCalledTimes(1);
    answering.emit('pong');
    jest.advanceTimersByTime(1000);
    expect(answering.terminate).not.toHaveBeenCalled();
    expect(silent.terminate).toHaveBeenCalledTimes(1);
    heartbeat.stop();
  });
});
