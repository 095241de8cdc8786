import { pathToFileURL } from 'node:url';
import { DetectKeyPhrasesCommand, DetectSentimentCommand } from '@aws-sdk/client-comprehend';
import { startEmulator } from '../emulator/server';
import { comprehendClientFor, EMULATOR_KEYS } from '../emulator/emulator.test-support';
import { prepareAnalysis } from '../lib/analysis/comprehend';
import { buildPrompt, PROMPT_LIMITS } from '../lib/prompt/build';
import { median as medianOf, recordMetrics } from './results';

/**
 * Prompt preparation against the emulator with 200 ms per Comprehend call, in round trips (time ÷
 * latency, median of 7): the project's design (language on the device, three calls at once) beside the
 * sequential design (sentiment, then key phrases). `tsx bench/prep.bench.ts`, or runPrepBench().
 */

const LATENCY_MS = 200;
const RUNS = 7;
const TARGET_ROUND_TRIPS = 1.2;

const POST =
  'Thrilled to announce that our team at Acme Robotics won the Best Startup award in London! Huge thanks to everyone who believed in us through three hard years.';

export interface PrepBenchResult {
  median: number;
  target: number;
  unit: 'round trips';
  runs: number;
  sequentialMedian: number;
}

export async function runPrepBench(): Promise<PrepBenchResult> {
  const emulator = await startEmulator();
  try {
    emulator.knobs.latencyMs = LATENCY_MS;
    const config = { region: 'eu-west-1', endpoint: emulator.url, credentials: { kind: 'static' as const, ...EMULATOR_KEYS }, includeEntities: false };
    const median = await medianRoundTrips(async () => {
      const analysis = await prepareAnalysis(POST, config);
      if (analysis.analyser !== 'comprehend') throw new Error(`The bench fell back: ${analysis.note}`);
      buildPrompt({ analysis, style: 'photo', format: 'landscape', includeEntities: false, maxChars: PROMPT_LIMITS['gpt-image'] });
    });
    const client = comprehendClientFor(emulator);
    const sequentialMedian = await medianRoundTrips(async () => {
      await client.send(new DetectSentimentCommand({ Text: POST, LanguageCode: 'en' }));
      await client.send(new DetectKeyPhrasesCommand({ Text: POST, LanguageCode: 'en' }));
    });
    const result: PrepBenchResult = { median, target: TARGET_ROUND_TRIPS, unit: 'round trips', runs: RUNS, sequentialMedian };
    await recordMetrics({ prep_round_trips: { median, target: TARGET_ROUND_TRIPS, unit: 'round trips', runs: RUNS } });
    return result;
  } finally {
    await emulator.close();
  }
}

async function medianRoundTrips(prepare: () => Promise<void>): Promise<number> {
  const roundTrips: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    await prepare();
    roundTrips.push((performance.now() - start) / LATENCY_MS);
  }
  return medianOf(roundTrips);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runPrepBench();
  console.log(`Prompt preparation with ${LATENCY_MS} ms per call, median of ${RUNS} runs:`);
  console.log(`  this design (concurrent calls): ${result.median} round trips (target ≤ ${result.target})`);
  console.log(`  sequential design (two calls in a row): ${result.sequentialMedian} round trips`);
}
