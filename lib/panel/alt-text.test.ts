import { describe, expect, it } from 'vitest';
import type { Analysis } from '../analysis/types';
import type { PreparedPrompt } from '../messaging/protocol';
import { ALT_TEXT_MAX, altTextFor } from './alt-text';

function prepared(languageCode: string, headline: string, phrases: string[]): PreparedPrompt {
  const keyPhrases = phrases.map((Text) => ({ Text, Score: 1, BeginOffset: 0, EndOffset: 0 }));
  return { prompt: 'p', headline, providerLabel: 'x', shape: { layouts: ['headline'] }, analysis: { languageCode, keyPhrases } as unknown as Analysis };
}

describe('altTextFor', () => {
  it('says what a card shows, in the post’s language', () => {
    expect(altTextFor(prepared('de', 'Wir haben eröffnet', []), true)).toBe('Textkarte: „Wir haben eröffnet“');
    expect(altTextFor(prepared('en', 'We opened', []), true)).toBe('Text card: “We opened”');
  });

  it('names a picture’s concept from the post’s key phrases; other languages get the post’s own words', () => {
    expect(altTextFor(prepared('fr', 'x', ['boulangerie', 'anniversaire']), false)).toBe('Illustration sur boulangerie, anniversaire');
    expect(altTextFor(prepared('fi', 'Avasimme leipomon', []), true)).toBe('Avasimme leipomon');
  });

  it('stays within 120 characters', () => {
    expect(altTextFor(prepared('en', 'word '.repeat(60), []), true).length).toBeLessThanOrEqual(ALT_TEXT_MAX);
  });
});
