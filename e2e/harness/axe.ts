import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './types';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page on the given context (CSS selectors; an array is a path through shadow
 * roots) and returns the serious and critical violations.
 */
export async function seriousViolations(page: TestPage, include: (string | string[])[]): Promise<Violation[]> {
  await page.evaluate((source) => {
    if (!(window as unknown as { axe?: unknown }).axe) (0, eval)(source);
  }, axeSource);
  return page.evaluate(async (context) => {
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run({ include: context }, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include);
}
