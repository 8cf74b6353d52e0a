/**
 * The snapshot being served, swapped only whole. A reload reads, validates and indexes the new
 * export completely, off to the side; only then does one assignment replace the current snapshot,
 * so a batch sees either the old export or the new one, never a mix. A failed reload changes
 * nothing that is served: it records the error (for `health()`) and rejects with it. Reloads run
 * one after another, in call order.
 */
export interface LoadFailure {
  directory: string;
  at: string;
  error: Error;
}

export interface SnapshotStore<T> {
  /** The snapshot being served, or null when no export was ever loaded. */
  current(): T | null;
  /** The last reload's failure, cleared by the next successful reload. */
  lastFailure(): LoadFailure | null;
  reload(directory: string): Promise<T>;
}

export function createSnapshotStore<T>(load: (directory: string) => Promise<T>): SnapshotStore<T> {
  let current: T | null = null;
  let failure: LoadFailure | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const reloadNow = async (directory: string): Promise<T> => {
    try {
      const next = await load(directory);
      current = next;
      failure = null;
      return next;
    } catch (error) {
      failure = { directory, at: new Date().toISOString(), error: error instanceof Error ? error : new Error(String(error)) };
      throw failure.error;
    }
  };

  return {
    current: () => current,
    lastFailure: () => failure,
    reload(directory) {
      const run = queue.then(() => reloadNow(directory));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
