import { createServer } from 'node:net';

/** Whether a TCP port can be listened on right now, on the loopback interface (where the embedded PostgreSQL listens) and on every interface (where the API listens). */
export async function isPortFree(port: number): Promise<boolean> {
  const tryListen = (host?: string) =>
    new Promise<boolean>((resolve) => {
      const server = createServer();
      server.unref();
      server.once('error', () => resolve(false));
      server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
    });
  return (await tryListen('127.0.0.1')) && (await tryListen());
}

/** A port the system says is free now. */
export function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The first free port from `from` on (up to `tries` of them), else any free port. */
export async function nextFreePort(from: number, tries = 20): Promise<number> {
  for (let port = from; port < from + tries && port <= 65535; port++) if (await isPortFree(port)) return port;
  return anyFreePort();
}
