import type { Page } from 'playwright-core';

/**
 * Main-thread CPU time of given scripts from a Chrome trace (CDP Tracing, category devtools.timeline):
 * the thread time (tdur, so time the thread was descheduled on a busy machine does not count) of each
 * EvaluateScript and FunctionCall event whose script is one of them, nested events counted once. Exact for
 * a few long events such as a script's evaluation; each traced event costs microseconds of its own, so
 * thousands of tiny callbacks are better measured with the CPU profiler (profile.ts).
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall']);

/** Milliseconds of thread time the trace spent running code from `scriptUrls` (entered from the browser). */
export function threadTimeInScripts(events: readonly TraceEvent[], scriptUrls: ReadonlySet<string>): number {
  const own = events
    .filter((event) => event.ph === 'X' && SCRIPT_EVENTS.has(event.name) && scriptUrls.has(event.args?.data?.url ?? ''))
    .sort((a, b) => a.ts - b.ts);
  const coveredUntil = new Map<string, number>();
  let micros = 0;
  for (const event of own) {
    const thread = `${event.pid}:${event.tid}`;
    const end = event.ts + (event.dur ?? 0);
    if (event.ts < (coveredUntil.get(thread) ?? -Infinity)) continue; // inside one already counted
    coveredUntil.set(thread, end);
    micros += event.tdur ?? event.dur ?? 0;
  }
  return micros / 1000;
}

/** Starts tracing through the page's CDP session; the returned function ends it and answers the events. */
export async function startTracing(page: Page): Promise<() => Promise<TraceEvent[]>> {
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await session.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
    await session.send('Tracing.end');
    await complete;
    await session.detach();
    return events;
  };
}
