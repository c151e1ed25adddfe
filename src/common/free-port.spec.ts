import net from 'node:net';
import { freePort } from './free-port';

describe('freePort', () => {
  it('gives a port below the outgoing-connection and media ranges that a server can then listen on', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThanOrEqual(20_000);
    expect(port).toBeLessThan(32_000);
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '0.0.0.0', resolve));
    await new Promise((resolve) => server.close(resolve));
  });

  it('passes over a port someone listens on', async () => {
    const taken = await freePort();
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(taken, '0.0.0.0', resolve));
    try {
      const draws = [(taken - 20_000 + 0.5) / 12_000, (((taken - 20_000 + 1) % 12_000) + 0.5) / 12_000]; // first the taken one, then its neighbour
      expect(await freePort(() => draws.shift()!)).toBe(20_000 + ((taken - 20_000 + 1) % 12_000));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
