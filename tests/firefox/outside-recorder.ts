import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OutsideRecorder {
  port: number;
  /** Every request that tried to leave the machine: "CONNECT host:443" for https, "GET http://…" for plain http. */
  seen: string[];
  close(): Promise<void>;
}

/**
 * The proxy Firefox is told to use for every host but loopback: it writes down each request and
 * refuses it. So nothing leaves the machine, and whatever any context tried (a page, an extension
 * page, the extension's background, Firefox itself) is on the list.
 */
export async function startOutsideRecorder(): Promise<OutsideRecorder> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('upgrade', (req, socket) => {
    seen.push(`UPGRADE ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
