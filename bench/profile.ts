import type { Page } from 'playwright-core';
import { median } from './results';

/**
 * Main-thread time of given scripts, from V8's sampling CPU profiler driven over CDP (Profiler.start/stop).
 * A sample counts when its stack holds a function from one of the scripts, so what that code calls (DOM
 * methods, built-ins) counts too. Each sample stands for the time until the next one, at most the usual
 * interval (the median): on a busy machine a thread descheduled mid-callback leaves a gap that is not
 * its work. Samples come every ~130 µs here, so this suits many short callbacks; see trace.ts for one long
 * evaluation.
 */

const SAMPLING_INTERVAL_US = 50;

/** The part of a CDP Profiler.Profile this reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Milliseconds the profile spent with a function from one of `scriptUrls` on the stack. */
export function timeInScripts(profile: CpuProfile, scriptUrls: ReadonlySet<string>): number {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const urlOf = new Map(profile.nodes.map((node) => [node.id, node.callFrame.url]));
  const inScript = new Map<number, boolean>();
  const isInScript = (id: number): boolean => {
    let known = inScript.get(id);
    if (known === undefined) {
      const parent = parentOf.get(id);
      known = scriptUrls.has(urlOf.get(id) ?? '') || (parent !== undefined && isInScript(parent));
      inScript.set(id, known);
    }
    return known;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const usual = median(deltas.slice(1));
  let micros = 0;
  for (const [index, node] of samples.entries()) {
    if (isInScript(node)) micros += Math.min(deltas[index + 1] ?? usual, usual);
  }
  return micros / 1000;
}

/** Starts V8's profiler on the page's renderer; the returned function stops it and answers the profile. */
export async function startProfiler(page: Page): Promise<() => Promise<CpuProfile>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await session.send('Profiler.start');
  return async () => {
    const { profile } = await session.send('Profiler.stop');
    await session.detach();
    return profile;
  };
}
