/**
 * DV shelter enums for the schema, from the HUD HMIS FY2024 data standards. Values are GraphQL
 * names for HMIS integer codes; each description gives the code (see hmis-codes.ts).
 */
import { describedEnum } from '../shared/described-enum.js';
import type { DestinationClassValue, ProjectTypeValue, RelationshipValue } from './hmis-codes.js';

/** Shared with every agency's `Provenance.dataQuality`, so defined once in shared/. */
export { HmisDataQualityEnum } from '../shared/data-quality-type.js';

export const HmisProjectTypeEnum = describedEnum<ProjectTypeValue>(
  'HmisProjectType',
  'The kind of project an enrollment is in (HMIS 2.02.6 ProjectType).',
  {
    EMERGENCY_SHELTER_ENTRY_EXIT: { description: 'HMIS 0: emergency shelter, entry/exit.' },
    EMERGENCY_SHELTER_NIGHT_BY_NIGHT: { description: 'HMIS 1: emergency shelter, night-by-night.' },
    TRANSITIONAL_HOUSING: { description: 'HMIS 2: transitional housing.' },
    PH_PERMANENT_SUPPORTIVE_HOUSING: { description: 'HMIS 3: permanent housing, permanent supportive housing.' },
    STREET_OUTREACH: { description: 'HMIS 4: street outreach.' },
    SERVICES_ONLY: { description: 'HMIS 6: services only (no housing or shelter).' },
    OTHER: {
      description: 'HMIS 7: other; also any code this hub does not know (read `projectTypeCode` for the code sent).',
    },
    SAFE_HAVEN: { description: 'HMIS 8: safe haven.' },
    PH_HOUSING_ONLY: { description: 'HMIS 9: permanent housing, housing only.' },
    PH_HOUSING_WITH_SERVICES: { description: 'HMIS 10: permanent housing, housing with services (no disability required).' },
    DAY_SHELTER: { description: 'HMIS 11: day shelter.' },
    HOMELESSNESS_PREVENTION: { description: 'HMIS 12: homelessness prevention.' },
    PH_RAPID_RE_HOUSING: { description: 'HMIS 13: permanent housing, rapid re-housing.' },
    COORDINATED_ENTRY: { description: 'HMIS 14: coordinated entry.' },
  },
);

export const HmisDestinationClassEnum = describedEnum<DestinationClassValue>(
  'HmisDestinationClass',
  'The kind of place a client went on exit: the first digit of the HMIS 3.12 destination code.',
  {
    HOMELESS: { description: '1xx: homeless situations, e.g. 101 emergency shelter, 116 place not meant for habitation.' },
    INSTITUTIONAL: { description: '2xx: institutional situations, e.g. 204 psychiatric facility, 215 foster care home.' },
    TEMPORARY: { description: '3xx: temporary housing, e.g. 302 transitional housing, 312 staying with family.' },
    PERMANENT: { description: '4xx: permanent housing, e.g. 410 rental without subsidy, 422 living with family.' },
    OTHER: { description: 'Any other code: 17 other, 24 deceased, 30 no exit interview, 8, 9, 99.' },
  },
);

export const HmisRelationshipEnum = describedEnum<RelationshipValue>(
  'HmisRelationshipToHeadOfHousehold',
  "The client's relationship to the household's head (HMIS 3.15.1); each household has exactly one SELF.",
  {
    SELF: { description: 'HMIS 1: self (the head of household).' },
    CHILD: { description: "HMIS 2: head of household's child." },
    SPOUSE_OR_PARTNER: { description: "HMIS 3: head of household's spouse or partner." },
    OTHER_RELATIVE: { description: 'HMIS 4: another relative of the head of household.' },
    UNRELATED_HOUSEHOLD_MEMBER: { description: 'HMIS 5: unrelated household member.' },
    DATA_NOT_COLLECTED: { description: 'HMIS 99: data not collected; also any code outside 3.15.1.' },
  },
);
