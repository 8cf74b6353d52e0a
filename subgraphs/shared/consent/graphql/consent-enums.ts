/**
 * The consent registry's code lists as GraphQL enums. Each GraphQL value (VAWA_RELEASE) stands for
 * the registry's own code (`vawa-release`): type-graphql maps between them, so resolvers read and
 * write the registry's codes and the schema shows GraphQL names. Defined once, used by every
 * consent-holding subgraph, so the composed supergraph sees one definition of each.
 */
import { registerEnumType } from 'type-graphql';
import type { DescribedValues } from '../../described-enum.js';
import { PURPOSES_OF_USE, type PurposeOfUse } from '../../security/caller.js';
import type { ConsentKind, ConsentState, DataClass, FhirConsentStatus, Grantor, SubjectCapacity } from '../types.js';

const graphqlName = (code: string) => code.toUpperCase().replaceAll('-', '_');

/** A GraphQL enum whose values stand for the given codes, each described for the explorer. */
export function codeEnum<T extends string>(name: string, description: string, values: DescribedValues<T>) {
  const enumObject = Object.fromEntries(Object.keys(values).map((code) => [graphqlName(code), code])) as Record<string, T>;
  const entries = Object.entries(values) as Array<[string, { description: string }]>;
  const valuesConfig = Object.fromEntries(entries.map(([code, config]) => [graphqlName(code), config]));
  registerEnumType(enumObject, { name, description, valuesConfig });
  return enumObject;
}

export const ConsentKindEnum = codeEnum<ConsentKind>('ConsentKind', 'Which law a consent is given under; each kind has its own rules.', {
  'vawa-release': { description: "A survivor's written, time-limited release of a DV program's information (34 U.S.C. 12291(b)(2); 28 CFR 90.4(b))." },
  'part2-consent': { description: 'A patient consent to disclose substance use disorder records (42 CFR 2.31).' },
  'ferpa-consent': { description: 'A written consent to disclose education records (34 CFR 99.30).' },
  'hipaa-authorization': { description: 'A HIPAA authorization for a disclosure not otherwise permitted (45 CFR 164.508).' },
});

export const ConsentStateEnum = codeEnum<ConsentState>('ConsentState', 'What a consent means now. Only ACTIVE lets anything out.', {
  active: { description: 'Signed, not revoked, and today falls inside its period: it permits what it names.' },
  pending: { description: 'Signed, but its period has not started yet.' },
  expired: { description: 'Its period has ended (42 CFR 2.31(b): never used again).' },
  revoked: { description: 'Revoked: it stopped permitting on the next request after the revocation.' },
  draft: { description: 'Not signed yet (never recorded through this API).' },
  rejected: { description: 'Refused by the program (never recorded through this API).' },
  'entered-in-error': { description: 'Recorded by mistake; never permitted anything.' },
});

export const ConsentStatusEnum = codeEnum<FhirConsentStatus>('ConsentStatus', 'The record status, as FHIR R4 Consent.status names it.', {
  draft: { description: 'FHIR draft.' },
  proposed: { description: 'FHIR proposed.' },
  active: { description: 'FHIR active: recorded as signed (see `state` for whether it is in force today).' },
  rejected: { description: 'FHIR rejected.' },
  inactive: { description: 'FHIR inactive: revoked (consents are never deleted).' },
  'entered-in-error': { description: 'FHIR entered-in-error.' },
});

export const ConsentDataClassEnum = codeEnum<DataClass>(
  'ConsentDataClass',
  'A class of information a consent covers, as a DS4P security label (the same labels the agencies put on their fields).',
  {
    SUD: { description: 'Substance use disorder information (HL7 v3-ActCode SUD; 42 CFR Part 2).' },
    PSY: { description: 'Mental health information (HL7 v3-ActCode PSY).' },
    SDV: { description: 'Domestic violence program information (HL7 v3-ActCode SDV; VAWA).' },
    EDU: { description: 'Education records (FERPA; a local code, v3-ActCode has none).' },
    SOC: { description: 'Child welfare case information (a local code).' },
  },
);

const PURPOSE_DESCRIPTIONS: Record<PurposeOfUse, string> = {
  TREAT: 'Treatment.',
  ETREAT: 'Emergency treatment.',
  COC: 'Coordination of care, case management.',
  CAREMGT: 'Care management.',
  HOPERAT: 'Health care operations.',
  HPAYMT: 'Payment.',
  PUBHLTH: 'Public health.',
  HRESCH: 'Research.',
  PATRQT: 'Requested by the patient.',
  HLEGAL: 'Legal.',
  BTG: 'Break-the-glass emergency override.',
};

export const ConsentPurposeEnum = codeEnum<PurposeOfUse>(
  'ConsentPurpose',
  'A purpose of use a consent permits (HL7 v3-ActReason); it must match the purpose the recipient asks with.',
  Object.fromEntries(PURPOSES_OF_USE.map((code) => [code, { description: `HL7 ${code}: ${PURPOSE_DESCRIPTIONS[code]}` }])) as DescribedValues<PurposeOfUse>,
);

export const ConsentSubjectCapacityEnum = codeEnum<SubjectCapacity>(
  'ConsentSubjectCapacity',
  'Whose signature the person needs, which decides who must sign (34 U.S.C. 12291(b)(2); 42 CFR 2.14-2.15; 34 CFR 99.5).',
  {
    adult: { description: 'An adult who signs for themselves.' },
    minor: { description: 'A minor: the minor and a (non-abusive) parent or guardian sign, as the law of the kind requires.' },
    'minor-may-consent-alone': { description: 'A minor whom state law lets receive this service without a parent: the minor signs alone.' },
    'adult-with-guardian': { description: 'An adult with a court-appointed guardian: the guardian signs.' },
  },
);

export const ConsentSignerRelationshipEnum = codeEnum<Grantor['relationship']>(
  'ConsentSignerRelationship',
  "How a signer relates to the person the consent is about (FHIR Consent.performer).",
  {
    self: { description: 'The person themselves (an adult).' },
    'minor-self': { description: 'The person themselves, a minor.' },
    parent: { description: 'A parent of the person.' },
    guardian: { description: 'A guardian of the person.' },
  },
);

export const ConsentRecipientKindEnum = codeEnum<'organization' | 'role' | 'person'>(
  'ConsentRecipientKind',
  'What a recipient reference names (FHIR Consent.provision.actor).',
  {
    organization: { description: 'An organization: everyone calling from it.' },
    role: { description: 'A hub role within one named organization, e.g. caseworker at county-child-welfare.' },
    person: { description: "One named person: the caller's subject id." },
  },
);
