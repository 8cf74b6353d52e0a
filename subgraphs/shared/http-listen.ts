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
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
