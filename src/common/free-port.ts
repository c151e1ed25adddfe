import net from 'node:net';

/**
 * A port nobody listens on right now, picked below the range the OS hands out for outgoing connections (32768+ on
 * Linux, where listen(0) also picks) and below the media ports (40000+): between choosing it and a process binding it,
 * no connection of another test and no media server can take it (one did: EADDRINUSE in a four-process test).
 */
export async function freePort(random: () => number = Math.random): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(random() * 12_000);
    if (await canListen(port)) return port;
  }
  throw new Error('no free port found between 20000 and 32000');
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '0.0.0.0', () => server.close(() => resolve(true)));
  });
}
