/**
 * The Kysely type every SQL adapter uses. Its database schema is `any` on purpose: table and
 * column names come from a mapping at run time (a county's own schema), so there is no
 * compile-time table list to type against. Port types are enforced where rows become records.
 */
import type { Kysely } from 'kysely';

export type SqlDb = Kysely<any>;
