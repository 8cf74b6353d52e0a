import { describe, expect, it } from 'vitest';
import { loadGatewayAuth } from './auth-config.js';
import { breakGlassFromClaims } from './break-glass-claim.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devKeyEnv, loadOrCreateDevKeys } from '../../../subgraphs/shared/security/dev-keys.js';

const NOW = Date.parse('2026-11-25T18:00:00Z');
const at = (minutes: number) => NOW / 1000 + minutes * 60;
const refusal = (claims: Parameters<typeof breakGlassFromClaims>[0]) => {
  try {
    breakGlassFromClaims(claims, 60, NOW);
  } catch (error) {
    return error as { message: string; extensions: Record<string, unknown> };
  }
  throw new Error('expected a refusal');
};

describe('break-glass claim at the gateway', () => {
  it('turns a well-formed declaration into the caller’s break-glass, trimmed, with an ISO end', () => {
    expect(breakGlassFromClaims({ break_glass: { reason: '  Overdose in the ED ', expires_at: at(30) }, iat: at(0) }, 60, NOW)).toEqual({
      reason: 'Overdose in the ED',
      expiresAt: '2026-11-25T18:30:00.000Z',
    });
    expect(breakGlassFromClaims({}, 60, NOW)).toBeUndefined();
  });

  it.each([
    ['not an object', { break_glass: 'yes' }, /must be an object/],
    ['a reason that is not text', { break_glass: { reason: 42, expires_at: at(5) } }, /gives no reason/],
    ['a reason too long', { break_glass: { reason: 'x'.repeat(501), expires_at: at(5) } }, /longer than 500 characters/],
    ['an end that is not a NumericDate', { break_glass: { reason: 'r', expires_at: '2026-11-25T18:30:00Z' } }, /NumericDate/],
    ['a window counted from iat beyond the maximum', { break_glass: { reason: 'r', expires_at: at(30) }, iat: at(-45) }, /75 minutes .* maximum of 60/],
  ])('refuses %s with a 400', (_what, claims, message) => {
    const error = refusal(claims);
    expect(error.message).toMatch(message);
    expect(error.extensions).toEqual({ code: 'BREAK_GLASS_REFUSED', http: { status: 400 } });
  });

  it('reads BREAK_GLASS_MAX_MINUTES, and refuses a value that is not whole minutes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gateway-auth-'));
    const env = devKeyEnv(await loadOrCreateDevKeys(`${dir}/`), {});
    rmSync(dir, { recursive: true, force: true });
    expect((await loadGatewayAuth(env)).callers.breakGlassMaxMinutes).toBe(60);
    expect((await loadGatewayAuth({ ...env, BREAK_GLASS_MAX_MINUTES: '15' })).callers.breakGlassMaxMinutes).toBe(15);
    await expect(loadGatewayAuth({ ...env, BREAK_GLASS_MAX_MINUTES: 'an hour' })).rejects.toThrow(/BREAK_GLASS_MAX_MINUTES must be a whole number/);
  });
});
