/**
 * The DV shelter port, in HUD HMIS CSV shapes (Client, Enrollment, Exit, FY2024) as kept in a
 * victim service provider's comparable database. The shelter's location is not in this port at
 * all: VAWA (34 U.S.C. 12291(b)(2)) treats it as personally identifying information, and what
 * the port cannot return no subgraph can leak.
 */
import type { AdapterBase, BatchResult } from '../port/batch-contract.js';
import type { ReleasedDemographicsReader } from '../port/demographics.js';
import type { DataQualityCode } from '../port/data-quality.js';
import type { Provenance } from '../port/provenance.js';

/** HMIS Name/SSN/DOB data quality (3.01.5, 3.02.2, 3.03.2): 1, 2, 8, 9, 99. */
export type HmisDataQuality = DataQualityCode;

export interface DvClient {
  /** HMIS PersonalID. */
  localId: string;
  firstName: string | null;
  lastName: string | null;
  nameDataQuality: HmisDataQuality;
  birthDate: string | null;
  dobDataQuality: HmisDataQuality;
  /** Whether a current safety plan is on file with the program. */
  safetyPlanOnFile: boolean;
  /** `dataQuality` holds the HMIS Name, SSN and DOB data quality (`name`, `ssn`, `birthDate`). */
  provenance: Provenance;
}

export interface DvExit {
  exitId: string;
  exitDate: string;
  /** HMIS Destination (3.12), e.g. 101, 215, 410. */
  destination: number;
}

export interface DvEnrollment {
  enrollmentId: string;
  /** HMIS ProjectType (2.02.6): 0 ES entry/exit, 1 ES night-by-night, 2 TH, 13 PH-RRH, 6 services only... */
  projectType: number;
  entryDate: string;
  householdId: string;
  /** HMIS RelationshipToHoH (3.15.1): 1 self, 2 child, 3 spouse/partner, 4 other relative, 5 unrelated, 99. */
  relationshipToHoH: number;
  exit: DvExit | null;
  provenance: Provenance;
}

/** Also pages its records' identifying fields for record linkage (`port/demographics.ts`). */
export interface DvShelterAdapter extends AdapterBase, ReleasedDemographicsReader {
  clientsByIds(localIds: readonly string[]): Promise<BatchResult<DvClient>>;
  /** Enrollments per client, newest entry first, each with its exit if any. */
  enrollmentsByClientIds(localIds: readonly string[]): Promise<BatchResult<DvEnrollment[]>>;
}
