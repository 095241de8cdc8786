import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testAnalysis } from '../analysis/analysis.test-support';
import { analyseLocally } from '../analysis/local';
import type { Entity, Sentiment } from '../analysis/types';
import { FORMAT_IDS } from '../formats';
import { STYLE_IDS, STYLES } from '../styles';
import { buildPrompt, PROMPT_LIMITS, type PromptInput } from './build';

const input = (overrides: Partial<PromptInput> = {}): PromptInput => ({
  analysis: testAnalysis('POSITIVE', ['#FutureOfWork', 'new onboarding flow', 'Acme Corp launch', 'Stockholm office']),
  style: 'illustration',
  format: 'landscape',
  includeEntities: true,
  maxChars: PROMPT_LIMITS.offline,
  ...overrides,
});

const ENTITIES: Entity[] = [
  { Text: 'Acme Corp', Type: 'ORGANIZATION', Score: 0.9 },
  { Text: 'Sarah Johnson', Type: 'PERSON', Score: 0.9 },
  { Text: 'Stockholm', Type: 'LOCATION', Score: 0.9 },
];

describe('buildPrompt', () => {
  it('puts subject, mood, style, composition, "no text" and the extra words in that order', () => {
    const prompt = buildPrompt(input({ extraWords: 'in blue tones 🎨' }));
    const order = ['Future Of Work, new onboarding flow', 'bright, optimistic, warm light', STYLES.illustration.words, 'wide landscape banner', 'No text, no watermark', 'in blue tones'];
    const positions = order.map((part) => prompt.indexOf(part));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(prompt.endsWith('in blue tones')).toBe(true);
  });

  it.each([
    ['NEGATIVE', 'muted colours, reflective'],
    ['NEUTRAL', 'calm, balanced'],
    ['MIXED', 'calm, balanced'],
    ['POSITIVE', 'bright, optimistic, warm light'],
  ] as const)('turns %s into visual mood words', (sentiment, words) => {
    expect(buildPrompt(input({ analysis: testAnalysis(sentiment, ['team']) }))).toContain(words);
  });

  it.each([
    ['landscape', 'landscape banner'],
    ['square', 'square composition'],
    ['portrait', 'portrait composition'],
  ] as const)('describes the %s format', (format, words) => {
    expect(buildPrompt(input({ format }))).toContain(words);
  });

  it('keeps names out when entities are not wanted, places and other words in', () => {
    const phrases = ['Acme Corp launch', "Sarah Johnson's keynote", 'Sarah Johnson', 'Stockholm office'];
    const prompt = buildPrompt(input({ analysis: testAnalysis('POSITIVE', phrases, ENTITIES), includeEntities: false }));
    expect(prompt).toMatch(/^Image about launch, keynote, Stockholm office\./);
    expect(prompt).not.toMatch(/Acme|Sarah|Johnson/);
  });

  it('keeps names in when entities are wanted', () => {
    const prompt = buildPrompt(input({ analysis: testAnalysis('POSITIVE', ['Acme Corp launch', 'Sarah Johnson'], ENTITIES) }));
    expect(prompt).toMatch(/^Image about Acme Corp launch, Sarah Johnson\./);
  });

  it('drops later key phrases before the style to fit', () => {
    const prompt = buildPrompt(input({ maxChars: 160 }));
    expect(prompt.length).toBeLessThanOrEqual(160);
    expect(prompt).toContain('Future Of Work');
    expect(prompt).not.toContain('Stockholm office');
    expect(prompt).toContain(STYLES.illustration.words);
  });

  it('gives up composition, then mood, then style, and cuts what is still too long', () => {
    const lengths = [120, 80, 40, 12].map((maxChars) => buildPrompt(input({ maxChars })));
    expect(lengths[0]).not.toContain('Composition');
    expect(lengths[1]).not.toContain('Mood');
    expect(lengths[2]).not.toContain('Style');
    lengths.forEach((prompt, index) => expect(prompt.length).toBeLessThanOrEqual([120, 80, 40, 12][index] ?? 0));
    expect(lengths[3]).toBe('Image about');
  });

  it('has a subject even when the post gave no key phrases', () => {
    expect(buildPrompt(input({ analysis: testAnalysis() }))).toMatch(/^Image about an abstract professional theme\./);
  });

  it('builds a prompt from a real analysis of a Swedish post', () => {
    const post = 'Vi har lanserat tjänsten idag! Tjänsten gör livet enklare för kunderna. Tack alla! 🎉 #Innovation';
    const prompt = buildPrompt(input({ analysis: analyseLocally(post, ''), maxChars: PROMPT_LIMITS.titan }));
    expect(prompt).toMatch(/^Image about Innovation, tjänsten/);
    expect(prompt).toContain('bright, optimistic');
  });

  it('has each image service limit', () => {
    expect(PROMPT_LIMITS).toEqual({ titan: 512, 'nova-canvas': 1024, stability: 10_000, 'gpt-image': 32_000, 'dall-e-3': 4000, offline: 1000 });
  });
});

describe('buildPrompt, for any analysis', () => {
  const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
  const entity = fc.record({
    Text: text,
    Type: fc.constantFrom('PERSON', 'ORGANIZATION', 'COMMERCIAL_ITEM', 'LOCATION', 'OTHER' as const),
    Score: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  const sentiment = fc.constantFrom<Sentiment>('POSITIVE', 'NEGATIVE', 'NEUTRAL', 'MIXED');

  it('stays within maxChars, is well-formed and is never empty', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 12 }),
        fc.array(entity, { maxLength: 4 }),
        sentiment,
        fc.constantFrom(...STYLE_IDS),
        fc.constantFrom(...FORMAT_IDS),
        fc.option(fc.string({ unit: 'grapheme', maxLength: 300 }), { nil: undefined }),
        fc.boolean(),
        fc.integer({ min: 1, max: 1200 }),
        (phrases, entities, mood, style, format, extraWords, includeEntities, maxChars) => {
          const prompt = buildPrompt({ analysis: testAnalysis(mood, phrases, entities), style, format, extraWords, includeEntities, maxChars });
          expect(prompt.length).toBeLessThanOrEqual(maxChars);
          expect(prompt.isWellFormed()).toBe(true);
          expect(prompt).not.toBe('');
        },
      ),
    );
  });
});
