/**
 * Demo consents for the synthetic data, so the README's showcase child reads as a real case would:
 * - her DV program holds a written, time-limited VAWA release naming the county child welfare
 *   agency, signed by her and her non-abusive parent (a minor's release, 34 U.S.C. 12291(b)(2));
 * - a second release, signed the same way, names the county collaborative that runs record linkage,
 *   for health care operations: without it the DV program may not let her record reach the linker
 *   in any form, and `npm run linkage:run` would end her DV link (subgraphs/identity/linkage/run);
 * - her behavioral health provider holds a HIPAA authorization (45 CFR 164.508) signed by her parent
 *   as personal representative, naming the same agency, for coordination of care.
 * Both are dated from today, so a demo always has them in force. Nobody else has any: for every
 * other child the caseworker's DV and behavioral health views are denied. Each consent names the
 * owner's own local id only: an agency knows its clients, not the hub's person ids.
 */
import { AGENCY_SYSTEMS } from '../port/agency-systems.js';
import type { NewConsent } from '../../subgraphs/shared/consent/types.js';
import type { SyntheticPopulation } from './population.js';
import { findShowcase } from './showcase.js';
import { LINKAGE_RECIPIENT } from '../../subgraphs/identity/linkage/run/dv-linkage-releases.js';

const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const DEMO_RELEASE_RECIPIENT = 'county-child-welfare';

export function demoConsents(population: SyntheticPopulation, today = new Date()): NewConsent[] {
  const { personId } = findShowcase(population);
  const link = population.identity.links.find((l) => l.personId === personId && l.system === AGENCY_SYSTEMS.dvShelter);
  const child = population.people.find((p) => p.personId === personId);
  const household = population.households.find((h) => h.householdId === child?.householdId);
  const parent = population.people.find((p) => p.personId === household?.parentIds[0]);
  const bhLink = population.identity.links.find((l) => l.personId === personId && l.system === AGENCY_SYSTEMS.behavioralHealth);
  if (!link || !bhLink || !child || !parent) return [];
  const start = today.getTime() - 7 * DAY;
  const vawaRelease = (recipient: string, display: string, purpose: NewConsent['purposes'][number], document: string): NewConsent => ({
    owner: AGENCY_SYSTEMS.dvShelter,
    kind: 'vawa-release',
    subject: { system: AGENCY_SYSTEMS.dvShelter, localId: link.localId },
    subjectCapacity: 'minor',
    grantors: [
      { name: `${child.firstName} ${child.lastName}`, relationship: 'minor-self', isMinor: true },
      { name: `${parent.firstName} ${parent.lastName}`, relationship: 'parent' },
    ],
    actors: [{ kind: 'organization', reference: recipient, display }],
    purposes: [purpose],
    dataClasses: ['SDV'],
    period: { start: isoDate(start), end: isoDate(start + 60 * DAY) },
    signedOn: isoDate(start),
    writtenDocument: { reference: `DocumentReference/${document}-${link.localId}`, contentType: 'application/pdf' },
    rightToRevokeAcknowledged: true,
    recordedBy: { subject: 'dv-adv-0001', name: 'Rosa Delgado' },
  });
  return [
    vawaRelease(DEMO_RELEASE_RECIPIENT, 'County child welfare agency', 'COC', 'demo-release'),
    vawaRelease(LINKAGE_RECIPIENT, 'County collaborative (record linkage)', 'HOPERAT', 'demo-linkage-release'),
    {
      owner: AGENCY_SYSTEMS.behavioralHealth,
      kind: 'hipaa-authorization',
      subject: { system: AGENCY_SYSTEMS.behavioralHealth, localId: bhLink.localId },
      subjectCapacity: 'minor',
      grantors: [{ name: `${parent.firstName} ${parent.lastName}`, relationship: 'parent' }],
      actors: [{ kind: 'organization', reference: DEMO_RELEASE_RECIPIENT, display: 'County child welfare agency' }],
      purposes: ['COC'],
      dataClasses: ['PSY'],
      period: { start: isoDate(start), end: isoDate(start + 180 * DAY) },
      signedOn: isoDate(start),
      writtenDocument: { reference: `DocumentReference/demo-authorization-${bhLink.localId}`, contentType: 'application/pdf' },
      rightToRevokeAcknowledged: true,
      recordedBy: { subject: 'bh-clin-0001', name: 'Amara Okafor' },
    },
  ];
}
