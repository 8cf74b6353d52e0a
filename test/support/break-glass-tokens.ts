/** Caller tokens declaring an emergency (break-the-glass), signed by the test hub's demo issuer. */
import { SignJWT } from 'jose';
import { DEMO_ISSUER, HUB_AUDIENCE } from '../../gateway/src/auth/demo-issuer.js';
import type { InProcessHub } from './in-process-hub.js';

/** A clinician from outside every owner: an emergency department, where break-glass is real life. */
export const ER_CLINICIAN = { sub: 'ed-clin-0007', name: 'Sam Okoye', org: 'county-hospital-ed', roles: ['bh-clinician'] };

export interface BreakGlassTokenOptions {
  who?: { sub: string; name: string; org: string; roles: string[] };
  purpose?: string;
  /** The declared reason; omitted when undefined. */
  reason?: string;
  /** Minutes from now to the window's end (negative: already ended); default 20. */
  minutes?: number;
  /** Omit the break_glass claim altogether. */
  none?: boolean;
}

export function breakGlassToken(hub: InProcessHub, options: BreakGlassTokenOptions = {}): Promise<string> {
  const { who = ER_CLINICIAN, purpose = 'ETREAT', reason, minutes = 20, none = false } = options;
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    name: who.name,
    org: who.org,
    roles: who.roles,
    purpose_of_use: purpose,
    ...(none ? {} : { break_glass: { ...(reason === undefined ? {} : { reason }), expires_at: now + minutes * 60 } }),
  };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuer(DEMO_ISSUER)
    .setAudience(HUB_AUDIENCE)
    .setSubject(who.sub)
    .setIssuedAt(now)
    .setExpirationTime('10m')
    .sign(hub.keys.demoIssuer.privateKey);
}
