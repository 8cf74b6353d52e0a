/**
 * One factory for the consent operations of every consent-holding subgraph: a Person field that
 * lists the person's consents, and mutations to record and revoke them. Federation needs distinct
 * root field names per subgraph, so each owner names its own (`recordDvRelease`, …) and passes
 * its Person type and input type; the behaviour is the same everywhere (consent-access.ts).
 *
 * The subject: recording stores the hub person id the caller gives; every policy rule's
 * `activeFor` matches a consent on that id or on the owner's local record, so a consent recorded
 * here is honoured on the very next request. Listing is a Person field so that it also receives
 * the owner's own links (`@requires`, as every agency field does) and finds consents recorded
 * against the owner's local record.
 */
import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { AgencySystem } from '../../../../adapters/port/agency-systems.js';
import { localIdsFor, requiresOwnLinks, type PersonRepresentation } from '../../own-links.js';
import type { SecurityLabel } from '../../policy/security-labels.js';
import { DateTimeISO } from '../../scalars.js';
import type { ConsentKind, ConsentRecord } from '../types.js';
import { CONSENT_MANAGERS } from '../who-may.js';
import { ConsentRefusedError } from '../consent-errors.js';
import { auditAhead, auditFacts, authorizeConsentAction, type ConsentContext } from './consent-access.js';
import { asConsentInputError, consentInputError } from './consent-errors.js';
import type { ConsentInputBase } from './consent-inputs.js';
import { ConsentType } from './consent-type.js';
import { toConsentView, toNewConsent } from './consent-views.js';

export interface ConsentOperationsSpec<I extends ConsentInputBase> {
  owner: AgencySystem;
  /** The owner's `Person` type (createAgencyPersonType). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  personType: Function;
  inputType: new () => I;
  /** The kind an input records (fixed for an owner holding one kind). */
  kindOf(input: I): ConsentKind;
  /** The labels of the information the owner's consents govern, for the audit entries. */
  labels: readonly SecurityLabel[];
  /** The schema names: Person field, record mutation, revoke mutation. */
  names: { list: string; record: string; revoke: string };
  /** What the owner's consents are called in descriptions, e.g. "VAWA releases". */
  noun: string;
}

const COLLABORATIVE_NOTE =
  "The collaborative's privacy officer (county-collaborative) manages no agency's consents: even that one exists reveals that the person is the agency's client. Anyone not permitted gets ACCESS_DENIED, the same answer whatever the person.";

