import { testAnalysis } from '../analysis/analysis.test-support';
import type { GenerateRequest } from './types';

/** Test-only: a request any provider takes, for one landscape illustration. */
export function generateRequest(overrides: Partial<GenerateRequest> = {}): GenerateRequest {
  return {
    prompt: 'A calm editorial illustration of a team shipping a product launch, warm light',
    format: 'landscape',
    style: 'illustration',
    headline: 'We shipped it',
    count: 1,
    signal: new AbortController().signal,
    analysis: testAnalysis(),
    ...overrides,
  };
}
