/**
 * What a check is: a plain async function that throws a `ConformanceViolation` when the adapter
 * breaks the contract. `plan.ts` lists which checks apply; `runAdapterConformance` registers them
 * with `it`, `run-plan.ts` runs them outside a test runner (`npm run adapter:check`), and the
 * self-test calls them directly against deliberately broken adapters.
 */
import type { AnyAdapter } from './batch.js';
import type { MethodSpec } from './method-spec.js';
import type { ResolvedOptions } from './types.js';

export interface MethodCheckContext<D = unknown> {
  adapter: AnyAdapter;
  method: MethodSpec<D>;
  /** The dataset the adapter was seeded with; the source of every expected answer. */
  data: D;
  options: ResolvedOptions;
}

export interface AdapterCheckContext<D = unknown> {
  adapter: AnyAdapter;
  methods: MethodSpec<D>[];
  data: D;
  options: ResolvedOptions;
}

export interface MethodCheck {
  group: 'contract' | 'abuse' | 'loader';
  title: string;
  /** Whether the fixture has a witness for this check on this method (never about the backend). */
  appliesTo?(method: MethodSpec, data: unknown): boolean;
  /** What `appliesTo` looks for, said to the reader of a report that skipped the check. */
  requires?: string;
  /**
   * Set (to the reason) when the check judges answers against an independent truth: it runs only
   * when the kit knows what the store holds (a seeded fixture or generated population), never on
   * an agency's own data, where the kit can only compare the adapter with itself.
   */
  needsKnownAnswers?: string;
  run(context: MethodCheckContext): Promise<void>;
}

export interface AdapterCheck {
  group: 'contract' | 'capabilities' | 'health' | 'paging' | 'identity' | 'demographics';
  title: string;
  /** As for `MethodCheck`: the reason the check needs to know what the store holds. */
  needsKnownAnswers?: string;
  run(context: AdapterCheckContext): Promise<void>;
}
