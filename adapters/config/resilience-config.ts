/**
 * Each domain's resilience settings (adapters/resilience/) from its environment, with the same
 * named errors as the adapter settings. Unset variables keep the defaults; `<PREFIX>_RESILIENCE=off`
 * serves the adapter unguarded (for a debugging session, never in production).
 *
 *   <PREFIX>_TIMEOUT_MS             budget of one call, retries included (default 2000)
 *   <PREFIX>_MAX_IN_FLIGHT          calls in flight to the agency system at once (default 8)
 *   <PREFIX>_RETRIES                retries after a transient failure, 0–3 (default 1)
 *   <PREFIX>_CIRCUIT_ERROR_PERCENT  failure percentage that opens the circuit (default 50)
 *   <PREFIX>_CIRCUIT_MIN_CALLS      calls in the 10 s window before it may open (default 5)
 *   <PREFIX>_CIRCUIT_RESET_MS       open this long before a probe call (default 10000)
 *   <PREFIX>_RESILIENCE             on (default) | off
 */
import type { ResilienceInput } from '../resilience/resilience-options.js';

interface NumberSetting {
  suffix: string;
  min: number;
  max: number;
  set: (into: ResilienceInput, value: number) => void;
}

const NUMBERS: NumberSetting[] = [
  { suffix: 'TIMEOUT_MS', min: 1, max: 600_000, set: (r, v) => (r.timeoutMs = v) },
  { suffix: 'MAX_IN_FLIGHT', min: 1, max: 1000, set: (r, v) => (r.maxInFlight = v) },
  { suffix: 'RETRIES', min: 0, max: 3, set: (r, v) => (r.retries = v) },
  { suffix: 'CIRCUIT_ERROR_PERCENT', min: 1, max: 100, set: (r, v) => ((r.circuit ??= {}).errorPercent = v) },
  { suffix: 'CIRCUIT_MIN_CALLS', min: 0, max: 100_000, set: (r, v) => ((r.circuit ??= {}).minCalls = v) },
  { suffix: 'CIRCUIT_RESET_MS', min: 100, max: 3_600_000, set: (r, v) => ((r.circuit ??= {}).resetMs = v) },
];

/** The domain's settings: `undefined` for all defaults, `false` when switched off. Problems go to `problems`. */
export function resilienceFromEnv(prefix: string, env: NodeJS.ProcessEnv, problems: string[]): ResilienceInput | false | undefined {
  const read = (suffix: string) => {
    const value = env[`${prefix}_${suffix}`]?.trim();
    return value === '' ? undefined : value;
  };
  const switchName = `${prefix}_RESILIENCE`;
  const onOff = read('RESILIENCE');
  if (onOff !== undefined && onOff !== 'on' && onOff !== 'off') problems.push(`${switchName}=${JSON.stringify(onOff)} is not on or off`);
  if (onOff === 'off') return false;

  let settings: ResilienceInput | undefined;
  for (const { suffix, min, max, set } of NUMBERS) {
    const raw = read(suffix);
    if (raw === undefined) continue;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      problems.push(`${prefix}_${suffix}=${JSON.stringify(raw)} is not a whole number from ${min} to ${max}`);
      continue;
    }
    set((settings ??= {}), value);
  }
  return settings;
}
