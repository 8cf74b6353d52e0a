/**
 * The parts of FHIR R4 (4.0.1) resources this adapter reads and its test server writes. Only what
 * is used: a server's resources may carry much more, which is ignored. Every field is optional
 * because a server may omit it; `from-fhir.ts` says which the port cannot do without.
 */

export interface FhirCoding {
  system?: string;
  code?: string;
  display?: string;
}

export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

export interface FhirReference {
  reference?: string;
  display?: string;
}

export interface FhirPeriod {
  start?: string;
  end?: string;
}

export interface FhirMeta {
  lastUpdated?: string;
  source?: string;
  security?: FhirCoding[];
}

export interface FhirResourceBase {
  resourceType: string;
  id?: string;
  meta?: FhirMeta;
}

export interface FhirPatient extends FhirResourceBase {
  resourceType: 'Patient';
  identifier?: Array<{ system?: string; value?: string; type?: FhirCodeableConcept; use?: string }>;
  name?: Array<{ use?: string; family?: string; given?: string[]; suffix?: string[] }>;
  birthDate?: string;
  /** AdministrativeGender: male | female | other | unknown. */
  gender?: string;
  address?: Array<{ use?: string; postalCode?: string; period?: FhirPeriod }>;
  /** The birth date's primitive extensions: a data-absent-reason when it is missing. */
  _birthDate?: { extension?: Array<{ url?: string; valueCode?: string }> };
}

export interface FhirEpisodeOfCare extends FhirResourceBase {
  resourceType: 'EpisodeOfCare';
  status?: string;
  type?: FhirCodeableConcept[];
  patient?: FhirReference;
  managingOrganization?: FhirReference;
  careManager?: FhirReference;
  period?: FhirPeriod;
}

export interface FhirCondition extends FhirResourceBase {
  resourceType: 'Condition';
  clinicalStatus?: FhirCodeableConcept;
  category?: FhirCodeableConcept[];
  code?: FhirCodeableConcept;
  subject?: FhirReference;
  recordedDate?: string;
}

export interface FhirCarePlan extends FhirResourceBase {
  resourceType: 'CarePlan';
  status?: string;
  intent?: string;
  category?: FhirCodeableConcept[];
  title?: string;
  subject?: FhirReference;
  period?: FhirPeriod;
}

export type BehavioralHealthResource = FhirPatient | FhirEpisodeOfCare | FhirCondition | FhirCarePlan;

export interface FhirBundle {
  resourceType: 'Bundle';
  type?: string;
  total?: number;
  link?: Array<{ relation?: string; url?: string }>;
  entry?: Array<{ fullUrl?: string; resource?: FhirResourceBase; search?: { mode?: string } }>;
}

export interface FhirOperationOutcome {
  resourceType: 'OperationOutcome';
  issue?: Array<{ severity?: string; code?: string; diagnostics?: string; details?: FhirCodeableConcept }>;
}
