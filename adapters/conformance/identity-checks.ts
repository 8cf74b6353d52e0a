/**
 * Identity: a link is keyed by the pair (system, localId), never by the localId alone; two
 * agencies may issue the same local id to two different people.
 */
import type { PersonLink } from '../synthetic/population.js';
import { callBatch } from './batch.js';
import type { AdapterCheck, AdapterCheckContext } from './check.js';
import { show, violation } from './violation.js';

export async function checkLinksKeyedByPair(ctx: AdapterCheckContext): Promise<void> {
  const links = ctx.data as PersonLink[];
  const shared = links.filter((l) => links.some((o) => o.localId === l.localId && o.system !== l.system));
  if (shared.length < 2) violation('the fixture has no localId used by two systems');
  const keys = shared.map(({ system, localId }) => ({ system, localId }));
  const results = await callBatch(ctx.adapter, 'personIdsByLocalRecords', keys);
  shared.forEach((link, i) => {
    if (results[i] !== link.personId) {
      const got = show(results[i]);
      violation(`personIdsByLocalRecords: ${show(keys[i])} must answer ${link.personId}, answered ${got}`);
    }
  });
}

export const identityAdapterChecks: AdapterCheck[] = [
  {
    group: 'identity',
    title: 'personIdsByLocalRecords keys on (system, localId), not localId alone',
    needsKnownAnswers: 'needs to know a localId that two systems both use',
    run: checkLinksKeyedByPair,
  },
];
