/**
 * HMIS CSV column sets, in file order, written in the specification's own notation so they can be
 * compared line by line with the source: HUD HMIS CSV Format Specifications FY2024 (and the FY2026
 * delta), as transcribed in the workspace domain reference, section 1.
 *
 *   S32 string of at most 32 characters · D date yyyy-mm-dd · T date-time yyyy-mm-dd hh:mm:ss
 *   (no zone) · no letter: integer code · `!` required · "+std" ends every file but Export.csv.
 */
export type CsvVersion = '2024' | '2026';

export type ColumnKind = 'string' | 'date' | 'datetime' | 'integer';

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  /** Largest length of a string column, in characters (Unicode code points). */
  maxLength?: number;
  required: boolean;
}

const STD = 'DateCreated T!, DateUpdated T!, UserID S32!, DateDeleted T, ExportID S32!';

const EXPORT_2024 =
  'ExportID S32!, SourceType!, SourceID S32, SourceName S50, SourceContactFirst S50, SourceContactLast S50, ' +
  'SourceContactPhone S10, SourceContactExtension S5, SourceContactEmail S320, ExportDate T!, ' +
  'ExportStartDate D!, ExportEndDate D!, SoftwareName S50!, SoftwareVersion S50, CSVVersion S50, ' +
  'ExportPeriodType!, ExportDirective!, HashStatus!, ImplementationID S200!';

const CLIENT_2024 =
  'PersonalID S32!, FirstName S50, MiddleName S50, LastName S50, NameSuffix S50, NameDataQuality!, SSN S9, ' +
  'SSNDataQuality!, DOB D, DOBDataQuality!, AmIndAKNative!, Asian!, BlackAfAmerican!, HispanicLatinaeo!, ' +
  'MidEastNAfrican!, NativeHIPacific!, White!, RaceNone, AdditionalRaceEthnicity S100, Woman!, Man!, ' +
  'NonBinary!, CulturallySpecific!, Transgender!, Questioning!, DifferentIdentity!, GenderNone, ' +
  'DifferentIdentityText S100, VeteranStatus!, YearEnteredService, YearSeparated, WorldWarII, KoreanWar, ' +
  'VietnamWar, DesertStorm, AfghanistanOEF, IraqOIF, IraqOND, OtherTheater, MilitaryBranch, DischargeStatus, ' +
  STD;

const ENROLLMENT_2024 =
  'EnrollmentID S32!, PersonalID S32!, ProjectID S32!, EntryDate D!, HouseholdID S32!, RelationshipToHoH, ' +
  'EnrollmentCoC S6, LivingSituation, RentalSubsidyType, LengthOfStay, LOSUnderThreshold, PreviousStreetESSH, ' +
  'DateToStreetESSH D, TimesHomelessPastThreeYears, MonthsHomelessPastThreeYears, DisablingCondition, ' +
  'DateOfEngagement D, MoveInDate D, DateOfPATHStatus D, ClientEnrolledInPATH, ReasonNotEnrolled, PercentAMI, ' +
  'ReferralSource, CountOutreachReferralApproaches, DateOfBCPStatus D, EligibleForRHY, ReasonNoServices, ' +
  'RunawayYouth, SexualOrientation, SexualOrientationOther S100, FormerWardChildWelfare, ChildWelfareYears, ' +
  'ChildWelfareMonths, FormerWardJuvenileJustice, JuvenileJusticeYears, JuvenileJusticeMonths, ' +
  'UnemploymentFam, MentalHealthDisorderFam, PhysicalDisabilityFam, AlcoholDrugUseDisorderFam, ' +
  'InsufficientIncome, IncarceratedParent, VAMCStation S5, TargetScreenReqd, TimeToHousingLoss, ' +
  'AnnualPercentAMI, LiteralHomelessHistory, ClientLeaseholder, HOHLeaseholder, SubsidyAtRisk, ' +
  'EvictionHistory, CriminalRecord, IncarceratedAdult, PrisonDischarge, SexOffender, DisabledHoH, ' +
  'CurrentPregnant, SingleParent, DependentUnder6, HH5Plus, CoCPrioritized, HPScreeningScore, ThresholdScore, ' +
  'TranslationNeeded, PreferredLanguage, PreferredLanguageDifferent S100, ' +
  STD;

