/**
 * Probes for suites that need a database server: connect and `select 1` within a short deadline.
 * Shaped like `test/support/availability.ts`'s `Availability`, so a test passes the result to
 * `skipUnlessAvailable` unchanged.
 */
import { createConnection } from 'mysql2/promise';
import pg from 'pg';

export interface ServerAvailability {
  available: boolean;
  howToGet: string;
}

export const DEFAULT_TEST_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';
export const DEFAULT_TEST_MARIADB_URL = 'mysql://root@127.0.0.1:3306/test';

export async function probePostgres(connectionString: string, timeoutMs = 2_000): Promise<ServerAvailability> {
  const howToGet =
    'start it (`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`) ' +
    'or point HUB_TEST_POSTGRES_URL at one';
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('select 1');
    return { available: true, howToGet };
  } catch {
    return { available: false, howToGet };
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function probeMariadb(uri: string, timeoutMs = 2_000): Promise<ServerAvailability> {
  const howToGet =
    'start it (`start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd`) ' +
    'or point HUB_TEST_MARIADB_URL at one';
  try {
    const connection = await createConnection({ uri, connectTimeout: timeoutMs });
    try {
      await connection.query('select 1');
      return { available: true, howToGet };
    } finally {
      await connection.end().catch(() => undefined);
    }
  } catch {
    return { available: false, howToGet };
  }
}

/** A connection URL with its password hidden, for skip messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
