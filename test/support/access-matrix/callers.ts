/**
 * The matrix's callers: one per role × organization × purpose, each with a subject of its own
 * (so every audit entry names exactly one caller), signed by the hub's demo issuer like any
 * dashboard user's token.
 */
import { SignJWT, type CryptoKey } from 'jose';
import { DEMO_ISSUER, HUB_AUDIENCE } from '../../../gateway/src/auth/demo-issuer.js';
import type { Role } from '../../../subgraphs/shared/security/caller.js';
import type { MatrixCase } from './cases.js';
import type { MatrixPurpose } from './dimensions.js';

export interface MatrixCaller {
  subject: string;
  role: Role;
  organization: string;
  purpose: MatrixPurpose;
}

export function callerSubject(role: Role, organization: string): string {
  return `mx-${role}@${organization}`;
}

/** The caseworker of the agency responsible for the matrix's EDU children (FERPA (b)(1)(L) cell). */
export const MATRIX_CASEWORKER = callerSubject('caseworker', 'county-child-welfare');

export function callerOf(c: MatrixCase): MatrixCaller {
  return { subject: callerSubject(c.role, c.organization), role: c.role, organization: c.organization, purpose: c.purpose };
}

export const callerKey = (caller: MatrixCaller) => `${caller.subject}/${caller.purpose}`;

export function mintCallerToken(key: CryptoKey, caller: MatrixCaller): Promise<string> {
  return new SignJWT({ name: `Matrix ${caller.role}`, org: caller.organization, roles: [caller.role], purpose_of_use: caller.purpose })
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
    .setIssuer(DEMO_ISSUER)
    .setAudience(HUB_AUDIENCE)
    .setSubject(caller.subject)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key);
}
