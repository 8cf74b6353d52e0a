/**
 * The little SQL the hub's own stores need (audit chain, consent registry, identity links), so
 * one implementation of each store runs on Postgres (pg) and on PGlite (Postgres compiled to WASM,
 * for `npm start` and tests with no server). Kysely would also do; these few methods are all the
 * stores use, and they keep the SQL in plain sight for a reviewer.
 */
export interface SqlQueryable {
  /** `$1, $2, ...` placeholders, as Postgres takes them. */
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: T[] }>;
}

export interface SqlClient extends SqlQueryable {
  /** Several statements, no parameters (a schema script). */
  exec(script: string): Promise<void>;
  /** Runs `work` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
  transaction<R>(work: (tx: SqlQueryable) => Promise<R>): Promise<R>;
  /** Where the data lives, for reports and health (never a password). */
  readonly description: string;
  close(): Promise<void>;
}
