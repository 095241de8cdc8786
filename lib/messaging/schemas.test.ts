import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { testAnalysis } from '../analysis/analysis.test-support';
import { readPostShape } from '../cards/post-shape';
import { generateImageRequest } from './schemas';

const request = { jobId: 'job-1', prompt: 'a card', headline: 'Three lessons', analysis: testAnalysis(), style: 'photo', format: 'square', count: 1 };

describe('the generate request’s card layout', () => {
  it('carries the layout and the post’s shape as the reader gives them', () => {
    const shape = readPostShape('Three lessons:\n1. Ship early\n2. Talk to users');
    expect(v.parse(generateImageRequest, { ...request, layout: 'list', shape })).toMatchObject({ layout: 'list', shape });
  });

  it('refuses a layout the renderer does not have, and a shape out of the reader’s bounds', () => {
    expect(v.safeParse(generateImageRequest, { ...request, layout: 'poster' }).success).toBe(false);
    expect(v.safeParse(generateImageRequest, { ...request, shape: { layouts: [] } }).success).toBe(false);
    const points = Array.from({ length: 50 }, () => 'a point');
    expect(v.safeParse(generateImageRequest, { ...request, shape: { layouts: ['list'], list: { title: '', points } } }).success).toBe(false);
  });
});
