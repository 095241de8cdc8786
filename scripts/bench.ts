// npm run bench: every benchmark, a table on the console, the figures in bench/results.json. Not part of npm test.
import { availableParallelism, loadavg } from 'node:os';
import { runAttachBench } from '../bench/attach.bench';
import { runContentScriptBench } from '../bench/content-script.bench';
import { runOverheadBench } from '../bench/overhead.bench';
import { runPrepBench } from '../bench/prep.bench';
import { type Metric, recordMetrics } from '../bench/results';
import { runSizesBench } from '../bench/sizes.bench';
import { runWorkerBench } from '../bench/worker.bench';

const results: Record<string, Metric> = {};
const { sequentialMedian, ...prep } = await runPrepBench();
results.prep_round_trips = prep;
console.log(`(sequential design: ${sequentialMedian} round trips)`);
// One after another: each browser bench has the machine to itself.
for (const bench of [runSizesBench, runContentScriptBench, runAttachBench, runOverheadBench, runWorkerBench]) {
  Object.assign(results, await bench());
}
await recordMetrics(results);

// Wall-clock figures (cold start, attach, render) grow when other work shares the machine.
console.log(`load average over the last 5 minutes: ${loadavg()[1]!.toFixed(1)} on ${availableParallelism()} cores`);

console.table(
  Object.fromEntries(
    Object.entries(results).map(([name, { median, target, unit, runs }]) => [name, { median, target: target ?? 'reported', unit, runs, met: target === null || median <= target ? 'yes' : 'NO' }]),
  ),
);
