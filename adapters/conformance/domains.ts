/**
 * The per-domain method table: every batch method of every port, with how to derive its known
 * keys and expected answers from the fixture. Orders come from the ports' doc comments; a method
 * whose comment promises no order is compared as a multiset.
 */
import type { CaseRecord } from '../child-welfare/port.js';
import type { AgencyLink } from '../identity/port.js';
import type { SpecialEducationProgram } from '../schools/port.js';
import type {
  BehavioralHealthDataset,
  ChildWelfareDataset,
  DvShelterDataset,
  PersonLink,
  SchoolsDataset,
} from '../synthetic/population.js';
import type { AdapterCheck } from './check.js';
import { binaryOrder } from './compare.js';
import { behavioralHealthCaseTwins, behavioralHealthFixture } from './fixtures/behavioral-health.js';
import { childWelfareCaseTwins, childWelfareFixture } from './fixtures/child-welfare.js';
import { dvShelterCaseTwins, dvShelterFixture } from './fixtures/dv-shelter.js';
import { identityCaseTwins, identityFixture } from './fixtures/identity.js';
import { schoolsCaseTwins, schoolsFixture } from './fixtures/schools.js';
import { identityAdapterChecks } from './identity-checks.js';
import { type ListOrder, type MethodSpec, inOrder, newestFirst, oldestFirst, withoutOwner } from './method-spec.js';
import { pagingAdapterChecks } from './paging-checks.js';
import { demographicsAdapterChecks, dvDemographicsAdapterChecks } from './demographics-checks.js';
import type { DatasetOf, Domain } from './types.js';

export interface DomainTable<D> {
  fixture: D;
  /** Rows whose ids differ from fixture ids only in case (seeded for case-sensitive backends). */
  caseTwins: D;
  methods: MethodSpec<D>[];
  /** Checks of what is particular to the domain (identity's pair keys, caseworker paging). */
  adapterChecks: AdapterCheck[];
}

/** A method answering one record per local id. */
function records<D, T>(name: string, rows: (d: D) => T[], id: (row: T) => string): MethodSpec<D> {
  return {
    name,
    keyKind: 'local-id',
    shape: 'record',
    knownKeys: (d) => rows(d).map(id),
    expected: (d, key) => rows(d).find((r) => id(r) === key) ?? null,
  };
}

interface ListSpec<D, T> {
  name: string;
  owners(d: D): string[];
  rows(d: D): T[];
  owner(row: T): string;
  /** The row as the port returns it (usually without the dataset's owner column). */
  project(row: T): unknown;
  order?: ListOrder;
  normalise?(item: never): unknown;
}

/** A method answering the rows each owner has, `[]` for a known owner with none. */
function lists<D, T>(spec: ListSpec<D, T>): MethodSpec<D> {
  return {
    name: spec.name,
    keyKind: 'local-id',
    shape: 'list',
    order: spec.order,
    knownKeys: (d) => spec.owners(d),
    expected: (d, key) =>
      inOrder(spec.rows(d).filter((r) => spec.owner(r) === key).map((r) => spec.project(r)), spec.order),
    normalise: spec.normalise as MethodSpec<D>['normalise'],
  };
}

const distinct = (ids: string[]) => [...new Set(ids)];
const keep = <T>(row: T) => row;

/** The port fixes placements' order (oldest first) but not that of removals or circumstances. */
const normaliseCase = (c: CaseRecord): CaseRecord => ({
  ...c,
  removals: [...c.removals]
    .map((r) => ({ ...r, circumstances: [...r.circumstances].sort(binaryOrder) }))
    .sort((a, b) => binaryOrder(a.removalId, b.removalId)),
});
/** Nor the order of a program's disabilities. */
const normaliseProgram = (p: SpecialEducationProgram) => ({
  ...p,
  disabilities: [...p.disabilities].sort(binaryOrder),
});

const identity: DomainTable<PersonLink[]> = {
  fixture: identityFixture,
  caseTwins: identityCaseTwins,
  adapterChecks: identityAdapterChecks,
  methods: [
    {
      name: 'linksByPersonIds',
      keyKind: 'local-id',
      shape: 'list',
      knownKeys: (d) => distinct(d.map((l) => l.personId)),
      expected: (d, key) => d.filter((l) => l.personId === key).map((l): AgencyLink => withoutOwner('personId')(l)),
    },
    {
      name: 'personIdsByLocalRecords',
      keyKind: 'local-record',
      shape: 'record',
      knownKeys: (d) => d.map(({ system, localId }) => ({ system, localId })),
      expected: (d, key) => {
        const { system, localId } = key as { system: string; localId: string };
        return d.find((l) => l.system === system && l.localId === localId)?.personId ?? null;
      },
    },
  ],
};

