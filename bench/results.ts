import { readFile, writeFile } from 'node:fs/promises';

/** One benchmark figure as bench/results.json keeps it. */
export interface Metric {
  median: number;
  target: number | null;
  unit: string;
  runs: number;
}

const RESULTS = new URL('./results.json', import.meta.url);

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 100) / 100;
}

/** Merges metrics into bench/results.json, keeping the other benches' keys. */
export async function recordMetrics(metrics: Record<string, Metric>): Promise<void> {
  const existing = await readFile(RESULTS, 'utf8').then(
    (text) => JSON.parse(text) as Record<string, Metric>,
    () => ({}),
  );
  await writeFile(RESULTS, `${JSON.stringify({ ...existing, ...metrics }, null, 2)}\n`);
}
