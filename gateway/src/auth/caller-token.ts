/**
 * The dashboard's bearer token, verified at the gateway (jose). It must be signed by the
 * configured issuer (a JWKS URL or a public key; in development, the demo issuer), be meant for
 * this hub (audience), be unexpired, and carry who the caller is, their organization, roles and
 * purpose of use (HL7 PurposeOfUse). Anything else is a 401 that says which check failed.
 */
import { errors, jwtVerify, type CryptoKey, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { PURPOSES_OF_USE, ROLES, type Caller, type PurposeOfUse, type Role } from '../../../subgraphs/shared/security/caller.js';
import { unauthenticated } from '../../../subgraphs/shared/security/gateway-token.js';
import { breakGlassFromClaims, DEFAULT_BREAK_GLASS_MAX_MINUTES } from './break-glass-claim.js';

/** Asymmetric algorithms only: a public verification key can never be used as an HMAC secret. */
export const CALLER_TOKEN_ALGORITHMS = ['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA'];

export interface CallerTokenVerifier {
  issuer: string;
  audience: string;
  key: CryptoKey | JWTVerifyGetKey;
  /** The longest break-glass window accepted (default DEFAULT_BREAK_GLASS_MAX_MINUTES). */
  breakGlassMaxMinutes?: number;
}

/** The claims the hub reads from a caller token. */
export interface CallerClaims extends JWTPayload {
  name?: string;
  org?: string;
  roles?: string[];
  purpose_of_use?: string;
  /** An emergency declaration: `{ reason, expires_at }` (see break-glass-claim.ts). */
  break_glass?: unknown;
}

export async function verifyCallerToken(authorization: string | undefined, verifier: CallerTokenVerifier): Promise<Caller> {
  const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) throw unauthenticated('Authentication required: send `Authorization: Bearer <token>` (see README, "Callers and tokens").');
  let claims: CallerClaims;
  try {
    ({ payload: claims } = await jwtVerify<CallerClaims>(token, verifier.key as CryptoKey, {
      issuer: verifier.issuer,
      audience: verifier.audience,
      algorithms: CALLER_TOKEN_ALGORITHMS,
      requiredClaims: ['sub', 'exp'],
      clockTolerance: 30,
    }));
  } catch (error) {
    throw unauthenticated(`The bearer token was refused: ${reason(error)}`);
  }
  const roles = (claims.roles ?? []).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
  if (roles.length === 0) throw unauthenticated(`The bearer token names no role the hub knows (${ROLES.join(', ')}).`);
  if (!claims.org) throw unauthenticated('The bearer token names no organization (`org` claim).');
  if (!(PURPOSES_OF_USE as readonly string[]).includes(claims.purpose_of_use ?? '')) {
    throw unauthenticated(`The bearer token carries no valid purpose of use (\`purpose_of_use\`: one of ${PURPOSES_OF_USE.join(', ')}).`);
  }
  const breakGlass = breakGlassFromClaims(claims, verifier.breakGlassMaxMinutes ?? DEFAULT_BREAK_GLASS_MAX_MINUTES);
  return {
    subject: String(claims.sub),
    name: claims.name ?? String(claims.sub),
    organization: claims.org,
    roles,
    purposeOfUse: claims.purpose_of_use as PurposeOfUse,
    ...(breakGlass ? { breakGlass } : {}),
  };
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'it has expired.';
  if (error instanceof errors.JWTClaimValidationFailed) return `its \`${error.claim}\` claim is not accepted (${error.reason}).`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'its signing algorithm is not accepted (asymmetric signatures only; never `none`).';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'its signature does not verify.';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no key of the issuer matches it.';
  return 'it is not a well-formed signed JWT.';
}