const EXIT_2024 =
  'ExitID S32!, EnrollmentID S32!, PersonalID S32!, ExitDate D!, Destination!, DestinationSubsidyType, ' +
  'OtherDestination S50, HousingAssessment, SubsidyInformation, ProjectCompletionStatus, EarlyExitReason, ' +
  'ExchangeForSex, ExchangeForSexPastThreeMonths, CountOfExchangeForSex, AskedOrForcedToExchangeForSex, ' +
  'AskedOrForcedToExchangeForSexPastThreeMonths, WorkPlaceViolenceThreats, WorkplacePromiseDifference, ' +
  'CoercedToContinueWork, LaborExploitPastThreeMonths, CounselingReceived, IndividualCounseling, ' +
  'FamilyCounseling, GroupCounseling, SessionCountAtExit, PostExitCounselingPlan, SessionsInPlan, ' +
  'DestinationSafeClient, DestinationSafeWorker, PosAdultConnections, PosPeerConnections, ' +
  'PosCommunityConnections, AftercareDate D, AftercareProvided, EmailSocialMedia, Telephone, ' +
  'InPersonIndividual, InPersonGroup, CMExitReason, ' +
  STD;

const GENDER_2024 = [
  'Woman', 'Man', 'NonBinary', 'CulturallySpecific', 'Transgender', 'Questioning', 'DifferentIdentity',
  'GenderNone', 'DifferentIdentityText',
];
const ENROLLMENT_DROPPED_2026 = [
  'SexualOrientation', 'SexualOrientationOther', 'TranslationNeeded', 'PreferredLanguage',
  'PreferredLanguageDifferent',
];

/**
 * FY2026 delta (domain reference §1): Client adds `Sex`, renames HispanicLatinaeo to
 * HispanicLatinao and drops the nine gender columns; Enrollment drops sexual orientation and
 * language columns and adds `MentalHealthConsultation`; Export's SourceID widens to S350; Exit is
 * unchanged. The reference does not give positions for the two added columns: `Sex` after
 * DOBDataQuality and `MentalHealthConsultation` last before +std follow HUD's Eva test data
 * ("fixes Sex being out-of-order"); confirm against the FY2026 specification.
 */
function client2026(): string {
  return CLIENT_2024.split(', ')
    .filter((c) => !GENDER_2024.includes(c.split(' ')[0].replace('!', '')))
    .map((c) => (c.startsWith('HispanicLatinaeo') ? 'HispanicLatinao!' : c))
    .flatMap((c) => (c.startsWith('DOBDataQuality') ? [c, 'Sex!'] : [c]))
    .join(', ');
}

function enrollment2026(): string {
  const kept = ENROLLMENT_2024.split(', ').filter((c) => !ENROLLMENT_DROPPED_2026.includes(c.split(' ')[0]));
  kept.splice(kept.length - 5, 0, 'MentalHealthConsultation');
  return kept.join(', ');
}

/** Parse "Name S32!" notation into column specs. */
export function parseColumnNotation(notation: string): ColumnSpec[] {
  return notation.split(',').map((raw) => {
    const match = /^([A-Za-z0-9]+)(?: (S(\d+)|D|T))?(!)?$/.exec(raw.trim());
    if (!match) throw new SyntaxError(`bad column notation: ${raw}`);
    const [, name, type, length, bang] = match;
    const kind: ColumnKind = type === 'D' ? 'date' : type === 'T' ? 'datetime' : type ? 'string' : 'integer';
    return { name, kind, required: bang === '!', ...(length ? { maxLength: Number(length) } : {}) };
  });
}

export type HmisFile = 'Export.csv' | 'Client.csv' | 'Enrollment.csv' | 'Exit.csv';

export const COLUMN_SETS: Record<CsvVersion, Record<HmisFile, ColumnSpec[]>> = {
  '2024': {
    'Export.csv': parseColumnNotation(EXPORT_2024),
    'Client.csv': parseColumnNotation(CLIENT_2024),
    'Enrollment.csv': parseColumnNotation(ENROLLMENT_2024),
    'Exit.csv': parseColumnNotation(EXIT_2024),
  },
  '2026': {
    'Export.csv': parseColumnNotation(EXPORT_2024.replace('SourceID S32', 'SourceID S350')),
    'Client.csv': parseColumnNotation(client2026()),
    'Enrollment.csv': parseColumnNotation(enrollment2026()),
    'Exit.csv': parseColumnNotation(EXIT_2024),
  },
};

/** Export.csv is read before the version is known; its FY2026 form (wider SourceID) accepts both. */
export const EXPORT_COLUMNS_ANY_VERSION = COLUMN_SETS['2026']['Export.csv'];

/** Column names of a file, in order. */
export const columnNames = (columns: readonly ColumnSpec[]) => columns.map((c) => c.name);

/** The S32 identifier columns that become port ids and keys. */
export const ID_COLUMNS = ['PersonalID', 'EnrollmentID', 'ExitID', 'HouseholdID', 'ProjectID', 'OrganizationID'];

/** The same columns with identifier columns allowed `maxLength` characters instead of 32. */
export function withIdLength(columns: readonly ColumnSpec[], maxLength: number): ColumnSpec[] {
  return columns.map((c) => (ID_COLUMNS.includes(c.name) ? { ...c, maxLength } : c));
}
