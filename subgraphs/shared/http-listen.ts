/** Listen on a port (0 = any free one) and close cleanly, for the gateway and every subgraph. */
import type { Express } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  port: number;
  /** Stops accepting, drops idle keep-alive connections, resolves when the server is closed. */
  close(): Promise<void>;
}

export async function listen(app: Express, port: number, host: string): Promise<Listening> {
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  // The gateway keeps connections to subgraphs alive and drops idle ones on its own side after a
  // few seconds. If the server closed first (Node's default is 5 s), a request sent on a socket
  // the server is closing fails with "socket hang up" and the agency reads as unavailable. So the
  // server waits longer than any client idles; the header timeout must exceed it (Node docs).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