const children = (d: ChildWelfareDataset) => d.children.map((c) => c.localId);
const childWelfare: DomainTable<ChildWelfareDataset> = {
  fixture: childWelfareFixture,
  caseTwins: childWelfareCaseTwins,
  adapterChecks: [...pagingAdapterChecks, ...demographicsAdapterChecks('child-welfare')],
  methods: [
    records('childrenByIds', (d) => d.children, (c) => c.localId),
    lists({
      name: 'casesByChildIds',
      owners: children,
      rows: (d) => d.cases,
      owner: (c) => c.childLocalId,
      project: keep,
      order: newestFirst('openedOn', (c: CaseRecord) => c.openedOn),
      normalise: normaliseCase,
    }),
    lists({
      name: 'caseloadsByCaseworkerIds',
      owners: (d) => d.caseworkers.map((w) => w.caseworkerId),
      rows: (d) => d.cases.filter((c) => c.status === 'OPEN'),
      owner: (c) => c.caseworkerId,
      project: keep,
      normalise: normaliseCase,
    }),
    records('caseworkersByIds', (d) => d.caseworkers, (w) => w.caseworkerId),
  ],
};

const patients = (d: BehavioralHealthDataset) => d.patients.map((p) => p.localId);
const ofPatient = {
  owners: patients,
  owner: (r: { patientId: string }) => r.patientId,
  project: withoutOwner('patientId'),
};
const behavioralHealth: DomainTable<BehavioralHealthDataset> = {
  fixture: behavioralHealthFixture,
  caseTwins: behavioralHealthCaseTwins,
  adapterChecks: demographicsAdapterChecks('behavioral-health'),
  methods: [
    records('patientsByIds', (d) => d.patients, (p) => p.localId),
    lists({
      name: 'episodesByPatientIds',
      rows: (d) => d.episodes,
      order: newestFirst('periodStart', (e: { periodStart: string }) => e.periodStart),
      ...ofPatient,
    }),
    lists({ name: 'conditionsByPatientIds', rows: (d) => d.conditions, ...ofPatient }),
    lists({ name: 'carePlansByPatientIds', rows: (d) => d.carePlans, ...ofPatient }),
  ],
};

const dvShelter: DomainTable<DvShelterDataset> = {
  fixture: dvShelterFixture,
  caseTwins: dvShelterCaseTwins,
  adapterChecks: dvDemographicsAdapterChecks,
  methods: [
    records('clientsByIds', (d) => d.clients, (c) => c.localId),
    lists({
      name: 'enrollmentsByClientIds',
      owners: (d) => d.clients.map((c) => c.localId),
      rows: (d) => d.enrollments,
      owner: (e) => e.clientId,
      project: withoutOwner('clientId'),
      order: newestFirst('entryDate', (e: { entryDate: string }) => e.entryDate),
    }),
  ],
};

const students = (d: SchoolsDataset) => d.students.map((s) => s.localId);
const ofStudent = {
  owners: students,
  owner: (r: { studentId: string }) => r.studentId,
  project: withoutOwner('studentId'),
};
const schools: DomainTable<SchoolsDataset> = {
  fixture: schoolsFixture,
  caseTwins: schoolsCaseTwins,
  adapterChecks: demographicsAdapterChecks('schools'),
  methods: [
    records('studentsByIds', (d) => d.students, (s) => s.localId),
    lists({
      name: 'enrollmentsByStudentIds',
      rows: (d) => d.enrollments,
      order: newestFirst('entryDate', (e: { entryDate: string }) => e.entryDate),
      ...ofStudent,
    }),
    lists({
      name: 'attendanceEventsByStudentIds',
      rows: (d) => d.attendanceEvents,
      order: oldestFirst('eventDate', (e: { eventDate: string }) => e.eventDate),
      ...ofStudent,
    }),
    lists({
      name: 'specialEducationByStudentIds',
      rows: (d) => d.specialEducation,
      order: newestFirst('beginDate', (p: { beginDate: string }) => p.beginDate),
      normalise: normaliseProgram,
      ...ofStudent,
    }),
  ],
};

const TABLES: { [K in Domain]: DomainTable<DatasetOf<K>> } = {
  identity,
  'child-welfare': childWelfare,
  'behavioral-health': behavioralHealth,
  'dv-shelter': dvShelter,
  schools,
};

export function domainTable<D extends Domain>(domain: D): DomainTable<DatasetOf<D>> {
  return TABLES[domain];
}

/** A fresh copy of the dataset a test seeds: the fixture, plus the case twins when case is kept apart. */
export function datasetFor<D extends Domain>(domain: D, caseSensitiveIds: boolean): DatasetOf<D> {
  const { fixture, caseTwins } = domainTable(domain);
  if (!caseSensitiveIds) return structuredClone(fixture);
  if (Array.isArray(fixture)) return structuredClone([...fixture, ...(caseTwins as unknown[])]) as DatasetOf<D>;
  const twins = caseTwins as unknown as Record<string, unknown[]>;
  const tables = Object.entries(fixture as unknown as Record<string, unknown[]>);
  const merged: unknown = Object.fromEntries(tables.map(([key, rows]) => [key, [...rows, ...twins[key]]]));
  return structuredClone(merged) as DatasetOf<D>;
}
