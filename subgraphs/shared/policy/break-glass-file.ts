/**
 * The `breakGlass` key of an owner's access-policy.yaml: `never`, or the owner's terms
 *
 *   breakGlass:
 *     roles: [bh-clinician]
 *     labels: [PSY, SUD]
 *     purposes: [ETREAT]
 *     maxMinutes: 60
 *     basis: "42 CFR 2.51 (bona fide medical emergency)"
 *
 * Every part is required (an override is never opened by a default), and SDV is refused: VAWA,
 * 34 U.S.C. 12291(b)(2), has no emergency exception.
 */
import { PURPOSES_OF_USE, ROLES, type PurposeOfUse, type Role } from '../security/caller.js';
import { NEVER_OVERRIDDEN, type BreakGlassPolicy } from './break-glass.js';
import { SECURITY_LABELS, type SecurityLabel } from './security-labels.js';

export type Fail = (path: Array<string | number>, message: string) => never;

/** A generous ceiling: an override is for the emergency at hand, not a shift. */
export const BREAK_GLASS_MAX_MINUTES_LIMIT = 240;

const KEYS = ['roles', 'labels', 'purposes', 'maxMinutes', 'basis'];

export function parseBreakGlass(raw: unknown, fail: Fail): BreakGlassPolicy | null {
  if (raw === undefined || raw === 'never') return null;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(['breakGlass'], 'breakGlass must be `never` or a map with roles, labels, purposes, maxMinutes and basis');
  }
  const terms = raw as Record<string, unknown>;
  for (const key of Object.keys(terms)) if (!KEYS.includes(key)) fail(['breakGlass', key], `unknown breakGlass key ${key}; keys are ${KEYS.join(', ')}`);
  const list = <T extends string>(key: string, known: readonly string[], what: string): T[] => {
    const value = terms[key];
    if (!Array.isArray(value) || value.length === 0) return fail(['breakGlass', key], `breakGlass.${key} must be a non-empty list of ${what}`);
    return value.map((item, i) =>
      typeof item === 'string' && known.includes(item) ? (item as T) : fail(['breakGlass', key, i], `unknown ${what.replace(/s$/, '')} ${JSON.stringify(item)}`),
    );
  };
  const roles = list<Role>('roles', ROLES, 'roles');
  const labels = list<SecurityLabel>('labels', Object.keys(SECURITY_LABELS), 'security labels');
  labels.forEach((label, i) => {
    if (NEVER_OVERRIDDEN.includes(label)) {
      fail(['breakGlass', 'labels', i], `${label} can never be opened by break-glass: VAWA (34 U.S.C. 12291(b)(2)) has no emergency exception`);
    }
  });
  const purposes = list<PurposeOfUse>('purposes', PURPOSES_OF_USE, 'purposes of use');
  const { maxMinutes, basis } = terms;
  if (typeof maxMinutes !== 'number' || !Number.isInteger(maxMinutes) || maxMinutes < 1 || maxMinutes > BREAK_GLASS_MAX_MINUTES_LIMIT) {
    fail(['breakGlass', 'maxMinutes'], `breakGlass.maxMinutes must be a whole number of minutes from 1 to ${BREAK_GLASS_MAX_MINUTES_LIMIT}`);
  }
  if (typeof basis !== 'string' || !basis.trim()) fail(['breakGlass', 'basis'], 'breakGlass.basis must name the legal basis the audit records');
  return { roles, labels, purposes, maxMinutes: maxMinutes as number, basis: (basis as string).trim() };
}

