import { describe, expect, it } from 'vitest';
import type { SentimentScore } from './types';
import { guessLanguage } from './language';
import { scoreLocalSentiment } from './local-sentiment';

const sentimentOf = (text: string) => scoreLocalSentiment(text, guessLanguage(text));

function expectDistribution(score: SentimentScore) {
  for (const value of Object.values(score)) {
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(1);
  }
  expect(score.Positive + score.Negative + score.Neutral + score.Mixed).toBeCloseTo(1, 9);
}

describe('scoreLocalSentiment', () => {
  it.each([
    ['English', 'So proud of our team: we shipped the new release and our customers love it. Great work, everyone!'],
    ['Swedish', 'Jag är så glad och stolt över vårt fantastiska team. Tack till alla som hjälpte till med lanseringen!'],
    ['German', 'Ich bin so stolz auf unser Team und dankbar für die großartige Zusammenarbeit. Vielen Dank an alle!'],
    ['French', "Je suis ravi et fier d'annoncer le lancement de notre nouveau service. Merci à toute l'équipe, bravo !"],
    ['Spanish', 'Estoy muy feliz y orgulloso de nuestro equipo por el lanzamiento del nuevo servicio. ¡Gracias a todos!'],
  ])('finds %s celebration positive', (_language, post) => {
    const { sentiment, sentimentScore } = sentimentOf(post);
    expect(sentiment).toBe('POSITIVE');
    expect(sentimentScore.Positive).toBeGreaterThan(0.5);
    expectDistribution(sentimentScore);
  });

  it.each([
    ['English', 'Today was a terrible day. Our project failed and the whole team is sad and disappointed.'],
    ['Swedish', 'Tyvärr måste jag berätta att projektet misslyckades. Teamet är ledset och besviket, det känns hemskt.'],
    ['German', 'Leider muss ich mitteilen, dass unser Projekt gescheitert ist. Das Team ist traurig und enttäuscht.'],
  ])('finds %s bad news negative', (_language, post) => {
    const { sentiment, sentimentScore } = sentimentOf(post);
    expect(sentiment).toBe('NEGATIVE');
    expect(sentimentScore.Negative).toBeGreaterThan(sentimentScore.Positive);
    expectDistribution(sentimentScore);
  });

  it('turns a negated word around', () => {
    expect(sentimentOf('Wir sind mit dem Ergebnis nicht zufrieden, es war nicht gut und leider ein Problem.').sentiment).toBe('NEGATIVE');
    expect(sentimentOf('Vi är inte ledsna, vi är glada och stolta över resultatet i år!').sentiment).toBe('POSITIVE');
  });

  it('calls strong praise and strong complaint together MIXED', () => {
    const { sentiment, sentimentScore } = sentimentOf('I love the new product, but the launch was a disaster and support was terrible.');
    expect(sentiment).toBe('MIXED');
    expectDistribution(sentimentScore);
  });

  it('calls a plain statement NEUTRAL', () => {
    const { sentiment, sentimentScore } = sentimentOf('The quarterly report covers revenue, headcount and the roadmap for the next two quarters.');
    expect(sentiment).toBe('NEUTRAL');
    expect(sentimentScore.Neutral).toBe(1);
  });

  it('reads emoji in any language, skin tones and selectors included', () => {
    expect(sentimentOf('🎉🎉 ❤️ 👍🏽').sentiment).toBe('POSITIVE');
    expect(sentimentOf('😢😡 💔').sentiment).toBe('NEGATIVE');
    expect(sentimentOf('新しいサービスを開始しました 🎉😀❤️').sentiment).toBe('POSITIVE');
  });

  it('is honest about languages it has no words for: neutral, and unsure of it', () => {
    const { sentiment, sentimentScore } = sentimentOf('私たちのチームが新しいサービスを開始したことをお知らせできてとても嬉しいです。');
    expect(sentiment).toBe('NEUTRAL');
    expect(sentimentScore.Neutral).toBeLessThan(0.5);
    expectDistribution(sentimentScore);
  });

  it('is less sure of neutrality with a small word list than with English', () => {
    const swedish = sentimentOf('Rapporten för kvartalet handlar om intäkter, anställda och planen för de kommande två kvartalen.');
    expect(swedish.sentiment).toBe('NEUTRAL');
    expect(swedish.sentimentScore.Neutral).toBeLessThan(1);
    expect(swedish.sentimentScore.Neutral).toBeGreaterThan(0.5);
  });
});
