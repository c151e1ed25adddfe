import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '../../config/app-config';
import { SignalingAuth, tokenOf } from './signaling-auth';

describe('signaling authentication', () => {
  const secret = 'x'.repeat(40);
  const auth = new SignalingAuth({ jwtSecret: secret } as AppConfig);
  const token = new JwtService({ secret }).sign({ sub: 'u1', role: 'party', org: null, name: '张三', phone: '13800000000' });
  const req = (url: string, protocol?: string) => ({ url, headers: protocol ? { 'sec-websocket-protocol': protocol } : {}, socket: {} as never });

  it('reads the token from ?token= or from the offered subprotocols', () => {
    expect(tokenOf(req(`/api/signaling?token=${token}`))).toBe(token);
    expect(tokenOf(req('/api/signaling', `hezhou-signaling, ${token}`))).toBe(token);
    expect(tokenOf(req('/api/signaling', 'hezhou-signaling'))).toBeNull();
  });

  it('turns a valid access token into the user, and anything else into null', () => {
    expect(auth.authenticate(req(`/?token=${token}`))).toMatchObject({ id: 'u1', role: 'party', name: '张三' });
    expect(auth.authenticate(req('/'))).toBeNull();
    const forged = new JwtService({ secret: 'y'.repeat(40) }).sign({ sub: 'u1', role: 'admin' });
    expect(auth.authenticate(req(`/?token=${forged}`))).toBeNull();
    const expired = new JwtService({ secret }).sign({ sub: 'u1', role: 'party', exp: Math.floor(Date.now() / 1000) - 10 });
    expect(auth.authenticate(req(`/?token=${expired}`))).toBeNull();
  });
});
