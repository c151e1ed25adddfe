import { JwtService } from '@nestjs/jwt';
import type { DataSource } from 'typeorm';
import { SignalingAuth, tokenFromProtocols } from './signaling-auth';

describe('signaling authentication', () => {
  const secret = 'x'.repeat(40);
  const revoked = new Set(['family-logged-out']);
  const db = { query: async (_sql: string, [family]: string[]) => [{ active: !revoked.has(family) }] } as unknown as DataSource;
  const auth = new SignalingAuth({ jwtSecret: secret }, db);
  const jwt = new JwtService({ secret });
  const token = jwt.sign({ sub: 'u1', role: 'party', org: null, name: '张三', phone: '13800000000', sid: 'family-1' }, { expiresIn: 60 });
  const req = (url: string, protocol?: string) => ({ url, headers: protocol ? { 'sec-websocket-protocol': protocol } : {} });

  it('reads the token from the offered subprotocols, never from the URL', () => {
    expect(tokenFromProtocols(req('/api/signaling', `hezhou-signaling, ${token}`))).toBe(token);
    expect(tokenFromProtocols(req('/api/signaling', 'hezhou-signaling'))).toBeNull();
    expect(tokenFromProtocols(req(`/api/signaling?token=${token}`))).toBeNull();
  });

  it('turns a valid access token into its login (user, expiry, login id), and anything else into null', () => {
    const login = auth.verify(token, '10.0.0.1');
    expect(login).toMatchObject({ user: { id: 'u1', role: 'party', name: '张三', ip: '10.0.0.1' }, loginId: 'family-1' });
    expect(login!.expiresAt).toBeGreaterThan(Date.now() + 50_000);
    expect(auth.verify('abc.def.ghi')).toBeNull();
    const forged = new JwtService({ secret: 'y'.repeat(40) }).sign({ sub: 'u1', role: 'admin' });
    expect(auth.verify(forged)).toBeNull();
    const expired = jwt.sign({ sub: 'u1', role: 'party', exp: Math.floor(Date.now() / 1000) - 10 });
    expect(auth.verify(expired)).toBeNull();
  });

  it('knows a login is over once its refresh tokens are revoked (logout)', async () => {
    expect(await auth.loginActive('family-1')).toBe(true);
    expect(await auth.loginActive('family-logged-out')).toBe(false);
  });
});
