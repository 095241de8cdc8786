// npm run bench: every benchmark, a table on the console, the figures in bench/results.json. Not part of npm test.
import { runPrepBench } from '../bench/prep.bench';
import type { Metric } from '../bench/results';

const results: Record<string, Metric> = {};
const prep = await runPrepBench();
results.prep_round_trips = prep;
console.log(`(sequential design: ${prep.sequentialMedian} round trips)`);

console.table(
  Object.fromEntries(
    Object.entries(results).map(([name, { median, target, unit, runs }]) => [name, { median, target: target ?? 'reported', unit, runs, met: target === null || median <= target ? 'yes' : 'NO' }]),
  ),
);
