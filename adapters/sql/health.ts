/** `health()` for a SQL adapter: one `select 1` with a deadline. It reports, never rejects. */
import { sql } from 'kysely';
import type { SqlDb } from './sql-db.js';
import type { AdapterHealth } from '../port/batch-contract.js';

export async function sqlHealth(db: SqlDb, what: string, timeoutMs = 3_000): Promise<AdapterHealth> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([sql`select 1`.execute(db), deadline]);
    return { status: 'up', checkedAt: new Date().toISOString(), detail: `${what} answered select 1` };
  } catch (error) {
    // The driver's message names the server and the failure, never a record.
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'down', checkedAt: new Date().toISOString(), detail: `${what}: ${reason}` };
  } finally {
    clearTimeout(timer);
  }
}
