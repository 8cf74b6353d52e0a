/**
 * The DV shelter's comparable database in HUD HMIS CSV shapes: Clients (PersonalID as a 32-hex
 * GUID, or `DV` + digits for records migrated from the old system) with data-quality codes
 * beside name and birth date, and household Enrollments — the survivor as head of household
 * (RelationshipToHoH 1, exactly one per HouseholdID) with children enrolled as members (2) —
 * with Exits to HMIS destinations for past stays. No location is generated (VAWA).
 */
import { clientDataQuality } from '../dv-shelter/client-data-quality.js';
import type { DvClient } from '../dv-shelter/port.js';
import type { DvShelterDataset, PersonLink, TruePerson } from './population.js';
import { AGENCY_SYSTEMS } from './population.js';
import type { Rng } from './prng.js';
import { type Day, formatDay, parseDay } from './dates.js';
import { GappedSequence, HexTokens } from './ids.js';
import { VARIATION_PROFILES, recordIdentity } from './corrupt.js';
import { DV_CHILD, DV_HEAD } from './involvement.js';
import { type BuildContext, DUPLICATE_RATE, LinkSink, provenance } from './record-kit.js';
import {
  DESTINATIONS, DOB_QUALITY, NAME_QUALITY, PROJECT_TYPES, RELATIONSHIP_CHILD, RELATIONSHIP_SELF, STAY_DAYS,
} from './hmis-codes.js';

const SYSTEM = AGENCY_SYSTEMS.dvShelter;

interface Stay {
  projectType: number;
  entry: Day;
  exit: Day | null;
}

interface Ids {
  client: HexTokens;
  legacy: GappedSequence;
  household: HexTokens;
  enrollment: GappedSequence;
  exit: GappedSequence;
}

/**
 * `outOfHome`: when each child lived outside the home (foster care), from the child welfare
 * build — a child is never enrolled with the parent while placed elsewhere.
 */
export function buildDvShelter(
  ctx: BuildContext, outOfHome: ReadonlyMap<number, ReadonlyArray<readonly [Day, Day]>>,
): { dataset: DvShelterDataset; links: PersonLink[] } {
  const { rng, ref, community, inv } = ctx;
  const { people } = community;
  const sink = new LinkSink(SYSTEM, rng, ref);
  const ids: Ids = {
    client: new HexTokens(rng), legacy: new GappedSequence(rng, 100_000, 7), household: new HexTokens(rng),
    enrollment: new GappedSequence(rng, 40_000, 5), exit: new GappedSequence(rng, 20_000, 5),
  };
  const data: DvShelterDataset = { clients: [], enrollments: [] };

  for (const home of community.homes) {
    const head = home.parents.find((p) => inv.dv[p] === DV_HEAD);
    if (head === undefined) continue;
    const members = home.children.filter((c) => inv.dv[c] === DV_CHILD);
    const adulthood = parseDay(people[head].birthDate) + 18 * 365;
    const showcaseHome = inv.showcase >= 0 && home.children.includes(inv.showcase);
    const stays = stayHistory(rng, ref, inv.dvCurrent[head] === 1, adulthood, showcaseHome);
    const atHome = (c: number, stay: Stay) =>
      !(outOfHome.get(c) ?? []).some(([b, e]) => b < (stay.exit ?? ref) && e > stay.entry);
    const legacy = stays[0].entry < ref - 3 * 365 || rng.chance(0.15);
    const clientOf = new Map<number, string>();
    const register = (p: number, firstEntry: Day) => {
      const localId = clientId(rng, ids, legacy);
      const current = stays.some((s) => s.exit === null);
      data.clients.push(clientRecord(rng, people[p], localId, p === head, current, firstEntry, ref));
      sink.add(people[p].personId, localId, firstEntry);
      clientOf.set(p, localId);
      if (rng.chance(DUPLICATE_RATE)) {
        const dup = clientId(rng, ids, false);
        data.clients.push(clientRecord(rng, people[p], dup, p === head, false, firstEntry, ref, true));
        sink.add(people[p].personId, dup, firstEntry);
      }
    };

    for (const stay of stays) {
      const householdId = `HH${ids.household.next().toUpperCase()}`;
      const enrolled = [head, ...members.filter((c) =>
        parseDay(people[c].birthDate) <= stay.entry && atHome(c, stay) && (stay.exit === null || rng.chance(0.85)))];
      const destination = stay.exit === null ? 0 : rng.weighted(DESTINATIONS);
      for (const p of enrolled) {
        if (!clientOf.has(p)) register(p, stay.entry);
        data.enrollments.push({
          clientId: clientOf.get(p)!,
          enrollmentId: `EN${ids.enrollment.next()}`,
          projectType: stay.projectType,
          entryDate: formatDay(stay.entry),
          householdId,
          relationshipToHoH: p === head ? RELATIONSHIP_SELF : RELATIONSHIP_CHILD,
          exit: stay.exit === null ? null : { exitId: `EX${ids.exit.next()}`, exitDate: formatDay(stay.exit), destination },
          provenance: provenance(SYSTEM, rng, stay.exit ?? stay.entry, stay.exit === null ? ref : Math.min(ref, stay.exit + 14)),
        });
      }
    }
  }
  return { dataset: data, links: sink.links };
}

