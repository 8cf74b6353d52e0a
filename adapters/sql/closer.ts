/** `close()` that may be called any number of times (the kit calls it twice): one destroy, shared. */
import type { SqlDb } from './sql-db.js';

export function onceClose(db: SqlDb): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= db.destroy());
}
