/**
 * One structured logger for the whole hub (pino: fast, JSON lines an agency's log shipper can
 * read). Log events, ids and counts — never a client's name, birth date or record contents.
 */
import { pino } from 'pino';

export const logger = pino({
  name: 'common-client-hub',
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
});
