import { socketClientIp } from './socket-ip';

const req = (remoteAddress: string, forwarded?: string) =>
  ({ headers: forwarded ? { 'x-forwarded-for': forwarded } : {}, socket: { remoteAddress } }) as never;
const loopbackOnly = (addr: string) => addr === '127.0.0.1';

describe('the client address of a signaling socket', () => {
  it('believes X-Forwarded-For only through trusted proxies', () => {
    expect(socketClientIp(req('127.0.0.1', '203.0.113.7'), loopbackOnly)).toBe('203.0.113.7');
    expect(socketClientIp(req('198.51.100.1', '203.0.113.7'), loopbackOnly)).toBe('198.51.100.1');
    // A client forging the header in front of the proxy: the proxy appended the real address last.
    expect(socketClientIp(req('127.0.0.1', '10.9.9.9, 203.0.113.7'), loopbackOnly)).toBe('203.0.113.7');
    expect(socketClientIp(req('127.0.0.1'), loopbackOnly)).toBe('127.0.0.1');
    expect(socketClientIp(req('127.0.0.1', '203.0.113.7'), () => false)).toBe('127.0.0.1');
  });
});
