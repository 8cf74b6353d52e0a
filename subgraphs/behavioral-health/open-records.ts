/**
 * What "open" and "on file" mean for behavioral health, in one place so every field and every
 * later policy rule agrees. FHIR R4 statuses: EpisodeOfCare.status and CarePlan.status.
 */
import type { CarePlan, EpisodeOfCare } from '../../adapters/behavioral-health/port.js';

/** Newest first by a yyyy-mm-dd start date, without relying on the adapter's order. */
function newest<T extends { periodStart: string }>(items: readonly T[]): T | null {
  let best: T | null = null;
  for (const item of items) if (!best || item.periodStart > best.periodStart) best = item;
  return best;
}

/**
 * The open episode: the newest with status `active` (care is being provided now). Planned,
 * waitlisted and on-hold episodes are not open; neither is one recorded in error.
 */
export function openEpisodeOf(episodes: readonly EpisodeOfCare[]): EpisodeOfCare | null {
  return newest(episodes.filter((e) => e.status === 'active'));
}

/** The crisis plan in effect: the newest crisis plan with status `active`. */
export function activeCrisisPlanOf(plans: readonly CarePlan[]): CarePlan | null {
  return newest(plans.filter((p) => p.kind === 'CRISIS' && p.status === 'active'));
}
