import { describe, expect, it } from 'vitest';
import type { Role } from '../security/caller.js';
import { mayManageConsents } from './who-may.js';

const caller = (organization: string, ...roles: Role[]) => ({ organization, roles });

describe('who may manage consents', () => {
  it('lets the DV program\'s advocate record and revoke releases, and its privacy officer list and revoke them', () => {
    expect(mayManageConsents(caller('dv-program', 'dv-advocate'), 'dv-shelter', 'record')).toBe(true);
    expect(mayManageConsents(caller('dv-program', 'dv-advocate'), 'dv-shelter', 'revoke')).toBe(true);
    expect(mayManageConsents(caller('dv-program', 'privacy-officer'), 'dv-shelter', 'list')).toBe(true);
    expect(mayManageConsents(caller('dv-program', 'privacy-officer'), 'dv-shelter', 'record')).toBe(false);
  });

  it('keeps every other organization out, whatever the role (a release reveals enrollment)', () => {
    expect(mayManageConsents(caller('county-collaborative', 'privacy-officer'), 'dv-shelter', 'list')).toBe(false);
    expect(mayManageConsents(caller('county-child-welfare', 'caseworker'), 'behavioral-health', 'list')).toBe(false);
    expect(mayManageConsents(caller('juniper-family-counseling', 'dv-advocate'), 'dv-shelter', 'record')).toBe(false);
  });

  it('gives Part 2 consents to the program\'s clinicians and privacy officer, FERPA consents to the school\'s', () => {
    expect(mayManageConsents(caller('juniper-family-counseling', 'bh-clinician'), 'behavioral-health', 'record')).toBe(true);
    expect(mayManageConsents(caller('unified-school-district', 'school-counselor'), 'schools', 'revoke')).toBe(true);
    expect(mayManageConsents(caller('unified-school-district', 'caseworker'), 'schools', 'record')).toBe(false);
  });

  it('takes the custodian organizations from configuration', () => {
    const custodians = { 'dv-shelter': ['safe-harbor'], 'behavioral-health': [], schools: [], 'child-welfare': [] };
    expect(mayManageConsents(caller('safe-harbor', 'dv-advocate'), 'dv-shelter', 'record', custodians)).toBe(true);
    expect(mayManageConsents(caller('dv-program', 'dv-advocate'), 'dv-shelter', 'record', custodians)).toBe(false);
  });
});
