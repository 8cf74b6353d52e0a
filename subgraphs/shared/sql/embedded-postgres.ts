/**
 * One embedded Postgres (PGlite) per data directory per process. A subgraph keeps its audit chain
 * and its consent registry in the same embedded database (`.data/db/<subgraph>/`): each PGlite
 * instance costs seconds to start and memory to keep, and two instances cannot open one directory
 * anyway. The stores keep separate tables and never nest one's transaction inside the other's
 * (PGlite has a single connection, so nesting would wait for itself). Without a directory each
 * caller gets its own in-memory database; `memory://<name>` names an in-memory one to share
 * within the process (a test hub's stores).
 */
import { PGlite } from '@electric-sql/pglite';
import { resolve } from 'node:path';

export interface EmbeddedPostgres {
  db: PGlite;
  /** Closes the database when the last user of its directory releases it; releasing twice is harmless. */
  release(): Promise<void>;
}

const open = new Map<string, { db: PGlite; users: number }>();

export function acquireEmbeddedPostgres(dataDir?: string): EmbeddedPostgres {
  if (!dataDir) {
    const db = new PGlite();
    return { db, release: once(() => closeQuietly(db)) };
  }
  const key = dataDir.startsWith('memory://') ? dataDir : resolve(dataDir);
  let entry = open.get(key);
  if (!entry || entry.db.closed) {
    entry = { db: new PGlite(key), users: 0 };
    open.set(key, entry);
  }
  entry.users += 1;
  const shared = entry;
  return {
    db: shared.db,
    release: once(async () => {
      shared.users -= 1;
      if (shared.users > 0) return;
      if (open.get(key) === shared) open.delete(key);
      await closeQuietly(shared.db);
    }),
  };
}

async function closeQuietly(db: PGlite): Promise<void> {
  // Without close() PGlite keeps the process alive.
  if (!db.closed) await db.close();
}

function once(work: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= work());
}
