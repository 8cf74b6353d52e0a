/**
 * Wraps every adapter so a test can count how often each port method is called, and with how
 * many keys: the evidence that a query costs one batched call per agency per level.
 */
import type { HubAdapters } from '../../adapters/embedded-adapters.js';

export interface AdapterCall {
  adapter: keyof HubAdapters;
  method: string;
  keys: number;
  /** The keys themselves, when asked for with `keepArgs`. */
  args?: unknown;
}

export function countingAdapters(
  adapters: HubAdapters,
  calls: AdapterCall[],
  options: { keepArgs?: boolean } = {},
): HubAdapters {
  const wrapped = {} as Record<keyof HubAdapters, unknown>;
  for (const [name, adapter] of Object.entries(adapters) as Array<[keyof HubAdapters, object]>) {
    wrapped[name] = new Proxy(adapter, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function' || property === 'health') return value;
        return (...args: unknown[]) => {
          const keys = Array.isArray(args[0]) ? args[0].length : 0;
          calls.push({ adapter: name, method: String(property), keys, ...(options.keepArgs ? { args: args[0] } : {}) });
          return value.apply(target, args);
        };
      },
    });
  }
  return wrapped as HubAdapters;
}
