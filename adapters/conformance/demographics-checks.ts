/**
 * The demographics reader every agency adapter offers the record linkage (`port/demographics.ts`):
 * `demographics()` (`demographicsOfReleased(ids)` for a DV program). Checked here:
 *
 * - paging: walking from `page(null, n)` along each `next` visits every record exactly once, no
 *   page holds more than `n`, and `next` is null after the last page. On an agency's own data one
 *   walk of large pages (the kit cannot know how many records there are); on known data, walks of
 *   pages of 1 and 3 too, which must yield the same records. Each record's fields have the port's
 *   shapes (a yyyy-mm-dd birth date, nine SSN digits, a five-digit ZIP, a known sex or null).
 * - known answers: the records are exactly the dataset's people, with the identifying fields the
 *   dataset holds (names, birth date; sex where the port carries it). Fields the dataset does not
 *   hold (SSN, ZIP, suffix) are only shape-checked.
 * - DV (VAWA, 34 U.S.C. 12291(b)(2)): with no release, no record and no page; with some clients
 *   released, exactly they appear — a client without a release never does. On own data the
 *   released clients are the sampled keys, so this runs there too.
 *
 * Messages go through `show`, so on an agency's own data they name no value (violation.ts).
 */
import type { DemographicRecord, DemographicsSource } from '../port/demographics.js';
import type { BehavioralHealthDataset, ChildWelfareDataset, DvShelterDataset, SchoolsDataset } from '../synthetic/population.js';
import type { AdapterCheck, AdapterCheckContext } from './check.js';
import { binaryOrder, firstDifference } from './compare.js';
import { show, violation } from './violation.js';

const OWN_DATA_PAGE = 500;
const MAX_RECORDS = 10_000_000;

type Reader = { demographics?(): DemographicsSource; demographicsOfReleased?(ids: ReadonlySet<string>): DemographicsSource };

function sourceOf(ctx: AdapterCheckContext, released?: ReadonlySet<string>): DemographicsSource {
  const adapter = ctx.adapter as Reader;
  const make = released ? adapter.demographicsOfReleased : adapter.demographics;
  const name = released ? 'demographicsOfReleased' : 'demographics';
  if (typeof make !== 'function') violation(`the adapter has no ${name}() reader: record linkage cannot read this agency (port/demographics.ts)`);
  let source: unknown;
  try {
    source = released ? make.call(adapter, released) : (make as () => DemographicsSource).call(adapter);
  } catch (error) {
    violation(`${name}() threw ${show(error)}`);
  }
  if (typeof (source as DemographicsSource)?.page !== 'function') violation(`${name}() must return a source with page(cursor, limit), got ${show(source)}`);
  return source as DemographicsSource;
}

