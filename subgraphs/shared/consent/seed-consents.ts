/**
 * Records consents (demo data) unless an active one already exists for the same subject, kind and
 * first recipient: restarting a demo does not pile up duplicates, and an expired demo consent is
 * replaced by a fresh one.
 */
import type { ConsentStore } from './consent-store.js';
import type { NewConsent } from './types.js';

export async function seedConsents(store: ConsentStore, consents: readonly NewConsent[], at = new Date()): Promise<void> {
  for (const consent of consents) {
    const actor = consent.actors[0];
    const active = await store.activeFor({
      owner: consent.owner,
      personId: consent.personId,
      subject: consent.subject,
      recipient: { organization: actor?.organization ?? actor?.reference ?? '', roles: [], person: actor?.reference },
      purpose: consent.purposes[0],
      dataClass: consent.dataClasses,
      at,
    });
    if (!active.some((c) => c.kind === consent.kind)) await store.record(consent);
  }
}
