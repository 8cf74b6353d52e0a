/**
 * The break-glass claim of a caller token: the identity provider adds it when the user declares
 * an emergency, as `break_glass: { reason, expires_at }` (expires_at a JWT NumericDate, seconds).
 * The gateway checks that the declaration is well-formed before anything is planned: a reason is
 * given (42 CFR 2.51(c) and FERPA 34 CFR 99.32(a)(5) require the nature of the emergency to be
 * recorded), the window has not ended, and it is no longer than the hub allows
 * (BREAK_GLASS_MAX_MINUTES). It then forwards the declaration to every owner, each of which decides
 * on its own terms whether to honour it at all (subgraphs/shared/policy/break-glass.ts): the
 * gateway never grants anything by it.
 */
import { GraphQLError } from 'graphql';
import type { Caller } from '../../../subgraphs/shared/security/caller.js';

/** The hub's longest emergency window unless BREAK_GLASS_MAX_MINUTES says otherwise. */
export const DEFAULT_BREAK_GLASS_MAX_MINUTES = 60;
/** Enough to describe an emergency; a reason is not a case note. */
export const BREAK_GLASS_REASON_MAX_LENGTH = 500;

export interface BreakGlassClaim {
  reason?: unknown;
  expires_at?: unknown;
}

/** 400: the caller is who they say, but their emergency declaration cannot be accepted. */
export function breakGlassRefused(message: string): GraphQLError {
  return new GraphQLError(`The break-glass declaration was refused: ${message}`, {
    extensions: { code: 'BREAK_GLASS_REFUSED', http: { status: 400 } },
  });
}

export function breakGlassFromClaims(
  claims: { break_glass?: unknown; iat?: number },
  maxMinutes: number,
  nowMs: number = Date.now(),
): Caller['breakGlass'] | undefined {
  const claim = claims.break_glass;
  if (claim === undefined) return undefined;
  if (typeof claim !== 'object' || claim === null || Array.isArray(claim)) {
    throw breakGlassRefused('`break_glass` must be an object with `reason` and `expires_at`.');
  }
  const { reason: rawReason, expires_at: expiresAt } = claim as BreakGlassClaim;
  const reason = typeof rawReason === 'string' ? rawReason.trim() : '';
  if (!reason) throw breakGlassRefused('it gives no reason; say what the emergency is.');
  if (reason.length > BREAK_GLASS_REASON_MAX_LENGTH) {
    throw breakGlassRefused(`the reason is longer than ${BREAK_GLASS_REASON_MAX_LENGTH} characters.`);
  }
  if (typeof expiresAt !== 'number' || !Number.isFinite(expiresAt)) {
    throw breakGlassRefused('`expires_at` must be a NumericDate (seconds since 1970-01-01 UTC).');
  }
  const ends = new Date(expiresAt * 1000);
  if (ends.getTime() <= nowMs) throw breakGlassRefused(`its window ended at ${ends.toISOString()}; declare the emergency again.`);
  const declaredMs = typeof claims.iat === 'number' ? claims.iat * 1000 : nowMs;
  const minutes = Math.ceil((ends.getTime() - declaredMs) / 60_000);
  if (minutes > maxMinutes) {
    throw breakGlassRefused(`its window of ${minutes} minutes is longer than this hub's maximum of ${maxMinutes} minutes.`);
  }
  return { reason, expiresAt: ends.toISOString() };
}
