/**
 * The privacy officer's GraphQL fields for one data owner (names in privacy-fields.ts): the
 * accounting of the owner's disclosures about a person, and the review of every request made
 * under an emergency override, both read from the owner's own audit chain.
 *
 * Who may read is decided first (policy/accounting-access.ts), before anything is looked up, so a
 * refused caller gets the one uniform ACCESS_DENIED whoever the person is. Every read, permitted
 * or refused, is itself written to the owner's audit ("no audit, no data" holds for the
 * accounting too). Call once per owner at module load: type-graphql keeps classes globally.
 */
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Directive, FieldResolver, Query, Resolver, Root, type ClassType } from 'type-graphql';
import type { AgencySystem } from '../../../adapters/port/agency-systems.js';
import type { AuditEntry } from '../audit/types.js';
import { localIdsFor, requiresOwnLinks, type PersonRepresentation } from '../own-links.js';
import { accessDenied } from '../policy/access-denied.js';
import { accountingAccess } from '../policy/accounting-access.js';
import type { OwnerPolicy } from '../policy/owner-policy.js';
import { DateTimeISO } from '../scalars.js';
import type { SubgraphRequestContext } from '../subgraph-server.js';
import { DisclosureEntryType, toDisclosureEntry } from './disclosure-entry-type.js';
import { OWNER_TITLES, PRIVACY_FIELDS } from './privacy-fields.js';

export type PrivacyContext = SubgraphRequestContext & { policy: OwnerPolicy };

const WHO_MAY_READ =
  "Only the owner's own privacy officer, and privacy officers of organizations the owner lists under `accountingReaders` in its access-policy.yaml; anyone else gets ACCESS_DENIED. Every read is itself audited.";

export function createPrivacyResolvers(system: AgencySystem, personType: ClassType) {
  const names = PRIVACY_FIELDS[system];
  const owner = OWNER_TITLES[system];
  const accountingField = `Person.${names.accounting}`;
  const reviewField = `Query.${names.review}`;

  @Resolver(() => personType)
  class AccountingResolver {
    @FieldResolver(() => [DisclosureEntryType], {
      name: names.accounting,
      nullable: true,
      description: `The accounting of ${owner}'s disclosures (and refusals) of this person's data, newest first, from its own audit (HIPAA 45 CFR 164.528; 42 CFR 2.24; FERPA 34 CFR 99.32). ${WHO_MAY_READ}`,
    })
    @Directive(requiresOwnLinks(system))
    async accounting(
      @Root() person: PersonRepresentation,
      @Ctx() ctx: PrivacyContext,
      @Arg('from', () => DateTimeISO, { nullable: true, description: 'Earliest entry (inclusive); default: the start of the chain.' })
      from?: Date | null,
      @Arg('to', () => DateTimeISO, { nullable: true, description: 'Latest entry (inclusive); default: now.' })
      to?: Date | null,
    ): Promise<DisclosureEntryType[]> {
      const localIds = localIdsFor(person, system);
      const facts = { personId: person.id, system, localId: localIds[0] ?? '', labels: ownerLabels(ctx.policy), fields: [accountingField] };
      const decision = accountingAccess(ctx.policy, ctx.request.caller);
      if (!decision.permit) {
        ctx.audit.recordDeny({ ...facts, legalBasis: decision.reason });
        throw accessDenied();
      }
      checkPeriod(from, to);
      const entries = await ctx.auditStore.disclosuresFor({
        personId: person.id,
        alsoRecords: { system, localIds },
        from: from?.toISOString(),
        to: to?.toISOString(),
      });
      ctx.audit.recordPermit({ ...facts, legalBasis: decision.basis });
      return entries.map(toDisclosureEntry);
    }
  }

  @Resolver()
  class BreakGlassReviewResolver {
    @Query(() => [DisclosureEntryType], {
      name: names.review,
      nullable: true,
      description: `Every decision ${owner} made for a caller who declared an emergency override (break-the-glass), permitted or refused, newest first: the privacy officer reviews each one. ${WHO_MAY_READ}`,
    })
    async review(
      @Ctx() ctx: PrivacyContext,
      @Arg('since', () => DateTimeISO, { description: 'Earliest entry (inclusive).' }) since: Date,
      @Arg('until', () => DateTimeISO, { nullable: true, description: 'Latest entry (inclusive); default: now.' })
      until?: Date | null,
    ): Promise<DisclosureEntryType[]> {
      const facts = { personId: null, system, localId: '', labels: ownerLabels(ctx.policy), fields: [reviewField] };
      const decision = accountingAccess(ctx.policy, ctx.request.caller);
      if (!decision.permit) {
        ctx.audit.recordDeny({ ...facts, legalBasis: decision.reason });
        throw accessDenied();
      }
      checkPeriod(since, until);
      const entries = await ctx.auditStore.disclosuresFor({ breakGlass: true, from: since.toISOString(), to: until?.toISOString() });
      // The review shows these people's entries to the reader: each person's accounting shows the read.
      for (const person of distinctSubjects(entries)) ctx.audit.recordPermit({ ...facts, ...person, legalBasis: decision.basis });
      if (entries.length === 0) ctx.audit.recordPermit({ ...facts, legalBasis: decision.basis });
      return entries.map(toDisclosureEntry);
    }
  }

  return [AccountingResolver, BreakGlassReviewResolver] as const;
}

/** The accounting reveals what the owner holds: it carries every label the owner serves. */
function ownerLabels(policy: OwnerPolicy): string[] {
  return [...new Set(Object.values(policy.fields).flat())];
}

function checkPeriod(from?: Date | null, to?: Date | null): void {
  if (from && to && from > to) {
    throw new GraphQLError(`The period is empty: ${from.toISOString()} is after ${to.toISOString()}.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
}

function distinctSubjects(entries: readonly AuditEntry[]) {
  const seen = new Map<string, { personId: string | null; system: string; localId: string }>();
  for (const e of entries) seen.set(JSON.stringify([e.personId, e.system, e.localId]), { personId: e.personId, system: e.system, localId: e.localId });
  return [...seen.values()];
}
