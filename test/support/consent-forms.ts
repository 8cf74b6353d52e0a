/**
 * Consent forms as a dashboard would send them to the record mutations (GraphQL enum names,
 * hub person id), dated around today so they are in force when the test runs.
 */
const DAY = 86_400_000;
export const dayFromToday = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

export interface FormOptions {
  personId: string;
  recipient?: { kind: 'ORGANIZATION' | 'ROLE' | 'PERSON'; reference: string; display: string; organization?: string };
  purposes?: string[];
  dataClasses: string[];
  /** How many days the period covers, end date included (default 60). */
  days?: number;
  signers?: Array<{ name: string; relationship: string; flaggedAbuser?: boolean }>;
  subjectStanding?: string;
}

export function consentForm(options: FormOptions) {
  return {
    personId: options.personId,
    subjectStanding: options.subjectStanding ?? 'ADULT',
    signers: options.signers ?? [{ name: 'Synthetic Client', relationship: 'SELF' }],
    recipients: options.recipient ? [options.recipient] : [],
    purposes: options.purposes ?? ['COC'],
    dataClasses: options.dataClasses,
    period: { start: dayFromToday(-1), end: dayFromToday(-2 + (options.days ?? 60)) },
    signedOn: dayFromToday(-1),
    signedForm: { reference: `DocumentReference/test-${options.personId}-${options.dataClasses.join('')}` },
    rightToRevokeAcknowledged: true,
  };
}

export const CHILD_WELFARE_AGENCY = { kind: 'ORGANIZATION', reference: 'county-child-welfare', display: 'County child welfare agency' } as const;

export const CONSENT_FIELDS = 'id kind state personId purposes dataClasses recipients { kind reference } recordedBy { subject name } revocation { by { subject } reason }';
