/**
 * The FHIR R4 code systems the behavioral health adapter reads and the test server's seeder
 * writes (shared/domain-reference.md §4–5), in one place so both sides name the same URIs.
 */

/** The provider's medical record number system: `Patient.identifier.system` of the port's local id. */
export const DEFAULT_MRN_SYSTEM = 'https://bh.example.org/fhir/sid/mrn';

/** HL7 v2 table 0203 identifier type `MR` (medical record number). */
export const IDENTIFIER_TYPE = 'http://terminology.hl7.org/CodeSystem/v2-0203';

export const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';
export const CONDITION_CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
export const CONDITION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/condition-category';
/** US Core adds `health-concern` in its own condition-category code system. */
export const US_CORE_CONDITION_CATEGORY = 'http://hl7.org/fhir/us/core/CodeSystem/condition-category';
/** US Core's CarePlan category (`assess-plan`), written beside the hub's kind of plan. */
export const US_CORE_CAREPLAN_CATEGORY = 'http://hl7.org/fhir/us/core/CodeSystem/careplan-category';
/**
 * CarePlan.category's binding is only an example (SNOMED descendants of 734163000), so the crisis
 * / treatment distinction the port needs travels in a code system of the hub's own.
 */
export const CAREPLAN_KIND = 'https://common-client-hub.example.org/fhir/CodeSystem/careplan-kind';
export const CAREPLAN_KIND_CODES = { CRISIS: 'crisis-plan', TREATMENT: 'treatment-plan' } as const;

/** DS4P security label systems (meta.security). */
export const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
export const CONFIDENTIALITY = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';

/**
 * The labels of a record protected by 42 CFR Part 2: restricted confidentiality, the law
 * (`42CFRPart2`), the sensitivity (`SUD`) and the Part 2 refrain "no redisclosure without consent
 * directive" (`NORDSCLCD`, 42 CFR 2.32), as domain-reference.md §5 recommends.
 */
export const PART2_LABELS = [
  { system: CONFIDENTIALITY, code: 'R', display: 'restricted' },
  { system: ACT_CODE, code: '42CFRPart2', display: '42 CFR Part2' },
  { system: ACT_CODE, code: 'SUD', display: 'substance use disorder information sensitivity' },
  { system: ACT_CODE, code: 'NORDSCLCD', display: 'no redisclosure without consent directive' },
] as const;

/** v3-ActCode labels any one of which marks a record as substance-use (Part 2) information. */
export const SUBSTANCE_USE_LABELS: ReadonlySet<string> = new Set(['42CFRPart2', 'SUD', 'ETH', 'ETHUD', 'OPIOIDUD']);

/**
 * ICD-10-CM F10–F19, "mental and behavioral disorders due to psychoactive substance use". A
 * diagnosis in this block is treated as Part 2 information even when its resource carries no
 * label: a server that forgets the label must not make the record less protected.
 */
export const SUBSTANCE_USE_ICD10 = /^F1[0-9](\.|$)/;

/** Patient.identifier.system of a US Social Security Number (hl7.org/fhir/R4/identifier-registry.html). */
export const US_SSN_SYSTEM = 'http://hl7.org/fhir/sid/us-ssn';