export function createConsentResolver<I extends ConsentInputBase>(spec: ConsentOperationsSpec<I>) {
  const { owner, names, labels } = spec;
  const onlyFor = (action: 'record' | 'list' | 'revoke') =>
    `Only ${owner}'s own staff in the role ${CONSENT_MANAGERS[owner][action].join(' or ')} may ${action} them.`;
  const now = (ctx: ConsentContext) => ctx.now?.() ?? new Date();

  class ConsentOperationsResolver {}
  const proto = ConsentOperationsResolver.prototype as unknown as Record<string, unknown>;
  const define = (name: string, method: (...args: never[]) => Promise<unknown>) => {
    proto[name] = method;
    return Object.getOwnPropertyDescriptor(proto, name)!;
  };

  const list = define(names.list, async (person: PersonRepresentation, includeInactive: boolean, ctx: ConsentContext) => {
    const localIds = localIdsFor(person, owner);
    const subject = { personId: person.id, localId: localIds[0] ?? '', field: `Person.${names.list}`, labels };
    // Decided before anything is read: a denied caller's answer cannot depend on the person.
    const basis = authorizeConsentAction(ctx, 'list', subject);
    ctx.audit.recordPermit({ ...auditFacts(owner, subject), legalBasis: basis });
    const found = await Promise.all([
      ctx.consents.list({ personId: person.id, includeInactive }),
      ...localIds.map((localId) => ctx.consents.list({ subject: { system: owner, localId }, includeInactive })),
    ]);
    const at = now(ctx);
    return uniqueById(found.flat()).map((record) => toConsentView(record, at));
  });
  FieldResolver(() => [ConsentType], {
    nullable: true,
    description: `The person's ${spec.noun} held by ${owner}, oldest first (active and pending ones unless includeInactive). ${onlyFor('list')} ${COLLABORATIVE_NOTE} Every listing is audited.`,
  })(proto, names.list, list);
  Directive(requiresOwnLinks(owner))(proto, names.list, list);
  Root()(proto, names.list, 0);
  Arg('includeInactive', () => Boolean, { defaultValue: false, description: 'Also list revoked and expired ones.' })(proto, names.list, 1);
  Ctx()(proto, names.list, 2);

  const record = define(names.record, async (input: I, ctx: ConsentContext) => {
    const subject = { personId: input.personId, localId: '', field: `Mutation.${names.record}`, labels };
    const kind = spec.kindOf(input);
    const basis = authorizeConsentAction(ctx, 'record', subject);
    await auditAhead(ctx, subject, `${basis}; recording a ${kind}`);
    let stored: ConsentRecord;
    try {
      stored = await ctx.consents.record(toNewConsent(input, owner, kind, ctx.request.caller));
    } catch (error) {
      if (error instanceof ConsentRefusedError) {
        ctx.audit.recordDeny({ ...auditFacts(owner, subject), legalBasis: `consent registry: ${kind} not recorded, refused by its rules` });
      }
      throw asConsentInputError(error, 'recorded');
    }
    ctx.audit.recordPermit({ ...auditFacts(owner, subject), legalBasis: `consent registry: recorded Consent/${stored.id} (${kind})` });
    return toConsentView(stored, now(ctx));
  });
  Mutation(() => ConsentType, {
    description: `Records a signed ${spec.noun.replace(/s$/, '')} in ${owner}'s registry; it permits from the very next request. ${onlyFor('record')} A form that breaks a rule is refused with BAD_USER_INPUT listing every problem (extensions.problems), and nothing is stored. ${COLLABORATIVE_NOTE} Audited before anything is stored.`,
  })(proto, names.record, record);
  Arg('input', () => spec.inputType, { description: 'The signed form, as written.' })(proto, names.record, 0);
  Ctx()(proto, names.record, 1);

  const revoke = define(names.revoke, async (id: string, reason: string, revokedAt: Date | null, ctx: ConsentContext) => {
    const field = `Mutation.${names.revoke}`;
    const basis = authorizeConsentAction(ctx, 'revoke', { personId: null, localId: '', field, labels });
    const existing = await ctx.consents.get(id);
    if (!existing) throw consentInputError('revoked', [`No consent ${id} in ${owner}'s registry.`]);
    const subject = { personId: existing.personId ?? null, localId: existing.subject?.localId ?? '', field, labels };
    await auditAhead(ctx, subject, `${basis}; revoking Consent/${id}: ${reason}`);
    try {
      const revoked = await ctx.consents.revoke(id, {
        by: { subject: ctx.request.caller.subject, name: ctx.request.caller.name },
        reason,
        ...(revokedAt && { at: revokedAt }),
      });
      return toConsentView(revoked, now(ctx));
    } catch (error) {
      throw asConsentInputError(error, 'revoked');
    }
  });
  Mutation(() => ConsentType, {
    description: `Revokes one of ${owner}'s ${spec.noun}, recording who, when and why; nothing is deleted. It stops permitting on the very next request. ${onlyFor('revoke')} ${COLLABORATIVE_NOTE} Audited before anything changes.`,
  })(proto, names.revoke, revoke);
  Arg('id', () => ID, { description: 'The consent id.' })(proto, names.revoke, 0);
  Arg('reason', () => String, { description: 'Why, e.g. "client revoked by phone".' })(proto, names.revoke, 1);
  Arg('revokedAt', () => DateTimeISO, {
    nullable: true,
    description: 'When the person revoked, if earlier than now (an oral revocation takes effect when given); default now.',
  })(proto, names.revoke, 2);
  Ctx()(proto, names.revoke, 3);

  Resolver(() => spec.personType)(ConsentOperationsResolver);
  return ConsentOperationsResolver;
}

function uniqueById(records: ConsentRecord[]): ConsentRecord[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  return [...byId.values()].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id));
}
