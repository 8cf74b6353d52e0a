/**
 * Checks across files, on the rows that are not deleted (HMIS CSV: a non-blank DateDeleted marks
 * a deleted row, which is excluded): ids are unique in their file, every Enrollment points at a
 * Client and a Project, every Project at an Organization, every Exit at an Enrollment of the same
 * PersonalID (at most one Exit per Enrollment), every SafetyPlan row at a Client, and each HouseholdID has exactly one head of
 * household (RelationshipToHoH 1, HMIS Data Standards 3.15.1).
 */
import type { ExportProblem, ProblemList } from './problems.js';
import type { TableRow } from './read-table.js';

export interface ExportTables {
  clients: TableRow[];
  enrollments: TableRow[];
  exits: TableRow[];
  projects: TableRow[];
  organizations: TableRow[];
  safetyPlans: TableRow[] | null;
}

/** What to do when a household has no head or several: reject the export, or load it and warn. */
export type HouseholdRule = 'reject' | 'warn';

export const live = (rows: readonly TableRow[]) => rows.filter((r) => r.values.DateDeleted === '');

export function checkReferences(t: ExportTables, problems: ProblemList, households: HouseholdRule): ExportProblem[] {
  const clients = unique(t.clients, 'Client.csv', 'PersonalID', problems);
  const projects = unique(t.projects, 'Project.csv', 'ProjectID', problems);
  const organizations = unique(t.organizations, 'Organization.csv', 'OrganizationID', problems);
  for (const { line, values } of projects.values()) {
    if (!organizations.has(values.OrganizationID)) refProblem(problems, 'Project.csv', line, 'OrganizationID', 'Organization.csv');
  }
  const enrollments = unique(t.enrollments, 'Enrollment.csv', 'EnrollmentID', problems);
  unique(t.exits, 'Exit.csv', 'ExitID', problems);
  for (const { line, values } of enrollments.values()) {
    if (!clients.has(values.PersonalID)) refProblem(problems, 'Enrollment.csv', line, 'PersonalID', 'Client.csv');
    const project = projects.get(values.ProjectID);
    if (!project) refProblem(problems, 'Enrollment.csv', line, 'ProjectID', 'Project.csv');
    else if (project.values.ProjectType === '') {
      problems.add({ file: 'Project.csv', line: project.line, column: 'ProjectType', message: 'is blank, but enrollments belong to this project' });
    }
  }
  const exited = new Set<string>();
  for (const { line, values } of live(t.exits)) {
    const enrollment = enrollments.get(values.EnrollmentID);
    if (!enrollment) refProblem(problems, 'Exit.csv', line, 'EnrollmentID', 'Enrollment.csv');
    else if (enrollment.values.PersonalID !== values.PersonalID) {
      problems.add({ file: 'Exit.csv', line, column: 'PersonalID', message: `differs from the PersonalID of its enrollment (Enrollment.csv line ${enrollment.line})` });
    }
    if (exited.has(values.EnrollmentID)) problems.add({ file: 'Exit.csv', line, column: 'EnrollmentID', message: 'a second exit for the same enrollment' });
    exited.add(values.EnrollmentID);
  }
  if (t.safetyPlans) {
    unique(t.safetyPlans, 'SafetyPlan.csv', 'PersonalID', problems);
    for (const { line, values } of live(t.safetyPlans)) {
      if (!clients.has(values.PersonalID)) refProblem(problems, 'SafetyPlan.csv', line, 'PersonalID', 'Client.csv');
    }
  }
  const householdProblems = checkHouseholds([...enrollments.values()]);
  if (households === 'reject') householdProblems.forEach((p) => problems.add(p));
  return households === 'warn' ? householdProblems : [];
}

function unique(rows: readonly TableRow[], file: string, column: string, problems: ProblemList): Map<string, TableRow> {
  const byId = new Map<string, TableRow>();
  for (const row of live(rows)) {
    const first = byId.get(row.values[column]);
    if (first) problems.add({ file, line: row.line, column, message: `repeats the ${column} of line ${first.line}` });
    else byId.set(row.values[column], row);
  }
  return byId;
}

function refProblem(problems: ProblemList, file: string, line: number, column: string, target: string): void {
  problems.add({ file, line, column, message: `names no ${column} that ${target} holds (deleted rows excluded)` });
}

function checkHouseholds(enrollments: readonly TableRow[]): ExportProblem[] {
  const heads = new Map<string, { first: TableRow; count: number }>();
  for (const row of enrollments) {
    const entry = heads.get(row.values.HouseholdID) ?? { first: row, count: 0 };
    if (row.values.RelationshipToHoH === '1') entry.count++;
    heads.set(row.values.HouseholdID, entry);
  }
  return [...heads.values()]
    .filter((h) => h.count !== 1)
    .map((h) => ({
      file: 'Enrollment.csv', line: h.first.line, column: 'HouseholdID',
      message: `this household has ${h.count} heads of household (RelationshipToHoH 1); HMIS 3.15.1 requires exactly one`,
    }));
}
