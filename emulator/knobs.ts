import * as v from 'valibot';
import type { Fault, FaultKind, Knobs, RequestLog } from './types';

export function createKnobs(): Knobs {
  return { latencyMs: 0, faults: [] };
}

/** The day a call is answered on: the pinned one, else the clock's (UTC). */
export function todayOf(knobs: Knobs): string {
  return knobs.today ?? new Date().toISOString().slice(0, 10);
}

/** Takes the first fault aimed at this call, using up one of its `times`. */
export function takeFault(knobs: Knobs, service: string, operation: string): FaultKind | undefined {
  const index = knobs.faults.findIndex(
    (fault) => fault.service === service && (fault.operation === undefined || fault.operation === operation),
  );
  const fault = knobs.faults[index];
  if (!fault) return undefined;
  const left = (fault.times ?? 1) - 1;
  if (left > 0) knobs.faults[index] = { ...fault, times: left };
  else knobs.faults.splice(index, 1);
  return fault.error;
}

const KnobUpdate = v.strictObject({
  latencyMs: v.optional(v.pipe(v.number(), v.minValue(0))),
  /** A day as YYYY-MM-DD, or null to follow the clock again. */
  today: v.optional(v.nullable(v.pipe(v.string(), v.isoDate()))),
  /** Replaces the fault queue; [] clears it. */
  faults: v.optional(
    v.array(
      v.strictObject({
        service: v.string(),
        operation: v.optional(v.string()),
        error: v.pipe(v.string(), v.minLength(1)),
        times: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
      }),
    ),
  ),
});

/** Applies a POST /__emulator/knobs body; throws a readable message when the body is not a knob update. */
export function applyKnobUpdate(knobs: Knobs, body: unknown): void {
  const result = v.safeParse(KnobUpdate, body);
  if (!result.success) throw new Error(`Bad knob update: ${v.summarize(result.issues)}`);
  if (result.output.latencyMs !== undefined) knobs.latencyMs = result.output.latencyMs;
  if (result.output.today === null) delete knobs.today;
  else if (result.output.today !== undefined) knobs.today = result.output.today;
  if (result.output.faults) knobs.faults.splice(0, knobs.faults.length, ...(result.output.faults as Fault[]));
}

/** Back to no latency, no faults, an empty log; in place, so references tests hold stay live. */
export function resetState(knobs: Knobs, log: RequestLog[]): void {
  knobs.latencyMs = 0;
  knobs.faults.length = 0;
  delete knobs.today;
  log.length = 0;
}
