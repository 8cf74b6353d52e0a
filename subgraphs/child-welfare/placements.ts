import type { CaseRecord, Placement } from '../../adapters/child-welfare/port.js';

/** The placement with no end date on a case; null when the child is not in placement. */
export function currentPlacementOf(record: CaseRecord): Placement | null {
  return record.placements.find((p) => p.endDate === null) ?? null;
}
