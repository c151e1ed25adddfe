import { MediaConfigError, loadMediaConfig } from './media-config';

describe('loadMediaConfig', () => {
  it('defaults to loopback and one worker in tests, all interfaces and one worker per core otherwise', () => {
    expect(loadMediaConfig({}, 'test')).toMatchObject({
      workers: 1, listenIp: '127.0.0.1', announcedAddress: undefined, rtcMinPort: 40000, rtcMaxPort: 40999, reconnectGraceMs: 20_000,
    });
    const prod = loadMediaConfig({ MEDIASOUP_ANNOUNCED_ADDRESS: 'media.example.cn' }, 'production');
    expect(prod).toMatchObject({ listenIp: '0.0.0.0', announcedAddress: 'media.example.cn' });
    expect(prod.workers).toBeGreaterThanOrEqual(1);
  });

  it('announces a LAN address rather than 0.0.0.0 when bound to all interfaces with nothing announced', () => {
    const { announcedAddress } = loadMediaConfig({}, 'development');
    expect(announcedAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(announcedAddress).not.toBe('0.0.0.0');
  });

  it('reads the settings and refuses wrong ones with a clear message', () => {
    expect(loadMediaConfig({ MEDIASOUP_WORKERS: '3', RTC_MIN_PORT: '50000', RTC_MAX_PORT: '50100', RECONNECT_GRACE_MS: '5000' }, 'test'))
      .toMatchObject({ workers: 3, rtcMinPort: 50000, rtcMaxPort: 50100, reconnectGraceMs: 5000 });
    expect(() => loadMediaConfig({ MEDIASOUP_LISTEN_IP: 'localhost' }, 'test')).toThrow('MEDIASOUP_LISTEN_IP 必须是 IP 地址');
    expect(() => loadMediaConfig({ RTC_MIN_PORT: '41000', RTC_MAX_PORT: '40000' }, 'test')).toThrow('RTC_MIN_PORT 不能大于 RTC_MAX_PORT');
    expect(() => loadMediaConfig({ MEDIASOUP_WORKERS: '0' }, 'test')).toThrow(MediaConfigError);
  });

  it('never splits a room unless asked, and wants a long pipe secret on a media node that splits', () => {
    expect(loadMediaConfig({}, 'test')).toMatchObject({ splitPeers: 0, pipeSecret: undefined });
    expect(() => loadMediaConfig({ PORTAL_ROLE: 'media', MEDIA_ROOM_SPLIT_PEERS: '50' }, 'test')).toThrow('必须设置 MEDIA_PIPE_SECRET');
    expect(() => loadMediaConfig({ MEDIA_PIPE_SECRET: 'short' }, 'test')).toThrow('MEDIA_PIPE_SECRET 至少需要 32 个字符');
    const secret = 'x'.repeat(32);
    expect(loadMediaConfig({ PORTAL_ROLE: 'media', MEDIA_ROOM_SPLIT_PEERS: '50', MEDIA_PIPE_SECRET: secret, MEDIA_PIPE_ANNOUNCED_ADDRESS: '10.0.0.2' }, 'test'))
      .toMatchObject({ splitPeers: 50, pipeSecret: secret, pipeAnnouncedAddress: '10.0.0.2' });
  });
});
