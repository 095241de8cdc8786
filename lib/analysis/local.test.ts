import { describe, expect, it } from 'vitest';
import type { Analysis } from './types';
import { analyseLocally } from './local';

const ENGLISH_POST = `🚀 Thrilled to announce that our team at Acme Corp just shipped the new onboarding flow 🎉 in Stockholm!
Huge thanks to Sarah Johnson and @mike_dev for the help. Read more: https://example.com/blog/onboarding-flow

Our customers love the faster sign-up process and the cleaner dashboard design.

#FutureOfWork #ProductDesign`;

/** Comprehend counts offsets in code points, so the local analyser does too. */
const byCodePoints = (text: string, begin: number, end: number) => Array.from(text).slice(begin, end).join('');

function expectTrueOffsets(text: string, analysis: Analysis) {
  for (const phrase of analysis.keyPhrases) {
    expect(byCodePoints(text, phrase.BeginOffset, phrase.EndOffset)).toBe(phrase.Text);
  }
}

const phraseTexts = (analysis: Analysis) => analysis.keyPhrases.map((phrase) => phrase.Text);

describe('analyseLocally on English', () => {
  const analysis = analyseLocally(ENGLISH_POST, 'Analysed on this device.');

  it('labels itself and passes the note through', () => {
    expect(analysis.analyser).toBe('local');
    expect(analysis.note).toBe('Analysed on this device.');
    expect(analysis.languageCode).toBe('en');
  });

  it('finds the positive mood', () => {
    expect(analysis.sentiment).toBe('POSITIVE');
  });

  it('finds noun phrases and hashtags, hashtags first', () => {
    const texts = phraseTexts(analysis);
    expect(texts.slice(0, 2)).toEqual(['#FutureOfWork', '#ProductDesign']);
    expect(texts).toEqual(expect.arrayContaining(['new onboarding flow', 'faster sign-up process', 'cleaner dashboard design']));
  });

  it('leaves links, handles and pointer words out of the phrases', () => {
    const joined = phraseTexts(analysis).join(' | ').toLowerCase();
    expect(joined).not.toMatch(/example|https|mike|\bour\b|\bthe\b/);
  });

  it('gives offsets into the original post, in code points despite the emoji before them', () => {
    expectTrueOffsets(ENGLISH_POST, analysis);
  });

  it('scores, ranks and deduplicates at most ten phrases', () => {
    const scores = analysis.keyPhrases.map((phrase) => phrase.Score);
    expect(scores.length).toBeLessThanOrEqual(10);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const score of scores) expect(score).toBeGreaterThan(0), expect(score).toBeLessThanOrEqual(1);
    const keys = phraseTexts(analysis).map((text) => text.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names people, organisations and places, but not hashtags', () => {
    expect(analysis.entities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Text: 'Sarah Johnson', Type: 'PERSON' }),
        expect.objectContaining({ Text: 'Acme Corp', Type: 'ORGANIZATION' }),
        expect.objectContaining({ Text: 'Stockholm', Type: 'LOCATION' }),
      ]),
    );
    expect(analysis.entities.map((entity) => entity.Text)).not.toContain('FutureOfWork');
  });

  it('ranks a repeated phrase above one said once', () => {
    const post = 'Cloud security matters. Our cloud security review found gaps, and cloud security is now our focus. We also hired an intern.';
    expect(phraseTexts(analyseLocally(post, ''))[0]?.toLowerCase()).toBe('cloud security');
  });
});

describe('analyseLocally on other languages', () => {
  it('picks frequent content words from Swedish, not its function words', () => {
    const post = 'Vi har lanserat tjänsten idag. Tjänsten gör det enklare för kunderna, och kunderna har väntat länge på tjänsten. #Innovation';
    const analysis = analyseLocally(post, '');
    expect(analysis.languageCode).toBe('sv');
    expect(phraseTexts(analysis)).toEqual(expect.arrayContaining(['#Innovation', 'tjänsten', 'kunderna']));
    expect(phraseTexts(analysis).map((text) => text.toLowerCase())).not.toContain('och');
    expect(analysis.entities).toEqual([]);
    expectTrueOffsets(post, analysis);
  });

  it('splits Japanese into words and keeps particles out', () => {
    const post = '新しいサービスを開始しました。サービスの詳細はウェブサイトをご覧ください。サービスをぜひお試しください。';
    const analysis = analyseLocally(post, '');
    expect(analysis.languageCode).toBe('ja');
    expect(analysis.keyPhrases[0]?.Text).toBe('サービス');
    for (const text of phraseTexts(analysis)) expect(text).not.toMatch(/^[ぁ-ゖ]+$/u);
    expectTrueOffsets(post, analysis);
  });

  it('handles right-to-left Arabic with true offsets', () => {
    const post = 'يسعدني أن أعلن أن فريقنا أطلق الخدمة الجديدة. الخدمة الجديدة متاحة الآن للجميع. شكرا لكل من ساعد!';
    const analysis = analyseLocally(post, '');
    expect(analysis.languageCode).toBe('ar');
    expect(phraseTexts(analysis).slice(0, 2)).toEqual(expect.arrayContaining(['الخدمة', 'الجديدة']));
    expectTrueOffsets(post, analysis);
  });
});

describe('analyseLocally on nothing much', () => {
  it.each(['', '   \n\t '])('calls empty text %j NEUTRAL with no phrases', (text) => {
    const analysis = analyseLocally(text, '');
    expect(analysis.sentiment).toBe('NEUTRAL');
    expect(analysis.keyPhrases).toEqual([]);
    expect(analysis.entities).toEqual([]);
    expect(analysis.languageCode).toBe('und');
  });

  it('reads a post of only emoji by its emoji', () => {
    const analysis = analyseLocally('🎉🥳❤️', '');
    expect(analysis.sentiment).toBe('POSITIVE');
    expect(analysis.keyPhrases).toEqual([]);
  });
});
