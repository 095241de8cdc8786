import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectEntities, detectKeyPhrases } from './phrases';

const slice = (text: string, begin: number, end: number) => Array.from(text).slice(begin, end).join('');

// Words, names, CJK, emoji and punctuation mixed, to stress offset counting.
const piece = fc.constantFrom('team', 'Maria', 'Lopez', 'London', 'great', 'the', '東京', 'プロジェクト', 'を', '🚀', '👩‍💻', '2026', '40%', ',', '.', '\n');
const post = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(' '));

describe('emulated key phrases and entities', () => {
  it('give offsets that cut out exactly their text, whatever the text', () => {
    fc.assert(
      fc.property(post, fc.constantFrom('en', 'ja', 'de'), (text, language) => {
        for (const span of [...detectKeyPhrases(text, language), ...detectEntities(text, language)]) {
          expect(slice(text, span.BeginOffset, span.EndOffset)).toBe(span.Text);
        }
      }),
    );
  });

  it('change with the post', () => {
    const first = detectKeyPhrases('Our new robotics platform launches in Madrid next week.', 'en').map((phrase) => phrase.Text);
    const second = detectKeyPhrases('Quarterly revenue targets were missed by the sales division.', 'en').map((phrase) => phrase.Text);
    expect(first).toContain('new robotics platform launches');
    expect(second).toContain('Quarterly revenue targets');
    expect(first).not.toEqual(second);
  });

  it('take a lone German noun for a key phrase but not for a name', () => {
    const text = 'Wir feiern heute unser Projekt mit Anna Schmidt.';
    expect(detectKeyPhrases(text, 'de').map((phrase) => phrase.Text)).toContain('Projekt');
    expect(detectEntities(text, 'de').map((entity) => entity.Text)).toEqual(['Anna Schmidt']);
  });
});