function clientId(rng: Rng, ids: Ids, legacy: boolean): string {
  return legacy ? `DV${ids.legacy.next()}` : rng.hex(24) + ids.client.next();
}

/** Past stays oldest first, and the current one last when the household is in the program now. */
function stayHistory(rng: Rng, ref: Day, current: boolean, earliest: Day, recentShelter = false): Stay[] {
  const stays: Stay[] = [];
  let cursor = ref;
  if (current) {
    const projectType = recentShelter ? 0 : rng.weighted(PROJECT_TYPES);
    const [lo, hi] = STAY_DAYS[projectType];
    const entry = ref - (recentShelter ? rng.int(10, 60) : rng.int(1, Math.round(hi * 0.8 + lo)));
    stays.push({ projectType, entry, exit: null });
    // Transitional housing and rapid re-housing usually follow an emergency shelter stay.
    cursor = projectType === 2 || projectType === 13 ? entry : entry - rng.int(90, 900);
    if (cursor === entry && rng.chance(0.7)) {
      const es = entry - rng.int(14, 90);
      stays.push({ projectType: 0, entry: es, exit: entry });
      cursor = es - rng.int(180, 900);
    }
  } else cursor = ref - rng.int(20, Math.max(21, Math.min(700, ref - earliest - 120)));
  const past = current ? (rng.chance(0.25) ? 1 : 0) : rng.chance(0.2) ? 2 : 1;
  for (let k = 0; k < past; k++) {
    const projectType = rng.weighted(PROJECT_TYPES);
    const [lo, hi] = STAY_DAYS[projectType];
    const exit = cursor;
    const entry = exit - rng.int(lo, hi);
    if (entry < earliest && (current || k > 0)) break;
    stays.push({ projectType, entry, exit });
    cursor = entry - rng.int(120, 900);
  }
  return stays.sort((a, b) => a.entry - b.entry);
}

function clientRecord(
  rng: Rng, person: TruePerson, localId: string, head: boolean, current: boolean, created: Day, ref: Day,
  duplicate = false,
): DvClient {
  const profile = duplicate ? { ...VARIATION_PROFILES.dvShelter, typo: 0.5, nickname: 0.5 } : VARIATION_PROFILES.dvShelter;
  const named = recordIdentity(rng, person, profile);
  const nameQuality = rng.weighted(NAME_QUALITY);
  let firstName: string | null = named.firstName;
  let lastName: string | null = named.lastName;
  if (nameQuality === 9) firstName = lastName = null;
  else if (nameQuality === 2) {
    // Partial name: first name only, a last initial, or a first initial.
    const r = rng.next();
    if (r < 0.4) lastName = null;
    else if (r < 0.8) lastName = Array.from(named.lastName)[0];
    else firstName = Array.from(named.firstName)[0];
  }
  const dobQuality = named.birthDate === null ? 99 : rng.weighted(DOB_QUALITY);
  let birthDate: string | null = named.birthDate;
  if (dobQuality === 8 || dobQuality === 9 || dobQuality === 99) birthDate = null;
  else if (dobQuality === 2 && birthDate) birthDate = rng.chance(0.5) ? `${birthDate.slice(0, 4)}-01-01` : `${birthDate.slice(0, 7)}-01`;
  return {
    localId,
    firstName,
    lastName,
    nameDataQuality: nameQuality,
    birthDate,
    dobDataQuality: dobQuality,
    safetyPlanOnFile: head ? rng.chance(current ? 0.85 : 0.5) : rng.chance(current ? 0.3 : 0.1),
    // The program does not collect SSNs (VAWA: no more identifying data than the service needs).
    provenance: { ...provenance(SYSTEM, rng, created, ref), dataQuality: clientDataQuality(nameQuality, 99, dobQuality) },
  };
}
