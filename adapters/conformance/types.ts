/**
 * The kit's vocabulary: which domains exist, what dataset seeds each one's adapter, and what a
 * caller may switch off. Options name capabilities, never backends (after Keyv's suite).
 */
import type { BehavioralHealthAdapter } from '../behavioral-health/port.js';
import type { ChildWelfareAdapter } from '../child-welfare/port.js';
import type { DvShelterAdapter } from '../dv-shelter/port.js';
import type { IdentityAdapter } from '../identity/port.js';
import type { SchoolsAdapter } from '../schools/port.js';
import type {
  BehavioralHealthDataset,
  ChildWelfareDataset,
  DvShelterDataset,
  PersonLink,
  SchoolsDataset,
} from '../synthetic/population.js';

export interface DomainTypes {
  identity: { dataset: PersonLink[]; adapter: IdentityAdapter };
  'child-welfare': { dataset: ChildWelfareDataset; adapter: ChildWelfareAdapter };
  'behavioral-health': { dataset: BehavioralHealthDataset; adapter: BehavioralHealthAdapter };
  'dv-shelter': { dataset: DvShelterDataset; adapter: DvShelterAdapter };
  schools: { dataset: SchoolsDataset; adapter: SchoolsAdapter };
}

export type Domain = keyof DomainTypes;
export type DatasetOf<D extends Domain> = DomainTypes[D]['dataset'];
export type AdapterOf<D extends Domain> = DomainTypes[D]['adapter'];

export interface ConformanceOptions {
  /**
   * Whether the backend keeps ids that differ only in case apart (`CW-A0005` vs `cw-a0005`).
   * Default true. Set false for a case-folding store (e.g. a `_ci` collation): the fixtures'
   * case twins are then not seeded and case-flipped ids are not asked as unknown keys.
   */
  caseSensitiveIds?: boolean;
  /** Per-test timeout in ms, for backends that seed a real store per test. */
  timeoutMs?: number;
}

export interface ConformanceSpec<D extends Domain> {
  domain: D;
  /** Returns a fresh adapter serving exactly `dataset` (a real backend seeds its store from it). */
  createAdapter(dataset: DatasetOf<D>): Promise<AdapterOf<D>>;
  /** Skip groups the backend cannot support, by capability — never by backend kind. */
  options?: ConformanceOptions;
}

/** What a check needs to know about the caller's options, with defaults filled in. */
export interface ResolvedOptions {
  caseSensitiveIds: boolean;
}

export function resolveOptions(options: ConformanceOptions = {}): ResolvedOptions {
  return { caseSensitiveIds: options.caseSensitiveIds ?? true };
}
