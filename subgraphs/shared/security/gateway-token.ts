/**
 * The token the gateway signs for each subgraph call, and its verification in the subgraph.
 *
 * Rule: the data owner enforces its own rules, and never trusts a caller it cannot verify.
 * A subgraph therefore answers only requests carrying a token that (1) is signed with the
 * gateway's key (ES256; no other algorithm is accepted, so `alg: none` and HMAC confusion are
 * refused), (2) names this subgraph as its audience (a token for the schools subgraph cannot be
 * replayed at the DV subgraph), and (3) is at most a minute old. The caller's claims inside are
 * what the gateway verified from the dashboard's own token. So is the time left before the
 * request's deadline (`tl`, milliseconds): being signed, it is the only way a caller can shorten
 * how long the subgraph waits for its agency system (adapters/resilience/request-deadline.ts).
 * It is relative, not a clock time, so the two hosts' clocks need not agree.
 */
import { jwtVerify, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { GraphQLError } from 'graphql';
import { PURPOSES_OF_USE, ROLES, type Caller, type PurposeOfUse, type RequestFacts, type Role } from './caller.js';

export const GATEWAY_TOKEN_ISSUER = 'common-client-hub-gateway';
export const GATEWAY_TOKEN_ALGORITHM = 'ES256';
export const GATEWAY_TOKEN_TTL_SECONDS = 60;

interface GatewayTokenClaims extends JWTPayload {
  name: string;
  org: string;
  roles: Role[];
  pou: PurposeOfUse;
  rid: string;
  btg?: unknown;
  tl?: unknown;
}

/** Longest time left a token may carry: the longest budget an agency call may be given (adapters/config). */
export const MAX_TIME_LEFT_MS = 600_000;

/** What a verified gateway token tells a subgraph about its request. */
export interface VerifiedGatewayRequest extends RequestFacts {
  /** Milliseconds left before the request's deadline when the gateway signed the token; absent for none. */
  timeLeftMs?: number;
}

export async function signGatewayToken(facts: RequestFacts, audience: string, key: CryptoKey, timeLeftMs?: number): Promise<string> {
  const { caller } = facts;
  const claims: Omit<GatewayTokenClaims, keyof JWTPayload> = {
    name: caller.name,
    org: caller.organization,
    roles: caller.roles,
    pou: caller.purposeOfUse,
    rid: facts.requestId,
    ...(caller.breakGlass ? { btg: caller.breakGlass } : {}),
    ...(timeLeftMs !== undefined ? { tl: Math.max(0, Math.round(timeLeftMs)) } : {}),
  };
  return new SignJWT(claims)
    .setProtectedHeader({ alg: GATEWAY_TOKEN_ALGORITHM, typ: 'JWT' })
    .setIssuer(GATEWAY_TOKEN_ISSUER)
    .setAudience(audience)
    .setSubject(caller.subject)
    .setIssuedAt()
    .setExpirationTime(`${GATEWAY_TOKEN_TTL_SECONDS}s`)
    .sign(key);
}

/** 401 for anything that is not a valid gateway token for this subgraph. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export async function verifyGatewayToken(
  authorization: string | undefined,
  options: { audience: string; key: CryptoKey },
): Promise<VerifiedGatewayRequest> {
  const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) throw unauthenticated(`The ${options.audience} subgraph answers only the hub gateway: no gateway token.`);
  let payload: GatewayTokenClaims;
  try {
    ({ payload } = (await jwtVerify(token, options.key, {
      issuer: GATEWAY_TOKEN_ISSUER,
      audience: options.audience,
      algorithms: [GATEWAY_TOKEN_ALGORITHM],
      maxTokenAge: `${GATEWAY_TOKEN_TTL_SECONDS}s`,
      clockTolerance: 5,
      requiredClaims: ['sub', 'exp', 'iat'],
    })) as { payload: GatewayTokenClaims });
  } catch (error) {
    throw unauthenticated(`The gateway token was refused: ${(error as Error).message}`);
  }
  const timeLeftMs = timeLeftOf(payload.tl);
  return { requestId: String(payload.rid ?? ''), caller: callerFromClaims(payload), ...(timeLeftMs !== undefined ? { timeLeftMs } : {}) };
}

function timeLeftOf(tl: unknown): number | undefined {
  if (tl === undefined) return undefined;
  if (typeof tl !== 'number' || !Number.isInteger(tl) || tl < 0 || tl > MAX_TIME_LEFT_MS) {
    throw unauthenticated(`The gateway token carries a malformed time left (tl): a whole number of milliseconds from 0 to ${MAX_TIME_LEFT_MS} was expected.`);
  }
  return tl;
}

function callerFromClaims(claims: GatewayTokenClaims): Caller {
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is Role => ROLES.includes(r)) : [];
  if (!PURPOSES_OF_USE.includes(claims.pou)) throw unauthenticated('The gateway token has no valid purpose of use.');
  return {
    subject: String(claims.sub),
    name: String(claims.name ?? ''),
    organization: String(claims.org ?? ''),
    roles,
    purposeOfUse: claims.pou,
    ...(claims.btg !== undefined ? { breakGlass: breakGlassOf(claims.btg) } : {}),
  };
}

/** Only the declaration's two strings go on; whether to honour it is each owner's decision (policy/break-glass.ts). */
function breakGlassOf(btg: unknown): { reason: string; expiresAt: string } {
  const { reason, expiresAt } = (btg ?? {}) as Record<string, unknown>;
  if (typeof reason !== 'string' || typeof expiresAt !== 'string') {
    throw unauthenticated('The gateway token carries a malformed break-glass declaration.');
  }
  return { reason, expiresAt };
}
