/**
 * What a check is: a plain async function that throws a `ConformanceViolation` when the adapter
 * breaks the contract. `runAdapterConformance` only registers checks with `it`; the self-test
 * calls them directly against deliberately broken adapters.
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
  run(context: MethodCheckContext): Promise<void>;
}

export interface AdapterCheck {
  group: 'contract' | 'capabilities' | 'health' | 'paging' | 'identity';
  title: string;
  run(context: AdapterCheckContext): Promise<void>;
}