/** Every record along the `next` links, checking the paging contract on the way. */
export async function walk(source: DemographicsSource, limit: number): Promise<DemographicRecord[]> {
  const out: DemographicRecord[] = [];
  const seen = new Set<string>();
  const cursors = new Set<string>();
  let cursor: string | null = null;
  for (let page = 1; ; page++) {
    let answer: unknown;
    try {
      answer = await source.page(cursor, limit);
    } catch (error) {
      violation(`page ${page} of a walk with limit ${limit} rejected with ${show(error)}`);
    }
    const { records, next } = (answer ?? {}) as { records?: unknown; next?: unknown };
    if (!Array.isArray(records)) violation(`page ${page} (limit ${limit}) must resolve to { records: [...], next }, got ${show(answer)}`);
    if (records.length > limit) violation(`page ${page} holds ${records.length} records, more than its limit ${limit}`);
    for (const [at, record] of (records as DemographicRecord[]).entries()) {
      checkShape(record, source.system, `page ${page} (limit ${limit}), record #${at + 1}`);
      if (seen.has(record.localId)) violation(`page ${page} (limit ${limit}), record #${at + 1}: a record already yielded on an earlier page (${show(record.localId)})`);
      seen.add(record.localId);
      out.push(record);
    }
    if (next === null) return out;
    if (typeof next !== 'string') violation(`page ${page} (limit ${limit}): next must be a string cursor or null, got ${show(next)}`);
    if (cursors.has(next)) violation(`page ${page} (limit ${limit}): next repeats an earlier cursor, so the walk would never end`);
    if (out.length > MAX_RECORDS) violation(`a walk with limit ${limit} passed ${MAX_RECORDS} records without next becoming null`);
    cursors.add(next);
    cursor = next;
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SEXES = ['FEMALE', 'MALE', 'UNKNOWN'];
const nullableText = (v: unknown) => v === null || typeof v === 'string';

function checkShape(r: DemographicRecord, system: string, where: string): void {
  if (typeof r !== 'object' || r === null) violation(`${where}: expected a record, got ${show(r)}`);
  const problems: string[] = [];
  if (r.system !== system) problems.push(`system ${show(r.system)} is not the source's ${show(system)}`);
  if (typeof r.localId !== 'string' || r.localId === '') problems.push(`localId ${show(r.localId)} is not a non-empty string`);
  for (const field of ['firstName', 'middleName', 'lastName'] as const) if (!nullableText(r[field])) problems.push(`${field} is ${show(r[field])}, not text or null`);
  if (r.suffix !== undefined && !nullableText(r.suffix)) problems.push(`suffix is ${show(r.suffix)}, not text or null`);
  if (r.birthDate !== null && !(typeof r.birthDate === 'string' && DAY.test(r.birthDate))) problems.push(`birthDate is ${show(r.birthDate)}, not yyyy-mm-dd or null`);
  if (r.sex !== null && !SEXES.includes(r.sex as string)) problems.push(`sex is ${show(r.sex)}, not ${SEXES.join(', ')} or null`);
  if (r.ssn !== undefined && r.ssn !== null && !/^\d{9}$/.test(String(r.ssn))) problems.push('ssn is not nine digits or null');
  if (r.zip !== undefined && r.zip !== null && !/^\d{5}$/.test(String(r.zip))) problems.push('zip is not five digits or null');
  if (problems.length > 0) violation(`${where}: ${problems.join('; ')}`);
}

/** The fields a dataset holds, per record, as the reader must yield them. */
type Expected = Record<string, unknown> & { localId: string };

const EXPECTED: Record<string, (data: never) => Expected[]> = {
  'child-welfare': (d: ChildWelfareDataset) =>
    d.children.map((c) => ({ localId: c.localId, firstName: c.firstName, middleName: c.middleName, lastName: c.lastName, birthDate: c.birthDate, sex: c.sex })),
  'behavioral-health': (d: BehavioralHealthDataset) =>
    d.patients.map((p) => ({ localId: p.localId, firstName: p.givenName, lastName: p.familyName, birthDate: p.birthDate })),
  schools: (d: SchoolsDataset) =>
    d.students.map((s) => ({ localId: s.localId, firstName: s.firstName, middleName: s.middleName, lastName: s.lastSurname, birthDate: s.birthDate })),
  'dv-shelter': (d: DvShelterDataset) =>
    d.clients.map((c) => ({ localId: c.localId, firstName: c.firstName, lastName: c.lastName, birthDate: c.birthDate })),
};

function compareWithDataset(got: DemographicRecord[], want: Expected[], what: string): void {
  const byId = new Map(got.map((r) => [r.localId, r]));
  const wanted = new Set(want.map((w) => w.localId));
  const missing = want.filter((w) => !byId.has(w.localId)).map((w) => w.localId);
  const extra = got.filter((r) => !wanted.has(r.localId)).map((r) => r.localId);
  if (missing.length || extra.length) violation(`${what}: expected the dataset's ${want.length} records; missing ${show(missing.sort(binaryOrder))}, not in the dataset ${show(extra.sort(binaryOrder))}`);
  for (const w of want) {
    const r = byId.get(w.localId)!;
    const picked = Object.fromEntries(Object.keys(w).map((k) => [k, (r as unknown as Record<string, unknown>)[k]]));
    const diff = firstDifference(picked, w);
    if (diff) violation(`${what}: record ${show(w.localId)}: ${diff}`);
  }
}

async function checkPaging(ctx: AdapterCheckContext, domain: string): Promise<void> {
  const source = sourceOf(ctx);
  if (ctx.data === null) {
    await walk(source, OWN_DATA_PAGE);
    return;
  }
  const want = EXPECTED[domain](ctx.data as never);
  const all = await walk(source, want.length + 5);
  for (const limit of [1, 3]) {
    const small = await walk(source, limit);
    const ids = (list: DemographicRecord[]) => list.map((r) => r.localId).sort(binaryOrder);
    const diff = firstDifference(ids(small), ids(all));
    if (diff) violation(`walking pages of ${limit} yields other records than one page of ${want.length + 5}: ${diff}`);
  }
}

async function checkKnownAnswers(ctx: AdapterCheckContext, domain: string): Promise<void> {
  const want = EXPECTED[domain](ctx.data as never);
  compareWithDataset(await walk(sourceOf(ctx), 2), want, 'demographics()');
}

/** Every other known client, in binary order: a release set with clients on both sides of each gap. */
function releasedHalf(ctx: AdapterCheckContext): string[] {
  const ids = ctx.data === null
    ? ((ctx.methods.find((m) => m.name === 'clientsByIds')?.knownKeys(null) ?? []) as string[])
    : (ctx.data as DvShelterDataset).clients.map((c) => c.localId);
  return [...new Set(ids)].sort(binaryOrder).filter((_, i) => i % 2 === 0);
}

async function checkReleasedOnly(ctx: AdapterCheckContext): Promise<void> {
  const none = await walk(sourceOf(ctx, new Set()), 3);
  if (none.length > 0) violation(`with no client released, ${none.length} record(s) came out; a DV program may yield none (VAWA, 34 U.S.C. 12291(b)(2))`);
  const released = releasedHalf(ctx);
  if (released.length === 0) violation('no client id of the data could be released to check with');
  const set = new Set([...released, 'NOT-A-CLIENT-0000']);
  for (const limit of [1, 2, OWN_DATA_PAGE]) {
    const got = await walk(sourceOf(ctx, set), limit);
    const leaked = got.filter((r) => !set.has(r.localId));
    if (leaked.length > 0) violation(`pages of ${limit}: ${leaked.length} client(s) without a release came out (${show(leaked.map((r) => r.localId))}); VAWA, 34 U.S.C. 12291(b)(2)`);
    const ids = new Set(got.map((r) => r.localId));
    const absent = released.filter((id) => !ids.has(id));
    if (absent.length > 0) violation(`pages of ${limit}: ${absent.length} released client(s) did not come out (${show(absent)})`);
  }
  if (ctx.data !== null) {
    const want = EXPECTED['dv-shelter'](ctx.data as never).filter((w) => set.has(w.localId));
    compareWithDataset(await walk(sourceOf(ctx, set), 2), want, 'demographicsOfReleased()');
  }
}

const NEEDS_DATASET = 'judging identifying fields needs to know what the store holds';

export function demographicsAdapterChecks(domain: 'child-welfare' | 'behavioral-health' | 'schools'): AdapterCheck[] {
  return [
    { group: 'demographics', title: 'demographics() pages every record once, each page within its limit, next null at the end', run: (ctx) => checkPaging(ctx, domain) },
    { group: 'demographics', title: "demographics() yields the dataset's people with their names and birth dates", needsKnownAnswers: NEEDS_DATASET, run: (ctx) => checkKnownAnswers(ctx, domain) },
  ];
}

export const dvDemographicsAdapterChecks: AdapterCheck[] = [
  { group: 'demographics', title: 'demographicsOfReleased() yields released clients only (none without a release), each once, pages within their limit', run: checkReleasedOnly },
];
